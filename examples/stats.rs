//! A first look at an archive: a per-site table of what it holds.
//!
//! ```text
//! cargo run --release --example stats -- [--by-year] [--jobs N] [--headers-only] [--max-article-mb N] [PATH|-]...
//! ```
//! PATHs are files or directories (walked recursively for `*.md`); `-`
//! reads stdin. With no PATH it reads the sample dump in `examples/data/`.
//!
//! For each site: the articles read, the dates of the first and last
//! `published` (UTC), the articles without a date (`NaN`), the share of
//! articles with a lead, the mean number of paragraphs per article, the
//! images and share links found in the bodies (these four are `-` with
//! `--headers-only`), the warnings on the articles, the errors (an article that could not be read is counted
//! against the site of the article read before it in the same source, or
//! `?`), and the megabytes read. Then the articles by header dialect
//! (`news`, `cdt2020`), the most common warnings and errors, and the
//! throughput. Files are read `--jobs N` at a time (default: the
//! number of cores); stdin is read by itself. The exit status is 1 when an
//! input could not be read at all (errors in articles are only counted).
//! On a terminal, stderr shows a progress line while the files are read.
//!
//! With `--by-year`, a second table follows: per site and per year of
//! `published` (`?` when undated), the articles, the share of extracted
//! articles with a lead, a dateline and authors, and the share of images
//! with a caption and with a credit. A layout change in an archive shows
//! as a drop in a column from one year to the next.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use article_dump::{find_dump_files, Article, Error, Options, Reader};
use chrono::{DateTime, Utc};
use clap::Parser;
use rayon::prelude::*;

/// One site's articles of one year: how often each field is filled.
#[derive(Default, Clone)]
struct YearStats {
    articles: u64,
    extracted: u64,
    lead: u64,
    dateline: u64,
    authors: u64,
    images: u64,
    captioned: u64,
    credited: u64,
}

impl YearStats {
    fn add(&mut self, article: &Article) {
        self.articles += 1;
        if let Some(c) = &article.content {
            self.extracted += 1;
            self.lead += u64::from(c.lead.is_some());
            self.dateline += u64::from(c.dateline.is_some());
            self.authors += u64::from(!c.authors.is_empty());
            self.images += c.images.len() as u64;
            self.captioned += c.images.iter().filter(|i| i.caption.is_some()).count() as u64;
            self.credited += c.images.iter().filter(|i| i.credit.is_some()).count() as u64;
        }
    }

    fn merge(&mut self, o: &YearStats) {
        self.articles += o.articles;
        self.extracted += o.extracted;
        self.lead += o.lead;
        self.dateline += o.dateline;
        self.authors += o.authors;
        self.images += o.images;
        self.captioned += o.captioned;
        self.credited += o.credited;
    }
}

/// What one site's articles add up to.
#[derive(Default, Clone)]
struct SiteStats {
    articles: u64,
    first: Option<DateTime<Utc>>,
    last: Option<DateTime<Utc>>,
    undated: u64,
    /// Articles whose body was extracted (all of them unless
    /// `--headers-only`): the denominator of the extraction columns.
    extracted: u64,
    with_lead: u64,
    paragraphs: u64,
    images: u64,
    share_links: u64,
    warnings: u64,
    errors: u64,
    bytes: u64,
}

impl SiteStats {
    fn add(&mut self, article: &Article) {
        self.articles += 1;
        match article.published() {
            Some(t) => {
                self.first = Some(self.first.map_or(t, |f| f.min(t)));
                self.last = Some(self.last.map_or(t, |l| l.max(t)));
            }
            None => self.undated += 1,
        }
        if let Some(content) = &article.content {
            self.extracted += 1;
            self.with_lead += u64::from(content.lead.is_some());
            self.paragraphs += content.paragraphs.len() as u64;
            self.images += content.images.len() as u64;
            self.share_links += content.share_links.len() as u64;
        }
        self.warnings += article.warnings.len() as u64;
    }

    fn merge(&mut self, other: SiteStats) {
        self.articles += other.articles;
        self.first = min_opt(self.first, other.first);
        self.last = max_opt(self.last, other.last);
        self.undated += other.undated;
        self.extracted += other.extracted;
        self.with_lead += other.with_lead;
        self.paragraphs += other.paragraphs;
        self.images += other.images;
        self.share_links += other.share_links;
        self.warnings += other.warnings;
        self.errors += other.errors;
        self.bytes += other.bytes;
    }
}

fn min_opt<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_opt<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Everything read so far.
#[derive(Default)]
struct Tally {
    sites: BTreeMap<String, SiteStats>,
    /// Per site and year of publication (`?`: undated).
    years: BTreeMap<(String, String), YearStats>,
    warning_codes: BTreeMap<&'static str, u64>,
    error_kinds: BTreeMap<&'static str, u64>,
    dialects: BTreeMap<&'static str, u64>,
    files: u64,
    /// Inputs that could not be read at all.
    unreadable: u64,
}

