//! The one error type of the crate, and where an error happened.

use std::fmt;
use std::path::PathBuf;

/// Where something was found in the input stream.
///
/// `offset` is the byte offset from the start of the stream (after nothing
/// is skipped: a BOM counts), `line` is 1-based, and `index` is the 0-based
/// position of the article in the stream, counting every article start that
/// the reader saw, good or broken.
///
/// An error that happened outside any stream ([`Error::Open`],
/// [`Error::OtherIo`]) has the zero location, `Location::default()`: its
/// `line` is 0, which no line of a stream has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Location {
    /// 0-based index of the article in the stream.
    pub index: usize,
    /// Byte offset from the start of the stream.
    pub offset: u64,
    /// 1-based line number.
    pub line: u64,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "article #{} at line {} (byte {})",
            self.index, self.line, self.offset
        )
    }
}

/// Everything that can go wrong while reading a dump.
///
/// A variant about an article says where: the [`Location`] of the offending
/// line (its byte offset and 1-based line number) and the index of the
/// article it belongs to. Such an error spoils one article only: the
/// [`Reader`](crate::Reader) resynchronises at the next article start and
/// goes on. A file that cannot be opened is [`Error::Open`], which names it.
///
/// `?` turns an [`std::io::Error`] into [`Error::OtherIo`], so that a
/// function returning this error can open its own files:
///
/// ```
/// use std::io::BufReader;
/// use article_dump::{Error, Reader};
///
/// fn count(path: &str) -> Result<usize, Error> {
///     let file = std::fs::File::open(path)?; // io::Error -> Error::OtherIo
///     let mut n = 0;
///     for article in Reader::new(BufReader::new(file)) {
///         article?;
///         n += 1;
///     }
///     Ok(n)
/// }
/// assert!(matches!(count("/nonexistent/x.md"), Err(Error::OtherIo { .. })));
/// // The crate's own openers name the path:
/// let err = Reader::from_path("/nonexistent/x.md", Default::default()).err().unwrap();
/// assert!(err.to_string().starts_with("cannot open /nonexistent/x.md: "), "{err}");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The line that should hold `<!--milliseconds-->` holds something else.
    #[error("{at}: the timestamp line `{found}` is not `<!--` + milliseconds since 1970 (or `NaN`) + `-->`; fix the number or write `<!--NaN-->`")]
    BadTimestamp {
        /// Where the timestamp line starts.
        at: Location,
        /// The line as found (cut to 80 characters).
        found: String,
    },
    /// The timestamp is a number, but not a date chrono can represent.
    #[error("{at}: the timestamp {value} ms is outside the representable date range (about ±262,000 years)")]
    TimestampOutOfRange {
        /// Where the timestamp line starts.
        at: Location,
        /// The number as written.
        value: String,
    },
    /// The line after the timestamp does not open a `[title](url)` link.
    #[error("{at}: expected the link line `[title](url)` after the timestamp, found `{found}`")]
    MissingLink {
        /// Where the line starts.
        at: Location,
        /// The line as found (cut to 80 characters).
        found: String,
    },
    /// The link line has no `](url)` with an absolute URL before the separator.
    #[error("{at}: the link `{found}` has no `](absolute-url)` ending; the header needs `[title](https://…)`")]
    MissingUrl {
        /// Where the link starts.
        at: Location,
        /// The start of the link as found (cut to 80 characters).
        found: String,
    },
    /// The link is not followed by a line of three or more dashes.
    #[error("{at}: expected a separator line of three or more dashes (`------`) after the link, found `{found}`")]
    MissingSeparator {
        /// Where the line that should be the separator starts.
        at: Location,
        /// The line as found (cut to 80 characters).
        found: String,
    },
    /// The front matter block (`---` … `---`) is not closed before the header.
    #[error("{at}: the front matter block opened here is not closed by a `---` line followed by the `<!--timestamp-->` header")]
    UnclosedFrontMatter {
        /// Where the opening `---` starts.
        at: Location,
    },
    /// The input ended inside an article's header.
    #[error("{at}: the input ends inside the article header (while looking for the {expected}); the article is cut off")]
    UnexpectedEof {
        /// Where the article starts.
        at: Location,
        /// What was still expected.
        expected: &'static str,
    },
    /// Text at the start of the stream that is not an article (a
    /// [`Reader`](crate::Reader) skips it and reads on).
    #[error("{at}: the {bytes} bytes before the first article are not an article header (`<!--timestamp-->` then `[title](url)`)")]
    NotAnArticle {
        /// Where the text starts.
        at: Location,
        /// How many bytes were skipped.
        bytes: u64,
    },
    /// The stream starts with a UTF-16 byte order mark; dumps are UTF-8.
    #[error("{at}: the input is {encoding} (it starts with a UTF-16 byte order mark); convert it to UTF-8 first, e.g. `iconv -f UTF-16 -t UTF-8`")]
    UnsupportedEncoding {
        /// The start of the input.
        at: Location,
        /// `UTF-16LE` or `UTF-16BE`.
        encoding: &'static str,
    },
    /// The article is larger than [`Options::max_article_bytes`](crate::Options::max_article_bytes).
    #[error("{at}: the article is larger than the limit of {limit} bytes; it is skipped (raise `Options::max_article_bytes` to read it)")]
    ArticleTooLarge {
        /// Where the article starts.
        at: Location,
        /// The limit in force.
        limit: u64,
    },
    /// The article holds bytes that are not UTF-8 and the options ask for strict decoding.
    #[error("{at}: the article holds bytes that are not valid UTF-8 (set `Options::strict_utf8(false)` to decode them lossily with a warning)")]
    InvalidUtf8 {
        /// Where the first invalid byte is.
        at: Location,
    },
    /// [`parse_str`](crate::parse_str) was given a text with no article.
    #[error("{at}: the text holds no article (an article starts with `<!--timestamp-->` then `[title](url)`)")]
    NoArticle {
        /// Where the text ends.
        at: Location,
    },
    /// [`parse_str`](crate::parse_str) was given a text with more than one
    /// article; read it with a [`Reader`](crate::Reader) instead.
    #[error("{at}: a second article starts here, but one article was expected; use `Reader` to read a stream of articles")]
    MultipleArticles {
        /// Where the second article starts.
        at: Location,
    },
    /// The underlying reader failed.
    #[error("{at}: reading the input failed: {source}")]
    Io {
        /// How far the stream was read.
        at: Location,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file or directory could not be opened or listed
    /// ([`Reader::from_path`](crate::Reader::from_path),
    /// [`open`](crate::open), [`find_dump_files`](crate::find_dump_files),
    /// [`FileReader`](crate::FileReader)). Its location is the zero one.
    #[error("cannot open {}: {source}", path.display())]
    Open {
        /// The path as given (or found while walking a directory).
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// An I/O error from outside any stream, converted by `?` through
    /// `From<std::io::Error>`. Its location is the zero one: nothing says
    /// where it happened.
    #[error("{source}")]
    OtherIo {
        /// The I/O error.
        #[from]
        source: std::io::Error,
    },
}

impl Error {
    /// Where the error happened; the zero location for [`Error::Open`] and
    /// [`Error::OtherIo`], which happen outside any stream.
    pub fn location(&self) -> Location {
        match self {
            Error::BadTimestamp { at, .. }
            | Error::TimestampOutOfRange { at, .. }
            | Error::MissingLink { at, .. }
            | Error::MissingUrl { at, .. }
            | Error::MissingSeparator { at, .. }
            | Error::UnclosedFrontMatter { at }
            | Error::UnexpectedEof { at, .. }
            | Error::NotAnArticle { at, .. }
            | Error::UnsupportedEncoding { at, .. }
            | Error::ArticleTooLarge { at, .. }
            | Error::InvalidUtf8 { at }
            | Error::NoArticle { at }
            | Error::MultipleArticles { at }
            | Error::Io { at, .. } => *at,
            Error::Open { .. } | Error::OtherIo { .. } => Location::default(),
        }
    }

    /// A short stable name of the kind of error, for logs and JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::BadTimestamp { .. } => "bad-timestamp",
            Error::TimestampOutOfRange { .. } => "timestamp-out-of-range",
            Error::MissingLink { .. } => "missing-link",
            Error::MissingUrl { .. } => "missing-url",
            Error::MissingSeparator { .. } => "missing-separator",
            Error::UnclosedFrontMatter { .. } => "unclosed-front-matter",
            Error::UnexpectedEof { .. } => "unexpected-eof",
            Error::NotAnArticle { .. } => "not-an-article",
            Error::UnsupportedEncoding { .. } => "unsupported-encoding",
            Error::ArticleTooLarge { .. } => "article-too-large",
            Error::InvalidUtf8 { .. } => "invalid-utf8",
            Error::NoArticle { .. } => "no-article",
            Error::MultipleArticles { .. } => "multiple-articles",
            Error::Io { .. } | Error::OtherIo { .. } => "io",
            Error::Open { .. } => "open",
        }
    }
}

/// Cuts `s` to at most `max` characters for an error message.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim_end_matches(['\r', '\n']);
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
