//! Differential: a stream read through a `BufRead` that hands out the
//! given chunk sizes gives exactly what reading it in one piece gives, and
//! so does reading it with `Options::deferred` and extracting each article
//! afterwards with `Article::extract`.
#![no_main]

use arbitrary::Arbitrary;
use article_dump::{Options, Reader};
use article_dump_fuzz::{assert_same_items, check_stream, collect, Chunked};
use libfuzzer_sys::fuzz_target;

/// The stream comes last and takes the rest of the input as it is, so that
/// a seed is a few option bytes followed by a plain dump (see `seed.sh`).
#[derive(Debug, Arbitrary)]
struct Case<'a> {
    /// `None`: the default limit; otherwise a small one.
    max_article_bytes: Option<u16>,
    raw_body: bool,
    extract: bool,
    strict_utf8: bool,
    /// Chunk sizes, each read as `1 + size % 64`.
    chunks: Vec<u8>,
    stream: &'a [u8],
}

fuzz_target!(|case: Case<'_>| {
    let mut options = Options::new()
        .raw_body(case.raw_body)
        .extract(case.extract)
        .strict_utf8(case.strict_utf8);
    if let Some(limit) = case.max_article_bytes {
        options = options.max_article_bytes(u64::from(limit));
    }
    let data = case.stream;
    let whole = collect(Reader::with_options(data, options), data);
    check_stream(data, &whole);
    let chunked = collect(
        Reader::with_options(Chunked::new(data, &case.chunks), options),
        data,
    );
    assert_same_items(&whole, &chunked, "one piece vs chunks");
    let mut later = collect(Reader::with_options(data, options.deferred()), data);
    for article in later.iter_mut().flatten() {
        article.extract(&options);
    }
    assert_same_items(&whole, &later, "extracting while reading vs afterwards");
});