impl Tally {
    /// Reads one source.
    fn read<R: BufRead>(&mut self, mut reader: Reader<R>, progress: &Progress) {
        let mut site = String::from("?");
        let mut read = 0;
        while let Some(item) = reader.next() {
            match item {
                Ok(article) => {
                    progress.articles.fetch_add(1, Relaxed);
                    site = article.site.name().to_string();
                    *self
                        .dialects
                        .entry(article.header.dialect.name())
                        .or_default() += 1;
                    for w in &article.warnings {
                        *self.warning_codes.entry(w.code()).or_default() += 1;
                    }
                    self.sites.entry(site.clone()).or_default().add(&article);
                    let year = article
                        .published()
                        .map_or_else(|| "?".to_string(), |t| t.format("%Y").to_string());
                    self.years
                        .entry((site.clone(), year))
                        .or_default()
                        .add(&article);
                }
                Err(e) => self.error(&site, &e),
            }
            let now = reader.location().offset;
            self.sites.entry(site.clone()).or_default().bytes += now - read;
            progress.bytes.fetch_add(now - read, Relaxed);
            read = now;
        }
    }

    fn error(&mut self, site: &str, e: &Error) {
        self.sites.entry(site.to_string()).or_default().errors += 1;
        *self.error_kinds.entry(e.kind()).or_default() += 1;
    }

    fn read_file(path: &Path, options: &Options, progress: &Progress) -> Tally {
        let mut tally = Tally {
            files: 1,
            ..Tally::default()
        };
        match Reader::from_path(path, *options) {
            Ok(reader) => tally.read(reader, progress),
            Err(e) => {
                note!("stats: {e}");
                tally.unreadable += 1;
            }
        }
        progress.files.fetch_add(1, Relaxed);
        tally
    }

    fn merge(mut self, other: Tally) -> Tally {
        for (site, stats) in other.sites {
            self.sites.entry(site).or_default().merge(stats);
        }
        for (key, stats) in other.years {
            self.years.entry(key).or_default().merge(&stats);
        }
        for (code, n) in other.warning_codes {
            *self.warning_codes.entry(code).or_default() += n;
        }
        for (kind, n) in other.error_kinds {
            *self.error_kinds.entry(kind).or_default() += n;
        }
        for (dialect, n) in other.dialects {
            *self.dialects.entry(dialect).or_default() += n;
        }
        self.files += other.files;
        self.unreadable += other.unreadable;
        self
    }
}

/// What has been read so far, counted by the readers on every thread and
/// shown on stderr by a thread of its own.
#[derive(Default)]
struct Progress {
    files: AtomicU64,
    articles: AtomicU64,
    bytes: AtomicU64,
    done: AtomicBool,
}

impl Progress {
    /// Rewrites the progress line four times a second until `done`, then
    /// writes it a last time with its line end.
    fn show(&self, start: Instant) {
        loop {
            let done = self.done.load(Relaxed);
            let mb = self.bytes.load(Relaxed) as f64 / 1e6;
            note_inline!(
                "\r{}, {}, {:.1} MB, {:.1} MB/s   ",
                count(self.files.load(Relaxed), "file"),
                count(self.articles.load(Relaxed), "article"),
                mb,
                mb / start.elapsed().as_secs_f64().max(1e-9)
            );
            if done {
                note!();
                return;
            }
            std::thread::park_timeout(Duration::from_millis(250));
        }
    }
}

fn date(t: Option<DateTime<Utc>>) -> String {
    t.map_or_else(|| "-".to_string(), |t| t.format("%Y-%m-%d").to_string())
}

/// The table, the most common warnings and errors, and the throughput.
fn table(tally: &Tally, secs: f64) -> Result<String, std::fmt::Error> {
    let mut t = String::new();
    let mut rows: Vec<(&String, &SiteStats)> = tally.sites.iter().collect();
    rows.retain(|(_, s)| s.articles + s.errors > 0);
    rows.sort_by(|a, b| b.1.articles.cmp(&a.1.articles).then(a.0.cmp(b.0)));
    let mut total = SiteStats::default();
    writeln!(
        t,
        "{:<22} {:>9} {:>10} {:>10} {:>8} {:>6} {:>7} {:>7} {:>7} {:>9} {:>7} {:>9}",
        "site",
        "articles",
        "first",
        "last",
        "undated",
        "lead",
        "paras",
        "images",
        "shares",
        "warnings",
        "errors",
        "MB"
    )?;
    let row = |t: &mut String, name: &str, s: &SiteStats| {
        // Without extraction (`--headers-only`) these columns are `-`.
        let per = |n: u64, digits: usize| match s.extracted {
            0 => "-".to_string(),
            e => format!("{:.digits$}", n as f64 / e as f64),
        };
        let lead = match s.extracted {
            0 => "-".to_string(),
            e => format!("{:.0}%", 100.0 * s.with_lead as f64 / e as f64),
        };
        let count = |n: u64| match s.extracted {
            0 => "-".to_string(),
            _ => n.to_string(),
        };
        writeln!(
            t,
            "{:<22} {:>9} {:>10} {:>10} {:>8} {:>6} {:>7} {:>7} {:>7} {:>9} {:>7} {:>9.2}",
            name,
            s.articles,
            date(s.first),
            date(s.last),
            s.undated,
            lead,
            per(s.paragraphs, 1),
            count(s.images),
            count(s.share_links),
            s.warnings,
            s.errors,
            s.bytes as f64 / 1e6
        )
    };
    for (name, stats) in rows {
        row(&mut t, name, stats)?;
        total.merge(stats.clone());
    }
    row(&mut t, "total", &total)?;
    let top = |map: &BTreeMap<&'static str, u64>| {
        let mut v: Vec<_> = map.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter()
            .take(8)
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !tally.dialects.is_empty() {
        writeln!(t, "\ndialects: {}", top(&tally.dialects))?;
    }
    if !tally.warning_codes.is_empty() {
        writeln!(t, "warnings: {}", top(&tally.warning_codes))?;
    }
    if !tally.error_kinds.is_empty() {
        writeln!(t, "errors: {}", top(&tally.error_kinds))?;
    }
    let mb = total.bytes as f64 / 1e6;
    writeln!(
        t,
        "\n{} files, {} articles, {:.2} MB in {:.3} s: {:.1} MB/s",
        tally.files,
        total.articles,
        mb,
        secs,
        mb / secs.max(1e-9)
    )?;
    Ok(t)
}

