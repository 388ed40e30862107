//! Renders article dumps as readable Markdown (or plain text).
//!
//! ```text
//! cargo run --release --example dump2md -- [--text] [--out DIR] [--jobs N] [PATH|-]...
//! ```
//! PATHs are files or directories (walked recursively for `*.md`, in sorted
//! order); `-` reads stdin. With no PATH it reads the sample dump bundled in
//! `examples/data/`.
//!
//! Without `--out`, every article goes to stdout, in input order, between
//! `---` lines. With `--out DIR`, each input file gets one output file
//! holding its articles in order, at the same path relative to the argument
//! it was found under (a directory argument's own tree; a file argument's
//! file name; `stdin` for `-`), with the extension `.md` (`.txt` with
//! `--text`). An output that two inputs map to holds both, in turn; an
//! output that would overwrite its input is an error.
//!
//! Options:
//! - `--text`: plain text instead of Markdown;
//! - `--out DIR`: one file per input, as above;
//! - `--headers-only`: titles and links only, no HTML parsing;
//! - `--jobs N` (`-j N`): use N threads (default: the number of cores):
//!   small files are rendered N at a time, and stdin and files of 16 MiB
//!   and more are split into articles on one thread and rendered on N (with
//!   the `rayon` feature; one thread without it); the output is the same as
//!   with `--jobs 1`;
//! - `--max-article-mb N`: the largest article read, in MiB (default 16).
//!
//! Errors go to stderr as one JSON object per line, as with `dump2json`
//! (`source`, `index`, `offset`, `line`, `kind`, `error`), and processing
//! goes on; the exit status is 1 when any error occurred (2 for a bad
//! command line). On a terminal, stderr shows a progress line. A closed
//! stdout (`| head`) ends the run quietly.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use article_dump::{find_dump_files, Article, Error, Reader};
use clap::Parser;
use rayon::prelude::*;

#[path = "common/args.rs"]
mod args;
#[path = "common/progress.rs"]
mod progress;
use args::Common;
use progress::Progress;

/// Between two articles of one output.
const SEPARATOR: &[u8] = b"\n---\n\n";

/// Files at least this large are rendered by the writing thread itself,
/// straight to stdout, so that no file's whole output is held in memory.
const STREAM_FILE_BYTES: u64 = 16 << 20;

/// How many files per job are rendered ahead of the one being written.
const AHEAD_PER_JOB: usize = 4;

