//! DW: what its pages look like and what the extraction makes of them.
//!
//! Dateline: `<div><i>[name]<br>ISO time</i></div>` → `datetime`; the name
//! before the `<br>` is the author (`null` dropped).
//!
//! Byline: same `<i>`.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: `<img>` then `<div><small>` caption; no
//! credits.

use super::*;

/// Dw's rules.
pub(crate) struct Dw;
impl Rules for Dw {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if mirror_drop(
            p.text,
            &["DW中文有Instagram", "德国之声版权声明", "DW中文有Facebook"],
        ) {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }

    /// The mirror writes a missing author as the word `null`.
    fn dateline_names<'t>(&self, line: &'t str) -> &'t str {
        line.trim_start_matches("null").trim()
    }
}
