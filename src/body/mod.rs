//! Body extraction: from an article's HTML to [`Content`].
//!
//! One iterative walk (`walk.rs`) visits the tree in reading order. Each
//! element is classified by the site's rules (`rules/`: one file per site
//! beside a generic fallback), also inside captions, leads and headings;
//! each finished paragraph is judged by them too. What each site does and
//! what the extraction makes of it (checked against the dev corpus) is the
//! doc of its rules file: dateline, byline, lead, and images, captions and
//! credits.
//!
//! Everywhere: the feed mirror's `获取更多RSS` footer and `<hr>`, share
//! intents (`share_hrefs`), ads (also attributes glued to the tag name),
//! self-promotion, podcast promotions and media-player fallbacks are dropped;
//! bold-only short `<p>`s and `<h1>`–`<h6>` are headings; `<br>` is `\n`
//! and two in a row end the paragraph; paragraphs without a letter, digit
//! or Han character (`——————`, a stray `.`) are dropped; a short labelled
//! credit line in brackets (`（翻译编辑：RFI法广电台 尼古拉）`) is a byline,
//! an outlet beside the name (`…电台`) not being a person; inside a caption,
//! a `<span>` starting with `©` is the credit (RFI 2022's figcaptions).
//!
//! Where `FORMAT.md` is wrong or incomplete: DW's time `<i>` can hold the
//! author before the `<br>` (or the word `null`); DW and NYT galleries,
//! not only DW, lack `<p>`; FT's late-2021 layout keeps the lead as a bare
//! `<div>` after an empty one, and its standfirst often opens with the
//! columnist's name (`何越：…`) rather than `作者：`; RFI 2020–21 use the
//! default social card as the hero image and an `<a>`-wrapped `<figure>`
//! (link cards to French articles) whose `<source>` has glued attributes;
//! CDT puts its byline and date in a `su-spoiler` card; RFA's
//! `记者：` also opens interview questions, and its closing byline also
//! comes without colons or as `自由亚洲电台记者…报道`; VOA's `<video>` has a
//! `<small>` caption after it like an image.
//!
//! `<img>`s left out of [`Content::images`] are those with only a `data:`
//! placeholder address, user-interface icons (RFA zoom) and lines drawn as
//! pictures (1–2 px, BBC's `alt="line"` dividers), all listed in
//! [`Content::dropped_images`] with the reason, and images inside dropped
//! boilerplate (BBC media-player posters and podcast covers), which the
//! walk never reads.
//!
//! Share buttons are what [`ShareLink`] recognises (`links::share`
//! answers for the walk too), inside a share bar or not; a `mailto:` with a
//! recipient is a contact link, not a share.

mod byline;
mod context;
mod dateline;
mod image;
mod model;
mod rules;
mod text;
mod walk;

use url::Url;

use crate::header::{FrontMatter, Header};
use crate::html::{self, Document};
use crate::site::Site;
use crate::ShareLink;

pub use image::{DropReason, DroppedImage, Image, SrcsetCandidate};
pub use model::{Block, Content, Contributor, Dateline, EmbedKind, Link};

impl Content {
    /// Extracts the content of an article's HTML body; the site's rules are
    /// chosen from `url`, which also resolves relative addresses.
    ///
    /// Never fails: what cannot be read is left out.
    pub fn from_html(html: &str, url: &Url) -> Content {
        extract_body(&html::parse(html), url, &Site::from_url(url))
    }
}

/// Extracts the content of a parsed article body with the rules of `site`;
/// a Jekyll front matter fills what the body does not say.
pub(crate) fn extract(doc: &Document, header: &Header, site: &Site) -> Content {
    let mut content = extract_body(doc, &header.url, site);
    if let Some(fm) = &header.front_matter {
        from_front_matter(&mut content, fm);
    }
    content
}

