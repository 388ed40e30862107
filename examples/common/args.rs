//! What the examples share: the options of the programs that read dumps
//! ([`Common`], flattened into each program's own `clap` parser), and the
//! `note!` macros for stderr.

use std::io::BufRead;
use std::num::NonZeroUsize;
use std::str::FromStr;

use article_dump::{Error, Options, Reader};

/// `eprintln!` without its panic: a message to stderr, dropped when stderr
/// cannot be written (a closed pipe), so that a progress line never ends a
/// run.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// The same without the line end, for the progress line.
#[macro_export]
macro_rules! note_inline {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut err = std::io::stderr();
        let _ = write!(err, $($arg)*);
        let _ = err.flush();
    }};
}

/// The options and inputs of every program that reads dumps. Each line of
/// `--help` is the first line of a field's doc comment.
#[derive(clap::Args)]
pub struct Common {
    /// Read the headers only: no HTML parsing, no content
    #[arg(long)]
    pub headers_only: bool,
    /// Threads to read and extract on
    #[arg(short, long, value_name = "N", default_value_t = cores(), value_parser = positive::<usize>)]
    pub jobs: usize,
    /// Largest article read, in MiB; a larger one is an error, the rest is read
    #[arg(long, value_name = "N", default_value_t = Options::new().max_article_bytes >> 20,
          value_parser = positive::<u64>)]
    pub max_article_mb: u64,
    /// Files, directories (walked for *.md) or - for stdin
    #[arg(value_name = "PATH|-", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data"))]
    pub inputs: Vec<String>,
}

impl Common {
    /// The reader's options: without the raw body (a program that keeps it
    /// says so).
    pub fn options(&self) -> Options {
        Options::new()
            .raw_body(false)
            .extract(!self.headers_only)
            .max_article_bytes(self.max_article_mb.saturating_mul(1 << 20))
    }
}

/// A whole number above 0 (clap's ranged parsers would name the range's
/// end, 2^64 - 1).
fn positive<T: FromStr + Default + PartialOrd>(text: &str) -> Result<T, &'static str> {
    let n = text.parse().ok().filter(|n| *n > T::default());
    n.ok_or("not a whole number above 0")
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// A reader of an input naming one stream: `-` for stdin, else a file.
#[allow(dead_code)] // not every example reads stdin this way
pub fn open_reader(
    input: &str,
    options: Options,
) -> Result<Reader<Box<dyn BufRead + Send>>, Error> {
    Ok(Reader::with_options(article_dump::open(input)?, options))
}

/// `1 file`, `2 files`: a count and its noun, in the plural where it takes one.
#[allow(dead_code)] // not every example counts files
pub fn count(n: u64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// The pool that reads files `jobs` at a time, or `None` for one at a time
/// (with `jobs` 1, or when no pool can be started: said on stderr, and
/// `program` goes on without).
#[allow(dead_code)] // not every example reads files in parallel
pub fn file_pool(program: &str, jobs: usize) -> Option<rayon::ThreadPool> {
    if jobs <= 1 {
        return None;
    }
    match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => Some(pool),
        Err(e) => {
            note!("{program}: no thread pool ({e}); reading one file at a time");
            None
        }
    }
}
