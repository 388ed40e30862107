//! The examples as a new user runs them: `--help`, a mistyped option, a
//! path that does not exist, and `| head -1`.
//!
//! The example binaries are built once per run with the cargo that runs the
//! tests, in its profile and with the features this test was built with, so
//! that the library is not built again: after `cargo test` has built the
//! library, this links the examples only.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Each example, whether this build's features allow it (its
/// `required-features`), and what its `--help` must list.
const EXAMPLES: &[(&str, bool, &[&str])] = &[
    (
        "dump2json",
        cfg!(feature = "serde"),
        &[
            "--raw-body",
            "--headers-only",
            "--jobs <N>",
            "--max-article-mb <N>",
            "[PATH|-]...",
            "--help",
            "--version",
        ],
    ),
    (
        "dump2md",
        true,
        &[
            "--text",
            "--out <DIR>",
            "--headers-only",
            "--jobs <N>",
            "--max-article-mb <N>",
            "[PATH|-]...",
        ],
    ),
    (
        "stats",
        true,
        &[
            "--by-year",
            "--headers-only",
            "--jobs <N>",
            "--max-article-mb <N>",
            "[PATH|-]...",
        ],
    ),
    (
        "versions",
        cfg!(all(feature = "history", feature = "serde")),
        &["--all", "--text", "<PATH_TO_REPO>"],
    ),
    ("adversarial_gen", true, &["<SHAPE>", "<SIZE>", "<OUT>"]),
];

/// The path of every example this build can make, by name.
fn binaries() -> &'static HashMap<String, PathBuf> {
    static BUILT: OnceLock<HashMap<String, PathBuf>> = OnceLock::new();
    BUILT.get_or_init(|| {
        let features: Vec<&str> = [
            ("serde", cfg!(feature = "serde")),
            ("rayon", cfg!(feature = "rayon")),
            ("history", cfg!(feature = "history")),
            ("rcdom", cfg!(feature = "rcdom")),
        ]
        .into_iter()
        .filter_map(|(name, on)| on.then_some(name))
        .collect();
        let mut cargo = Command::new(env!("CARGO"));
        cargo.current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "build",
            "--message-format=json",
            "--no-default-features",
        ]);
        if !features.is_empty() {
            cargo.args(["--features", &features.join(",")]);
        }
        if !cfg!(debug_assertions) {
            cargo.arg("--release");
        }
        for (name, _, _) in EXAMPLES.iter().filter(|(_, built, _)| *built) {
            cargo.args(["--example", name]);
        }
        let out = cargo.stderr(Stdio::inherit()).output().expect("cargo runs");
        assert!(out.status.success(), "building the examples failed");
        let mut paths = HashMap::new();
        for line in out.stdout.split(|&b| b == b'\n') {
            let Ok(message) = serde_json::from_slice::<serde_json::Value>(line) else {
                continue;
            };
            let is_example = message["target"]["kind"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k == "example"));
            if let (true, Some(name), Some(exe)) = (
                is_example,
                message["target"]["name"].as_str(),
                message["executable"].as_str(),
            ) {
                paths.insert(name.to_string(), PathBuf::from(exe));
            }
        }
        paths
    })
}

fn example(name: &str) -> Command {
    let path = binaries()
        .get(name)
        .unwrap_or_else(|| panic!("cargo built no example {name}"));
    Command::new(path)
}

