//! One pass over a dump, as a plain program, for the end-to-end CPU
//! comparison of `benches/cpu.sh` and for instruction counts under
//! callgrind (criterion's timing loop would be counted too):
//!
//! ```text
//! cargo bench --bench cpu_floor -- floor ../shared/corpus/dev
//! cargo bench --bench cpu_floor -- full  ../shared/corpus/dev
//! ```
//!
//! - `floor`: the stream split by the crate with extraction off (raw bodies
//!   kept), each body through a bare `html5ever::parse_document` into an
//!   `RcDom` with scripting off, then dropped: what the parser underneath
//!   costs, with the same reading of the stream;
//! - `full`: the stream through [`Reader::new`] (default options: parsing,
//!   extraction, raw body kept), each article dropped.
//!
//! The path is a dump file or a directory of them. `cargo bench` with no
//! arguments (running every bench) makes it print its usage and exit.

use article_dump::{find_dump_files, Options, Reader};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::ParseOpts;
use markup5ever_rcdom::RcDom;

fn main() {
    // `cargo bench` passes `--bench`; anything else is ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [mode, path] = &args[..] else {
        eprintln!("usage: cpu_floor floor|full PATH (a dump or a directory of dumps)");
        return;
    };
    let files = match find_dump_files(path) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("cpu_floor: {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut stream = Vec::new();
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => stream.extend_from_slice(&bytes),
            Err(e) => {
                eprintln!("cpu_floor: {}: {e}", file.display());
                std::process::exit(1);
            }
        }
        if !stream.ends_with(b"\n") {
            stream.push(b'\n');
        }
    }
    let (articles, errors) = match mode.as_str() {
        "floor" => floor(&stream),
        "full" => full(&stream),
        _ => {
            eprintln!("cpu_floor: unknown mode {mode:?} (floor or full)");
            std::process::exit(2);
        }
    };
    println!("{mode}: {articles} articles, {errors} errors");
}

/// Every body parsed into an `RcDom` and dropped; extraction off.
fn floor(stream: &[u8]) -> (usize, usize) {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let (mut articles, mut errors) = (0, 0);
    let options = Options::new().extract(false).raw_body(true);
    for article in Reader::with_options(stream, options) {
        let Ok(mut article) = article else {
            errors += 1;
            continue;
        };
        let body = article.take_raw_body().unwrap_or_default();
        let dom = html5ever::parse_document(RcDom::default(), opts.clone()).one(body.as_str());
        articles += usize::from(!dom.document.children.borrow().is_empty());
    }
    (articles, errors)
}

/// Every article read and extracted with the default options, and dropped.
fn full(stream: &[u8]) -> (usize, usize) {
    let (mut articles, mut errors) = (0, 0);
    for article in Reader::new(stream) {
        match article {
            Ok(a) => articles += usize::from(a.content.is_some()),
            Err(_) => errors += 1,
        }
    }
    (articles, errors)
}
