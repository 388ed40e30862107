//! The command line shared by the examples: `--headers-only`,
//! `--raw-body` (where the example allows it), `--jobs N`,
//! `--max-article-mb N`, and the inputs (the bundled sample when none);
//! a program may take options of its own besides ([`Extra`]).

use std::io::BufRead;
use std::num::NonZeroUsize;
use std::process::ExitCode;

use article_dump::{Error, Options, Reader};

/// `eprintln!` without its panic: a message to stderr, dropped when stderr
/// cannot be written (a closed pipe), so that a progress line never ends a
/// run.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// The same without the line end, for the progress line.
#[macro_export]
macro_rules! note_inline {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut err = std::io::stderr();
        let _ = write!(err, $($arg)*);
        let _ = err.flush();
    }};
}

/// The command line.
pub struct Args {
    pub options: Options,
    pub jobs: usize,
    pub inputs: Vec<String>,
    /// The program's own options ([`Extra`]) that were given, in order,
    /// with their values. Only the programs that take some read it.
    #[allow(dead_code)]
    pub extra: Vec<(&'static str, Option<String>)>,
}

/// An option that only some programs take: `--name`, or `--name VALUE`
/// (`--name=VALUE`) when it takes a value.
pub struct Extra {
    pub name: &'static str,
    pub takes_value: bool,
}

/// Reads the arguments; `Ok(None)` asks for the usage text.
// A program calls `args_or_exit` or `args_or_exit_with`; what it does not
// call is dead code in it.
#[allow(dead_code)]
pub fn parse_args(
    args: impl IntoIterator<Item = String>,
    allow_raw_body: bool,
) -> Result<Option<Args>, String> {
    parse_args_with(args, allow_raw_body, &[])
}

/// [`parse_args`] for a program that also takes the options `extras`.
pub fn parse_args_with(
    args: impl IntoIterator<Item = String>,
    allow_raw_body: bool,
    extras: &[Extra],
) -> Result<Option<Args>, String> {
    let mut extra = Vec::new();
    let mut options = Options::new().raw_body(false);
    let mut jobs = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let mut inputs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--headers-only" => options = options.extract(false),
            "--raw-body" if allow_raw_body => options = options.raw_body(true),
            "-j" | "--jobs" => {
                let v = value("--jobs")?;
                jobs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => return Err(format!("--jobs wants a positive whole number, not {v:?}")),
                };
            }
            "--max-article-mb" => {
                let v = value("--max-article-mb")?;
                let bytes = v
                    .parse::<u64>()
                    .ok()
                    .filter(|&mb| mb > 0)
                    .and_then(|mb| mb.checked_mul(1 << 20));
                match bytes {
                    Some(b) => options = options.max_article_bytes(b),
                    None => {
                        return Err(format!("--max-article-mb wants a number of MiB, not {v:?}"))
                    }
                }
            }
            "-h" | "--help" => return Ok(None),
            f if f.starts_with('-') && f != "-" => {
                let Some(e) = extras.iter().find(|e| e.name == f) else {
                    return Err(format!("unknown option {f}"));
                };
                if e.takes_value {
                    extra.push((e.name, Some(value(e.name)?)));
                } else if inline.is_some() {
                    return Err(format!("{f} takes no value"));
                } else {
                    extra.push((e.name, None));
                }
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        inputs.push(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data").to_string());
    }
    Ok(Some(Args {
        options,
        jobs,
        inputs,
        extra,
    }))
}

/// The command line of the program `name`, or the exit code to leave with:
/// success after printing `usage` for `--help`, 2 after a bad argument.
#[allow(dead_code)]
pub fn args_or_exit(name: &str, usage: &str, allow_raw_body: bool) -> Result<Args, ExitCode> {
    args_or_exit_with(name, usage, allow_raw_body, &[])
}

/// [`args_or_exit`] for a program that also takes the options `extras`.
pub fn args_or_exit_with(
    name: &str,
    usage: &str,
    allow_raw_body: bool,
    extras: &[Extra],
) -> Result<Args, ExitCode> {
    match parse_args_with(std::env::args().skip(1), allow_raw_body, extras) {
        Ok(Some(args)) => Ok(args),
        Ok(None) => {
            note!("{usage}");
            Err(ExitCode::SUCCESS)
        }
        Err(e) => {
            note!("{name}: {e}\n{usage}");
            Err(ExitCode::from(2))
        }
    }
}

/// A reader of an input naming one stream: `-` for stdin, else a file.
#[allow(dead_code)] // not every example reads stdin this way
pub fn open_reader(
    input: &str,
    options: Options,
) -> Result<Reader<Box<dyn BufRead + Send>>, Error> {
    Ok(Reader::with_options(article_dump::open(input)?, options))
}

/// `1 file`, `2 files`: a count and its noun, in the plural where it takes one.
#[allow(dead_code)] // not every example counts files
pub fn count(n: u64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}
