//! Streaming parser for article dumps of Chinese-language international news.
//!
//! An article dump is a git archive of news articles, one file each: a
//! `<!--timestamp-->` line, a `[title](url)` line, a separator, and the HTML
//! body. [`Reader`] reads any [`BufRead`](std::io::BufRead) holding one or
//! many such articles and yields them one at a time:
//!
//! ```
//! use article_dump::{Reader, Site};
//! let dump = "<!--1697125502000-->\n[标题](https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/x)\n------\n\n<p>正文</p>\n";
//! for article in Reader::new(dump.as_bytes()) {
//!     let article = article?;
//!     assert_eq!(article.site, Site::Rfi);
//!     assert_eq!(article.header.url_decoded(), "https://www.rfi.fr/cn/国际/x");
//! }
//! # Ok::<(), article_dump::Error>(())
//! ```
//!
//! The README follows; its examples are compiled as doctests.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod body;
mod diff;
mod error;
mod extract;
mod files;
mod header;
#[cfg(feature = "history")]
mod history;
mod html;
#[cfg(feature = "serde")]
mod json;
mod links;
mod options;
#[cfg(feature = "rayon")]
mod parallel;
mod render;
mod single;
mod site;
mod stream;
mod warning;
mod write;

pub use article::{Article, LineEnding};
pub use body::{
    Block, Content, Contributor, Dateline, DropReason, DroppedImage, EmbedKind, Image, Link,
    SrcsetCandidate,
};
pub use diff::{ArticleDiff, Change, ImageEdit, ListChange, ParagraphEdit, TextEdit};
pub use error::{Error, Location};
pub use files::{find_dump_files, open, FileReader};
pub use header::{Dialect, FrontMatter, FrontValue, Header, Timestamp};
#[cfg(feature = "history")]
pub use history::{ArticleHistory, History, HistoryError, HistoryEvent, HistoryWalk, Version};
pub use links::{decode_non_ascii, unwrap_url, Network, ShareLink};
pub use options::Options;
#[cfg(feature = "rayon")]
pub use parallel::ParMap;
pub use single::{parse_str, parse_str_with};
pub use site::Site;
pub use stream::Reader;
pub use warning::Warning;

// The model holds `url` and `chrono` types (`Article::url`,
// `Content::from_html`'s base, datelines): re-exported so that a user
// needs no dependency of the same version to name them.
pub use chrono;
pub use url;

/// Parses `html` with this crate's parser and with
/// `html5ever::parse_document` into a `markup5ever_rcdom::RcDom`, and says
/// where the two trees differ (`Ok(false)`: a limit of
/// [`Options`] changed the tree on purpose, nothing compared). For the
/// `tree` fuzz target and `tests/tree_equivalence.rs`; not part of the API.
#[cfg(feature = "rcdom")]
#[doc(hidden)]
pub fn __compare_tree_with_rcdom(html: &str) -> Result<bool, String> {
    html::compare_with_rcdom(html)
}
