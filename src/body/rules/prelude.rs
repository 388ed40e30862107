//! What a site's rules file stands on, in one import (`use
//! super::prelude::*`): the vocabulary, the tree view and the body's
//! parsers. Neither the trait nor the generic rules are in it (they import
//! this), so a site file names them itself.

pub(super) use chrono::NaiveDateTime;
pub(super) use html5ever::{local_name, LocalName};
pub(super) use url::Url;

pub(super) use crate::body::byline;
pub(super) use crate::body::context::Context;
pub(super) use crate::body::dateline;
pub(super) use crate::body::image::Image;
pub(super) use crate::body::model::{Content, Dateline, EmbedKind};
pub(super) use crate::body::text;
pub(super) use crate::html::Node;
pub(super) use crate::links;
pub(super) use crate::links::host_and_path;

pub(super) use super::attrs::Attrs;
pub(super) use super::vocab::{CardLine, FooterLine, ImageKind, Para, Role, Verdict};
