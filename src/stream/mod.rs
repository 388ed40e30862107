//! The streaming reader: a dump in, articles out, one at a time.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use crate::article::{Article, LineEnding};
use crate::error::{excerpt, Error, Location};
use crate::header::{self, FrontMatter, Header, Timestamp};
use crate::html::HtmlParser;
use crate::{body, Options, Site, Warning};

mod input;

use input::{Input, Piece};

/// How much of a line is looked at to decide whether it starts an article.
const PEEK: usize = 4096;
/// Most lines a front matter block may have.
const MAX_FRONT_MATTER_LINES: usize = 200;
/// Most lines a title may span.
const MAX_TITLE_LINES: usize = 64;

/// What kind of article start the look-ahead found.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// `<!--…-->` then `[`.
    Header,
    /// `---`, YAML lines, `---` (the `close`-th line), then a header.
    FrontMatter { close: usize },
}

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

    /// Whether the line at the current line start begins an article.
    fn article_start(&mut self) -> io::Result<Option<Start>> {
        let Some(first) = self.input.peek(0, PEEK)? else {
            return Ok(None);
        };
        if first.more {
            return Ok(None);
        }
        let first = strip_bom(first.content());
        if is_timestamp_line(first) {
            return Ok(self.starts_link(1)?.then_some(Start::Header));
        }
        if trim_end(first) != b"---" {
            return Ok(None);
        }
        for close in 1..=MAX_FRONT_MATTER_LINES {
            let Some(line) = self.input.peek(close, PEEK)? else {
                return Ok(None);
            };
            // A line that would outgrow the look-ahead once written back
            // lossily is too long here as well.
            if line.more || lossy_len(&line.bytes) > PEEK {
                return Ok(None);
            }
            if trim_end(line.content()) == b"---" {
                let header = match self.input.peek(close + 1, PEEK)? {
                    Some(p) => !p.more && is_timestamp_line(strip_bom(p.content())),
                    None => false,
                };
                let found = header && self.starts_link(close + 2)?;
                return Ok(found.then_some(Start::FrontMatter { close }));
            }
        }
        Ok(None)
    }

    /// Looks at the current line (see [`Input::peek`]).
    fn peek_line(&mut self) -> Result<Option<&Piece>, Error> {
        let at = self.location();
        self.input
            .peek(0, PEEK)
            .map_err(|source| Error::Io { at, source })
    }

    fn starts_link(&mut self, i: usize) -> io::Result<bool> {
        Ok(self
            .input
            .peek(i, PEEK)?
            .is_some_and(|p| p.bytes.starts_with(b"[")))
    }

    fn step(&mut self) -> Result<Option<Article>, Error> {
        if !self.started {
            self.started = true;
            self.skip_leading_blank_lines()
                .map_err(|e| self.io_error(e))?;
        }
        let start = self.article_start().map_err(|e| self.io_error(e))?;
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
        let header = self.read_header(start, at, &mut warnings);
        let (header, line_ending) = match header {
            Ok(h) => h,
            Err(e) => {
                if !matches!(e, Error::Io { .. }) {
                    self.read_body(at, false);
                }
                return Err(e);
            }
        };
        let mut body = self.read_body(at, true);
        if body.failed {
            warnings.push(Warning::InputFailed);
        }
        if body.too_large {
            return Err(Error::ArticleTooLarge {
                at,
                limit: self.options.max_article_bytes,
            });
        }
        if let Some(invalid) = body.invalid {
            if self.options.strict_utf8 {
                return Err(Error::InvalidUtf8 {
                    at: Location {
                        index,
                        offset: invalid.0,
                        line: invalid.1,
                    },
                });
            }
            warnings.push(Warning::InvalidUtf8 {
                offset: invalid.0,
                replaced: body.replaced,
            });
        }
        let site = Site::from_url(&header.url);
        let content = body.html.take().map(|parser| {
            let doc = parser.finish();
            warnings.extend(doc.warnings());
            body::extract(&doc, &header.url, &site)
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

    fn skip_leading_blank_lines(&mut self) -> io::Result<()> {
        while let Some(p) = self.input.peek(0, PEEK)? {
            if p.more || !trim_end(strip_bom(p.content())).is_empty() {
                break;
            }
            self.input.next_line(PEEK)?;
        }
        Ok(())
    }

    /// Skips text that is not an article, up to the next article start.
    fn skip_junk(&mut self) -> Result<Option<Article>, Error> {
        let at = self.location();
        let mut missing_link = None;
        let mut utf16 = None;
        if let Ok(Some(first)) = self.input.peek(0, PEEK) {
            if first.offset == 0 {
                utf16 = match first.bytes.get(..2) {
                    Some([0xff, 0xfe]) => Some("UTF-16LE"),
                    Some([0xfe, 0xff]) => Some("UTF-16BE"),
                    _ => None,
                };
            }
            if !first.more && is_timestamp_line(strip_bom(first.content())) {
                if let Ok(Some(second)) = self.input.peek(1, PEEK) {
                    missing_link = Some(Error::MissingLink {
                        at: Location {
                            index: at.index,
                            offset: second.offset,
                            line: second.line,
                        },
                        found: excerpt(&String::from_utf8_lossy(second.content()), 80),
                    });
                }
            }
        }
        let skipped = self.read_body(at, false);
        if skipped.bytes == 0 {
            if let Some(e) = self.pending.take() {
                return Err(e);
            }
            return Ok(None);
        }
        if let Some(encoding) = utf16 {
            return Err(Error::UnsupportedEncoding { at, encoding });
        }
        if let Some(e) = missing_link {
            self.next_index += 1;
            return Err(e);
        }
        Err(Error::NotAnArticle {
            at,
            bytes: skipped.bytes,
        })
    }

    /// Reads one whole header line, keeping it within the article's budget.
    fn header_line(&mut self, at: Location) -> Result<Option<Piece>, Error> {
        let used = self.input.position().0 - at.offset;
        let room = self.options.max_article_bytes.saturating_sub(used);
        let room = usize::try_from(room).unwrap_or(usize::MAX);
        match self.input.next_line(room) {
            Ok(Some((_, true))) => Err(Error::ArticleTooLarge {
                at,
                limit: self.options.max_article_bytes,
            }),
            // A line the look-ahead had already taken may be longer than the
            // room left: count it all.
            Ok(Some((piece, false)))
                if piece.offset + piece.bytes.len() as u64 - at.offset
                    > self.options.max_article_bytes =>
            {
                Err(Error::ArticleTooLarge {
                    at,
                    limit: self.options.max_article_bytes,
                })
            }
            Ok(Some((piece, false))) => Ok(Some(piece)),
            Ok(None) => Ok(None),
            Err(e) => Err(self.io_error(e)),
        }
    }

    fn text<'a>(&self, bytes: &'a [u8], at: Location) -> Result<Cow<'a, str>, Error> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(_) if self.options.strict_utf8 => Err(Error::InvalidUtf8 { at }),
            Err(_) => Ok(String::from_utf8_lossy(bytes)),
        }
    }

    fn read_header(
        &mut self,
        start: Start,
        at: Location,
        warnings: &mut Vec<Warning>,
    ) -> Result<(Header, LineEnding), Error> {
        let eof = |expected| Error::UnexpectedEof { at, expected };
        let index = at.index;
        let lossy = |piece: &Piece, warnings: &mut Vec<Warning>| {
            if std::str::from_utf8(&piece.bytes).is_err() {
                warnings.push(Warning::InvalidUtf8 {
                    offset: piece.offset,
                    replaced: String::from_utf8_lossy(&piece.bytes)
                        .matches('\u{fffd}')
                        .count(),
                });
            }
        };

        let front_matter = match start {
            Start::Header => None,
            Start::FrontMatter { close } => {
                let mut raw = String::new();
                let mut lines = Vec::new();
                for i in 0..=close {
                    let piece = self.header_line(at)?.ok_or(eof("front matter"))?;
                    let loc = loc(index, &piece);
                    lossy(&piece, warnings);
                    let mut text = self.text(&piece.bytes, loc)?.into_owned();
                    if i == 0 {
                        if let Some(rest) = text.strip_prefix('\u{feff}') {
                            warnings.push(Warning::ByteOrderMark);
                            text = rest.to_string();
                        }
                    }
                    raw.push_str(&text);
                    if i > 0 && i < close {
                        lines.push((text, piece.line));
                    }
                }
                let contents: Vec<&str> = lines
                    .iter()
                    .map(|(l, _)| l.trim_end_matches(['\r', '\n']))
                    .collect();
                let (fields, odd) = FrontMatter::parse_fields(&contents);
                for i in odd {
                    warnings.push(Warning::FrontMatterLine { line: lines[i].1 });
                }
                Some(FrontMatter { raw, fields })
            }
        };

        // The timestamp line.
        let piece = self.header_line(at)?.ok_or(eof("timestamp"))?;
        let ts_at = loc(index, &piece);
        let line_ending = if piece.bytes.ends_with(b"\r\n") {
            LineEnding::CrLf
        } else {
            LineEnding::Lf
        };
        let line = self.text(piece.content(), ts_at)?;
        if line.starts_with('\u{feff}') && front_matter.is_none() {
            warnings.push(Warning::ByteOrderMark);
        }
        let inner = header::timestamp_inner(&line).ok_or_else(|| Error::BadTimestamp {
            at: ts_at,
            found: excerpt(&line, 80),
        })?;
        let timestamp = Timestamp::parse(inner, &line, ts_at)?;
        if timestamp.is_nan() {
            warnings.push(Warning::NanTimestamp);
        }

        // The link, over one or more lines.
        let piece = self.header_line(at)?.ok_or(eof("`[title](url)` link"))?;
        let link_at = loc(index, &piece);
        lossy(&piece, warnings);
        // A stray CR before the line end is not kept in the title: written
        // back, it would be read as part of the line end.
        let mut link = self.text(title_line(&piece), link_at)?.into_owned();
        let mut lines = 1;
        let (title, url_raw, url) = loop {
            if link.trim_end().ends_with(')') {
                if let Some((title, url_raw, url)) = header::split_link(&link) {
                    break (title.to_string(), url_raw.to_string(), url);
                }
            }
            let missing_url = || Error::MissingUrl {
                at: link_at,
                found: excerpt(&link, 80),
            };
            if lines >= MAX_TITLE_LINES {
                return Err(missing_url());
            }
            let next = self.peek_line()?;
            match next {
                None => return Err(eof("end of the `[title](url)` link")),
                Some(p) if !p.more && header::separator_dashes_bytes(p.content()).is_some() => {
                    return Err(missing_url())
                }
                Some(_) => {}
            }
            if self
                .article_start()
                .map_err(|e| self.io_error(e))?
                .is_some()
            {
                return Err(missing_url());
            }
            let piece = self.header_line(at)?.ok_or(eof("end of the link"))?;
            lossy(&piece, warnings);
            let more = self.text(title_line(&piece), loc(index, &piece))?;
            link.push('\n');
            link.push_str(&more);
            lines += 1;
        };

        // The separator. A `---` that opens the next article's front matter
        // is not one.
        if matches!(
            self.article_start().map_err(|e| self.io_error(e))?,
            Some(Start::FrontMatter { .. })
        ) {
            let p = self.peek_line()?.ok_or(eof("separator line `------`"))?;
            return Err(Error::MissingSeparator {
                at: loc(index, p),
                found: excerpt(&String::from_utf8_lossy(p.content()), 80),
            });
        }
        let next = self.peek_line()?;
        let separator_dashes = match next {
            None => return Err(eof("separator line `------`")),
            Some(p) => {
                let dashes = if p.more {
                    None
                } else {
                    header::separator_dashes_bytes(p.content())
                };
                match dashes {
                    Some(d) => d,
                    None => {
                        return Err(Error::MissingSeparator {
                            at: loc(index, p),
                            found: excerpt(&String::from_utf8_lossy(p.content()), 80),
                        })
                    }
                }
            }
        };
        self.header_line(at)?;
        if separator_dashes != 6 {
            warnings.push(Warning::OddSeparator {
                dashes: separator_dashes,
            });
        }

        // The optional blank line.
        let blank = matches!(
            self.peek_line()?,
            Some(p) if !p.more && trim_end(p.content()).is_empty()
        );
        if blank {
            self.header_line(at)?;
        }

        Ok((
            Header {
                front_matter,
                timestamp,
                title,
                url_raw,
                url,
                separator_dashes,
                blank_line: blank,
            },
            line_ending,
        ))
    }

    /// Reads (`keep`) or skips a body up to the next article start or the end
    /// of the input.
    fn read_body(&mut self, at: Location, keep: bool) -> Body {
        let limit = at.offset.saturating_add(self.options.max_article_bytes);
        let mut sink = BodySink {
            raw: (keep && self.options.raw_body).then(String::new),
            html: (keep && self.options.extract).then(|| HtmlParser::new(&self.options)),
            decode: keep && (self.options.raw_body || self.options.extract),
            limit,
            too_large: false,
            carry: Vec::new(),
            carry_offset: 0,
            invalid: None,
            replaced: 0,
            line: 0,
        };
        let start = self.input.position().0;
        let mut failed = None;
        loop {
            if self.input.at_line_start() {
                match self.article_start() {
                    Ok(Some(_)) => break,
                    Ok(None) => {}
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(piece) = self.input.pop_queued() {
                sink.line = piece.line;
                sink.feed(&piece.bytes, piece.offset);
                continue;
            }
            let (mut offset, line) = self.input.position();
            sink.line = line;
            let read = self.input.skip_rest_of_line(|chunk| {
                sink.feed(chunk, offset);
                offset += chunk.len() as u64;
            });
            match read {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        sink.finish();
        if let Some(e) = failed {
            self.pending = Some(self.io_error(e));
        }
        Body {
            bytes: self.input.position().0 - start,
            too_large: sink.too_large,
            invalid: sink.invalid,
            replaced: sink.replaced,
            raw: if sink.too_large { None } else { sink.raw },
            html: if sink.too_large { None } else { sink.html },
            failed: self.pending.is_some(),
        }
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

/// What reading a body gave.
struct Body {
    bytes: u64,
    /// The input failed while reading it (the error is pending).
    failed: bool,
    too_large: bool,
    /// Offset and line of the first invalid UTF-8 byte.
    invalid: Option<(u64, u64)>,
    replaced: usize,
    raw: Option<String>,
    /// The body's HTML, parsed while it streamed in.
    html: Option<HtmlParser>,
}

/// Where body bytes go while they stream in: UTF-8 decoding across chunk
/// boundaries, the raw body, the size limit.
struct BodySink {
    raw: Option<String>,
    html: Option<HtmlParser>,
    decode: bool,
    limit: u64,
    too_large: bool,
    /// An incomplete UTF-8 sequence left at the end of the last chunk.
    carry: Vec<u8>,
    carry_offset: u64,
    invalid: Option<(u64, u64)>,
    replaced: usize,
    line: u64,
}

impl BodySink {
    fn feed(&mut self, bytes: &[u8], offset: u64) {
        if self.too_large {
            return;
        }
        if offset.saturating_add(bytes.len() as u64) > self.limit {
            self.too_large = true;
            self.raw = None;
            self.html = None;
            return;
        }
        if !self.decode {
            return;
        }
        let mut bytes = bytes;
        let mut offset = offset;
        if !self.carry.is_empty() {
            let carried = self.carry.len();
            let mut joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(&bytes[..bytes.len().min(4 - carried.min(4))]);
            let used = match std::str::from_utf8(&joined) {
                Ok(s) => {
                    let n = s.chars().next().map_or(0, char::len_utf8);
                    self.emit(&s[..n]);
                    n
                }
                Err(e) if e.valid_up_to() > 0 => {
                    let s = std::str::from_utf8(&joined[..e.valid_up_to()]).unwrap_or("");
                    let n = s.chars().next().map_or(0, char::len_utf8);
                    self.emit(&s[..n]);
                    n
                }
                Err(e) => match e.error_len() {
                    Some(n) => {
                        self.invalid_at(self.carry_offset);
                        n
                    }
                    None => {
                        // Still incomplete: the chunk was tiny.
                        self.carry = joined;
                        return;
                    }
                },
            };
            let from_new = used.saturating_sub(carried);
            bytes = &bytes[from_new.min(bytes.len())..];
            offset += from_new as u64;
        }
        // Validation is a pass over every body byte; simdutf8 does it several
        // times faster than the standard library on CJK text.
        loop {
            match simdutf8::compat::from_utf8(bytes) {
                Ok(s) => {
                    self.emit(s);
                    return;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    let (valid, rest) = bytes.split_at(good);
                    self.emit(simdutf8::compat::from_utf8(valid).unwrap_or(""));
                    match e.error_len() {
                        Some(n) => {
                            self.invalid_at(offset + good as u64);
                            bytes = &rest[n..];
                            offset += (good + n) as u64;
                        }
                        None => {
                            self.carry = rest.to_vec();
                            self.carry_offset = offset + good as u64;
                            return;
                        }
                    }
                }
            }
        }
    }

    fn invalid_at(&mut self, offset: u64) {
        self.invalid.get_or_insert((offset, self.line));
        self.replaced += 1;
        self.emit("\u{fffd}");
    }

    fn emit(&mut self, text: &str) {
        if let Some(raw) = &mut self.raw {
            raw.push_str(text);
        }
        if let Some(html) = &mut self.html {
            html.push(text);
        }
    }

    fn finish(&mut self) {
        if !self.carry.is_empty() && !self.too_large {
            self.carry.clear();
            self.invalid_at(self.carry_offset);
        }
    }
}

/// A line of the `[title](url)` link without its line end and any CRs
/// before it.
fn title_line(piece: &Piece) -> &[u8] {
    let mut line = piece.content();
    while let Some(rest) = line.strip_suffix(b"\r") {
        line = rest;
    }
    line
}

fn loc(index: usize, piece: &Piece) -> Location {
    Location {
        index,
        offset: piece.offset,
        line: piece.line,
    }
}

fn strip_bom(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
}

fn trim_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    &line[..end]
}

/// Whether `line` has the shape of a timestamp line. Invalid UTF-8 is
/// judged as it will be written back (each bad sequence a U+FFFD), so that a
/// line starts an article in the written text exactly when it did in the
/// read one.
fn is_timestamp_line(line: &[u8]) -> bool {
    line.starts_with(b"<!--") && header::timestamp_inner(&String::from_utf8_lossy(line)).is_some()
}

/// The length in bytes `line` will have once decoded lossily.
fn lossy_len(line: &[u8]) -> usize {
    match std::str::from_utf8(line) {
        Ok(_) => line.len(),
        Err(_) => String::from_utf8_lossy(line).len(),
    }
}
