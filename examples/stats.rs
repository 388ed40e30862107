//! A first look at an archive: a per-site table of what it holds.
//!
//! ```text
//! cargo run --release --example stats -- [--jobs N] [--headers-only] [--max-article-mb N] [PATH|-]...
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

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use article_dump::{find_dump_files, Article, Error, Options, Reader};
use chrono::{DateTime, Utc};
use rayon::prelude::*;

const USAGE: &str = "usage: stats [--jobs N] [--headers-only] [--max-article-mb N] [PATH|-]...";

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
    warning_codes: BTreeMap<&'static str, u64>,
    error_kinds: BTreeMap<&'static str, u64>,
    dialects: BTreeMap<&'static str, u64>,
    files: u64,
    /// Inputs that could not be read at all.
    unreadable: u64,
}

impl Tally {
    /// Reads one source.
    fn read<R: BufRead>(&mut self, mut reader: Reader<R>) {
        let mut site = String::from("?");
        let mut read = 0;
        while let Some(item) = reader.next() {
            match item {
                Ok(article) => {
                    site = article.site.name().to_string();
                    *self
                        .dialects
                        .entry(article.header.dialect.name())
                        .or_default() += 1;
                    for w in &article.warnings {
                        *self.warning_codes.entry(w.code()).or_default() += 1;
                    }
                    self.sites.entry(site.clone()).or_default().add(&article);
                }
                Err(e) => self.error(&site, &e),
            }
            let now = reader.location().offset;
            self.sites.entry(site.clone()).or_default().bytes += now - read;
            read = now;
        }
    }

    fn error(&mut self, site: &str, e: &Error) {
        self.sites.entry(site.to_string()).or_default().errors += 1;
        *self.error_kinds.entry(e.kind()).or_default() += 1;
    }

    fn read_file(path: &Path, options: &Options) -> Tally {
        let mut tally = Tally {
            files: 1,
            ..Tally::default()
        };
        match Reader::from_path(path, options.clone()) {
            Ok(reader) => tally.read(reader),
            Err(e) => {
                note!("stats: {}: {e}", path.display());
                tally.unreadable += 1;
            }
        }
        tally
    }

    fn merge(mut self, other: Tally) -> Tally {
        for (site, stats) in other.sites {
            self.sites.entry(site).or_default().merge(stats);
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

#[path = "common/args.rs"]
mod args;
use args::args_or_exit;

fn main() -> ExitCode {
    let args = match args_or_exit("stats", USAGE, false) {
        Ok(args) => args,
        Err(code) => return code,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs)
        .build()
        .map_err(|e| note!("stats: no thread pool ({e}); reading one file at a time"))
        .ok();
    let start = Instant::now();
    let mut tally = Tally::default();
    for input in &args.inputs {
        if input == "-" {
            tally.read(Reader::with_options(
                io::stdin().lock(),
                args.options.clone(),
            ));
            continue;
        }
        let files = match find_dump_files(input) {
            Ok(files) => files,
            Err(e) => {
                note!("stats: {input}: {e}");
                tally.unreadable += 1;
                continue;
            }
        };
        let read = |path: &std::path::PathBuf| Tally::read_file(path, &args.options);
        let part = match &pool {
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
    let text = table(&tally, start.elapsed().as_secs_f64()).unwrap_or_default();
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
