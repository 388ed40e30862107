//! Streaming parser for article dumps (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod header;
mod redirect;
mod share;
mod site;
mod warning;

pub use error::{Error, Location};
pub use header::{decode_non_ascii, FrontMatter, FrontValue, Header, Timestamp};
pub use redirect::unwrap_url;
pub use share::{Network, ShareLink};
pub use site::Site;
pub use warning::Warning;
