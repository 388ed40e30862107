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

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Dw's rules.
pub(crate) struct Dw;
impl Rules for Dw {
    /// Galleries: `<div><img><br><b>title</b>：text</div>`, one per picture.
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if tag == "div" && !cx.collecting && generic::is_picture_with_text(n) {
            return Role::Figure;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if generic::mirror_drop(
            p.text,
            &[
                "DW中文有Instagram",
                "德国之声版权声明",
                "DW中文有Facebook",
                // The commentary disclaimer (2025).
                "德国之声致力于为您提供客观中立",
            ],
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
