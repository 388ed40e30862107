//! Byte-level line access to a `BufRead` with offsets, line numbers and a
//! small look-ahead queue.
//!
//! The reader needs whole lines only where a line may start an article
//! (they are short) and in the header; a body line, however long, is streamed
//! through in the `BufRead`'s own chunks without being buffered here.

use std::collections::VecDeque;
use std::io::{self, BufRead};

/// The start of a line (or all of it) taken out of the stream.
#[derive(Debug)]
pub(crate) struct Piece {
    pub bytes: Vec<u8>,
    /// Byte offset of `bytes[0]` in the stream.
    pub offset: u64,
    /// 1-based line number.
    pub line: u64,
    /// The line goes on in the stream after `bytes` (no `\n` and no EOF yet).
    pub more: bool,
}

impl Piece {
    /// The piece without its line end.
    pub fn content(&self) -> &[u8] {
        let b = self.bytes.strip_suffix(b"\n").unwrap_or(&self.bytes);
        b.strip_suffix(b"\r").unwrap_or(b)
    }
}

pub(crate) struct Input<R> {
    inner: R,
    /// Offset and line of the next byte not yet taken from `inner`.
    offset: u64,
    line: u64,
    /// Pieces taken from `inner` but not yet consumed. Every one but the last
    /// is a whole line; each starts a line.
    queue: VecDeque<Piece>,
    /// Whether the next byte to consume starts a line.
    at_line_start: bool,
}

impl<R: BufRead> Input<R> {
    pub fn new(inner: R) -> Self {
        Input {
            inner,
            offset: 0,
            line: 1,
            queue: VecDeque::new(),
            at_line_start: true,
        }
    }

    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Offset and line of the next byte to consume.
    pub fn position(&self) -> (u64, u64) {
        match self.queue.front() {
            Some(p) => (p.offset, p.line),
            None => (self.offset, self.line),
        }
    }

    pub fn at_line_start(&self) -> bool {
        self.at_line_start
    }

    /// Reads from `inner` up to and including the next `\n`, at most `max`
    /// bytes.
    fn read_piece(&mut self, max: usize) -> io::Result<Option<Piece>> {
        let offset = self.offset;
        let line = self.line;
        let mut bytes = Vec::new();
        let mut ended = false;
        while bytes.len() < max {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                ended = true;
                break;
            }
            let room = (max - bytes.len()).min(buf.len());
            let (take, newline) = match memchr::memchr(b'\n', &buf[..room]) {
                Some(i) => (i + 1, true),
                None => (room, false),
            };
            bytes.extend_from_slice(&buf[..take]);
            self.inner.consume(take);
            self.offset += take as u64;
            if newline {
                self.line += 1;
                ended = true;
                break;
            }
        }
        if bytes.is_empty() {
            return Ok(None);
        }
        Ok(Some(Piece {
            bytes,
            offset,
            line,
            more: !ended,
        }))
    }

    /// Looks at the start of the `i`-th line from the current line start,
    /// reading at most `max` bytes of it. `None` at the end of the input, or
    /// when an earlier line is too long to look past.
    pub fn peek(&mut self, i: usize, max: usize) -> io::Result<Option<&Piece>> {
        debug_assert!(self.at_line_start);
        while self.queue.len() <= i {
            if self.queue.back().is_some_and(|p| p.more) {
                return Ok(None);
            }
            match self.read_piece(max)? {
                Some(p) => self.queue.push_back(p),
                None => return Ok(None),
            }
        }
        Ok(self.queue.get(i))
    }

    /// Takes the next queued piece, if any.
    pub fn pop_queued(&mut self) -> Option<Piece> {
        let p = self.queue.pop_front()?;
        self.at_line_start = !p.more;
        Some(p)
    }

    /// Consumes a whole line, keeping at most `max` bytes of it (at least
    /// one). The flag says that the line reached `max` before its end was
    /// seen; the rest was read and dropped. `None` at the end of the input.
    pub fn next_line(&mut self, max: usize) -> io::Result<Option<(Piece, bool)>> {
        let max = max.max(1);
        let mut piece = match self.pop_queued() {
            Some(p) => p,
            None => match self.read_piece(max)? {
                Some(p) => p,
                None => return Ok(None),
            },
        };
        let mut cut = false;
        while piece.more {
            let room = max.saturating_sub(piece.bytes.len());
            if room == 0 {
                cut = true;
                self.skip_rest_of_line(|_| {})?;
                piece.more = false;
                break;
            }
            match self.read_piece(room)? {
                Some(rest) => {
                    piece.bytes.extend_from_slice(&rest.bytes);
                    piece.more = rest.more;
                }
                None => piece.more = false,
            }
        }
        self.at_line_start = true;
        Ok(Some((piece, cut)))
    }

    /// Streams the rest of the current line (up to and including its `\n`)
    /// from `inner` to `f` in the reader's own chunks, without copying.
    /// Returns false when the input ended before any byte was read.
    pub fn skip_rest_of_line(&mut self, mut f: impl FnMut(&[u8])) -> io::Result<bool> {
        debug_assert!(self.queue.is_empty());
        let mut any = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                self.at_line_start = true;
                return Ok(any);
            }
            any = true;
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    f(&buf[..=i]);
                    self.inner.consume(i + 1);
                    self.offset += i as u64 + 1;
                    self.line += 1;
                    self.at_line_start = true;
                    return Ok(true);
                }
                None => {
                    let n = buf.len();
                    f(buf);
                    self.inner.consume(n);
                    self.offset += n as u64;
                    self.at_line_start = false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_long_lines() {
        let mut input = Input::new(io::BufReader::with_capacity(3, &b"ab\ncdefgh\n\nx"[..]));
        assert_eq!(input.peek(0, 10).unwrap().unwrap().bytes, b"ab\n");
        assert_eq!(input.peek(1, 2).unwrap().unwrap().bytes, b"cd");
        assert!(input.peek(2, 10).unwrap().is_none());
        let (l, cut) = input.next_line(100).unwrap().unwrap();
        assert_eq!(
            (l.content(), cut, l.offset, l.line),
            (&b"ab"[..], false, 0, 1)
        );
        let p = input.pop_queued().unwrap();
        assert!(p.more && !input.at_line_start());
        let mut rest = Vec::new();
        assert!(input
            .skip_rest_of_line(|b| rest.extend_from_slice(b))
            .unwrap());
        assert_eq!(rest, b"efgh\n");
        assert_eq!(input.position(), (10, 3));
        let (l, _) = input.next_line(100).unwrap().unwrap();
        assert_eq!(l.bytes, b"\n");
        let (l, cut) = input.next_line(0).unwrap().unwrap();
        assert!(cut && l.bytes == b"x");
        assert_eq!(input.position(), (12, 4));
        assert!(input.next_line(10).unwrap().is_none());
    }
}