/// Article dumps as readable Markdown (or plain text): to stdout, or one file per input.
#[derive(Parser)]
#[command(
    name = "dump2md",
    version,
    after_help = "Errors go to stderr, one JSON object a line \
    as with dump2json, and the run goes on; the exit status is then 1 (2 for a bad command line)."
)]
struct Cli {
    /// Plain text instead of Markdown
    #[arg(long)]
    text: bool,
    /// One file per input file, at its path below DIR (.md, or .txt with --text)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            note!("dump2md: writing the output failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where one input's articles go.
#[derive(Clone)]
enum Target {
    Stdout,
    /// A file; `append` when an earlier input of this run wrote it.
    File {
        path: PathBuf,
        append: bool,
    },
}

/// Renders every input; returns whether anything failed, or the error that
/// made writing stdout or stderr impossible.
fn run(cli: &Cli) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut progress = Progress::new(io::stderr().is_terminal());
    let pool = args::file_pool("dump2md", cli.common.jobs);
    let mut written = HashSet::new();
    // Whether stdout holds an article already (the next one needs a separator).
    let mut started = false;
    let mut failed = false;
    for input in &cli.common.inputs {
        if input == "-" {
            let target = target_for(cli, Path::new("stdin"), &mut written);
            let reader = Reader::with_options(io::stdin().lock(), cli.common.options());
            let stats = match target {
                Target::Stdout => {
                    let stats = render(
                        reader,
                        "-",
                        cli.text,
                        cli.common.jobs,
                        started,
                        &mut out,
                        &mut io::stderr(),
                    )?;
                    started |= stats.articles > 0;
                    stats
                }
                Target::File { path, append } => render_to_file(
                    reader,
                    "-",
                    cli.text,
                    cli.common.jobs,
                    &path,
                    append,
                    &mut io::stderr(),
                )?,
            };
            failed |= stats.failed;
            stats.count_in(&mut progress);
            continue;
        }
        let files = match find_dump_files(input) {
            Ok(files) => files,
            Err(e) => {
                report_error(input, &e, &mut io::stderr())?;
                failed = true;
                continue;
            }
        };
        let is_dir = Path::new(input).is_dir();
        let jobs: Vec<(PathBuf, Target)> = files
            .into_iter()
            .map(|file| {
                let relative = if is_dir {
                    file.strip_prefix(input).unwrap_or(&file).to_path_buf()
                } else {
                    file.file_name().map_or_else(|| file.clone(), PathBuf::from)
                };
                let target = target_for(cli, &relative, &mut written);
                (file, target)
            })
            .collect();
        let window = cli.common.jobs.saturating_mul(AHEAD_PER_JOB).max(1);
        let mut next = 0;
        while next < jobs.len() {
            let large = |(path, target): &(PathBuf, Target)| {
                matches!(target, Target::Stdout)
                    && std::fs::metadata(path).is_ok_and(|m| m.len() >= STREAM_FILE_BYTES)
            };
            if pool.is_none() || large(&jobs[next]) {
                let (path, target) = &jobs[next];
                let output = match target {
                    Target::Stdout => {
                        render_path(cli, path, target, cli.common.jobs, started, &mut out)
                    }
                    Target::File { .. } => {
                        render_path(cli, path, target, cli.common.jobs, false, &mut io::sink())
                    }
                }?;
                io::stderr().write_all(&output.errors)?;
                started |= output.stats.articles > 0 && matches!(target, Target::Stdout);
                failed |= output.stats.failed;
                output.stats.count_in(&mut progress);
                next += 1;
                continue;
            }
            let mut end = next + 1;
            while end < jobs.len() && end - next < window && !large(&jobs[end]) {
                end += 1;
            }
            let batch = &jobs[next..end];
            let outputs: Vec<Output> = match &pool {
                Some(pool) => pool.install(|| {
                    batch
                        .par_iter()
                        .map(|(path, target)| buffered(cli, path, target))
                        .collect()
                }),
                None => batch
                    .iter()
                    .map(|(path, target)| buffered(cli, path, target))
                    .collect(),
            };
            for output in outputs {
                if !output.body.is_empty() {
                    if started {
                        out.write_all(SEPARATOR)?;
                    }
                    out.write_all(&output.body)?;
                    started = true;
                }
                io::stderr().write_all(&output.errors)?;
                failed |= output.stats.failed;
                output.stats.count_in(&mut progress);
            }
            next = end;
        }
    }
    out.flush()?;
    drop(progress);
    Ok(failed)
}

/// Where the articles of `relative` (an input's path below its argument)
/// go; notes the output file in `written`.
fn target_for(cli: &Cli, relative: &Path, written: &mut HashSet<PathBuf>) -> Target {
    let Some(dir) = &cli.out else {
        return Target::Stdout;
    };
    let path = dir
        .join(relative)
        .with_extension(if cli.text { "txt" } else { "md" });
    let append = !written.insert(path.clone());
    Target::File { path, append }
}

/// What rendering one file gave: for stdout, the text, to be written in
/// input order; the error lines; the counts.
struct Output {
    body: Vec<u8>,
    errors: Vec<u8>,
    stats: Stats,
}

/// Renders one file on a worker: to its output file, or into memory when
/// it goes to stdout.
fn buffered(cli: &Cli, path: &Path, target: &Target) -> Output {
    let mut body = Vec::new();
    let mut output =
        render_path(cli, path, target, 1, false, &mut body).unwrap_or_else(|_| Output {
            body: Vec::new(),
            errors: Vec::new(),
            stats: Stats::failed(),
        });
    output.body = body;
    output
}

