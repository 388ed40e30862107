//! VOA: what its pages look like and what the extraction makes of them.
//!
//! Dateline: `<div><i>RFC 2822</i></div>`.
//!
//! Byline: none in the body.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: as DW; a bare `澳门 —` place line is joined to
//! the next paragraph; a `<video poster=…>` in place of the hero photo gives
//! an image (the poster, which takes the `<small>` caption after the video)
//! followed by the video's embed.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Voa's rules.
pub(crate) struct Voa;
impl Rules for Voa {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.trim_end();
        if !p.from_p && (t.ends_with('—') || t.ends_with("－")) && t.chars().count() <= 20 {
            return Verdict::PrefixNext;
        }
        generic::paragraph(p, cx)
    }
}
