//! Non-fatal oddities found while reading an article.

use std::fmt;

/// Something odd about an article that did not stop it from being read.
///
/// Warnings live on the [`Article`](crate::Article); in the JSON form each is
/// its [`Display`](fmt::Display) text, which starts with the stable
/// [`code`](Warning::code) followed by `: `.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The timestamp is `<!--NaN-->`: the feed's date could not be read.
    NanTimestamp,
    /// The separator is not the usual six dashes.
    OddSeparator {
        /// How many dashes there are.
        dashes: usize,
    },
    /// Bytes that are not UTF-8 were replaced by U+FFFD.
    InvalidUtf8 {
        /// Byte offset (in the stream) of the first invalid byte.
        offset: u64,
        /// How many invalid sequences were replaced.
        replaced: usize,
    },
    /// The article starts with a UTF-8 byte order mark, which was skipped.
    ByteOrderMark,
    /// A front matter line is not `key: value`; it is kept in the raw block only.
    FrontMatterLine {
        /// 1-based line number in the stream.
        line: u64,
    },
    /// HTML nesting deeper than the limit was flattened (the text is kept).
    DepthLimited {
        /// The limit in force.
        limit: usize,
    },
    /// The body had more elements than the parser keeps; the rest were
    /// left out (their text is kept).
    ElementsLimited {
        /// The limit in force.
        limit: usize,
    },
    /// A tag had more attributes than the parser keeps; the rest were cut.
    AttributesCut {
        /// The limit in force.
        limit: usize,
    },
    /// The input failed (an I/O error) after this article's last complete
    /// line: its body may be cut off. The error itself is the next item.
    InputFailed,
    /// Any other warning, as text (also what unknown warnings deserialize into).
    Other(String),
}

impl Warning {
    /// A short stable name for the kind of warning.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::NanTimestamp => "nan-timestamp",
            Warning::OddSeparator { .. } => "odd-separator",
            Warning::InvalidUtf8 { .. } => "invalid-utf8",
            Warning::ByteOrderMark => "byte-order-mark",
            Warning::FrontMatterLine { .. } => "front-matter-line",
            Warning::DepthLimited { .. } => "depth-limited",
            Warning::ElementsLimited { .. } => "elements-limited",
            Warning::AttributesCut { .. } => "attributes-cut",
            Warning::InputFailed => "input-failed",
            Warning::Other(_) => "other",
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.code())?;
        match self {
            Warning::NanTimestamp => f.write_str("the timestamp is NaN; the publication time is unknown"),
            Warning::OddSeparator { dashes } => {
                write!(f, "the separator has {dashes} dashes instead of 6")
            }
            Warning::InvalidUtf8 { offset, replaced } => write!(
                f,
                "{replaced} invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte {offset}"
            ),
            Warning::ByteOrderMark => f.write_str("a UTF-8 byte order mark was skipped"),
            Warning::FrontMatterLine { line } => {
                write!(f, "front matter line {line} is not `key: value`")
            }
            Warning::DepthLimited { limit } => write!(
                f,
                "HTML nested deeper than {limit} elements was flattened; its text is kept"
            ),
            Warning::ElementsLimited { limit } => write!(
                f,
                "the body has more than {limit} elements; the rest were left out, their text kept"
            ),
            Warning::AttributesCut { limit } => write!(
                f,
                "a tag had more than {limit} attributes; the rest were not parsed"
            ),
            Warning::InputFailed => {
                f.write_str("reading the input failed after this article; its body may be cut off")
            }
            Warning::Other(text) => f.write_str(text),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Warning {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Ok(Warning::from_text(&text))
    }
}

impl Warning {
    /// Reads a warning back from its [`Display`](fmt::Display) text.
    ///
    /// The kinds without data come back as themselves; the others, and any
    /// text this version does not know, as [`Warning::Other`].
    pub fn from_text(text: &str) -> Warning {
        for known in [
            Warning::NanTimestamp,
            Warning::ByteOrderMark,
            Warning::InputFailed,
        ] {
            if known.to_string() == text {
                return known;
            }
        }
        let body = text.strip_prefix("other: ").unwrap_or(text);
        Warning::Other(body.to_string())
    }
}
