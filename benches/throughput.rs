//! Throughput over the dev corpus, every case in one criterion group so that
//! the ratios between them are measured under the same machine load.
//!
//! ```text
//! cargo bench --bench throughput
//! ```
//!
//! The corpus is read at run time from `../shared/corpus/dev` (next to the
//! crate); without it the bench prints why and measures nothing. The cases:
//!
//! - `header_only`: the whole concatenated corpus through
//!   [`Reader::headers_only`] (no HTML parsing, bodies not kept);
//! - `floor`: each body through a bare `html5ever::parse_document` into an
//!   `RcDom` with scripting disabled, nothing else: what the parser
//!   underneath costs;
//! - `floor_stream`: the same parse, the bodies read from the concatenated
//!   corpus by [`Reader::with_options`] with extraction off (headers, line
//!   splitting and raw bodies, which `full` pays for too);
//! - `full`: the concatenated corpus through [`Reader::new`] (default
//!   options: parsing, extraction, raw body kept), and `full_no_raw_body`
//!   with `raw_body(false)`;
//! - `dom_smoothie`: the peer, a Rust port of Readability, on each body with
//!   the article's URL.
//!
//! Throughput is in decimal MB/s of the input each case reads: the whole
//! stream for `header_only`, `floor_stream` and `full*`, the bodies alone
//! for `floor` and `dom_smoothie` (the headers are about 2% of the corpus).
//! After the group the medians and the ratios the project targets are
//! printed.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use article_dump::{find_dump_files, Options, Reader};
use criterion::{Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::ParseOpts;
use markup5ever_rcdom::RcDom;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev");
const GROUP: &str = "throughput";

/// The corpus as the benches read it.
struct Corpus {
    /// Every file, one after another, each ending with a line end.
    stream: Vec<u8>,
    /// Each article's URL and body, split off by the crate itself.
    bodies: Vec<(String, String)>,
}

impl Corpus {
    fn load(dir: &Path) -> Result<Corpus, String> {
        let files = find_dump_files(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut stream = Vec::new();
        let mut bodies = Vec::new();
        for path in files {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let options = Options::new().extract(false).raw_body(true);
            for article in Reader::with_options(&bytes[..], options) {
                let mut article = article.map_err(|e| format!("{}: {e}", path.display()))?;
                let body = article.take_raw_body().unwrap_or_default();
                bodies.push((article.url().to_string(), body));
            }
            stream.extend_from_slice(&bytes);
            if !bytes.ends_with(b"\n") {
                stream.push(b'\n');
            }
        }
        let in_stream = Reader::headers_only(&stream[..]).count();
        if in_stream != bodies.len() {
            return Err(format!(
                "the concatenated files read as {in_stream} articles, one by one as {}",
                bodies.len()
            ));
        }
        Ok(Corpus { stream, bodies })
    }

    fn body_bytes(&self) -> u64 {
        self.bodies.iter().map(|(_, b)| b.len() as u64).sum()
    }
}

/// The parser options the reader uses: scripting off, so `<noscript>`
/// content is parsed as markup (it holds the real `<img>` of lazy images).
fn parse_opts() -> ParseOpts {
    ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    }
}

fn count_articles(
    reader: impl Iterator<Item = Result<article_dump::Article, article_dump::Error>>,
) -> usize {
    reader.filter(|a| black_box(a).is_ok()).count()
}

fn bench(c: &mut Criterion, corpus: &Corpus) {
    let stream = &corpus.stream[..];
    let stream_bytes = stream.len() as u64;
    let body_bytes = corpus.body_bytes();
    let mut group = c.benchmark_group(GROUP);
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    group.throughput(Throughput::BytesDecimal(stream_bytes));
    group.bench_function("header_only", |b| {
        b.iter(|| count_articles(Reader::headers_only(black_box(stream))))
    });

    group.throughput(Throughput::BytesDecimal(body_bytes));
    group.bench_function("floor", |b| {
        b.iter(|| {
            for (_, body) in &corpus.bodies {
                let dom = html5ever::parse_document(RcDom::default(), parse_opts())
                    .one(black_box(body.as_str()));
                black_box(dom);
            }
        })
    });

    // The same parse with the stream read by the crate, as `full` reads it:
    // headers, line splitting and the raw body, extraction off.
    group.throughput(Throughput::BytesDecimal(stream_bytes));
    group.bench_function("floor_stream", |b| {
        b.iter(|| {
            let options = Options::new().extract(false).raw_body(true);
            for article in Reader::with_options(black_box(stream), options) {
                let Ok(mut article) = article else { continue };
                let body = article.take_raw_body().unwrap_or_default();
                let dom =
                    html5ever::parse_document(RcDom::default(), parse_opts()).one(body.as_str());
                black_box(dom);
            }
        })
    });

    group.bench_function("full", |b| {
        b.iter(|| count_articles(Reader::new(black_box(stream))))
    });
    group.bench_function("full_no_raw_body", |b| {
        b.iter(|| {
            let options = Options::new().raw_body(false);
            count_articles(Reader::with_options(black_box(stream), options))
        })
    });

    group.throughput(Throughput::BytesDecimal(body_bytes));
    group.bench_function("dom_smoothie", |b| {
        b.iter(|| {
            for (url, body) in &corpus.bodies {
                // A fragment is fine: the parser puts it in `<html><body>`.
                let parsed = dom_smoothie::Readability::new(body.as_str(), Some(url), None)
                    .and_then(|mut r| r.parse());
                // A body too short to score is an `Err`: the work was done.
                let _ = black_box(parsed);
            }
        })
    });
    group.finish();

    print_summary(stream_bytes, body_bytes);
}

/// Where criterion keeps its results: `$CRITERION_HOME`, else
/// `$CARGO_TARGET_DIR/criterion`, else `target/criterion`.
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

/// The median of a case measured by this run, in seconds per iteration.
fn median(case: &str, since: SystemTime) -> Option<f64> {
    let path = criterion_home()
        .join(GROUP)
        .join(case)
        .join("new/estimates.json");
    let fresh = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= since);
    if !fresh {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    Some(json["median"]["point_estimate"].as_f64()? / 1e9)
}

static START: std::sync::OnceLock<SystemTime> = std::sync::OnceLock::new();

fn print_summary(stream_bytes: u64, body_bytes: u64) {
    let since = *START.get_or_init(SystemTime::now);
    let cases = [
        ("header_only", stream_bytes),
        ("floor", body_bytes),
        ("floor_stream", stream_bytes),
        ("full", stream_bytes),
        ("full_no_raw_body", stream_bytes),
        ("dom_smoothie", body_bytes),
    ];
    let t: std::collections::HashMap<&str, f64> = cases
        .iter()
        .filter_map(|&(case, _)| Some((case, median(case, since)?)))
        .collect();
    if t.is_empty() {
        return; // `cargo test` runs each case once and measures nothing
    }
    println!(
        "\nsummary ({stream_bytes} stream bytes, {body_bytes} body bytes; medians of this run)"
    );
    for (case, bytes) in cases {
        if let Some(&s) = t.get(case) {
            println!(
                "  {case:<18} {:>10.3} ms  {:>9.1} MB/s",
                s * 1e3,
                bytes as f64 / s / 1e6
            );
        }
    }
    let ratio = |a: &str, b: &str| Some(t.get(a)? / t.get(b)?);
    if let Some(r) = ratio("full", "floor") {
        println!("  full / floor              {r:.2}x  (target <= 1.20x, issue 14)");
    }
    if let Some(r) = ratio("full", "floor_stream") {
        println!(
            "  full / floor_stream       {r:.2}x  (the floor reading the stream as full does)"
        );
    }
    if let Some(r) = ratio("full_no_raw_body", "floor") {
        println!("  full_no_raw_body / floor  {r:.2}x");
    }
    if let Some(r) = ratio("dom_smoothie", "full") {
        println!("  dom_smoothie / full       {r:.2}x  (target >= 3.5x, issue 14)");
    }
    if let Some(s) = t.get("header_only") {
        let gbs = stream_bytes as f64 / s / 1e9;
        println!("  header_only               {gbs:.2} GB/s  (target >= 1 GB/s)");
    }
}

fn main() {
    START.get_or_init(SystemTime::now);
    let corpus = match Corpus::load(Path::new(CORPUS)) {
        Ok(c) if !c.bodies.is_empty() => c,
        Ok(_) => {
            eprintln!("throughput bench skipped: no article in {CORPUS}");
            return;
        }
        Err(e) => {
            eprintln!("throughput bench skipped: the dev corpus is not readable ({e})");
            return;
        }
    };
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c, &corpus);
    c.final_summary();
}
