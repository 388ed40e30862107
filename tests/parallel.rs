//! Extraction apart from reading: `Article::extract` after `Options::deferred`
//! gives the article the reader gives, and `Reader::par_extract` yields the
//! reader's items in input order, on the dev corpus.

mod common;

use article_dump::{Options, Reader};

#[test]
fn deferred_then_extract_equals_reading_with_extraction() {
    let files = common::corpus_files();
    for options in [Options::new(), Options::new().raw_body(false)] {
        for (path, text) in &files {
            let direct: Vec<_> = Reader::with_options(text.as_bytes(), options)
                .map(|a| a.expect("corpus articles read"))
                .collect();
            let later: Vec<_> = Reader::with_options(text.as_bytes(), options.deferred())
                .map(|a| {
                    let mut a = a.expect("corpus articles read");
                    assert!(
                        a.content.is_none(),
                        "{}: deferred reads no content",
                        path.display()
                    );
                    a.extract(&options);
                    a
                })
                .collect();
            assert_eq!(direct, later, "{}", path.display());
            assert_eq!(direct[0].location, later[0].location);
        }
    }
}

#[cfg(feature = "rayon")]
#[test]
fn par_extract_yields_the_readers_items_in_order() {
    let files = common::corpus_files();
    if files.is_empty() {
        return;
    }
    // The corpus concatenated, with junk and broken articles between, so
    // that errors are interleaved with articles.
    let mut stream = String::from("junk before the first article\n");
    for (i, (_, text)) in files.iter().enumerate() {
        stream.push_str(text);
        if !text.ends_with('\n') {
            stream.push('\n');
        }
        if i % 17 == 0 {
            stream
                .push_str("<!--12x-->\n[broken](https://www.dw.com/zh/a-1)\n------\n\n<p>x</p>\n");
        }
    }
    let show = |item: Result<article_dump::Article, article_dump::Error>| match item {
        Ok(a) => format!("{:?}", (a.location, a)),
        Err(e) => format!("error {:?}: {e}", e.location()),
    };
    let expected: Vec<String> = Reader::new(stream.as_bytes()).map(show).collect();
    assert!(expected.len() > files.len());
    assert!(expected.iter().filter(|s| s.starts_with("error")).count() >= 10);
    for threads in [1, 2, 3] {
        let got: Vec<String> = Reader::new(stream.as_bytes())
            .par_map(threads, show)
            .expect("a thread pool")
            .collect();
        assert_eq!(got.len(), expected.len(), "{threads} threads");
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(g, e, "item {i} with {threads} threads");
        }
    }
}
