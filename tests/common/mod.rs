//! Helpers shared by the integration tests: the corpus, read at run time.
//!
//! The one corpus loader of the tests: `../shared/corpus/<set>` (`dev`,
//! `dialects/cdt2020`), found from `CARGO_MANIFEST_DIR` at run time; a test
//! whose corpus is absent says so on stderr and passes.
#![allow(dead_code)]

use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// The corpus sets every data-driven test reads (the dialect sets join
/// this list once the reader reads them).
pub const SETS: &[&str] = &["dev", "dialects/cdt2020"];

/// `../shared/corpus/<set>`, or `None` (with a message) when it is absent.
pub fn corpus_set_dir(set: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(set);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: the corpus set {set} is not at {}; put ../shared beside the crate to run this test",
            dir.display()
        );
        None
    }
}

/// `../shared/corpus/dev`, or `None` (with a message) when it is absent.
pub fn corpus_dir() -> Option<PathBuf> {
    corpus_set_dir("dev")
}

/// One corpus file.
pub struct CorpusFile {
    pub path: PathBuf,
    /// The path within its set, `/`-separated (`bbc/1047000.md`).
    pub name: String,
    pub text: String,
}

impl CorpusFile {
    /// The header's URL and the body, read plainly (see [`plain_reading`]),
    /// without the crate's reader.
    pub fn url_and_body(&self) -> (url::Url, &str) {
        let plain = plain_reading(&self.text);
        let url =
            url::Url::parse(plain.url).unwrap_or_else(|e| panic!("{}: header URL: {e}", self.name));
        (url, plain.body)
    }
}

/// Every file of a corpus set, sorted by path; empty (with a message) when
/// the set is absent.
pub fn corpus_set(set: &str) -> Vec<CorpusFile> {
    let Some(dir) = corpus_set_dir(set) else {
        return Vec::new();
    };
    let files = article_dump::find_dump_files(&dir).expect("the corpus can be listed");
    assert!(!files.is_empty(), "no files in {}", dir.display());
    files.into_iter().map(|p| read_file(&dir, p)).collect()
}

/// One file of a corpus set by its name within the set, or `None` (with a
/// message) when the set is absent.
pub fn corpus_file(set: &str, name: &str) -> Option<CorpusFile> {
    let dir = corpus_set_dir(set)?;
    Some(read_file(&dir, dir.join(name)))
}

fn read_file(dir: &Path, path: PathBuf) -> CorpusFile {
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (corpus files are UTF-8)", path.display()));
    let name = path
        .strip_prefix(dir)
        .unwrap_or(&path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    CorpusFile { path, name, text }
}

/// Every dev corpus file (path and text), sorted by path.
pub fn corpus_files() -> Vec<(PathBuf, String)> {
    let files = corpus_set("dev");
    assert!(
        files.is_empty() || files.len() >= 100,
        "expected the whole dev corpus, found {}",
        files.len()
    );
    files.into_iter().map(|f| (f.path, f.text)).collect()
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
