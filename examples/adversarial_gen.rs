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
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Parser;
use shapes::Shape;

/// Writes one of the adversarial suite's hostile inputs to a file.
#[derive(Parser)]
#[command(name = "adversarial_gen", version)]
struct Cli {
    /// The shape of the input
    #[arg(value_parser = PossibleValuesParser::new(Shape::ALL.map(Shape::name))
        .try_map(|name| Shape::from_name(&name).ok_or("no such shape")))]
    shape: Shape,
    /// Megabytes (10, 0.5), or a number of units with an x (1000000x)
    #[arg(value_parser = parse_size)]
    size: Size,
    /// The file to write
    out: PathBuf,
}

#[derive(Clone, Copy)]
enum Size {
    Megabytes(f64),
    Units(usize),
}

fn parse_size(size: &str) -> Result<Size, &'static str> {
    let size = match size.strip_suffix('x') {
        Some(count) => count
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .map(Size::Units),
        None => size
            .parse::<f64>()
            .ok()
            .filter(|mb| *mb > 0.0)
            .map(Size::Megabytes),
    };
    size.ok_or("a positive number of megabytes, or of units with an x (1000x)")
}

fn main() -> ExitCode {
    let Cli { shape, size, out } = Cli::parse();
    let n = match size {
        Size::Units(n) => n,
        Size::Megabytes(mb) => shape.units_for((mb * f64::from(1 << 20)) as usize),
    };
    let written = File::create(&out).and_then(|f| {
        let mut w = BufWriter::new(f);
        shape.write(n, &mut w)?;
        w.flush()
    });
    let out = out.display();
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
