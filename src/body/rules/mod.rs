//! Site knowledge: what each site's markup means, behind one small interface.
//!
//! The walk asks two questions: what an element is ([`Rules::classify`]),
//! and what a finished paragraph is ([`Rules::paragraph`]). Each site answers
//! what it knows and falls back to [`generic`] for the rest.

use chrono::NaiveDateTime;
use html5ever::local_name;
use url::Url;

use crate::html::Node;
use crate::site::Site;

use super::byline;
use super::context::Context;
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

    /// Reads, after the walk, what the page says outside its text (a feed
    /// footer's tags, poster and links) into `content`.
    fn page_data(&self, _root: &Node, _url: &Url, _content: &mut Content) {}
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
