//! The streaming reader: a dump in, articles out, one at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use crate::article::{Article, LineEnding};
use crate::error::{excerpt, Error, Location};
use crate::header::Header;
use crate::{Options, Site, Warning};

mod body;
mod boundary;
mod header;
mod input;

use boundary::PEEK;
use header::HeaderReader;
use input::Input;

/// Reads articles one at a time from any [`BufRead`].
///
/// The stream may hold one article or many concatenated ones (`cat
/// articles/*/*.md`). Memory holds one article at a time (bounded by
/// [`Options::max_article_bytes`]), whatever the stream's length.
///
/// An article starts at a line `<!--…-->` followed by a line starting with
/// `[`, or at a front matter block followed by such a header. Text between
/// two articles belongs to the body of the first. A malformed article gives
/// one `Err` naming its index, byte offset and line; the reader then
/// resynchronises at the next article start, so nothing after it is lost.
/// An I/O error ends the iteration (after it is returned).
///
/// ```
/// use article_dump::Reader;
/// let dump = "<!--1600000000000-->\n[One](https://www.dw.com/zh/a-1)\n------\n\n<p>1</p>\n\
///             <!--junk-->\n[Broken](https://www.dw.com/zh/a-2)\n------\n\n<p>2</p>\n\
///             <!--1600000000001-->\n[Three](https://www.dw.com/zh/a-3)\n------\n\n<p>3</p>\n";
/// let results: Vec<_> = Reader::new(dump.as_bytes()).collect();
/// assert_eq!(results.len(), 3);
/// assert_eq!(results[0].as_ref().unwrap().title(), "One");
/// let err = results[1].as_ref().unwrap_err();
/// assert_eq!((err.location().index, err.location().line), (1, 6));
/// assert_eq!(results[2].as_ref().unwrap().location.index, 2);
/// ```
pub struct Reader<R> {
    input: Input<R>,
    options: Options,
    next_index: usize,
    started: bool,
    done: bool,
    /// An I/O error met while finishing the previous article, returned next.
    pending: Option<Error>,
}

impl<R: BufRead> Reader<R> {
    /// A reader with the default [`Options`].
    pub fn new(inner: R) -> Self {
        Self::with_options(inner, Options::default())
    }

    /// A reader with the given options.
    pub fn with_options(inner: R, options: Options) -> Self {
        Reader {
            input: Input::new(inner),
            options,
            next_index: 0,
            started: false,
            done: false,
            pending: None,
        }
    }

