//! Reading a body: every line up to the next article start or the end of
//! the input, streamed in the input's own chunks into the raw body and the
//! HTML parser, UTF-8 carried across chunk boundaries, within the article's
//! size limit.

use std::io::{self, BufRead};

use super::boundary;
use super::input::Input;
use crate::html::HtmlParser;
use crate::Options;

/// What reading a body gave.
pub(super) struct Body {
    pub bytes: u64,
    pub too_large: bool,
    /// Offset and line of the first invalid UTF-8 byte.
    pub invalid: Option<(u64, u64)>,
    pub replaced: usize,
    pub raw: Option<String>,
    /// The body's HTML, parsed while it streamed in.
    pub html: Option<HtmlParser>,
}

/// How a body is read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reading {
    /// The byte the article started at.
    pub start: u64,
    /// Keep the body (else skip it).
    pub keep: bool,
    /// The line before the body's first was a timestamp line (of a header
    /// that failed): a `[` line there is that header's, so it starts no
    /// 2020 dialect article.
    pub after_timestamp: bool,
}

/// Reads or skips a body up to the next article start or the end of the
/// input; the error is the input's, met on the way (the body then ends
/// there).
pub(super) fn read<R: BufRead>(
    input: &mut Input<R>,
    options: &Options,
    reading: Reading,
) -> (Body, Option<io::Error>) {
    let mut sink = BodySink::new(options, reading.start, reading.keep);
    let from = input.position().0;
    let mut failed = None;
    loop {
        if input.at_line_start() {
            let first = input.position().0 == from;
            match boundary::article_start(input) {
                Ok(Some(s)) if first && reading.after_timestamp && s.opens_2020_header() => {}
                Ok(Some(_)) => break,
                Ok(None) => {}
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if let Some(piece) = input.pop_queued() {
            sink.line = piece.line;
            sink.feed(&piece.bytes, piece.offset);
            continue;
        }
        let (mut offset, line) = input.position();
        sink.line = line;
        let read = input.skip_rest_of_line(|chunk| {
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
    let body = Body {
        bytes: input.position().0 - from,
        too_large: sink.too_large,
        invalid: sink.invalid,
        replaced: sink.replaced,
        raw: if sink.too_large { None } else { sink.raw },
        html: if sink.too_large { None } else { sink.html },
    };
    (body, failed)
}

/// Where body bytes go while they stream in: UTF-8 decoding across chunk
/// boundaries, the raw body, the size limit.
struct BodySink {
    raw: Option<String>,
    html: Option<HtmlParser>,
    decode: bool,
    /// The offset the body may not reach past.
    limit: u64,
    too_large: bool,
    /// An incomplete UTF-8 sequence left at the end of the last chunk.
    carry: Vec<u8>,
    carry_offset: u64,
    invalid: Option<(u64, u64)>,
    replaced: usize,
    /// The line being fed, for the place of invalid bytes.
    line: u64,
}

impl BodySink {
    fn new(options: &Options, start: u64, keep: bool) -> Self {
        BodySink {
            raw: (keep && options.raw_body).then(String::new),
            html: (keep && options.extract).then(|| HtmlParser::new(options)),
            decode: keep && (options.raw_body || options.extract),
            limit: start.saturating_add(options.max_article_bytes),
            too_large: false,
            carry: Vec::new(),
            carry_offset: 0,
            invalid: None,
            replaced: 0,
            line: 0,
        }
    }

    /// Takes the next chunk, starting at byte `offset` of the stream.
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
            let Some(used) = self.complete_carry(bytes) else {
                return;
            };
            bytes = &bytes[used.min(bytes.len())..];
            offset += used as u64;
        }
        self.decode(bytes, offset);
    }

    /// Completes the sequence carried from the last chunk with the first
    /// bytes of `bytes`; returns how many of them it took, or `None` when
    /// the chunk was too small to complete it (it is then carried on).
    fn complete_carry(&mut self, bytes: &[u8]) -> Option<usize> {
        let carried = self.carry.len();
        let mut joined = std::mem::take(&mut self.carry);
        joined.extend_from_slice(&bytes[..bytes.len().min(4 - carried.min(4))]);
        let used = match std::str::from_utf8(&joined) {
            Ok(s) => self.emit_first_char(s),
            Err(e) if e.valid_up_to() > 0 => {
                let s = std::str::from_utf8(&joined[..e.valid_up_to()]).unwrap_or("");
                self.emit_first_char(s)
            }
            Err(e) => match e.error_len() {
                Some(n) => {
                    self.invalid_at(self.carry_offset);
                    n
                }
                None => {
                    self.carry = joined;
                    return None;
                }
            },
        };
        Some(used.saturating_sub(carried))
    }

    /// Emits the first character of `s`; returns its length.
    fn emit_first_char(&mut self, s: &str) -> usize {
        let n = s.chars().next().map_or(0, char::len_utf8);
        self.emit(&s[..n]);
        n
    }

    /// Decodes `bytes` (which start on a character boundary), replacing
    /// invalid sequences and carrying an incomplete one at the end.
    fn decode(&mut self, mut bytes: &[u8], mut offset: u64) {
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
