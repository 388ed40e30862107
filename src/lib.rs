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
mod capped;
mod decode;
mod diff;
mod dom;
mod error;
mod header;
#[cfg(feature = "history")]
mod history;
mod image;
mod input;
#[cfg(feature = "serde")]
mod json;
mod options;
mod reader;
mod redirect;
mod share;
mod site;
mod tree;
mod walk;
mod warning;
mod write;

pub use article::{parse_str, parse_str_with, Article, LineEnding};
pub use body::{Block, Content, Contributor, Dateline, EmbedKind, Link};
pub use decode::decode_non_ascii;
pub use diff::{ArticleDiff, Change, ImageEdit, ListChange, ParagraphEdit, TextEdit};
pub use error::{Error, Location};
pub use header::{FrontMatter, FrontValue, Header, Timestamp};
#[cfg(feature = "history")]
pub use history::{ArticleHistory, History, HistoryError, HistoryEvent, HistoryWalk, Version};
pub use image::{Image, SrcsetCandidate};
pub use options::Options;
pub use reader::Reader;
pub use redirect::unwrap_url;
pub use share::{Network, ShareLink};
pub use site::Site;
pub use walk::{find_dump_files, FileReader};
pub use warning::Warning;

/// Parses `html` with this crate's parser and with
/// `html5ever::parse_document` into a `markup5ever_rcdom::RcDom`, and says
/// where the two trees differ (`Ok(false)`: a limit of
/// [`Options`] changed the tree on purpose, nothing compared). For the
/// `tree` fuzz target and `tests/tree_equivalence.rs`; not part of the API.
#[doc(hidden)]
pub fn __compare_tree_with_rcdom(html: &str) -> Result<bool, String> {
    tree::compare_with_rcdom(html)
}
