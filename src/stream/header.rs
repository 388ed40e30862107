//! Reading an article's header lines out of the stream: the front matter
//! block, the timestamp, the `[title](url)` link, the separator, the 2020
//! dialect's date line and the blank line. What each line means is [`crate::header`]'s business; this
//! module cuts the lines out, keeps them within the article's budget and
//! says where each went wrong.

use std::borrow::Cow;
use std::io::{self, BufRead};

use url::Url;

use super::boundary::{self, Start, PEEK};
use super::input::{Input, Piece};
use crate::article::LineEnding;
use crate::error::{excerpt, Error, Location};
use crate::header::{self, Dialect, FrontMatter, Header, Timestamp};
use crate::{Options, Warning};

/// Most lines a title may span.
const MAX_TITLE_LINES: usize = 64;

/// Reads one article's header, from the article start the look-ahead found.
pub(super) struct HeaderReader<'a, R> {
    pub input: &'a mut Input<R>,
    pub options: &'a Options,
    /// Where the article starts.
    pub at: Location,
    /// The index an I/O error is reported with: the reader's next index,
    /// as [`Reader::location`](super::Reader::location) gives it.
    pub io_index: usize,
    pub warnings: &'a mut Vec<Warning>,
}

impl<R: BufRead> HeaderReader<'_, R> {
    /// Reads the header that `start` announced.
    pub fn read(mut self, start: Start) -> Result<(Header, LineEnding), Error> {
        let front_matter = match start.front_matter {
            None => None,
            Some(close) => Some(self.front_matter(close)?),
        };
        let first_line = front_matter.is_none();
        let (timestamp, line_ending, (title, url_raw, url), separator_dashes) = match start.dialect
        {
            Dialect::Cdt2020 => {
                let (link, line_ending) = self.link(Some(first_line))?;
                let dashes = self.separator()?;
                (self.date_line()?, line_ending, link, dashes)
            }
            _ => {
                let (timestamp, line_ending) = self.timestamp(first_line)?;
                let (link, _) = self.link(None)?;
                (timestamp, line_ending, link, self.separator()?)
            }
        };
        let blank_line = self.blank_line()?;
        Ok((
            Header {
                front_matter,
                timestamp,
                title,
                url_raw,
                url,
                separator_dashes,
                blank_line,
                dialect: start.dialect,
            },
            line_ending,
        ))
    }

    /// The 2020 dialect's `日期：` line, after the separator.
    fn date_line(&mut self) -> Result<Timestamp, Error> {
        let piece = self.line("`日期：` date line")?;
        let at = self.loc(&piece);
        self.warn_lossy(&piece);
        let line = self.text(piece.content(), at)?;
        let text = header::date_text(&line).ok_or_else(|| Error::BadTimestamp {
            at,
            found: excerpt(&line, 80),
        })?;
        let timestamp = Timestamp::from_date_text(text);
        if timestamp.is_nan() {
            self.warnings.push(Warning::NanTimestamp);
        }
        Ok(timestamp)
    }

    /// The block from its opening `---` to its closing one, the `close`-th
    /// line after it.
    fn front_matter(&mut self, close: usize) -> Result<FrontMatter, Error> {
        let mut raw = String::new();
        let mut lines = Vec::new();
        for i in 0..=close {
            let piece = self.line("front matter")?;
            self.warn_lossy(&piece);
            let mut text = self.text(&piece.bytes, self.loc(&piece))?.into_owned();
            if i == 0 {
                if let Some(rest) = text.strip_prefix('\u{feff}') {
                    self.warnings.push(Warning::ByteOrderMark);
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
            self.warnings
                .push(Warning::FrontMatterLine { line: lines[i].1 });
        }
        Ok(FrontMatter { raw, fields })
    }

    /// The `<!--…-->` line; its line end is the header's.
    fn timestamp(&mut self, first_line: bool) -> Result<(Timestamp, LineEnding), Error> {
        let piece = self.line("timestamp")?;
        let at = self.loc(&piece);
        let line_ending = line_ending(&piece);
        let line = self.text(piece.content(), at)?;
        if line.starts_with('\u{feff}') && first_line {
            self.warnings.push(Warning::ByteOrderMark);
        }
        let inner = header::timestamp_inner(&line).ok_or_else(|| Error::BadTimestamp {
            at,
            found: excerpt(&line, 80),
        })?;
        let timestamp = Timestamp::parse(inner, &line, at)?;
        if timestamp.is_nan() {
            self.warnings.push(Warning::NanTimestamp);
        }
        Ok((timestamp, line_ending))
    }

    /// The `[title](url)` link, over one or more lines, and the line end
    /// of its first line. When the link opens the header (the 2020
    /// dialect), `opens` says whether it is also the article's first line:
    /// a byte order mark before it is dropped, with a warning on the first
    /// line.
    fn link(&mut self, opens: Option<bool>) -> Result<((String, String, Url), LineEnding), Error> {
        let piece = self.line("`[title](url)` link")?;
        let at = self.loc(&piece);
        let line_ending = line_ending(&piece);
        self.warn_lossy(&piece);
        let mut link = self.text(title_line(&piece), at)?.into_owned();
        if let (Some(first_line), Some(rest)) = (opens, link.strip_prefix('\u{feff}')) {
            link = rest.to_string();
            if first_line {
                self.warnings.push(Warning::ByteOrderMark);
            }
        }
        let mut lines = 1;
        loop {
            if link.trim_end().ends_with(')') {
                if let Some((title, url_raw, url)) = header::split_link(&link) {
                    let link = (title.to_string(), url_raw.to_string(), url);
                    return Ok((link, line_ending));
                }
            }
            if lines >= MAX_TITLE_LINES || !self.link_goes_on()? {
                return Err(Error::MissingUrl {
                    at,
                    found: excerpt(&link, 80),
                });
            }
            let piece = self.line("end of the link")?;
            self.warn_lossy(&piece);
            let more = self.text(title_line(&piece), self.loc(&piece))?;
            link.push('\n');
            link.push_str(&more);
            lines += 1;
        }
    }

    /// Whether the next line may continue an unfinished link: it is not a
    /// separator, nor the start of another article.
    fn link_goes_on(&mut self) -> Result<bool, Error> {
        let at = self.at;
        match self.peek()? {
            None => {
                return Err(Error::UnexpectedEof {
                    at,
                    expected: "end of the `[title](url)` link",
                })
            }
            Some(p) if !p.more && header::separator_dashes_bytes(p.content()).is_some() => {
                return Ok(false)
            }
            Some(_) => {}
        }
        Ok(self.article_start()?.is_none())
    }

    /// The separator's dashes. A `---` that opens the next article's front
    /// matter is not one.
    fn separator(&mut self) -> Result<usize, Error> {
        let opens_next = matches!(
            self.article_start()?,
            Some(Start {
                front_matter: Some(_),
                ..
            })
        );
        let index = self.at.index;
        let Some(p) = self.peek()? else {
            return Err(self.eof("separator line `------`"));
        };
        let dashes = if p.more || opens_next {
            None
        } else {
            header::separator_dashes_bytes(p.content())
        };
        let Some(dashes) = dashes else {
            return Err(Error::MissingSeparator {
                at: loc(index, p),
                found: excerpt(&String::from_utf8_lossy(p.content()), 80),
            });
        };
        self.line("separator line `------`")?;
        if dashes != 6 {
            self.warnings.push(Warning::OddSeparator { dashes });
        }
        Ok(dashes)
    }

    /// Takes the optional blank line after the separator.
    fn blank_line(&mut self) -> Result<bool, Error> {
        let blank = matches!(
            self.peek()?,
            Some(p) if !p.more && boundary::trim_end(p.content()).is_empty()
        );
        if blank {
            self.line("blank line")?;
        }
        Ok(blank)
    }

    /// Reads one whole header line, keeping it within the article's budget;
    /// the end of the input is an error naming what was `expected`.
    fn line(&mut self, expected: &'static str) -> Result<Piece, Error> {
        let limit = self.options.max_article_bytes;
        let too_large = Error::ArticleTooLarge { at: self.at, limit };
        let used = self.input.position().0 - self.at.offset;
        let room = usize::try_from(limit.saturating_sub(used)).unwrap_or(usize::MAX);
        match self.input.next_line(room) {
            Ok(Some((_, true))) => Err(too_large),
            // A line the look-ahead had already taken may be longer than the
            // room left: count it all.
            Ok(Some((piece, false)))
                if piece.offset + piece.bytes.len() as u64 - self.at.offset > limit =>
            {
                Err(too_large)
            }
            Ok(Some((piece, false))) => Ok(piece),
            Ok(None) => Err(self.eof(expected)),
            Err(e) => Err(self.io_error(e)),
        }
    }

    /// Looks at the next line without taking it.
    fn peek(&mut self) -> Result<Option<&Piece>, Error> {
        let at = self.io_location();
        self.input
            .peek(0, PEEK)
            .map_err(|source| Error::Io { at, source })
    }

    fn article_start(&mut self) -> Result<Option<Start>, Error> {
        boundary::article_start(self.input).map_err(|e| self.io_error(e))
    }

    fn text<'b>(&self, bytes: &'b [u8], at: Location) -> Result<Cow<'b, str>, Error> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(_) if self.options.strict_utf8 => Err(Error::InvalidUtf8 { at }),
            Err(_) => Ok(String::from_utf8_lossy(bytes)),
        }
    }

    fn warn_lossy(&mut self, piece: &Piece) {
        if std::str::from_utf8(&piece.bytes).is_err() {
            self.warnings.push(Warning::InvalidUtf8 {
                offset: piece.offset,
                replaced: String::from_utf8_lossy(&piece.bytes)
                    .matches('\u{fffd}')
                    .count(),
            });
        }
    }

    fn loc(&self, piece: &Piece) -> Location {
        loc(self.at.index, piece)
    }

    fn eof(&self, expected: &'static str) -> Error {
        Error::UnexpectedEof {
            at: self.at,
            expected,
        }
    }

    fn io_location(&self) -> Location {
        let (offset, line) = self.input.position();
        Location {
            index: self.io_index,
            offset,
            line,
        }
    }

    fn io_error(&self, source: io::Error) -> Error {
        Error::Io {
            at: self.io_location(),
            source,
        }
    }
}

/// A line of the `[title](url)` link without its line end and any CRs
/// before it: a stray CR kept in the title would, written back, be read as
/// part of the line end.
fn title_line(piece: &Piece) -> &[u8] {
    let mut line = piece.content();
    while let Some(rest) = line.strip_suffix(b"\r") {
        line = rest;
    }
    line
}

fn line_ending(piece: &Piece) -> LineEnding {
    if piece.bytes.ends_with(b"\r\n") {
        LineEnding::CrLf
    } else {
        LineEnding::Lf
    }
}

fn loc(index: usize, piece: &Piece) -> Location {
    Location {
        index,
        offset: piece.offset,
        line: piece.line,
    }
}
