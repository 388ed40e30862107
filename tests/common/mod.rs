//! Helpers shared by the integration tests: the dev corpus, read at run time.
#![allow(dead_code)]

use std::io::{self, BufRead, Read};
use std::path::PathBuf;

/// `../shared/corpus/dev`, or `None` (with a message) when it is absent.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: the dev corpus is not at {}; put ../shared beside the crate to run this test",
            dir.display()
        );
        None
    }
}

/// Every corpus file (path and text), sorted by path.
pub fn corpus_files() -> Vec<(PathBuf, String)> {
    let Some(dir) = corpus_dir() else {
        return Vec::new();
    };
    let files = article_dump::find_dump_files(&dir).expect("the corpus can be listed");
    assert!(
        files.len() >= 100,
        "expected the whole dev corpus, found {}",
        files.len()
    );
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("corpus files are UTF-8");
            (p, text)
        })
        .collect()
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A `BufRead` that hands out its data in random chunks of 1 to `max` bytes.
pub struct Chunky {
    data: Vec<u8>,
    pos: usize,
    chunk: usize,
    rng: Rng,
    max: u64,
}

impl Chunky {
    pub fn new(data: Vec<u8>, seed: u64, max: u64) -> Self {
        Chunky {
            data,
            pos: 0,
            chunk: 0,
            rng: Rng(seed | 1),
            max,
        }
    }
}

impl Read for Chunky {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Chunky {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.chunk == 0 {
            self.chunk = 1 + self.rng.below(self.max) as usize;
        }
        let end = (self.pos + self.chunk).min(self.data.len());
        Ok(&self.data[self.pos..end])
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt;
        self.chunk = self.chunk.saturating_sub(amt);
    }
}

/// The header of a corpus file read plainly, independently of the crate:
/// (front matter length, timestamp text, title, url, body).
pub struct Plain<'a> {
    pub timestamp: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    pub body: &'a str,
    pub has_front_matter: bool,
}

pub fn plain_reading(text: &str) -> Plain<'_> {
    let mut rest = text;
    let mut has_front_matter = false;
    if let Some(after) = rest.strip_prefix("---\n") {
        let end = after.find("\n---\n").expect("front matter closes");
        rest = &after[end + 5..];
        has_front_matter = true;
    }
    let (ts_line, rest) = rest.split_once('\n').unwrap();
    let (link_line, rest) = rest.split_once('\n').unwrap();
    let (sep, rest) = rest.split_once('\n').unwrap();
    assert!(
        sep.len() >= 3 && sep.bytes().all(|b| b == b'-'),
        "separator in corpus"
    );
    let body = rest.strip_prefix('\n').unwrap_or(rest);
    let timestamp = ts_line
        .strip_prefix("<!--")
        .unwrap()
        .strip_suffix("-->")
        .unwrap();
    let link = link_line
        .strip_prefix('[')
        .unwrap()
        .strip_suffix(')')
        .unwrap();
    let (title, url) = link.rsplit_once("](").unwrap();
    Plain {
        timestamp,
        title,
        url,
        body,
        has_front_matter,
    }
}
