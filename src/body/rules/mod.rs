//! Site knowledge: what each site's markup means, behind one small interface.
//!
//! The walk asks two main questions: what an element is
//! ([`Rules::classify`], also inside captions, leads and headings, where
//! [`Context::in_caption`] and [`Context::collecting`] say so), and what a
//! finished paragraph is ([`Rules::paragraph`]). Smaller hooks answer what
//! the walk must decide about a piece it has already read: a caption's
//! trailing credit, a credit's label, a metadata card, the names line of a
//! dateline, an image that is not a photograph. Each site answers what it
//! knows and falls back to [`generic`] for the rest, so the walker, the
//! context and the image reader never name a site.

use chrono::NaiveDateTime;
use html5ever::{local_name, LocalName};
use url::Url;

use crate::html::Node;
use crate::links;
use crate::links::host_and_path;
use crate::site::Site;

use super::byline;
use super::context::Context;
use super::dateline;
use super::image::Image;
use super::model::{Content, Dateline, EmbedKind};

mod attrs;
mod bbc;
mod cdt;
mod cdt_feed;
mod dw;
mod ft;
pub(crate) mod generic;
mod nyt;
mod reuters;
mod rfa;
mod rfi;
mod voa;

pub(crate) use attrs::Attrs;
use bbc::Bbc;
use cdt::Cdt;
use dw::Dw;
use ft::Ft;
use generic::mirror_drop;
use nyt::Nyt;
use reuters::Reuters;
use rfa::Rfa;
use rfi::Rfi;
use voa::Voa;

/// What an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary markup: walk into it.
    Normal,
    /// Boilerplate (ads, promotion, widgets, furniture): drop it whole.
    Skip,
    /// A share bar: keep its hrefs in `share_hrefs`, nothing else.
    Share,
    /// A list of links to other articles.
    Related,
    /// The printed time (and, before a `<br>`, a byline).
    Dateline,
    /// A byline: names and roles.
    Byline,
    /// The standfirst.
    Lead,
    /// The caption of the last image.
    Caption,
    /// The credit of the last image.
    Credit,
    /// A subheading.
    Heading(u8),
    /// A metadata card (CDT's 档案卡): byline and date, not text.
    Card,
    /// The article's footer (contribution notes, author bios): each of its
    /// paragraphs is asked of [`Rules::footer_line`], the rest dropped.
    Footer,
    /// A picture and its caption in one element (`<div><img>caption</div>`):
    /// the images inside are images, the rest of its text their caption.
    Figure,
    /// A list whose items are paragraphs (a briefing's items): walked
    /// into, each paragraph a paragraph, instead of read as a list.
    Paragraphs,
    /// An embedded player or post.
    Embed(EmbedKind),
}

/// What a finished paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Text of the article.
    Keep,
    /// Boilerplate.
    Drop,
    /// A subheading.
    Heading,
    /// The standfirst.
    Lead,
    /// A byline.
    Byline,
    /// A pointer to another article (its links go to `related`).
    Related,
    /// A place line (`澳门 —`) that opens the next paragraph.
    PrefixNext,
    /// The article's footer written as a paragraph (bio, translator and
    /// original's link on `<br>`-separated lines): each line is asked of
    /// [`Rules::footer_line`].
    Footer,
}

/// A finished paragraph, as the rules see it.
pub(crate) struct Para<'a> {
    /// Its text; rules may trim markers off it.
    pub text: &'a mut String,
    /// All its visible text was bold.
    pub all_bold: bool,
    /// It came from a `<p>` (not loose text between blocks).
    pub from_p: bool,
}

/// A line of a metadata card that the walk keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CardLine {
    /// A byline: the line as written and the names in it.
    Byline { text: String, names: String },
    /// The publication date as written.
    Date(String),
}

/// What the walk keeps of a footer paragraph; nothing by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FooterLine {
    /// A byline written there (a translator's credit).
    pub byline: Option<String>,
    /// The paragraph's links go to `related` (the original's address).
    pub related: bool,
}

/// What an `<img>` that was read shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ImageKind {
    /// A picture of the article.
    Picture,
    /// A site's generic picture (a default social card): kept, flagged.
    Placeholder,
    /// A user-interface icon: not content, dropped.
    Icon,
    /// A rule drawn as a picture (a 1–2 px line): not content, dropped.
    Divider,
}

/// A site's answers.
pub(crate) trait Rules {
    /// What an element is; `tag` is its name.
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        generic::classify(n, tag, a, cx)
    }

    /// What a paragraph is.
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        generic::paragraph(p, cx)
    }

    /// A byline at the head of the standfirst: cuts it off `lead` and
    /// returns it (names separated by `、`).
    fn lead_byline(&self, _lead: &mut String) -> Option<String> {
        None
    }

    /// The time the article's address carries, for a page whose body
    /// shows none.
    fn url_dateline(&self, _url: &Url) -> Option<Dateline> {
        None
    }

    /// A credit written at the end of a caption's text (`… 图源：受访者提供`):
    /// cuts it off `caption` and returns it. Asked only when no credit
    /// element was found.
    fn caption_credit(&self, _caption: &mut String) -> Option<String> {
        None
    }

    /// A credit without the label the page writes before it (`©`, `Photo: `).
    fn credit_text(&self, credit: String) -> String {
        generic::strip_credit_label(credit, generic::CREDIT_LABELS)
    }

    /// What the walk keeps of a metadata card's text ([`Role::Card`]).
    fn card(&self, _text: &str) -> Vec<CardLine> {
        Vec::new()
    }

    /// What a paragraph of a [`Role::Footer`] holds.
    fn footer_line(&self, _text: &str) -> FooterLine {
        FooterLine::default()
    }

    /// A dateline's line before the time, as names (the part that is not
    /// a stand-in for a missing name); empty when there are none.
    fn dateline_names<'t>(&self, line: &'t str) -> &'t str {
        line
    }

    /// What an image is (its addresses, alt text and size).
    fn image_kind(&self, img: &Image) -> ImageKind {
        generic::image_kind(img)
    }

    /// Reads, after the walk, what the page says outside its text (a feed
    /// footer's tags, poster and links) into `content`.
    fn page_data(&self, _root: &Node, _url: &Url, _content: &mut Content) {}
}

/// Reads an element's attributes, boilerplate names marked by the
/// generic list.
pub(crate) fn attrs_of<'a>(n: &Node<'a>) -> Attrs<'a> {
    Attrs::of(n, generic::is_boilerplate_attr)
}

/// The rules of a site.
pub(crate) fn for_site(site: &Site) -> &'static dyn Rules {
    match site {
        Site::Rfi => &Rfi,
        Site::Bbc => &Bbc,
        Site::Dw => &Dw,
        Site::Voa => &Voa,
        Site::Nyt => &Nyt,
        Site::Reuters => &Reuters,
        Site::Ft => &Ft,
        Site::Rfa => &Rfa,
        Site::Cdt => &Cdt,
        _ => &Generic,
    }
}

struct Generic;
impl Rules for Generic {}