/// Renders the file at `path` to `target` (`out` when that is stdout); the
/// error lines are returned, not written.
fn render_path(
    cli: &Cli,
    path: &Path,
    target: &Target,
    jobs: usize,
    started: bool,
    out: &mut impl Write,
) -> io::Result<Output> {
    let source = path.display().to_string();
    let mut errors = Vec::new();
    let stats = match Reader::from_path(path, cli.common.options()) {
        Err(e) => {
            report_error(&source, &e, &mut errors)?;
            Stats::failed()
        }
        Ok(reader) => match target {
            Target::Stdout => render(reader, &source, cli.text, jobs, started, out, &mut errors)?,
            Target::File { path: to, append } => {
                if same_file(path, to) {
                    let message = format!("refusing to overwrite the input with {}", to.display());
                    report_line(&source, None, "io", &message, &mut errors)?;
                    Stats::failed()
                } else {
                    render_to_file(reader, &source, cli.text, jobs, to, *append, &mut errors)?
                }
            }
        },
    };
    Ok(Output {
        body: Vec::new(),
        errors,
        stats,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Renders to the file `to`, created (with its folders) or appended to. A
/// file that cannot be written is an error line of its input.
#[allow(clippy::too_many_arguments)]
fn render_to_file<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    text: bool,
    jobs: usize,
    to: &Path,
    append: bool,
    err: &mut impl Write,
) -> io::Result<Stats> {
    let opened = to
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            if append {
                OpenOptions::new().append(true).create(true).open(to)
            } else {
                File::create(to)
            }
        });
    let cannot = |e: io::Error, err: &mut dyn Write| {
        let message = format!("cannot write {}: {e}", to.display());
        report_line(source, None, "io", &message, err).map(|()| Stats::failed())
    };
    let file = match opened {
        Ok(file) => file,
        Err(e) => return cannot(e, err),
    };
    let mut file = BufWriter::new(file);
    let started = append && std::fs::metadata(to).is_ok_and(|m| m.len() > 0);
    let mut stats = Stats::default();
    // Write errors of the output file are the file's, not stdout's.
    let result = render_counted(
        reader, source, text, jobs, started, &mut file, err, &mut stats,
    )
    .and_then(|()| file.flush());
    match result {
        Ok(()) => Ok(stats),
        Err(e) => cannot(e, err),
    }
}

/// What rendering one source gave.
#[derive(Default)]
struct Stats {
    articles: u64,
    bytes: u64,
    failed: bool,
}

impl Stats {
    /// Adds one file's counts to the progress line.
    fn count_in(&self, progress: &mut Progress) {
        progress.files += 1;
        progress.articles += self.articles;
        progress.bytes += self.bytes;
        progress.tick(false);
    }

    fn failed() -> Stats {
        Stats {
            failed: true,
            ..Stats::default()
        }
    }
}

/// Renders the articles of one source to `out`, separated by
/// [`SEPARATOR`] (one before the first too when `started`), and writes its
/// errors to `err`.
fn render<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    text: bool,
    jobs: usize,
    started: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    render_counted(reader, source, text, jobs, started, out, err, &mut stats)?;
    Ok(stats)
}

/// Renders a source's articles to `out` and its errors to `err`, counting
/// them in `stats`; with `jobs` > 1 (and the `rayon` feature) the articles
/// are extracted and rendered on `jobs` threads, in input order.
#[allow(clippy::too_many_arguments)]
fn render_counted<R: BufRead>(
    reader: Reader<R>,
    source: &str,
    text: bool,
    jobs: usize,
    mut started: bool,
    out: &mut impl Write,
    err: &mut (impl Write + ?Sized),
    stats: &mut Stats,
) -> io::Result<()> {
    let mut write = |item: Result<String, Error>, stats: &mut Stats| -> io::Result<()> {
        match item {
            Ok(rendered) => {
                if started {
                    out.write_all(SEPARATOR)?;
                }
                out.write_all(rendered.as_bytes())?;
                started = true;
                stats.articles += 1;
            }
            Err(e) => {
                report_error(source, &e, err)?;
                stats.failed = true;
            }
        }
        Ok(())
    };
    #[cfg(feature = "rayon")]
    if jobs > 1 {
        let mut items = reader
            .par_map(jobs, move |item| item.map(|a| rendering(&a, text)))
            .map_err(io::Error::other)?;
        while let Some(item) = items.next() {
            write(item, stats)?;
            stats.bytes = items.location().offset;
        }
        return Ok(());
    }
    let _ = jobs; // one thread without the rayon feature
    let mut reader = reader;
    while let Some(item) = reader.next() {
        write(item.map(|a| rendering(&a, text)), stats)?;
        stats.bytes = reader.location().offset;
    }
    Ok(())
}

fn rendering(article: &Article, text: bool) -> String {
    if text {
        article.to_text()
    } else {
        article.to_markdown()
    }
}

/// An error line as `dump2json` writes it.
fn report_error(source: &str, e: &Error, err: &mut (impl Write + ?Sized)) -> io::Result<()> {
    report_line(source, Some(e), e.kind(), &e.to_string(), err)
}

/// An error line with the place of `e` (none for an error of the output).
fn report_line(
    source: &str,
    e: Option<&Error>,
    kind: &str,
    message: &str,
    err: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    let at = e.map(Error::location).unwrap_or_default();
    let json = |s: &str| serde_json::Value::from(s).to_string();
    writeln!(
        err,
        "{{\"source\":{},\"index\":{},\"offset\":{},\"line\":{},\"kind\":{},\"error\":{}}}",
        json(source),
        at.index,
        at.offset,
        at.line,
        json(kind),
        json(message)
    )
}
