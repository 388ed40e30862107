//! Turns article dumps into JSON Lines: one object per article on stdout.
//!
//! ```text
//! cargo run --release --example dump2json -- [OPTIONS] [PATH|-]...
//! ```
//! PATHs are files or directories (walked recursively for `*.md`, in sorted
//! order); `-` reads stdin. With no PATH it reads the sample dump bundled in
//! `examples/data/`. Errors go to stderr as one JSON object per line
//! (`source`, `index`, `offset`, `line`, `kind`, `error`) and processing goes
//! on; the exit status is 1 when any error occurred (2 for a bad command
//! line).
//!
//! Options:
//! - `--headers-only`: no HTML parsing;
//! - `--raw-body`: add each body as `raw_body`;
//! - `--jobs N` (`-j N`): use N threads (default: the number of cores).
//!   Small files are read N at a time; stdin and files of 16 MiB and more
//!   are split into articles on one thread and extracted on N
//!   (`Reader::par_map`). The output, stdout and stderr alike, is the same
//!   byte for byte as with `--jobs 1`: lines are written in input order,
//!   with at most a few small batches of files, or 8 articles, per thread
//!   read ahead of the one being written;
//! - `--max-article-mb N`: the largest article read, in MiB (default: that
//!   of `Options`, 16); a larger one is an error for that article only.
//!
//! On a terminal, stderr shows a progress line.

use std::collections::{BTreeMap, VecDeque};
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
#[cfg(feature = "rayon")]
use std::sync::Arc;

use article_dump::{find_dump_files, Article, Error, Options, Reader};
use clap::Parser;
use serde::Serialize;

/// Files at least this large are read by the writing thread itself, straight
/// to stdout, so that no file's whole output is ever held in memory.
const STREAM_FILE_BYTES: u64 = 16 << 20;

/// Most bytes and files the pool reads as one task.
const BATCH_BYTES: u64 = 512 << 10;
const BATCH_FILES: usize = 64;

/// How many batches per job may be read ahead of the one being written.
const AHEAD_PER_JOB: usize = 4;

#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    source: &'a str,
    index: usize,
    offset: u64,
    line: u64,
    kind: &'a str,
    error: String,
}

#[path = "common/args.rs"]
mod args;
#[path = "common/progress.rs"]
mod progress;
use args::{open_reader, Common};
use progress::Progress;

/// Article dumps as JSON Lines: one object per article on stdout.
#[derive(Parser)]
#[command(
    name = "dump2json",
    version,
    after_help = "Errors go to stderr, one JSON object a line, \
    and the run goes on; the exit status is then 1 (2 for a bad command line)."
)]
struct Cli {
    /// Add each body as it was written, as raw_body
    #[arg(long)]
    raw_body: bool,
    #[command(flatten)]
    common: Common,
}

impl Cli {
    fn options(&self) -> Options {
        self.common.options().raw_body(self.raw_body)
    }
}

fn main() -> ExitCode {
    match run(&Cli::parse()) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::FAILURE,
        // A closed pipe (`| head`) ends the run quietly, as it does `cat`'s.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            note!("dump2json: writing the output failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every input; returns whether any article or file failed, or the
/// error that made writing stdout or stderr impossible.
fn run(args: &Cli) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut progress = Progress::new(io::stderr().is_terminal());
    let pool = args::file_pool("dump2json", args.common.jobs);
    let mut failed = false;
    for input in &args.common.inputs {
        if input == "-" {
            let stats = match open_reader(input, args.options()) {
                Ok(reader) => emit_stream(reader, "-", args.common.jobs, &mut out, &mut progress)?,
                Err(e) => report(input, &e, &mut io::stderr()).map(|()| Stats::failed())?,
            };
            failed |= stats.failed;
            continue;
        }
        let files = match find_dump_files(input) {
            Ok(files) => files,
            Err(e) => {
                report(input, &e, &mut io::stderr())?;
                failed = true;
                continue;
            }
        };
        failed |= match &pool {
            Some(pool) => write_parallel(pool, args, &files, &mut out, &mut progress)?,
            None => {
                let mut failed = false;
                for path in &files {
                    failed |= write_file(path, &args.options(), 1, &mut out, &mut progress)?;
                }
                failed
            }
        };
    }
    out.flush()?;
    Ok(failed)
}

