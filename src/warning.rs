//! Non-fatal oddities found while reading an article.

use std::fmt;

/// Something odd about an article that did not stop it from being read.
///
/// Warnings live on the [`Article`](crate::Article); in the JSON form each is
/// its [`Display`](fmt::Display) text, which starts with the stable
/// [`code`](Warning::code) followed by `: `. The text carries the fields
/// too, so that it reads back as the same warning:
///
/// ```
/// use article_dump::Warning;
/// let w = Warning::InvalidUtf8 { offset: 120, replaced: 2 };
/// let text = w.to_string();
/// assert_eq!(text, "invalid-utf8: 2 invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte 120");
/// assert_eq!(Warning::from_text(&text), w);
/// ```
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

impl Warning {
    /// The numbers the message holds, in the order they are written.
    fn numbers(&self) -> Vec<u64> {
        // usize to u64 never loses anything on the platforms Rust supports.
        let n = |v: usize| v as u64;
        match self {
            Warning::OddSeparator { dashes } => vec![n(*dashes)],
            Warning::InvalidUtf8 { offset, replaced } => vec![n(*replaced), *offset],
            Warning::FrontMatterLine { line } => vec![*line],
            Warning::DepthLimited { limit }
            | Warning::ElementsLimited { limit }
            | Warning::AttributesCut { limit } => vec![n(*limit)],
            Warning::NanTimestamp
            | Warning::ByteOrderMark
            | Warning::InputFailed
            | Warning::Other(_) => Vec::new(),
        }
    }

    /// The warning of kind `code` holding `numbers` (as [`Warning::numbers`]
    /// gives them).
    fn build(code: &str, numbers: &[u64]) -> Option<Warning> {
        let n = |i: usize| numbers.get(i).copied();
        let size = |i: usize| n(i).and_then(|v| usize::try_from(v).ok());
        Some(match code {
            "nan-timestamp" => Warning::NanTimestamp,
            "odd-separator" => Warning::OddSeparator { dashes: size(0)? },
            "invalid-utf8" => Warning::InvalidUtf8 {
                replaced: size(0)?,
                offset: n(1)?,
            },
            "byte-order-mark" => Warning::ByteOrderMark,
            "front-matter-line" => Warning::FrontMatterLine { line: n(0)? },
            "depth-limited" => Warning::DepthLimited { limit: size(0)? },
            "elements-limited" => Warning::ElementsLimited { limit: size(0)? },
            "attributes-cut" => Warning::AttributesCut { limit: size(0)? },
            "input-failed" => Warning::InputFailed,
            _ => return None,
        })
    }
}

/// The message of each kind: its literal pieces, with one of the warning's
/// [`numbers`](Warning::numbers) between each two. Writing and reading
/// the text both go by this table, so they cannot drift apart.
fn pieces(code: &str) -> Option<&'static [&'static str]> {
    Some(match code {
        "nan-timestamp" => &["the timestamp is NaN; the publication time is unknown"],
        "odd-separator" => &["the separator has ", " dashes instead of 6"],
        "invalid-utf8" => &[
            "",
            " invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte ",
            "",
        ],
        "byte-order-mark" => &["a UTF-8 byte order mark was skipped"],
        "front-matter-line" => &["front matter line ", " is not `key: value`"],
        "depth-limited" => &[
            "HTML nested deeper than ",
            " elements was flattened; its text is kept",
        ],
        "elements-limited" => &[
            "the body has more than ",
            " elements; the rest were left out, their text kept",
        ],
        "attributes-cut" => &[
            "a tag had more than ",
            " attributes; the rest were not parsed",
        ],
        "input-failed" => &["reading the input failed after this article; its body may be cut off"],
        _ => return None,
    })
}

