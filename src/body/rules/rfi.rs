//! RFI: what its pages look like and what the extraction makes of them.
//!
//! Dateline: first `<div>dd/mm/yyyy - hh:mm</div>` → `local` (Paris wall
//! time, zone not given).
//!
//! Byline: `<div><span>作者：</span><a>title name</a></div>`: the title
//! (`曼谷特约记者`) goes to the role.
//!
//! Lead: first all-`<strong>` `<p>` before any text.
//!
//! Images, captions, credits: hero `<img>` (2020–21 sometimes the default
//! `RFI_FB.png` card: flagged `placeholder`); `<figure><figcaption>`
//! captions, whose second `<span>` is the credit, with or without `©`
//! (`AP - Name / RFI Image Archive`); `t-copyright` lines dropped.
//!
//! End marks: `~. Fin .~` (the French "end", between dots and tildes)
//! closes translated reports; it is not text.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Rfi's rules.
pub(crate) struct Rfi;
impl Rules for Rfi {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        // `<figcaption><span>caption</span> <span>credit</span>`: the
        // credit is written with `©` or without it (`AP - Name / RFI`).
        if cx.in_caption && tag == "span" && is_second_caption_span(n) {
            return Role::Credit;
        }
        if tag == "div" {
            let first = n.element_children().next();
            if let Some(first) = first {
                let head = first.short_text(64).unwrap_or_default();
                let head = head.trim();
                if head.starts_with("分享") && head.len() <= 12 {
                    return Role::Share;
                }
                if first.is("span") && (head == "作者：" || head == "作者:") {
                    return Role::Byline;
                }
            }
            if !cx.has_dateline && cx.blocks == 0 {
                let text = n.short_text(40).unwrap_or_default();
                if !text.is_empty() && dateline::looks_like_time(text.trim()) {
                    return Role::Dateline;
                }
            }
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if p.from_p && p.all_bold && cx.blocks == 0 && !cx.has_lead {
            return Verdict::Lead;
        }
        if p.text.starts_with("延伸阅读") {
            return Verdict::Related;
        }
        if is_end_mark(p.text) {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }

    /// 2020–21 pages without a photo show the default social card.
    fn image_kind(&self, img: &Image) -> ImageKind {
        if host_and_path(&img.url).1.contains("/meta_og_twcards/") {
            return ImageKind::Placeholder;
        }
        generic::image_kind(img)
    }
}

/// A `<span>` of a `<figcaption>` that comes after another `<span>` of it.
fn is_second_caption_span(n: &Node) -> bool {
    n.parent().is_some_and(|p| p.is("figcaption"))
        && n.prev_element_sibling().is_some_and(|s| s.is("span"))
        && n.short_text(300).is_some_and(|t| !t.trim().is_empty())
}

/// `~. Fin .~`, `-Fin-`: the French "end" between marks, alone.
fn is_end_mark(text: &str) -> bool {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .eq_ignore_ascii_case("fin")
}
