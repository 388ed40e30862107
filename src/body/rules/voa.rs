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
//! followed by the video's embed; an audio clip's `<div><small>` caption is
//! dropped.
//!
//! Related: `<a href="/a/….html">请同时参阅：</a>` between paragraphs.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Voa's rules.
pub(crate) struct Voa;
impl Rules for Voa {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        // The caption of an audio clip (or of a video without a poster to
        // carry it): it names the clip, no picture takes it.
        if tag == "div" && !cx.collecting && !cx.right_after_image() && is_player_caption(n) {
            return Role::Skip;
        }
        // `<a href="/a/….html">请同时参阅：</a>` between paragraphs: the
        // see-also box whose card the feed dropped.
        if tag == "a" && !cx.collecting && is_see_also(n, a) {
            return Role::Related;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.trim_end();
        if !p.from_p && (t.ends_with('—') || t.ends_with("－")) && t.chars().count() <= 20 {
            return Verdict::PrefixNext;
        }
        generic::paragraph(p, cx)
    }
}

/// A `<div><small>` right after an `<audio>`, or after a `<video>` without
/// a poster.
fn is_player_caption(n: &Node) -> bool {
    let mut children = n.element_children();
    let only_small = children.next().is_some_and(|c| c.is("small")) && children.next().is_none();
    only_small
        && n.prev_element_sibling()
            .is_some_and(|p| p.is("audio") || (p.is("video") && p.attr_str("poster").is_none()))
}

/// What VOA writes in a see-also link.
const SEE_ALSO: &[&str] = &["请同时参阅", "請同時參閱", "相关阅读", "相關閱讀"];

/// A link to another VOA article standing between the paragraphs (not in
/// one), empty or labelled see-also.
fn is_see_also(n: &Node, a: &Attrs) -> bool {
    let own = a
        .href
        .is_some_and(|h| h.starts_with("/a/") || h.contains("voachinese.com/a/"));
    let text = n.raw_text();
    let label = text.trim().trim_end_matches(['：', ':']).trim();
    own && !n.parent().is_some_and(|p| p.is("p")) && (label.is_empty() || SEE_ALSO.contains(&label))
}
