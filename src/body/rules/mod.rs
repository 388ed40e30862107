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

use crate::html::Node;
use crate::site::Site;

mod attrs;
mod bbc;
mod cdt;
mod cdt_feed;
mod dw;
mod ft;
pub(crate) mod generic;
mod hooks;
mod nyt;
mod prelude;
mod reuters;
mod rfa;
mod rfi;
mod voa;
mod vocab;

pub(crate) use attrs::Attrs;
pub(crate) use hooks::Rules;
pub(crate) use vocab::{CardLine, FooterLine, ImageKind, Para, Role, Verdict};

use bbc::Bbc;
use cdt::Cdt;
use dw::Dw;
use ft::Ft;
use nyt::Nyt;
use reuters::Reuters;
use rfa::Rfa;
use rfi::Rfi;
use voa::Voa;

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

/// Sites without rules of their own (the Jekyll archives' CNA, Zaobao,
/// Nikkei): what holds everywhere, and the source in brackets that ends
/// their captions (`（彭博社）`, `（中央社檔案照片）`) as the credit.
struct Generic;
impl Rules for Generic {
    fn caption_credit(&self, caption: &mut String) -> Option<String> {
        generic::bracketed_credit(caption)
    }
}
