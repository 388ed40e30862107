//! Writes one of the adversarial suite's hostile inputs to a file, to
//! measure what reading it costs:
//!
//! ```text
//! cargo run --release --example adversarial_gen -- SHAPE SIZE_MB OUT
//! /usr/bin/time -v target/release/examples/dump2json OUT > /dev/null
//! ```
//!
//! SHAPE is one of `div`, `ul-li`, `span`, `table`, `unclosed-b`,
//! `unclosed-a`, `misnested`, `attributes`, `share-links`, `title`,
//! `title-brackets`, `tiny-articles` (see `tests/adversarial/shapes.rs`).
//! SIZE_MB may be fractional (`0.5`). `/usr/bin/time -v` reports the peak
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
            "usage: adversarial_gen SHAPE SIZE_MB OUT\nshapes: {}",
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
    let Some(mb) = size.parse::<f64>().ok().filter(|m| *m > 0.0) else {
        eprintln!("SIZE_MB must be a positive number, not `{size}`");
        return usage();
    };
    let n = shape.units_for((mb * f64::from(1 << 20)) as usize);
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
