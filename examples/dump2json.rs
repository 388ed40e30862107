//! Turns article dumps into JSON Lines: one object per article on stdout.
//!
//! ```text
//! cargo run --release --example dump2json -- [OPTIONS] [PATH|-]...
//! ```
//! PATHs are files or directories (walked recursively for `*.md`, in sorted
//! order); `-` reads stdin. With no PATH it reads the sample dump bundled in
//! `examples/data/`. Errors go to stderr as one JSON object per line
//! (`source`, `index`, `offset`, `line`, `kind`, `error`) and processing goes
//! on; the exit status is 1 when any error occurred.
//!
//! Options: `--headers-only` (no HTML parsing), `--raw-body` (add each body
//! as `raw_body`).

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use article_dump::{find_dump_files, Article, Error, Options, Reader};
use serde::Serialize;

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

struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    files: u64,
    articles: u64,
    bytes: u64,
}

impl Progress {
    fn tick(&mut self, force: bool) {
        if !self.enabled || (!force && self.last.elapsed().as_millis() < 250) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        eprint!(
            "\r{} files, {} articles, {:.1} MB, {:.1} MB/s   ",
            self.files,
            self.articles,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }
}

fn main() -> ExitCode {
    let mut options = Options::new().raw_body(false);
    let mut inputs: Vec<String> = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--headers-only" => options = options.extract(false),
            "--raw-body" => options = options.raw_body(true),
            "-h" | "--help" => {
                eprintln!("usage: dump2json [--headers-only] [--raw-body] [PATH|-]...");
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        inputs.push(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data").to_string());
    }

    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = false;
    let mut progress = Progress {
        enabled: io::stderr().is_terminal(),
        start: Instant::now(),
        last: Instant::now(),
        files: 0,
        articles: 0,
        bytes: 0,
    };

    for input in &inputs {
        if input == "-" {
            let stdin = io::stdin();
            let reader = Reader::with_options(stdin.lock(), options.clone());
            failed |= emit(reader, "-", &mut out, &mut progress);
            continue;
        }
        let files = match find_dump_files(input) {
            Ok(files) => files,
            Err(e) => {
                report(input, &io_error(e));
                failed = true;
                continue;
            }
        };
        for path in files {
            let source = display(&path);
            match Reader::from_path(&path, options.clone()) {
                Ok(reader) => failed |= emit(reader, &source, &mut out, &mut progress),
                Err(e) => {
                    report(&source, &io_error(e));
                    failed = true;
                }
            }
            progress.files += 1;
            progress.bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            progress.tick(false);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("dump2json: writing stdout failed: {e}");
        return ExitCode::FAILURE;
    }
    progress.tick(true);
    if progress.enabled {
        eprintln!();
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes the articles of one source; returns whether any error occurred.
fn emit<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    out: &mut impl Write,
    progress: &mut Progress,
) -> bool {
    let mut failed = false;
    for item in reader {
        match item {
            Ok(article) => {
                let line = Line {
                    source,
                    article: &article,
                };
                let written = serde_json::to_writer(&mut *out, &line)
                    .map_err(io::Error::from)
                    .and_then(|()| out.write_all(b"\n"));
                if let Err(e) = written {
                    eprintln!("dump2json: writing stdout failed: {e}");
                    std::process::exit(1);
                }
                progress.articles += 1;
            }
            Err(e) => {
                report(source, &e);
                failed = true;
            }
        }
    }
    failed
}

fn report(source: &str, e: &Error) {
    let at = e.location();
    let line = ErrorLine {
        source,
        index: at.index,
        offset: at.offset,
        line: at.line,
        kind: e.kind(),
        error: e.to_string(),
    };
    if let Ok(json) = serde_json::to_string(&line) {
        eprintln!("{json}");
    }
}

fn io_error(source: io::Error) -> Error {
    Error::Io {
        at: Default::default(),
        source,
    }
}

fn display(path: &Path) -> String {
    PathBuf::from(path).display().to_string()
}
