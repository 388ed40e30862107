//! Body extraction (module docs below are completed in a later commit).

mod byline;
mod model;
mod rules;
mod text;
mod walk;

use url::Url;

use crate::dom::{self, Document};
use crate::site::Site;

pub use model::{Block, Content, Contributor, Dateline, EmbedKind, Link};
pub(crate) use text::normalize;

impl Content {
    /// Extracts the content of an article's HTML body; the site's rules are
    /// chosen from `url`, which also resolves relative addresses.
    ///
    /// Never fails: what cannot be read is left out.
    pub fn from_html(html: &str, url: &Url) -> Content {
        extract(&dom::parse(html), url, &Site::from_url(url))
    }
}

/// Extracts the content of a parsed body with the rules of `site`.
pub(crate) fn extract(doc: &Document, url: &Url, site: &Site) -> Content {
    walk::Walker::new(rules::for_site(site), url).run(&doc.root())
}
