//! Streaming parser for article dumps (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod error;
mod header;
mod input;
#[cfg(feature = "serde")]
mod json;
mod options;
mod reader;
mod site;
mod walk;
mod warning;
mod write;

pub use article::{parse_str, parse_str_with, Article, LineEnding};
pub use error::{Error, Location};
pub use header::{decode_non_ascii, FrontMatter, FrontValue, Header, Timestamp};
pub use options::Options;
pub use reader::Reader;
pub use site::Site;
pub use walk::{find_dump_files, FileReader};
pub use warning::Warning;
