//! Links: the addresses a body holds, and what they say.
//!
//! `escapes.rs` decodes what pages write in URLs (entities, percent
//! layers, escapes of non-ASCII UTF-8; one decoder of escape runs),
//! `host.rs` matches hosts against domains, `redirect.rs` peels redirect and
//! image-proxy layers, `share.rs` reads share buttons and answers "is this a
//! share button?" for the body walk.

mod escapes;
mod host;
mod redirect;
mod share;

use url::Url;

pub use escapes::decode_non_ascii;
pub use redirect::unwrap_url;
pub(crate) use share::is_share_button;
pub use share::{Network, ShareLink};

pub(crate) use host::on as host_on;
pub(crate) use redirect::unwrap_parsed;

/// Resolves an attribute value (`href`, `src`) against the article URL;
/// `None` for an empty value, a `data:` or `javascript:` address, or one
/// that does not parse.
pub(crate) fn resolve(base: &Url, raw: &str) -> Option<Url> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with("data:") || raw.starts_with("javascript:") {
        return None;
    }
    base.join(raw).ok()
}
