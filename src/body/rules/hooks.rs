//! The [`Rules`] trait: the questions the walk asks a site, each answered
//! by the generic rules unless the site knows better.

use url::Url;

use crate::body::context::Context;
use crate::body::image::Image;
use crate::body::model::{Content, Dateline};
use crate::html::Node;

use super::attrs::Attrs;
use super::generic;
use super::vocab::{CardLine, FooterLine, ImageKind, Para, Role, Verdict};

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
