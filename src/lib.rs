//! Streaming parser for article dumps (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod body;
mod dom;
mod error;
mod header;
mod image;
mod site;
mod warning;

pub use body::{Block, Content, Contributor, Dateline, EmbedKind, Link};
pub use error::{Error, Location};
pub use header::{decode_non_ascii, FrontMatter, FrontValue, Header, Timestamp};
pub use image::{Image, SrcsetCandidate};
pub use site::Site;
pub use warning::Warning;