/// Reads every input: files `--jobs` at a time, stdin by itself.
fn read_inputs(common: &Common, pool: Option<&rayon::ThreadPool>, progress: &Progress) -> Tally {
    let options = common.options();
    let mut tally = Tally::default();
    for input in &common.inputs {
        if input == "-" {
            match open_reader(input, options) {
                Ok(reader) => tally.read(reader, progress),
                Err(e) => {
                    note!("stats: {e}");
                    tally.unreadable += 1;
                }
            }
            continue;
        }
        let files = match find_dump_files(input) {
            Ok(files) => files,
            Err(e) => {
                note!("stats: {e}");
                tally.unreadable += 1;
                continue;
            }
        };
        let read = |path: &std::path::PathBuf| Tally::read_file(path, &options, progress);
        let part = match pool {
            Some(pool) => pool.install(|| {
                files
                    .par_iter()
                    .map(read)
                    .reduce(Tally::default, Tally::merge)
            }),
            None => files.iter().map(read).fold(Tally::default(), Tally::merge),
        };
        tally = tally.merge(part);
    }
    tally
}

/// The per-site, per-year fill table (`--by-year`).
fn years_table(tally: &Tally) -> Result<String, std::fmt::Error> {
    let mut t = String::new();
    writeln!(
        t,
        "\n{:<22} {:>5} {:>9} {:>6} {:>9} {:>8} {:>7} {:>9} {:>8}",
        "site", "year", "articles", "lead", "dateline", "authors", "images", "captions", "credits"
    )?;
    let pct = |n: u64, of: u64| match of {
        0 => "-".to_string(),
        of => format!("{:.0}%", 100.0 * n as f64 / of as f64),
    };
    for ((site, year), s) in &tally.years {
        writeln!(
            t,
            "{:<22} {:>5} {:>9} {:>6} {:>9} {:>8} {:>7} {:>9} {:>8}",
            site,
            year,
            s.articles,
            pct(s.lead, s.extracted),
            pct(s.dateline, s.extracted),
            pct(s.authors, s.extracted),
            s.images,
            pct(s.captioned, s.images),
            pct(s.credited, s.images)
        )?;
    }
    Ok(t)
}

#[path = "common/args.rs"]
mod args;
use args::{count, open_reader, Common};

/// A first look at an archive: a table per site of what its dumps hold.
#[derive(Parser)]
#[command(name = "stats", version)]
struct Cli {
    /// Add a table per site and year: how many have a lead, a dateline, authors, captions
    #[arg(long)]
    by_year: bool,
    #[command(flatten)]
    common: Common,
}

fn main() -> ExitCode {
    let Cli { by_year, common } = Cli::parse();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(common.jobs)
        .build()
        .map_err(|e| note!("stats: no thread pool ({e}); reading one file at a time"))
        .ok();
    let start = Instant::now();
    let progress = Progress::default();
    let tally = std::thread::scope(|scope| {
        let shower = io::stderr()
            .is_terminal()
            .then(|| scope.spawn(|| progress.show(start)));
        let tally = read_inputs(&common, pool.as_ref(), &progress);
        progress.done.store(true, Relaxed);
        if let Some(shower) = shower {
            shower.thread().unpark();
        }
        tally
    });
    let mut text = table(&tally, start.elapsed().as_secs_f64()).unwrap_or_default();
    if by_year {
        text += &years_table(&tally).unwrap_or_default();
    }
    // A closed pipe (`stats … | head`) is not worth a complaint.
    match io::stdout().write_all(text.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            note!("stats: writing stdout failed: {e}");
            return ExitCode::FAILURE;
        }
        _ => {}
    }
    if tally.unreadable > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