fn run(name: &str, args: &[&str]) -> Output {
    example(name)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the example runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_lists_every_option_on_a_line_of_its_own_and_exits_0() {
    for (name, built, options) in EXAMPLES {
        if !built {
            eprintln!("SKIPPED {name}: not built without its required features");
            continue;
        }
        let out = run(name, &["--help"]);
        let help = text(&out.stdout);
        assert!(out.status.success(), "{name} --help: {:?}", out.status);
        assert!(out.stderr.is_empty(), "{name} --help wrote to stderr");
        assert!(help.contains(&format!("Usage: {name} ")), "{name}: {help}");
        for option in *options {
            let lines: Vec<&str> = help
                .lines()
                .filter(|l| {
                    l.trim_start().starts_with(option) || l.contains(&format!(", {option}"))
                })
                .collect();
            assert_eq!(lines.len(), 1, "{name} --help lists {option} once:\n{help}");
            // The option, at least two spaces, then what it does.
            let (_, said) = lines[0]
                .split_once(option)
                .expect("the line holds the option");
            assert!(
                said.starts_with("  ") && said.trim().len() > 5,
                "{name}: {option} has a one-line help: {:?}",
                lines[0]
            );
        }
    }
}

#[test]
fn a_bad_option_is_one_error_and_the_usage_with_status_2() {
    for (name, built, _) in EXAMPLES {
        if !built {
            continue;
        }
        let out = run(name, &["--no-such-option"]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name} wrote to stdout");
        let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
        assert_eq!(errors.len(), 1, "{name}: {stderr}");
        assert!(errors[0].contains("'--no-such-option'"), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("Usage: {name} ")),
            "{name}: {stderr}"
        );
    }
    // A value out of range, and a near miss that gets its suggestion.
    for (args, said) in [
        (&["--jobs", "0"][..], "not a whole number above 0"),
        (&["--max-article-mb", "x"], "not a whole number above 0"),
        (&["--job", "2"], "a similar argument exists: '--jobs'"),
    ] {
        let out = run("stats", args);
        assert_eq!(out.status.code(), Some(2), "stats {args:?}");
        assert!(text(&out.stderr).contains(said), "{}", text(&out.stderr));
    }
}

#[test]
fn a_missing_path_is_one_line_that_names_it() {
    let missing = concat!(env!("CARGO_MANIFEST_DIR"), "/no/such/dump.md");
    for name in ["dump2json", "dump2md", "stats"] {
        if !binaries().contains_key(name) {
            eprintln!("SKIPPED {name}: not built without its required features");
            continue;
        }
        let out = run(name, &[missing]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.contains(missing), "{name}: {stderr}");
        assert!(
            stderr.contains("No such file or directory"),
            "{name}: {stderr}"
        );
        assert!(!stderr.contains("article #"), "{name}: {stderr}");
    }
}

/// Invented articles, enough that their output outgrows a pipe's buffer
/// and the program's own many times over.
fn many_articles() -> Vec<u8> {
    let mut dump = Vec::new();
    for i in 0..3000 {
        write!(
            dump,
            "<!--1700000000000-->\n[示例标题 {i}](https://www.rfi.fr/cn/example-{i})\n------\n\n\
             <p>这是第 {i} 篇示例文章的第一段，内容是虚构的。</p>\n\
             <p>第二段也是虚构的文字，用来让输出更长一些。</p>\n"
        )
        .expect("writing to a Vec");
    }
    dump
}

#[test]
fn a_closed_pipe_ends_the_run_quietly_with_status_0() {
    let dump = many_articles();
    let jobs: &[&str] = if cfg!(feature = "rayon") {
        &["1", "2"]
    } else {
        &["1"]
    };
    for name in ["dump2json", "dump2md"] {
        if !binaries().contains_key(name) {
            eprintln!("SKIPPED {name}: not built without its required features");
            continue;
        }
        for jobs in jobs {
            let mut child = example(name)
                .args(["--jobs", jobs, "-"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the example starts");
            let mut stdin = child.stdin.take().expect("piped");
            let dump = dump.clone();
            // The program stops reading when its output is closed, so
            // this write may fail: that is the point.
            let feeder = std::thread::spawn(move || stdin.write_all(&dump));
            let mut first = String::new();
            let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
            stdout.read_line(&mut first).expect("a first line");
            assert!(!first.is_empty(), "{name} printed something");
            drop(stdout); // `| head -1`
            let out = child.wait_with_output().expect("the example ends");
            let _ = feeder.join();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{name} --jobs {jobs}: {}",
                text(&out.stderr)
            );
            assert_eq!(text(&out.stderr), "", "{name} --jobs {jobs} said nothing");
        }
    }
}
