//! Helpers shared by the fuzz targets: reading a whole stream with a guard
//! against endless iteration, the invariants every stream must keep, and a
//! `BufRead` that hands out its bytes in chosen chunk sizes.
#![forbid(unsafe_code)]

use std::io::{self, BufRead, Read};

use article_dump::{Article, Error, Location, Reader, Warning};

/// Every item of `reader`, which reads `data`.
///
/// Each item but the last consumes at least one byte, so a stream of `n`
/// bytes gives at most `n + 1` items: more is an endless loop, reported as
/// a crash rather than a time-out.
pub fn collect<R: BufRead>(reader: Reader<R>, data: &[u8]) -> Vec<Result<Article, Error>> {
    let mut items = Vec::new();
    for item in reader {
        items.push(item);
        assert!(
            items.len() <= data.len() + 1,
            "more items than bytes: the reader loops"
        );
    }
    items
}

/// The 1-based line of byte `offset` of `data`.
fn line_at(data: &[u8], offset: u64) -> u64 {
    let end = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(data.len());
    1 + data[..end].iter().filter(|&&b| b == b'\n').count() as u64
}

/// A location must lie within the input, and its line must be the line
/// its offset is on.
pub fn check_location(data: &[u8], at: Location, what: &str) {
    assert!(
        at.offset <= data.len() as u64,
        "{what}: offset {} past the end ({} bytes)",
        at.offset,
        data.len()
    );
    assert_eq!(
        at.line,
        line_at(data, at.offset),
        "{what}: line {} does not match offset {}",
        at.line,
        at.offset
    );
}

/// The invariants of a whole stream's items: every location (and every
/// warning's offset) within the input and consistent with its line; items
/// in stream order; articles numbered in increasing order.
pub fn check_stream(data: &[u8], items: &[Result<Article, Error>]) {
    let mut last: Option<Location> = None;
    let mut last_article: Option<usize> = None;
    for (i, item) in items.iter().enumerate() {
        let at = match item {
            Ok(a) => {
                check_location(data, a.location, &format!("article {i}"));
                for w in &a.warnings {
                    if let Warning::InvalidUtf8 { offset, replaced } = w {
                        assert!(*offset < data.len() as u64, "warning offset past the end");
                        assert!(*replaced >= 1, "an invalid-utf8 warning replaced nothing");
                    }
                }
                if let Some(prev) = last_article {
                    assert!(a.location.index > prev, "article indexes go backwards");
                }
                last_article = Some(a.location.index);
                a.location
            }
            Err(e) => {
                check_location(data, e.location(), &format!("error {i} ({e})"));
                e.location()
            }
        };
        if let Some(prev) = last {
            assert!(
                at.offset >= prev.offset,
                "item {i} starts before item {}",
                i - 1
            );
            assert!(at.index >= prev.index, "item {i}: index goes backwards");
        }
        last = Some(at);
    }
}

/// A `BufRead` over `data` that returns the given chunk sizes in turn (each
/// 1..=64), then starts over: what a pipe or a slow file gives.
pub struct Chunked<'a> {
    data: &'a [u8],
    pos: usize,
    end: usize,
    sizes: Vec<usize>,
    next: usize,
}

impl<'a> Chunked<'a> {
    /// Chunk sizes are taken from `sizes` as `1 + s % 64`; none means one
    /// byte at a time.
    pub fn new(data: &'a [u8], sizes: &[u8]) -> Self {
        let mut sizes: Vec<usize> = sizes.iter().map(|&s| 1 + usize::from(s % 64)).collect();
        if sizes.is_empty() {
            sizes.push(1);
        }
        Chunked {
            data,
            pos: 0,
            end: 0,
            sizes,
            next: 0,
        }
    }
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Chunked<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end && self.end < self.data.len() {
            let size = self.sizes[self.next % self.sizes.len()];
            self.next += 1;
            self.end = (self.pos + size).min(self.data.len());
        }
        Ok(&self.data[self.pos..self.end])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.end);
    }
}

/// Two runs over the same stream give the same items: articles equal with
/// equal locations, errors with the same text.
pub fn assert_same_items(a: &[Result<Article, Error>], b: &[Result<Article, Error>], what: &str) {
    let show = |items: &[Result<Article, Error>]| -> Vec<String> {
        items
            .iter()
            .map(|r| match r {
                Ok(a) => format!(
                    "Ok #{} at {}: {:?}",
                    a.location.index,
                    a.location,
                    a.title()
                ),
                Err(e) => format!("Err {e}"),
            })
            .collect()
    };
    assert_eq!(a.len(), b.len(), "{what}: {:#?} vs {:#?}", show(a), show(b));
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        match (x, y) {
            (Ok(x), Ok(y)) => {
                assert_eq!(x, y, "{what}: article {i} differs");
                assert_eq!(x.location, y.location, "{what}: article {i} location");
            }
            (Err(x), Err(y)) => assert_eq!(x.to_string(), y.to_string(), "{what}: error {i}"),
            _ => panic!("{what}: item {i}: {:?} vs {:?}", show(a), show(b)),
        }
    }
}

/// `article` as a standalone text would read it: warnings that carry
/// stream positions rebased to the article's own start, and those that
/// cannot survive writing (invalid UTF-8, now U+FFFD) dropped.
pub fn standalone(article: &Article) -> Article {
    let mut a = article.clone();
    let first_line = a.location.line;
    a.warnings
        .retain(|w| !matches!(w, Warning::InvalidUtf8 { .. }));
    for w in &mut a.warnings {
        if let Warning::FrontMatterLine { line } = w {
            *line = *line + 1 - first_line;
        }
    }
    a
}
