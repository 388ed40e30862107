//! BBC: what its pages look like and what the extraction makes of them.
//!
//! Dateline: `<time dateTime>`: the attribute wins, the text is kept as
//! written.
//!
//! Byline: `<ul role="list">` without links and of short items without
//! sentence punctuation (2020 article lists also carry `role="list"`): names,
//! titles (`BBC中文记者`) as roles.
//!
//! Lead: first all-`<b>` `<p>`.
//!
//! Images, captions, credits: weserv proxy unwrapped,
//! `srcSet`/`<picture>`/`<noscript>` copies merged; credit `<p role="text">`
//! minus `图像来源，`; caption `data-testid="caption-paragraph"` or (2020–22) a
//! `<p>` in the figure's next `<div>`.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Bbc's rules.
pub(crate) struct Bbc;
impl Rules for Bbc {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        // The byline list holds short names and titles; a list of sentences
        // (2020's article lists also carry `role="list"`) is text.
        if tag == "ul"
            && a.role == Some("list")
            && !n.any_descendant(|d| d.is("a"))
            && n.element_children().all(|li| {
                li.short_text(90)
                    .is_some_and(|t| !t.contains(['；', '。', '，', ';']))
            })
        {
            return Role::Byline;
        }
        // The credit `<p role="text">`: beside the picture, or inside the
        // caption being read.
        if a.role == Some("text") && tag == "p" && (cx.right_after_image() || cx.in_caption) {
            return Role::Credit;
        }
        if a.data_testid == Some("caption-paragraph") {
            return Role::Caption;
        }
        if tag == "p" && (beside_last_image(n, cx) || after_last_image(n, cx)) {
            return Role::Caption;
        }
        // `<div data-e2e="media-player">…</div><p>视频：…</p>`: the
        // player's caption, which has no place in the text.
        if tag == "p"
            && n.prev_element_sibling()
                .is_some_and(|s| s.attr_str("data-e2e") == Some("media-player"))
        {
            return Role::Skip;
        }
        generic::classify(n, tag, a, cx)
    }

    /// Section dividers: `<img alt="line">` or `alt="Presentational grey
    /// line"`, 2 px high where a size is given (2020–21 pages give only the
    /// width, so the alt text or the file name has to tell).
    fn image_kind(&self, img: &Image) -> ImageKind {
        if is_divider(img) {
            return ImageKind::Divider;
        }
        generic::image_kind(img)
    }

    /// `图像来源，Getty Images`: the label BBC puts before every credit.
    fn credit_text(&self, credit: String) -> String {
        let credit =
            generic::strip_credit_label(credit, &["图像来源，", "图像来源,", "Image source, "]);
        generic::strip_credit_label(credit, generic::CREDIT_LABELS)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if p.from_p && p.all_bold && cx.paragraphs == 0 && !cx.has_lead {
            return Verdict::Lead;
        }
        generic::paragraph(p, cx)
    }
}

/// `n`'s parent comes right after a container of the last image (the
/// 2020–22 caption `<div><p>` beside the image's `<div>`).
fn beside_last_image(n: &Node, cx: &Context) -> bool {
    // The shared container must be a figure of a few parts, not the
    // article's own container (whose next block may be the lead).
    let is_ancestor = |x: &Node| cx.image_ancestors().iter().any(|a| a.same(x));
    let Some(parent) = n.parent() else {
        return false;
    };
    cx.right_after_image()
        && parent
            .prev_element_sibling()
            .is_some_and(|s| is_ancestor(&s))
        && parent.parent().is_some_and(|g| {
            is_ancestor(&g) && !g.is("main") && !g.is("body") && g.element_children().count() <= 3
        })
}

/// `n` comes right after a container of the last image, inside a small
/// figure: `<div><div><img><p role=text>credit</p></div><p>caption</p></div>`
/// (the mirror dropped the caption's own element).
fn after_last_image(n: &Node, cx: &Context) -> bool {
    let is_ancestor = |x: &Node| cx.image_ancestors().iter().any(|a| a.same(x));
    cx.right_after_image()
        && n.prev_element_sibling().is_some_and(|s| is_ancestor(&s))
        && n.parent().is_some_and(|p| {
            is_ancestor(&p) && !p.is("main") && !p.is("body") && p.element_children().count() <= 3
        })
}

/// BBC's rule pictures: the alt text is `line` or names a grey line, or the
/// file is one of the stock `…grey_line…`/`line976…` rules.
fn is_divider(img: &Image) -> bool {
    let alt = img.alt.as_deref().unwrap_or("").to_ascii_lowercase();
    let file = img
        .url
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    alt == "line"
        || alt.ends_with("grey line")
        || alt.ends_with("gray line")
        || file.contains("grey_line")
        || file.contains("gray_line")
        || file.contains("_line976")
}
