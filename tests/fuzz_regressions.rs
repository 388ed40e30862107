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

// Found by `roundtrip`: a body line `<!--\xff-->` is no timestamp line in
// the stream (the reader only takes UTF-8 lines as headers), but written
// back it is `<!--\u{fffd}-->`, which is one, and with a `[` line after it
// the written text holds a second (broken) article.
#[test]
#[ignore = "open: article starts are decided on raw bytes but bodies are written decoded (src/reader.rs is_timestamp_line)"]
fn lossy_timestamp_line_in_body_starts_an_article() {
    let a = only_article(b"<!--1-->\n[a](https://a.example/)\n------\n\n<!--\xff-->\n[b\n");
    assert!(a.warnings.iter().any(|w| w.code() == "invalid-utf8"));
    assert_round_trips(&a);
}

// Found by `roundtrip`: the same line inside a title that spans lines ends
// the link early when the written text is read.
#[test]
#[ignore = "open: article starts are decided on raw bytes but titles are written decoded (src/reader.rs is_timestamp_line)"]
fn lossy_timestamp_line_in_title_starts_an_article() {
    let a = only_article(b"<!--1-->\n[a\n<!--\xff-->\n[b](https://a.example/)\n------\n");
    assert_eq!(a.title(), "a\n<!--\u{fffd}-->\n[b");
    assert_round_trips(&a);
}

// Found by `roundtrip`: a front matter line of 1 404 bytes, 1 400 of them
// invalid, is within the reader's 4 KiB look-ahead; written back with
// three-byte U+FFFD it is 4 204 bytes, past the look-ahead, and the block
// is no longer seen as front matter.
#[test]
#[ignore = "open: lossy decoding can grow a line past the 4 KiB look-ahead (src/reader.rs PEEK)"]
fn lossy_front_matter_line_outgrows_the_look_ahead() {
    let mut bytes = b"---\nx: ".to_vec();
    bytes.extend(std::iter::repeat_n(0xff_u8, 1400));
    bytes.extend_from_slice(b"\n---\n<!--1-->\n[a](https://a.example/)\n------\n");
    let a = only_article(&bytes);
    assert!(a.header.front_matter.is_some());
    assert_round_trips(&a);
}

// Found by `header` and `roundtrip`: a title line ending `\r\r\n` keeps
// one `\r` (only the line end `\r\n` is removed); written back with the
// article's LF line ends it is `a\r\n`, which reads as `a`.
#[test]
#[ignore = "open: a title line's trailing CR does not survive writing (src/reader.rs title lines, or src/write.rs)"]
fn title_line_ending_in_cr_loses_it_when_written() {
    let a = only_article(b"<!--1-->\n[a\r\r\nb](https://a.example/)\n------\n");
    assert_eq!(a.title(), "a\r\nb");
    assert_round_trips(&a);
}

// Found by `share`: `unwrap_url` looks for layers in the text, but the URL
// it returns is parsed, and parsing rewrites the text: it removes tabs and
// line breaks, turns `\` into `/`, skips extra slashes after `https:`,
// resolves dot segments. Unwrapping the result again then finds a layer
// the text hid: here `a/\tunsafe/http:/b` is no Thumbor layer as text but
// parses to `https://a/unsafe/http:/b`, and `https:///images.weserv.nl/…`
// (weserv's value `/images.weserv.nl/…` with `https://` put before it) has
// no host as text but parses to a weserv URL.
#[test]
#[ignore = "open: unwrap_url matches layers on the text, not on the parsed URL (src/redirect.rs unwrap_url)"]
fn unwrap_url_misses_a_layer_that_parsing_reveals() {
    for href in [
        "https://wsrv.nl/?url=a/%09unsafe/http:/b",
        "https://images.weserv.nl/?url=/images.weserv.nl/?url=/x.jpg",
    ] {
        let u = article_dump::unwrap_url(href).expect("a weserv layer");
        let again = article_dump::unwrap_url(u.as_str());
        assert!(
            again.is_none() || again.as_ref() == Some(&u),
            "{href}: {u} unwraps to {again:?}"
        );
    }
}

// Found by `article`: header lines that the look-ahead has already taken
// (up to 4 KiB each) are not counted against `max_article_bytes`, so an
// article whose header alone is over the limit reads as `Ok`.
#[test]
#[ignore = "open: header lines taken by the look-ahead escape the size limit (src/reader.rs header_line)"]
fn header_over_the_size_limit_is_too_large() {
    let text = format!("<!--1-->\n[{}](https://a.example/)\n---\n", "a".repeat(100));
    let options = article_dump::Options::new().max_article_bytes(64);
    let item = Reader::with_options(text.as_bytes(), options)
        .next()
        .expect("one item");
    match item {
        Err(e) => assert_eq!(e.kind(), "article-too-large", "{e}"),
        Ok(a) => panic!(
            "a {}-byte article read under a limit of 64: {:?}",
            text.len(),
            a.title()
        ),
    }
}
