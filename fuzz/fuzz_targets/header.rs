//! Header parsing on arbitrary bytes: `parse_str` (with and without
//! extraction) on the lossily decoded text, and `Reader::headers_only` on
//! the raw bytes, checked against a full read.
#![no_main]

use article_dump::{parse_str, parse_str_with, Options, Reader};
use article_dump_fuzz::{check_location, check_stream, collect, standalone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for options in [Options::new(), Options::new().extract(false)] {
        match parse_str_with(&text, options) {
            Ok(a) => {
                check_location(text.as_bytes(), a.location, "article");
                // What is written reads back as the same article.
                let written = a.to_string();
                let again = parse_str_with(&written, options)
                    .unwrap_or_else(|e| panic!("written article does not parse: {e}\n{written:?}"));
                assert_eq!(again, standalone(&a), "written: {written:?}");
                assert_eq!(again.to_string(), written, "writing is not a fixpoint");
            }
            Err(e) => check_location(text.as_bytes(), e.location(), &e.to_string()),
        }
    }
    assert_eq!(
        parse_str(&text).is_ok(),
        parse_str_with(&text, Options::new().extract(false)).is_ok(),
        "extraction decides whether an article parses"
    );

    // Reading headers only gives the headers and errors a full read gives.
    let headers = collect(Reader::headers_only(data), data);
    check_stream(data, &headers);
    let full = collect(
        Reader::with_options(data, Options::new().extract(false)),
        data,
    );
    assert_eq!(
        headers.len(),
        full.len(),
        "headers-only reads another number of items"
    );
    for (h, f) in headers.iter().zip(&full) {
        match (h, f) {
            (Ok(h), Ok(f)) => {
                assert_eq!(h.raw_body(), None, "headers only keeps a body");
                assert_eq!(h.header, f.header);
                assert_eq!(
                    (h.site.clone(), h.line_ending),
                    (f.site.clone(), f.line_ending)
                );
                assert_eq!(h.location, f.location);
            }
            (Err(h), Err(f)) => assert_eq!(h.to_string(), f.to_string()),
            (h, f) => panic!(
                "headers only: {:?}, full: {:?}",
                h.as_ref().err(),
                f.as_ref().err()
            ),
        }
    }
});
