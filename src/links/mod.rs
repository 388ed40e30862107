//! Links: the addresses a body holds, and what they say.
//!
//! `address.rs` resolves addresses and reads their host and path,
//! `escapes.rs` decodes what pages write in URLs (entities, percent
//! layers, escapes of non-ASCII UTF-8; one decoder of escape runs),
//! `host.rs` matches hosts against domains, `redirect.rs` peels redirect and
//! image-proxy layers, `share.rs` reads share buttons and answers "is this a
//! share button?" for the body walk.

mod address;
mod escapes;
mod host;
mod redirect;
mod share;

pub use escapes::decode_non_ascii;
pub use redirect::unwrap_url;
pub(crate) use share::{is_share_button, ArticleKey};
pub use share::{Network, ShareLink};

pub(crate) use address::{host_and_path, resolve};
pub(crate) use host::on as host_on;
pub(crate) use redirect::unwrap_resolved;