/// The numbers of `message` if it has the shape of `pieces` (each number
/// a run of ASCII digits), else `None`.
fn read_numbers(message: &str, pieces: &[&str]) -> Option<Vec<u64>> {
    let (first, rest) = pieces.split_first()?;
    let mut text = message.strip_prefix(first)?;
    let mut numbers = Vec::with_capacity(rest.len());
    for piece in rest {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        numbers.push(text[..digits].parse().ok()?);
        text = text[digits..].strip_prefix(piece)?;
    }
    text.is_empty().then_some(numbers)
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.code())?;
        if let Warning::Other(text) = self {
            return f.write_str(text);
        }
        let numbers = self.numbers();
        let pieces = pieces(self.code()).unwrap_or_default();
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                if let Some(n) = numbers.get(i - 1) {
                    write!(f, "{n}")?;
                }
            }
            f.write_str(piece)?;
        }
        Ok(())
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
    /// Reads a warning back from its [`Display`](fmt::Display) text, with
    /// its kind and fields.
    ///
    /// Text this version does not know (another code, or a message of
    /// another shape) comes back as [`Warning::Other`], without its
    /// `other: ` prefix if it has one.
    pub fn from_text(text: &str) -> Warning {
        let known = text.split_once(": ").and_then(|(code, message)| {
            let numbers = read_numbers(message, pieces(code)?)?;
            Warning::build(code, &numbers)
        });
        known.unwrap_or_else(|| {
            let body = text.strip_prefix("other: ").unwrap_or(text);
            Warning::Other(body.to_string())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One warning of every kind, with numbers that could be mistaken for
    /// each other.
    fn every_kind() -> Vec<Warning> {
        let all = vec![
            Warning::NanTimestamp,
            Warning::OddSeparator { dashes: 3 },
            Warning::InvalidUtf8 {
                offset: u64::MAX,
                replaced: 12,
            },
            Warning::ByteOrderMark,
            Warning::FrontMatterLine { line: 7 },
            Warning::DepthLimited { limit: 512 },
            Warning::ElementsLimited { limit: 100_000 },
            Warning::AttributesCut { limit: 1024 },
            Warning::InputFailed,
            Warning::Other("odd-separator: 3".to_string()),
        ];
        // Exhaustive, so that a new kind does not compile until it has a
        // sample above.
        let kinds: std::collections::BTreeSet<u8> = all
            .iter()
            .map(|w| match w {
                Warning::NanTimestamp => 0,
                Warning::OddSeparator { .. } => 1,
                Warning::InvalidUtf8 { .. } => 2,
                Warning::ByteOrderMark => 3,
                Warning::FrontMatterLine { .. } => 4,
                Warning::DepthLimited { .. } => 5,
                Warning::ElementsLimited { .. } => 6,
                Warning::AttributesCut { .. } => 7,
                Warning::InputFailed => 8,
                Warning::Other(_) => 9,
            })
            .collect();
        assert_eq!(kinds.len(), 10, "one sample per kind");
        all
    }

    #[test]
    fn every_kind_reads_back_from_its_text() {
        for w in every_kind() {
            let text = w.to_string();
            assert!(text.starts_with(&format!("{}: ", w.code())), "{text}");
            assert_eq!(Warning::from_text(&text), w, "{text}");
        }
    }

    /// Through serde: the JSON form is a string holding the text (serde's
    /// own string deserializer stands in for a JSON parser).
    #[cfg(feature = "serde")]
    #[test]
    fn every_kind_round_trips_through_serde() {
        use serde::de::value::{Error, StringDeserializer};
        use serde::Deserialize;
        for w in every_kind() {
            let text = w.to_string();
            let back = Warning::deserialize(StringDeserializer::<Error>::new(text.clone()));
            assert_eq!(back.unwrap(), w, "{text}");
        }
    }

    #[test]
    fn the_text_is_what_it_was() {
        // The JSON contract: these texts are what earlier versions wrote.
        let texts = [
            (Warning::OddSeparator { dashes: 3 }, "odd-separator: the separator has 3 dashes instead of 6"),
            (Warning::FrontMatterLine { line: 4 }, "front-matter-line: front matter line 4 is not `key: value`"),
            (Warning::DepthLimited { limit: 512 }, "depth-limited: HTML nested deeper than 512 elements was flattened; its text is kept"),
            (Warning::InputFailed, "input-failed: reading the input failed after this article; its body may be cut off"),
            (Warning::Other("x".into()), "other: x"),
        ];
        for (w, text) in texts {
            assert_eq!(w.to_string(), text);
        }
    }

    #[test]
    fn unknown_or_damaged_texts_are_other() {
        for text in [
            "odd-separator: the separator has  dashes instead of 6",
            "odd-separator: the separator has 3x dashes instead of 6",
            "odd-separator: the separator has 99999999999999999999999 dashes instead of 6",
            "depth-limited: HTML nested deeper than 5 elements was flattened; its text is kept!",
            "new-kind: something a later version says",
            "no code at all",
            "",
        ] {
            assert_eq!(Warning::from_text(text), Warning::Other(text.to_string()));
        }
        assert_eq!(Warning::from_text("other: x"), Warning::Other("x".into()));
    }
}