/// Reads one file straight to `out` and stderr, its articles extracted on
/// `jobs` threads.
fn write_file(
    path: &Path,
    options: &Options,
    jobs: usize,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<bool> {
    let source = display(path);
    let failed = match Reader::from_path(path, *options) {
        Ok(reader) => emit_stream(reader, &source, jobs, out, progress)?.failed,
        Err(e) => {
            report(&source, &e, &mut io::stderr())?;
            true
        }
    };
    progress.files += 1;
    progress.tick(false);
    Ok(failed)
}

/// One file's output, made by a worker.
struct FileOutput {
    json: Vec<u8>,
    errors: Vec<u8>,
    stats: Stats,
}

fn read_to_buffers(path: &Path, options: &Options) -> FileOutput {
    let source = display(path);
    let mut json = Vec::new();
    let mut errors = Vec::new();
    let mut quiet = Progress::new(false);
    // Writing to a Vec cannot fail.
    let stats = match Reader::from_path(path, *options) {
        Ok(reader) => emit(reader, &source, &mut json, &mut errors, &mut quiet),
        Err(e) => report(&source, &e, &mut errors).map(|()| Stats::failed()),
    }
    .unwrap_or_else(|_| Stats::failed());
    FileOutput {
        json,
        errors,
        stats,
    }
}

/// What the writer does next, in file order.
enum Unit {
    /// Consecutive files read by the pool as one task, by task number.
    Batch(usize),
    /// A large file, read here straight to stdout.
    Here(usize),
}

/// Reads `files` on the pool and writes their outputs in file order.
///
/// Files go to the pool in batches of consecutive files (up to
/// `BATCH_BYTES` or `BATCH_FILES`), so that handing out work and waking
/// the writer cost little next to reading. At most `jobs * AHEAD_PER_JOB`
/// batches are in flight; finished ones wait in a reorder buffer for their
/// turn. Memory is thus bounded by the window, not by the number of files.
/// A large file is not given to the pool: when its turn comes it is read
/// here, straight to stdout, while the pool goes on with the files after it.
fn write_parallel(
    pool: &rayon::ThreadPool,
    args: &Cli,
    files: &[PathBuf],
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<bool> {
    let window = args.common.jobs.saturating_mul(AHEAD_PER_JOB).max(1);
    let len = |i: usize| std::fs::metadata(&files[i]).map_or(0, |m| m.len());
    let (tx, rx) = mpsc::channel::<(usize, Vec<FileOutput>)>();
    let mut done: BTreeMap<usize, Vec<FileOutput>> = BTreeMap::new();
    let mut units = VecDeque::new();
    let mut next_file = 0;
    let mut next_batch = 0;
    let mut failed = false;
    loop {
        while units.len() < window && next_file < files.len() {
            let first = len(next_file);
            if first >= STREAM_FILE_BYTES {
                units.push_back(Unit::Here(next_file));
                next_file += 1;
                continue;
            }
            let start = next_file;
            let mut bytes = first;
            next_file += 1;
            while next_file < files.len() && next_file - start < BATCH_FILES && bytes < BATCH_BYTES
            {
                let size = len(next_file);
                if size >= STREAM_FILE_BYTES {
                    break;
                }
                bytes += size;
                next_file += 1;
            }
            let (tx, batch, options, id) = (
                tx.clone(),
                files[start..next_file].to_vec(),
                args.options(),
                next_batch,
            );
            pool.spawn(move || {
                let outputs = batch
                    .iter()
                    .map(|path| read_to_buffers(path, &options))
                    .collect();
                // The receiver lives until every output is written.
                let _ = tx.send((id, outputs));
            });
            units.push_back(Unit::Batch(id));
            next_batch += 1;
        }
        let Some(unit) = units.pop_front() else {
            break;
        };
        let id = match unit {
            Unit::Here(i) => {
                failed |= write_file(&files[i], &args.options(), args.common.jobs, out, progress)?;
                continue;
            }
            Unit::Batch(id) => id,
        };
        let outputs = loop {
            if let Some(outputs) = done.remove(&id) {
                break outputs;
            }
            // A worker that panicked aborts the process (rayon's default),
            // so every spawned batch does arrive.
            let (i, outputs) = rx.recv().map_err(io::Error::other)?;
            done.insert(i, outputs);
        };
        for output in outputs {
            out.write_all(&output.json)?;
            if !output.errors.is_empty() {
                io::stderr().write_all(&output.errors)?;
            }
            failed |= output.stats.failed;
            progress.files += 1;
            progress.articles += output.stats.articles;
            progress.bytes += output.stats.bytes;
        }
        progress.tick(false);
    }
    Ok(failed)
}

/// What writing one source gave.
#[derive(Default)]
struct Stats {
    articles: u64,
    /// Bytes read.
    bytes: u64,
    failed: bool,
}

impl Stats {
    /// The source has been read up to `offset`.
    fn read_to(&mut self, offset: u64, progress: &mut Progress) {
        progress.bytes += offset.saturating_sub(self.bytes);
        self.bytes = offset;
        progress.tick(false);
    }

    fn failed() -> Stats {
        Stats {
            articles: 0,
            bytes: 0,
            failed: true,
        }
    }
}

/// Writes the articles of one source as JSON lines to `out` and its errors
/// to `err`.
fn emit<R: BufRead>(
    mut reader: Reader<R>,
    source: &str,
    out: &mut impl Write,
    err: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    while let Some(item) = reader.next() {
        write_line(to_line(source, item), out, err, &mut stats, progress)?;
        stats.read_to(reader.location().offset, progress);
    }
    Ok(stats)
}

/// [`emit`] with the articles extracted on `jobs` threads (and turned into
/// JSON there), written in input order: one large file or stdin on every
/// core.
#[cfg(feature = "rayon")]
fn emit_stream<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    jobs: usize,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<Stats> {
    let err = &mut io::stderr();
    if jobs <= 1 {
        return emit(reader, source, out, err, progress);
    }
    let shared: Arc<str> = source.into();
    let mut lines = reader
        .par_map(jobs, move |item| to_line(&shared, item))
        .map_err(io::Error::other)?;
    let mut stats = Stats::default();
    while let Some(line) = lines.next() {
        write_line(line, out, err, &mut stats, progress)?;
        stats.read_to(lines.location().offset, progress);
    }
    Ok(stats)
}

/// Without the `rayon` feature a stream is read on one thread.
#[cfg(not(feature = "rayon"))]
fn emit_stream<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    jobs: usize,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<Stats> {
    static NOTED: std::sync::Once = std::sync::Once::new();
    if jobs > 1 {
        NOTED.call_once(|| {
            note!("dump2json: built without the rayon feature, so stdin and large files are read on one thread (cargo run --features rayon ...)");
        });
    }
    emit(reader, source, out, &mut io::stderr(), progress)
}

/// One item's output line: JSON of the article, or of the error.
fn to_line(source: &str, item: Result<Article, Error>) -> Result<Vec<u8>, Vec<u8>> {
    match item {
        Ok(article) => {
            let line = Line {
                source,
                article: &article,
            };
            // Serialising the model cannot fail (no maps with non-string keys).
            let mut json = serde_json::to_vec(&line).unwrap_or_default();
            json.push(b'\n');
            Ok(json)
        }
        Err(e) => Err(error_line(source, &e)),
    }
}

/// Writes one line where it belongs and counts it.
fn write_line(
    line: Result<Vec<u8>, Vec<u8>>,
    out: &mut impl Write,
    err: &mut impl Write,
    stats: &mut Stats,
    progress: &mut Progress,
) -> io::Result<()> {
    match line {
        Ok(json) => {
            out.write_all(&json)?;
            stats.articles += 1;
            progress.articles += 1;
        }
        Err(json) => {
            err.write_all(&json)?;
            stats.failed = true;
        }
    }
    Ok(())
}

fn report(source: &str, e: &Error, err: &mut impl Write) -> io::Result<()> {
    err.write_all(&error_line(source, e))
}

/// The JSON line of an error.
fn error_line(source: &str, e: &Error) -> Vec<u8> {
    let at = e.location();
    let line = ErrorLine {
        source,
        index: at.index,
        offset: at.offset,
        line: at.line,
        kind: e.kind(),
        error: e.to_string(),
    };
    let mut json = serde_json::to_vec(&line).unwrap_or_default();
    json.push(b'\n');
    json
}

fn display(path: &Path) -> String {
    PathBuf::from(path).display().to_string()
}
