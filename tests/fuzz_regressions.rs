//! Every input a fuzz target (`fuzz/`) ever failed on, as a named test.
//!
//! Each test is the minimal reproducer of one finding, with the target that
//! found it. A test that still fails is `#[ignore]`d with the reason until
//! the fix lands; `cargo test --test fuzz_regressions -- --ignored` runs them.

use article_dump::{parse_str, Article, Reader, Warning};

/// The only article of `bytes`, read by a `Reader`.
fn only_article(bytes: &[u8]) -> Article {
    let mut items: Vec<_> = Reader::new(bytes).collect();
    assert_eq!(items.len(), 1, "{items:?}");
    items.remove(0).expect("the stream's article reads")
}

/// `article` as its written text reads it back: warnings that cannot
/// survive writing (invalid bytes, now U+FFFD) dropped.
fn standalone(article: &Article) -> Article {
    let mut a = article.clone();
    a.warnings
        .retain(|w| !matches!(w, Warning::InvalidUtf8 { .. }));
    a
}

/// Written back, the article must read as itself.
fn assert_round_trips(a: &Article) {
    let written = a.to_string();
    let again = parse_str(&written).unwrap_or_else(|e| panic!("{written:?}: {e}"));
    assert_eq!(again, standalone(a), "{written:?}");
}

/// The kinds of the items a stream reads as: `ok` or the error's kind.
fn kinds(bytes: &[u8]) -> Vec<String> {
    Reader::new(bytes)
        .map(|r| match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.kind().to_string(),
        })
        .collect()
}

// Found by `roundtrip`: a body line `<!--\xff-->` was no timestamp line in
// the stream (article starts were judged on UTF-8 lines only), but written
// back it is `<!--\u{fffd}-->`, which is one. Lines are now judged as they
// will be written, so it starts a (broken) article in both.
#[test]
fn lossy_timestamp_line_in_body_starts_an_article() {
    let bytes = b"<!--1-->\n[a](https://a.example/)\n------\n\n<!--\xff-->\n[b\n";
    assert_eq!(kinds(bytes), ["ok", "bad-timestamp"]);
    let a = Reader::new(&bytes[..]).next().unwrap().unwrap();
    assert_eq!(a.raw_body(), Some(""));
    assert_round_trips(&a);
}

// Found by `roundtrip`: the same line inside a title that spans lines ended
// the link early only in the written text; now in both.
#[test]
fn lossy_timestamp_line_in_title_starts_an_article() {
    let bytes = b"<!--1-->\n[a\n<!--\xff-->\n[b](https://a.example/)\n------\n";
    assert_eq!(kinds(bytes), ["missing-url", "bad-timestamp"]);
    let written = String::from_utf8_lossy(bytes).into_owned();
    assert_eq!(kinds(written.as_bytes()), ["missing-url", "bad-timestamp"]);
}

// Found by `roundtrip`: a front matter line of 1 404 bytes, 1 400 of them
// invalid, was within the reader's 4 KiB look-ahead; written back with
// three-byte U+FFFD it is 4 204 bytes, past it, and the block was no longer
// front matter. Lines are now measured as they will be written.
#[test]
fn lossy_front_matter_line_outgrows_the_look_ahead() {
    let mut bytes = b"---\nx: ".to_vec();
    bytes.extend(std::iter::repeat_n(0xff_u8, 1400));
    bytes.extend_from_slice(b"\n---\n<!--1-->\n[a](https://a.example/)\n------\n");
    assert_eq!(kinds(&bytes), ["not-an-article", "ok"]);
    let written = String::from_utf8_lossy(&bytes).into_owned();
    assert_eq!(kinds(written.as_bytes()), ["not-an-article", "ok"]);
    // Short enough once written back, it is front matter.
    let mut bytes = b"---\nx: ".to_vec();
    bytes.extend(std::iter::repeat_n(0xff_u8, 1000));
    bytes.extend_from_slice(b"\n---\n<!--1-->\n[a](https://a.example/)\n------\n");
    let a = only_article(&bytes);
    assert!(a.header.front_matter.is_some());
    assert_round_trips(&a);
}
