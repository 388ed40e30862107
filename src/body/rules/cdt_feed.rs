//! CDT's feed footer (the 2020 dialect's bodies come from the feed, not the
//! page): what the "Better Feed" WordPress plugin appended to every item.
//!
//! ```text
//! <hr /><p><small>&copy; NAME for <a>中国数字时代</a>, get_post_time('Y'). |<a>Permalink</a>
//!   |<a>No comment</a> |Add to<a href="http://del.icio.us/post?url=…&amp;title=…">del.icio.us</a>
//!   <br/>Post tags: <a rel="tag">TAG</a>, …</small></p>
//! <p><small>Feed enhanced by <a>Better Feed</a> from <a>Ozh</a></small></p>
//! ```
//!
//! Both paragraphs are boilerplate for the text ([`is_footer`]); what the
//! first says is data ([`read`]):
//! - the tags, in order, into [`Content::tags`];
//! - `NAME`, the WordPress account that posted the item, into
//!   [`Content::contributors`] with the role `for 中国数字时代` (the footer's
//!   words); not into `authors`, since a post's writer, when it names one,
//!   is named in the text;
//! - the permalink: nothing when it is the article's URL (always, in the
//!   archive), else a [`Link`] in [`Content::related`] with the text
//!   `Permalink`;
//! - the `del.icio.us` bookmarking link, a share link
//!   ([`Network::Delicious`](crate::Network::Delicious));
//! - `No comment` (a link to the comments) is dropped.

use url::Url;

use crate::html::{Event, Node};

use super::super::model::{Content, Contributor, Link};

/// Most text a footer paragraph is looked at for (the longest in the
/// archive has about 1 500 bytes).
const MAX_FOOTER_TEXT: usize = 16 << 10;

/// What the copyright line says the name did.
const ROLE: &str = "for 中国数字时代";

/// Whether `n` is one of the footer's two paragraphs.
pub(crate) fn is_footer(n: &Node) -> bool {
    footer_kind(n).is_some()
}

/// Reads what the footer below `root` says into `content`.
pub(crate) fn read(root: &Node, url: &Url, content: &mut Content) {
    let found = root.traverse().find_map(|ev| match ev {
        Event::Enter(n) if footer_kind(&n) == Some(Footer::Credit) => Some(n),
        _ => None,
    });
    let Some(credit) = found else {
        return;
    };
    if let Some(name) = poster(&credit) {
        if !content.contributors.iter().any(|c| c.name == name) {
            content.contributors.push(Contributor {
                name,
                role: Some(ROLE.to_string()),
            });
        }
    }
    for a in credit.traverse().filter_map(|ev| match ev {
        Event::Enter(n) if n.is("a") => Some(n),
        _ => None,
    }) {
        let text = a.raw_text().trim().to_string();
        let href = a.attr_str("href").unwrap_or("").trim();
        if a.attr_str("rel")
            .is_some_and(|r| r.split_whitespace().any(|r| r == "tag"))
        {
            content.tags.push(text);
        } else if text == "del.icio.us" && !href.is_empty() {
            content.share_hrefs.push(href.to_string());
        } else if text == "Permalink" {
            match crate::links::resolve(url, href) {
                Some(link) if link != url.as_str() => {
                    content.related.push(Link { text, url: link })
                }
                _ => {}
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Footer {
    /// `© NAME for 中国数字时代, … Post tags: …`
    Credit,
    /// `Feed enhanced by Better Feed from Ozh`
    Plugin,
}

/// Which footer paragraph `n` is: a `<p>` holding one `<small>` and no
/// other element, with the plugin's words.
fn footer_kind(n: &Node) -> Option<Footer> {
    if !n.is("p") {
        return None;
    }
    let mut elements = n.element_children();
    let small = elements.next().filter(|s| s.is("small"))?;
    if elements.next().is_some() {
        return None;
    }
    let text = small.short_text(MAX_FOOTER_TEXT)?;
    let text = text.trim_start();
    if text.starts_with('©') && text.contains("中国数字时代") && text.contains("Permalink") {
        Some(Footer::Credit)
    } else if text.starts_with("Feed enhanced by") {
        Some(Footer::Plugin)
    } else {
        None
    }
}

/// The name in the credit's opening text `© NAME for `.
fn poster(credit: &Node) -> Option<String> {
    let small = credit.element_children().next()?;
    let first = small.children().next()?.text()?;
    let rest = first.trim_start().strip_prefix('©')?;
    let rest = rest.trim_end();
    let name = rest.strip_suffix(" for").unwrap_or(rest).trim();
    (!name.is_empty()).then(|| name.to_string())
}
