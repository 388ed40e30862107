//! Writes one of the adversarial suite's hostile inputs to a file, to
//! measure what reading it costs:
//!
//! ```text
//! cargo run --release --example adversarial_gen -- SHAPE SIZE OUT
//! /usr/bin/time -v target/release/examples/dump2json OUT > /dev/null
//! ```
//!
//! SHAPE is one of `div`, `ul-li`, `span`, `table`, `unclosed-b`,
//! `unclosed-a`, `misnested`, `attributes`, `share-links`, `title`,
//! `title-brackets`, `tiny-articles` (see `tests/adversarial/shapes.rs`).
//! SIZE is megabytes (`10`, `0.5`) or a number of units with an `x`
//! (`1000000x`: a million attributes, share links or articles). `/usr/bin/time -v` reports the peak
//! memory as "Maximum resident set size".

#[path = "../tests/adversarial/shapes.rs"]
mod shapes;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use shapes::Shape;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names: Vec<&str> = Shape::ALL.iter().map(|s| s.name()).collect();
    let usage = || {
        eprintln!(
            "usage: adversarial_gen SHAPE SIZE OUT (SIZE: megabytes, or units as 1000x)\nshapes: {}",
            names.join(", ")
        );
        ExitCode::from(2)
    };
    let [shape, size, out] = args.as_slice() else {
        return usage();
    };
    let Some(shape) = Shape::from_name(shape) else {
        eprintln!("unknown shape `{shape}`");
        return usage();
    };
    let n = match size.strip_suffix('x') {
        Some(count) => count.parse::<usize>().ok().filter(|n| *n > 0),
        None => size
            .parse::<f64>()
            .ok()
            .filter(|mb| *mb > 0.0)
            .map(|mb| shape.units_for((mb * f64::from(1 << 20)) as usize)),
    };
    let Some(n) = n else {
        eprintln!(
            "SIZE must be a positive number of megabytes or of units (`1000x`), not `{size}`"
        );
        return usage();
    };
    let written = File::create(out).and_then(|f| {
        let mut w = BufWriter::new(f);
        shape.write(n, &mut w)?;
        w.flush()
    });
    match written {
        Ok(()) => {
            eprintln!(
                "{out}: {} with {n} units, {} article(s)",
                shape.name(),
                shape.articles(n)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{out}: {e}");
            ExitCode::FAILURE
        }
    }
}