/// A Jekyll archive's `author` and `date` fields, where the body gives no
/// author or dateline. The `author` is kept as written: these archives
/// put the outlet there (`联合早报`) as often as a person.
fn from_front_matter(content: &mut Content, fm: &FrontMatter) {
    let field = |key| {
        fm.get(key)
            .and_then(|v| v.as_text())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    if let (true, Some(name)) = (content.authors.is_empty(), field("author")) {
        content.authors.push(name.to_string());
        if !content.contributors.iter().any(|c| c.name == name) {
            content.contributors.push(Contributor {
                name: name.to_string(),
                role: None,
            });
        }
    }
    if let (true, Some(date)) = (content.dateline.is_none(), field("date")) {
        content.dateline = Some(dateline::dateline(date, None));
    }
}

/// Extracts the content of a parsed body with the rules of `site`.
fn extract_body(doc: &Document, url: &Url, site: &Site) -> Content {
    let rules = rules::for_site(site);
    let mut content = walk::Walker::new(rules, url).run(&doc.root());
    if content.dateline.is_none() {
        content.dateline = rules.url_dateline(url);
    }
    rules.page_data(&doc.root(), url, &mut content);
    let hrefs = std::mem::take(&mut content.share_hrefs);
    // The article URL's side of the comparison, once for all its links.
    let key = (!hrefs.is_empty())
        .then(|| crate::links::ArticleKey::new(url))
        .flatten();
    content.share_links = hrefs
        .iter()
        .map(|href| {
            let mut link = ShareLink::parse_or_other(href);
            link.mark_article_key(key.as_ref());
            link
        })
        .collect();
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(html: &str, url: &str) -> Content {
        Content::from_html(html, &Url::parse(url).unwrap())
    }

    #[test]
    fn share_buttons_outside_a_share_bar_are_not_text() {
        let c = content(
            "<p>Body text.</p>\
             <p><a href=\"https://vk.com/share.php?url=https%3A%2F%2Fexample.org%2Fa\">Share</a></p>\
             <p><a href=\"https://www.pinterest.com/pin/create/button/?url=x\">Share</a></p>\
             <p><a href=\"mailto:?subject=Title&amp;body=https%3A%2F%2Fexample.org%2Fa\">Share</a></p>\
             <p>Write to <a href=\"mailto:desk@example.org?subject=Tip\">the desk</a>.</p>",
            "https://example.org/a",
        );
        assert_eq!(content_texts(&c), ["Body text.", "Write to the desk."]);
        assert_eq!(c.share_links.len(), 3);
        assert!(c.share_links[0].same_as_article);
        match &c.blocks[1] {
            Block::Paragraph { links, .. } => assert!(links[0].url.starts_with("mailto:")),
            other => panic!("{other:?}"),
        }
    }

    fn content_texts(c: &Content) -> Vec<&str> {
        c.paragraphs.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_table_cell_under_a_picture_is_its_caption() {
        let c = content(
            "<table><tbody><tr><td><img src=\"/a.jpg\"></td></tr>\
             <tr><td>A harbour at dawn.</td></tr></tbody></table><p>Body text.</p>\
             <table><tr><td>Year</td><td>Tons</td></tr><tr><td>2017</td><td>8</td></tr></table>",
            "https://example.org/a",
        );
        assert_eq!(c.images[0].caption.as_deref(), Some("A harbour at dawn."));
        assert_eq!(c.paragraphs[0], "Body text.");
        assert!(
            c.paragraphs.iter().any(|p| p == "2017"),
            "{:?}",
            c.paragraphs
        );
    }

    #[test]
    fn dw_commentary_disclaimer_is_not_text() {
        let c = content(
            "<div><i>甲<br>2025-02-14T13:31:37.014Z</i></div><p>正文。</p>\
             <p><em>德国之声致力于为您提供客观中立的新闻报导，以及多种角度的评论。</em></p>",
            "https://www.dw.com/zh/x/a-1",
        );
        assert_eq!(content_texts(&c), ["正文。"]);
    }

    #[test]
    fn dropped_images_keep_their_reason() {
        let c = content(
            "<p><img src=\"data:image/gif;base64,R0lGOD\"></p>\
             <p><img src=\"/img/icon-zoom.png\"><img src=\"/a.jpg\"></p><p>Text.</p>",
            "https://www.rfa.org/mandarin/a-01022024030405.html",
        );
        assert_eq!(c.images.len(), 1);
        let reasons: Vec<_> = c.dropped_images.iter().map(|d| d.reason).collect();
        assert_eq!(reasons, [DropReason::NoSource, DropReason::Icon]);
        assert_eq!(c.dropped_images[0].src, None);
        assert_eq!(
            c.dropped_images[1].src.as_deref(),
            Some("https://www.rfa.org/img/icon-zoom.png")
        );
        // Elsewhere a zoom icon is nobody's vocabulary: an image.
        let c = content(
            "<p><img src=\"/img/icon-zoom.png\"></p>",
            "https://example.org/a",
        );
        assert_eq!(c.images.len(), 1);
    }
}
