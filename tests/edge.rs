//! Hand-made edge cases of the header and the stream.

mod common;

use std::io::{self, BufRead, Read};

use article_dump::{parse_str, Error, LineEnding, Options, Reader, Warning};

fn one(text: &str) -> article_dump::Article {
    parse_str(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn err(text: &str) -> Error {
    parse_str(text).expect_err(text)
}

#[test]
fn nan_timestamp_is_none_with_a_warning() {
    let a = one("<!--NaN-->\n[t](https://www.voachinese.com/a/1.html)\n------\n\nb\n");
    assert_eq!(a.header.timestamp.millis(), None);
    assert!(a.published().is_none());
    assert_eq!(a.warnings, vec![Warning::NanTimestamp]);
    assert_eq!(
        a.to_string(),
        "<!--NaN-->\n[t](https://www.voachinese.com/a/1.html)\n------\n\nb\n"
    );
}

#[test]
fn timestamps_negative_large_and_junk() {
    let a = one("<!---86400000-->\n[t](https://a.org/)\n------\n");
    assert_eq!(
        a.published().unwrap().to_rfc3339(),
        "1969-12-31T00:00:00+00:00"
    );
    let a = one("<!--1697125502123-->\n[t](https://a.org/)\n------\n");
    assert_eq!(a.published().unwrap().timestamp_subsec_millis(), 123);
    for junk in [
        "<!-- 1 -->",
        "<!--1e3-->",
        "<!--+5-->",
        "<!--nan-->",
        "<!---->",
        "<!--0x10-->",
    ] {
        let e = err(&format!("{junk}\n[t](https://a.org/)\n------\n"));
        assert_eq!(e.kind(), "bad-timestamp", "{junk}: {e}");
        assert_eq!((e.location().offset, e.location().line), (0, 1));
    }
    for big in [
        "99999999999999999",
        "-99999999999999999",
        "9223372036854775808",
    ] {
        let e = err(&format!("<!--{big}-->\n[t](https://a.org/)\n------\n"));
        assert_eq!(e.kind(), "timestamp-out-of-range", "{big}: {e}");
    }
}

#[test]
fn bom_crlf_and_trailing_spaces_are_tolerated() {
    let text = "\u{feff}<!--0-->  \r\n[t](https://a.org/)  \r\n------  \r\n\r\nbody\r\n";
    let a = one(text);
    assert_eq!(a.line_ending, LineEnding::CrLf);
    assert_eq!(a.title(), "t");
    assert_eq!(a.raw_body(), Some("body\r\n"));
    assert!(a.warnings.contains(&Warning::ByteOrderMark));
    // Written back without the trailing spaces, read back equal.
    let back = one(&a.to_string());
    assert_eq!(back, a);
    assert!(a.to_string().starts_with('\u{feff}'));
}

#[test]
fn leading_blank_lines_are_skipped_and_junk_is_reported() {
    let a = one("\n\n   \n<!--0-->\n[t](https://a.org/)\n------\n");
    assert_eq!(a.location.line, 4);
    let results: Vec<_> =
        Reader::new(&b"hello\nworld\n<!--0-->\n[t](https://a.org/)\n------\n"[..]).collect();
    assert_eq!(results.len(), 2);
    let e = results[0].as_ref().unwrap_err();
    assert_eq!(e.kind(), "not-an-article");
    assert!(e.to_string().contains("12 bytes"), "{e}");
    let a = results[1].as_ref().unwrap();
    assert_eq!(
        (a.location.index, a.location.line, a.location.offset),
        (0, 3, 12)
    );
}

#[test]
fn multi_line_title() {
    let text = "<!--0-->\n[first line\nsecond [line]\nthird](https://a.org/x)\n------\n\nb\n";
    let a = one(text);
    assert_eq!(a.title(), "first line\nsecond [line]\nthird");
    assert_eq!(a.to_string(), text);
    let crlf = text.replace('\n', "\r\n");
    let a = one(&crlf);
    assert_eq!(a.title(), "first line\nsecond [line]\nthird");
    assert_eq!(a.to_string(), crlf);
}

#[test]
fn brackets_in_titles_and_urls() {
    let cases = [
        ("[a] b [c]", "https://a.org/x"),
        ("see](here) 看", "https://a.org/x"),
        ("](", "https://a.org/x"),
        ("a\\](b", "https://a.org/x"),
        ("t", "https://a.org/wiki/A_(b)"),
        ("t", "https://a.org/x[1]?q=(2)"),
        ("t", "https://a.org/x](y)"),
        ("标题](链接)", "https://a.org/x](y)"),
        ("(", ")"), // not a URL: handled below
    ];
    for (title, url) in &cases[..cases.len() - 1] {
        let text = format!("<!--0-->\n[{title}]({url})\n------\n\nb\n");
        let a = one(&text);
        assert_eq!(
            (a.title(), a.header.url_raw.as_str()),
            (*title, *url),
            "{text}"
        );
        assert_eq!(a.to_string(), text);
    }
}

#[test]
fn missing_parts_are_errors_with_places() {
    let e = err("<!--0-->\n[t](https://a.org/)\nbody right away\n");
    assert_eq!(
        (e.kind(), e.location().line, e.location().offset),
        ("missing-separator", 3, 29)
    );
    let e = err("<!--0-->\n[t]\n------\n\nb\n");
    assert_eq!((e.kind(), e.location().line), ("missing-url", 2));
    let e = err("<!--0-->\n[t](not a url)\n------\n");
    assert_eq!(e.kind(), "missing-url");
    let e = err("<!--0-->\nno link here\n------\n");
    assert_eq!((e.kind(), e.location().line), ("missing-link", 2));
    let e = err("<!--0-->\n[t](https://a.org/)\n");
    assert_eq!(e.kind(), "unexpected-eof");
    let e = err("<!--0-->\n[t](https://a.org/)");
    assert_eq!(e.kind(), "unexpected-eof");
    let e = err("<!--0-->\n[t](https://a");
    assert_eq!(e.kind(), "unexpected-eof");
    // A text that holds nothing but a non-article is no article at all.
    let e = err("---\nlayout: post\n");
    assert_eq!(e.kind(), "unclosed-front-matter");
    assert!(e.to_string().contains("line 1"), "{e}");
}

#[test]
fn unclosed_front_matter_is_reported_as_such_and_only_where_an_article_must_start() {
    let kinds = |text: &str| -> Vec<(String, u64, usize)> {
        Reader::new(text.as_bytes())
            .map(|r| match r {
                Ok(a) => ("ok".to_string(), a.location.line, a.location.index),
                Err(e) => (e.kind().to_string(), e.location().line, e.location().index),
            })
            .collect()
    };
    let header = "<!--0-->\n[t](https://a.org/)\n------\n\nb\n";
    // Never closed: the article after it is still read, with the next index.
    assert_eq!(
        kinds(&format!("---\nlayout: post\ntitle: x\n{header}")),
        [
            ("unclosed-front-matter".to_string(), 1, 0),
            ("ok".to_string(), 4, 1)
        ]
    );
    // Closed, but not by a `---` followed by a header.
    assert_eq!(
        kinds("\u{feff}---\nlayout: post\n---\nno header\n")[0].0,
        "unclosed-front-matter"
    );
    // Not YAML after the fence: any other text.
    assert_eq!(kinds("---\nnot a field\n")[0].0, "not-an-article");
    // In a body, the same lines are body text.
    let text = format!("{header}---\nlayout: post\n");
    let a = one(&text);
    assert!(a.raw_body().unwrap().ends_with("---\nlayout: post\n"));
}

#[test]
fn empty_inputs() {
    assert_eq!(err("").kind(), "no-article");
    assert_eq!(err(" \n\t\n\n").kind(), "no-article");
    assert_eq!(Reader::new(&b""[..]).count(), 0);
    let a = one("<!--0-->\n[t](https://a.org/)\n------\n");
    assert_eq!(a.raw_body(), Some(""));
    assert!(!a.header.blank_line);
    let a = one("<!--0-->\n[t](https://a.org/)\n------\n\n");
    assert_eq!(a.raw_body(), Some(""));
    assert!(a.header.blank_line);
}

#[test]
fn odd_separators_warn() {
    let a = one("<!--0-->\n[t](https://a.org/)\n---\n");
    assert_eq!(a.warnings, vec![Warning::OddSeparator { dashes: 3 }]);
    assert_eq!(a.header.separator_dashes, 3);
    assert_eq!(
        err("<!--0-->\n[t](https://a.org/)\n--\n").kind(),
        "missing-separator"
    );
}

#[test]
fn parse_str_wants_exactly_one() {
    let two = "<!--0-->\n[a](https://a.org/)\n------\n\n<!--1-->\n[b](https://a.org/)\n------\n";
    let e = err(two);
    assert_eq!(
        (e.kind(), e.location().line, e.location().index),
        ("multiple-articles", 5, 1)
    );
}

#[test]
fn invalid_utf8_is_lossy_with_a_warning_or_strict() {
    let mut bytes = b"<!--0-->\n[a](https://a.org/)\n------\n\nok \xff\xfe end \xe5\x9b".to_vec();
    bytes.extend_from_slice(b"\n<!--1-->\n[b](https://a.org/)\n------\n\nfine\n");
    let results: Vec<_> = Reader::new(&bytes[..]).collect();
    let a = results[0].as_ref().unwrap();
    assert_eq!(a.raw_body(), Some("ok \u{fffd}\u{fffd} end \u{fffd}\n"));
    assert_eq!(
        a.warnings,
        vec![Warning::InvalidUtf8 {
            offset: 40,
            replaced: 3
        }]
    );
    assert_eq!(results[1].as_ref().unwrap().raw_body(), Some("fine\n"));
    // The same through 1-7 byte chunks.
    let chunked: Vec<_> = Reader::new(common::Chunky::new(bytes.clone(), 7, 7)).collect();
    assert_eq!(chunked[0].as_ref().unwrap(), a);
    // Strict: an error for that article only.
    let strict: Vec<_> =
        Reader::with_options(&bytes[..], Options::new().strict_utf8(true)).collect();
    let e = strict[0].as_ref().unwrap_err();
    assert_eq!((e.kind(), e.location().offset), ("invalid-utf8", 40));
    assert_eq!(strict[1].as_ref().unwrap().title(), "b");
    // GBK bytes in a title.
    let gbk = b"<!--0-->\n[\xd6\xd0\xce\xc4](https://a.org/)\n------\n";
    let a = Reader::new(&gbk[..]).next().unwrap().unwrap();
    assert!(a.title().contains('\u{fffd}'));
    assert!(matches!(
        a.warnings[0],
        Warning::InvalidUtf8 { offset: 9, .. }
    ));
}

#[test]
fn too_large_articles_are_skipped_and_the_next_one_read() {
    let mut text = String::from("<!--0-->\n[big](https://a.org/)\n------\n\n");
    text.push_str(&"x".repeat(10_000));
    text.push_str("\n<!--1-->\n[next](https://a.org/)\n------\n\nsmall\n");
    let options = Options::new().max_article_bytes(5_000);
    let results: Vec<_> = Reader::with_options(text.as_bytes(), options).collect();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap_err().kind(), "article-too-large");
    assert_eq!(results[1].as_ref().unwrap().title(), "next");
    // A title over the limit too.
    let text = format!(
        "<!--0-->\n[{}](https://a.org/)\n------\n\n<!--1-->\n[n](https://a.org/)\n------\n",
        "t".repeat(10_000)
    );
    let results: Vec<_> = Reader::with_options(text.as_bytes(), options).collect();
    assert_eq!(results[0].as_ref().unwrap_err().kind(), "article-too-large");
    assert_eq!(results[1].as_ref().unwrap().title(), "n");
}

#[test]
fn hundred_megabyte_body() {
    let line = "<p>一段很长的正文，用来测试大文章。</p>".repeat(64);
    let mut text = String::from("<!--0-->\n[big](https://a.org/)\n------\n\n");
    while text.len() < 100 << 20 {
        text.push_str(&line);
    }
    text.push('\n');
    let body_len = text.len() - 39;
    text.push_str("<!--1-->\n[after](https://a.org/)\n------\n\nend\n");
    let options = Options::new().max_article_bytes(200 << 20).extract(false);
    let results: Vec<_> = Reader::with_options(text.as_bytes(), options).collect();
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[0].as_ref().unwrap().raw_body().unwrap().len(),
        body_len
    );
    assert_eq!(results[1].as_ref().unwrap().title(), "after");
    // Over the default limit of 16 MiB: an error for it, the next one read.
    let results: Vec<_> = Reader::new(text.as_bytes()).collect();
    assert_eq!(results[0].as_ref().unwrap_err().kind(), "article-too-large");
    assert_eq!(results[1].as_ref().unwrap().title(), "after");
}

