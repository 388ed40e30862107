//! The whole dev corpus as one stream (`cat articles/*/*.md`), with CRLF line
//! ends, with broken articles between good ones, and through a reader that
//! hands out 1 to 7 bytes at a time: every good article once and in order,
//! one error per broken article at the right place.

mod common;

use article_dump::{Article, Error, Reader};

/// What the stream should give at each article index.
#[derive(Debug)]
enum Want {
    Good {
        title: String,
        body: String,
    },
    Bad {
        kind: &'static str,
        offset: u64,
        line: u64,
    },
}

/// Builds the stream; `broken` inserts a malformed article after every
/// fifth good one. `eol` is the line end used everywhere.
fn build(files: &[(std::path::PathBuf, String)], broken: bool, eol: &str) -> (Vec<u8>, Vec<Want>) {
    // Each broken article: its text (with \n), the kind of error, and the
    // 0-based line within it where the error points.
    let bad: [(&str, &str, u64); 4] = [
        (
            "<!--1600000000000-->\n[A header without separator](https://example.com/a)\n<p>own text</p>\n",
            "missing-separator",
            2,
        ),
        (
            "<!--16000x0000-->\n[A junk timestamp](https://example.com/b)\n------\n\n<p>own text</p>\n",
            "bad-timestamp",
            0,
        ),
        (
            "<!--1600000000000-->\n[A link line without a URL]\n------\n\n<p>own text</p>\n",
            "missing-url",
            1,
        ),
        (
            // Cut off inside its header: the next article starts right away.
            "<!--1600000000000-->\n[Cut off](https://example.com/d)\n",
            "missing-separator",
            2,
        ),
    ];
    let mut stream = Vec::new();
    let mut want = Vec::new();
    let mut line = 1u64;
    for (i, (_, text)) in files.iter().enumerate() {
        let text = text.replace('\n', eol);
        let plain = common::plain_reading(&files[i].1);
        want.push(Want::Good {
            title: plain.title.to_string(),
            body: plain.body.replace('\n', eol),
        });
        stream.extend_from_slice(text.as_bytes());
        line += text.matches('\n').count() as u64;
        if broken && i % 5 == 4 && i + 1 < files.len() {
            let (bad_text, kind, at_line) = bad[(i / 5) % bad.len()];
            let bad_text = bad_text.replace('\n', eol);
            let mut offset = stream.len() as u64;
            for l in bad_text.split_inclusive('\n').take(at_line as usize) {
                offset += l.len() as u64;
            }
            want.push(Want::Bad {
                kind,
                offset,
                line: line + at_line,
            });
            stream.extend_from_slice(bad_text.as_bytes());
            line += bad_text.matches('\n').count() as u64;
        }
    }
    (stream, want)
}

fn check(results: &[Result<Article, Error>], want: &[Want], label: &str) {
    assert_eq!(results.len(), want.len(), "{label}: number of items");
    for (i, (got, want)) in results.iter().zip(want).enumerate() {
        match (got, want) {
            (Ok(a), Want::Good { title, body }) => {
                assert_eq!(a.title(), title, "{label}: item {i}");
                assert_eq!(
                    a.raw_body(),
                    Some(body.as_str()),
                    "{label}: body of item {i}"
                );
                assert_eq!(a.location.index, i, "{label}: index of item {i}");
            }
            (Err(e), Want::Bad { kind, offset, line }) => {
                let at = e.location();
                assert_eq!(e.kind(), *kind, "{label}: item {i}: {e}");
                assert_eq!(
                    (at.offset, at.line, at.index),
                    (*offset, *line, i),
                    "{label}: item {i}: {e}"
                );
            }
            (got, want) => panic!("{label}: item {i}: got {got:?}, wanted {want:?}"),
        }
    }
}

fn run(stream: Vec<u8>, chunked: Option<u64>) -> Vec<Result<Article, Error>> {
    match chunked {
        None => Reader::new(&stream[..]).collect(),
        Some(seed) => Reader::new(common::Chunky::new(stream, seed, 7)).collect(),
    }
}

#[test]
fn concatenated_corpus_gives_every_article_in_order() {
    let files = common::corpus_files();
    if files.is_empty() {
        return;
    }
    for eol in ["\n", "\r\n"] {
        for broken in [false, true] {
            let (stream, want) = build(&files, broken, eol);
            let label = format!("eol {eol:?}, broken {broken}");
            let whole = run(stream.clone(), None);
            check(&whole, &want, &label);
            let chunked = run(stream, Some(0x5eed ^ broken as u64));
            check(&chunked, &want, &format!("{label}, 1-7 byte chunks"));
            // Identical results, errors included.
            for (a, b) in whole.iter().zip(&chunked) {
                match (a, b) {
                    (Ok(a), Ok(b)) => {
                        assert_eq!(a, b);
                        assert_eq!(a.location, b.location);
                    }
                    (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                    _ => panic!("{label}: whole and chunked differ"),
                }
            }
            if broken {
                let errors = whole.iter().filter(|r| r.is_err()).count();
                assert_eq!(errors, (files.len() - 1) / 5, "{label}");
            }
        }
    }
}

#[test]
fn crlf_articles_know_their_line_ending_and_write_back() {
    let files = common::corpus_files();
    for (path, text) in files.iter().take(40) {
        let crlf = text.replace('\n', "\r\n");
        let a: Article = crlf
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(a.line_ending, article_dump::LineEnding::CrLf);
        assert_eq!(a.to_string(), crlf, "{}", path.display());
        let lf: Article = text.parse().unwrap();
        let (h, l) = (&a.header, &lf.header);
        assert_eq!(
            (&h.title, &h.url, &h.timestamp),
            (&l.title, &l.url, &l.timestamp)
        );
        assert_eq!(
            h.front_matter.as_ref().map(|f| &f.fields),
            l.front_matter.as_ref().map(|f| &f.fields)
        );
    }
}

#[test]
fn a_stream_ending_inside_a_header_reports_eof() {
    let files = common::corpus_files();
    let Some((_, first)) = files.first() else {
        return;
    };
    let mut stream = first.clone();
    let cut_at = stream.len() as u64;
    stream.push_str("<!--1600000000000-->\n[Cut off before its URL");
    let results: Vec<_> = Reader::new(stream.as_bytes()).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let e = results[1].as_ref().unwrap_err();
    assert_eq!(e.kind(), "unexpected-eof", "{e}");
    assert_eq!(e.location().offset, cut_at);
}
