//! Reuters: what its pages look like and what the extraction makes of them.
//!
//! Dateline: `<div><i>ISO</i></div>`.
//!
//! Byline: none in the body.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: mirror captions; a trailing `REUTERS/…` becomes
//! the credit; `**…**` paragraphs are headings; `(完)` removed.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Reuters's rules.
pub(crate) struct Reuters;
impl Rules for Reuters {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // The end marker, alone or at the end of the last paragraph.
        for marker in ["(完)", "（完）"] {
            if let Some(rest) = p.text.strip_suffix(marker) {
                let keep = rest.trim_end().len();
                p.text.truncate(keep);
            }
        }
        if p.text.is_empty() {
            return Verdict::Drop;
        }
        // Markdown subheads inside HTML: `**利比亚和伊拉克**`.
        if let Some(inner) = p.text.strip_prefix("**").and_then(|t| t.strip_suffix("**")) {
            *p.text = inner.trim().to_string();
            return Verdict::Heading;
        }
        generic::paragraph(p, cx)
    }

    /// Wire captions end with the credit: `… REUTERS/Name`.
    fn caption_credit(&self, caption: &mut String) -> Option<String> {
        generic::split_trailing_credit(caption, Some("REUTERS/"), &[])
    }
}