/// A reader that fails after `ok` bytes.
struct Failing {
    data: Vec<u8>,
    pos: usize,
    ok: usize,
}

impl Read for Failing {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        unreachable!("read through BufRead")
    }
}

impl BufRead for Failing {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.ok {
            return Err(io::Error::other("disk on fire"));
        }
        Ok(&self.data[self.pos..self.ok.min(self.pos + 5)])
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt;
    }
}

#[test]
fn io_errors_say_where_and_end_the_stream() {
    let data = b"<!--0-->\n[a](https://a.org/)\n------\n\nbody\n<!--1-->\n[b](https://a.org/)\n------\n\nmore body\n".to_vec();
    let results: Vec<_> = Reader::new(Failing {
        data,
        pos: 0,
        ok: 60,
    })
    .collect();
    assert_eq!(results.len(), 2, "{results:?}");
    let a = results[0].as_ref().unwrap();
    assert_eq!((a.title(), a.raw_body()), ("a", Some("body\n")));
    assert_eq!(a.warnings, vec![Warning::InputFailed]);
    let e = results[1].as_ref().unwrap_err();
    assert_eq!(e.kind(), "io");
    assert!(e.to_string().contains("disk on fire"), "{e}");
    assert!(e.location().offset <= 60);
}

#[test]
fn utf16_input_is_named_as_such() {
    let text = "<!--0-->\n[t](https://a.org/)\n------\n\nbody\n";
    let mut le = vec![0xff, 0xfe];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let results: Vec<_> = Reader::new(&le[..]).collect();
    assert_eq!(results.len(), 1);
    let e = results[0].as_ref().unwrap_err();
    assert_eq!(e.kind(), "unsupported-encoding");
    assert!(e.to_string().contains("UTF-16LE"), "{e}");
    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let e = Reader::new(&be[..]).next().unwrap().unwrap_err();
    assert!(e.to_string().contains("UTF-16BE"), "{e}");
    // A UTF-8 article after the UTF-16 text is still read.
    le.extend_from_slice(b"\n<!--1-->\n[next](https://a.org/)\n------\n");
    let results: Vec<_> = Reader::new(&le[..]).collect();
    assert_eq!(results.len(), 2);
    assert_eq!(results[1].as_ref().unwrap().title(), "next");
}