    /// A reader of headers only: the HTML parser is never started and bodies
    /// are not kept, so reading costs little more than scanning the bytes.
    pub fn headers_only(inner: R) -> Self {
        Self::with_options(inner, Options::new().extract(false).raw_body(false))
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Changes the options for the articles not read yet.
    #[cfg(feature = "rayon")]
    pub(crate) fn set_options(&mut self, options: Options) {
        self.options = options;
    }

    /// Where the reader stands: the next byte to read and the index the
    /// next article will get.
    pub fn location(&self) -> Location {
        let (offset, line) = self.input.position();
        Location {
            index: self.next_index,
            offset,
            line,
        }
    }

    /// The underlying reader (with whatever the look-ahead had taken out of
    /// it lost).
    pub fn into_inner(self) -> R {
        self.input.into_inner()
    }

    fn io_error(&self, source: io::Error) -> Error {
        Error::Io {
            at: self.location(),
            source,
        }
    }

    fn step(&mut self) -> Result<Option<Article>, Error> {
        if !self.started {
            self.started = true;
            boundary::skip_blank_lines(&mut self.input).map_err(|e| self.io_error(e))?;
        }
        let start = boundary::article_start(&mut self.input).map_err(|e| self.io_error(e))?;
        let Some(start) = start else {
            return self.skip_junk();
        };
        let index = self.next_index;
        self.next_index += 1;
        let (offset, line) = self.input.position();
        let at = Location {
            index,
            offset,
            line,
        };
        let mut warnings = Vec::new();
        let header = HeaderReader {
            input: &mut self.input,
            options: &self.options,
            at,
            io_index: self.next_index,
            warnings: &mut warnings,
        }
        .read(start);
        match header {
            Ok((header, line_ending)) => self.finish_article(at, header, line_ending, warnings),
            Err(e) => {
                // A timestamp that could not be read leaves its `[` line
                // next: it is that header's, not a 2020 one.
                let after_timestamp = matches!(
                    e,
                    Error::BadTimestamp { .. } | Error::TimestampOutOfRange { .. }
                );
                if !matches!(e, Error::Io { .. }) {
                    self.read_body(at, false, after_timestamp);
                }
                Err(e)
            }
        }
    }

    /// Reads the body of the article whose header was read, and extracts
    /// its content.
    fn finish_article(
        &mut self,
        at: Location,
        header: Header,
        line_ending: LineEnding,
        mut warnings: Vec<Warning>,
    ) -> Result<Option<Article>, Error> {
        let mut body = self.read_body(at, true, false);
        if self.pending.is_some() {
            warnings.push(Warning::InputFailed);
        }
        if body.too_large {
            return Err(Error::ArticleTooLarge {
                at,
                limit: self.options.max_article_bytes,
            });
        }
        if let Some((offset, line)) = body.invalid {
            if self.options.strict_utf8 {
                return Err(Error::InvalidUtf8 {
                    at: Location { offset, line, ..at },
                });
            }
            warnings.push(Warning::InvalidUtf8 {
                offset,
                replaced: body.replaced,
            });
        }
        let site = Site::from_url(&header.url);
        let content = body.html.take().map(|parser| {
            let doc = parser.finish();
            warnings.extend(doc.warnings());
            crate::body::extract(&doc, &header, &site)
        });
        Ok(Some(Article {
            site,
            content,
            header,
            line_ending,
            warnings,
            location: at,
            raw_body: body.raw,
        }))
    }

    /// Skips text that is not an article, up to the next article start.
    ///
    /// A body runs to the next article start, so the reader only meets such
    /// text at the start of the stream (or after it, at the end of the
    /// input): what is said of it cannot misfire on a body.
    fn skip_junk(&mut self) -> Result<Option<Article>, Error> {
        let at = self.location();
        let found = self.what_junk_is(at);
        let skipped = self.read_body(at, false, false);
        if skipped.bytes == 0 {
            if let Some(e) = self.pending.take() {
                return Err(e);
            }
            return Ok(None);
        }
        match found {
            Some(e @ (Error::MissingLink { .. } | Error::UnclosedFrontMatter { .. })) => {
                self.next_index += 1;
                Err(e)
            }
            Some(e) => Err(e),
            None => Err(Error::NotAnArticle {
                at,
                bytes: skipped.bytes,
            }),
        }
    }

    /// The error that says best what the text at the current line is, when
    /// one says more than [`Error::NotAnArticle`]: a UTF-16 stream, a
    /// timestamp line without its link, a front matter block that is not
    /// closed before a header.
    fn what_junk_is(&mut self, at: Location) -> Option<Error> {
        let first = self.input.peek(0, PEEK).ok()??;
        if first.offset == 0 {
            let encoding = match first.bytes.get(..2) {
                Some([0xff, 0xfe]) => Some("UTF-16LE"),
                Some([0xfe, 0xff]) => Some("UTF-16BE"),
                _ => None,
            };
            if let Some(encoding) = encoding {
                return Some(Error::UnsupportedEncoding { at, encoding });
            }
        }
        if !first.more && boundary::is_timestamp_line(boundary::strip_bom(first.content())) {
            let second = self.input.peek(1, PEEK).ok()??;
            return Some(Error::MissingLink {
                at: Location {
                    index: at.index,
                    offset: second.offset,
                    line: second.line,
                },
                found: excerpt(&String::from_utf8_lossy(second.content()), 80),
            });
        }
        if boundary::opens_front_matter(&mut self.input).ok()? {
            return Some(Error::UnclosedFrontMatter { at });
        }
        None
    }

    /// Reads (`keep`) or skips a body (see [`body::Reading`]); an input
    /// error met on the way is kept to be returned next.
    fn read_body(&mut self, at: Location, keep: bool, after_timestamp: bool) -> body::Body {
        let reading = body::Reading {
            start: at.offset,
            keep,
            after_timestamp,
        };
        let (body, failed) = body::read(&mut self.input, &self.options, reading);
        if let Some(e) = failed {
            self.pending = Some(self.io_error(e));
        }
        body
    }
}

impl Reader<BufReader<File>> {
    /// A reader of the file at `path`, with the given options (`Options`
    /// is `Copy`: pass the same value to as many readers as you like).
    ///
    /// ```
    /// use article_dump::{Options, Reader};
    /// let options = Options::new().extract(false);
    /// for path in ["examples/data/bbc/1047000.md", "examples/data/dw/1030100.md"] {
    ///     for article in Reader::from_path(path, options)? {
    ///         assert!(article?.content.is_none());
    ///     }
    /// }
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Open`], naming the path, when the file cannot be opened.
    pub fn from_path(path: impl AsRef<Path>, options: Options) -> Result<Self, Error> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self::with_options(
            BufReader::with_capacity(64 << 10, file),
            options,
        ))
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Article, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Some(e) = self.pending.take() {
            self.done = true;
            return Some(Err(e));
        }
        match self.step() {
            Ok(Some(article)) => Some(Ok(article)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                if matches!(e, Error::Io { .. }) {
                    self.done = true;
                }
                Some(Err(e))
            }
        }
    }
}

impl<R: BufRead> std::iter::FusedIterator for Reader<R> {}
