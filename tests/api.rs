//! The crate as a depending crate uses it: errors that name the path, `?`
//! on I/O errors, `Options` shared by copy, the "path or `-`" opener, the
//! accessors, the re-exported `url` and `chrono`, and the JSON form read
//! back equal for every corpus article.

mod common;

use std::io::BufRead;
use std::path::PathBuf;

use article_dump::chrono::{TimeZone, Utc};
use article_dump::url::Url;
use article_dump::{open, Article, Content, Error, FileReader, Options, Reader};

// ---------------------------------------------------------------------------
// Errors.

/// A user's function that opens its own file with `?`.
fn count_articles(path: &str) -> Result<usize, Error> {
    let file = std::fs::File::open(path)?;
    let mut n = 0;
    for article in Reader::new(std::io::BufReader::new(file)) {
        article?;
        n += 1;
    }
    Ok(n)
}

#[test]
fn io_errors_convert_with_question_mark() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/bbc/1047000.md");
    assert_eq!(count_articles(sample).unwrap(), 1);
    let err = count_articles("/nonexistent/x.md").unwrap_err();
    assert!(matches!(err, Error::OtherIo { .. }), "{err:?}");
    assert_eq!(err.kind(), "io");
    assert_eq!(err.location(), Default::default());
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn every_opener_names_the_path() {
    let missing = "/nonexistent/dir/x.md";
    let errors = [
        Reader::from_path(missing, Options::new()).err().unwrap(),
        open(missing).err().unwrap(),
        article_dump::find_dump_files(missing).unwrap_err(),
        FileReader::new([missing], Options::new())
            .next()
            .unwrap()
            .1
            .unwrap_err(),
    ];
    for err in errors {
        match &err {
            Error::Open { path, source } => {
                assert_eq!(path, &PathBuf::from(missing));
                assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
            }
            other => panic!("not Error::Open: {other:?}"),
        }
        assert_eq!(err.kind(), "open");
        assert!(
            err.to_string()
                .starts_with(&format!("cannot open {missing}: ")),
            "{err}"
        );
    }
}

#[test]
fn parse_errors_read_right_for_from_str() {
    for junk in ["junk", "", "\n\n", "<!--x-->\nnot a link\n"] {
        let err = junk.parse::<Article>().unwrap_err();
        assert!(!err.to_string().contains("skipped"), "{junk:?}: {err}");
        if junk != "<!--x-->\nnot a link\n" {
            assert!(matches!(err, Error::NoArticle { .. }), "{junk:?}: {err:?}");
        }
    }
    // Text before an article is still named as such.
    let err = "junk\n<!--0-->\n[t](https://example.com/)\n------\n"
        .parse::<Article>()
        .unwrap_err();
    assert!(
        matches!(err, Error::NotAnArticle { bytes: 5, .. }),
        "{err:?}"
    );
    assert!(!err.to_string().contains("skipped"), "{err}");
}

// ---------------------------------------------------------------------------
// Options, readers and the opener.

#[test]
fn options_are_shared_by_copy() {
    fn is_copy<T: Copy + Send + Sync>() {}
    is_copy::<Options>();
    let options = Options::new().extract(false).raw_body(false);
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let files = article_dump::find_dump_files(data).unwrap();
    let mut read = 0;
    for path in &files {
        for article in Reader::from_path(path, options).unwrap() {
            let article = article.unwrap();
            assert!(article.content.is_none() && article.raw_body().is_none());
            read += 1;
        }
    }
    // Any iterable of path-likes: `&PathBuf`, `String`, `&str`.
    let by_ref = FileReader::new(&files, options).count();
    let strings: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let by_string = FileReader::new(strings, options).count();
    assert!(read >= 5);
    assert_eq!((by_ref, by_string), (read, read));
}

#[test]
fn the_opener_reads_files_and_is_send() {
    fn is_send<T: Send>(_: &T) {}
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/dw/1030100.md");
    let mut input: Box<dyn BufRead + Send> = open(path).unwrap();
    is_send(&input);
    let mut first = String::new();
    input.read_line(&mut first).unwrap();
    assert!(first.starts_with("<!--"), "{first}");
    let articles: Vec<_> = Reader::with_options(open(path).unwrap(), Options::new()).collect();
    assert_eq!(articles.len(), 1);
    // `-` is stdin; only that it opens is checked (a test has no stdin to read).
    assert!(open("-").is_ok());
}

// ---------------------------------------------------------------------------
// Accessors and re-exports.

const SAMPLE: &str = "<!--1722556800000-->
[示例](https://www.bbc.com/zhongwen/simp/world-00000000)
------

<main><time dateTime=\"2024-08-02\">30 分钟前</time>\
<p><b>导语。</b></p><p>第一段。</p><h2>小标题</h2><blockquote><p>引文。</p></blockquote>\
<ul><li>甲</li><li>乙</li></ul><figure><img src=\"https://ichef.bbci.co.uk/x.jpg\" width=\"640\"></figure></main>
";

#[test]
fn accessors_need_no_unwrap() {
    let article: Article = SAMPLE.parse().unwrap();
    let content = article.content.as_ref().unwrap();
    assert_eq!(article.paragraphs(), content.paragraphs.as_slice());
    assert_eq!(article.images(), content.images.as_slice());
    assert_eq!(article.text(), content.text());
    for part in ["第一段。", "小标题", "引文。", "甲\n乙"] {
        assert!(article.text().contains(part), "{part}: {}", article.text());
    }
    assert_eq!(article.images().len(), 1);
    // Headers only: empty, not a panic.
    let headers = Reader::headers_only(SAMPLE.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert!(headers.paragraphs().is_empty() && headers.images().is_empty());
    assert_eq!(headers.text(), "");
}

#[test]
fn url_and_chrono_come_with_the_crate() {
    let base: Url = "https://www.rfi.fr/cn/x".parse().unwrap();
    let content = Content::from_html("<p>一。</p>", &base);
    assert_eq!(content.paragraphs, ["一。"]);
    let article: Article = SAMPLE.parse().unwrap();
    let expected = Utc.with_ymd_and_hms(2024, 8, 2, 0, 0, 0).unwrap();
    assert_eq!(article.published(), Some(expected));
    assert_eq!(article.url().host_str(), Some("www.bbc.com"));
}

#[test]
fn a_relative_dateline_says_so() {
    let article: Article = SAMPLE.parse().unwrap();
    let dateline = article.content.unwrap().dateline.unwrap();
    assert_eq!(dateline.text, "30 分钟前");
    assert!(dateline.relative);
    assert_eq!(dateline.date.unwrap().to_string(), "2024-08-02");
}

/// On the corpus: every dateline whose text parses as no date is relative
/// or comes with a date from the markup, and the relative ones have one.
#[test]
fn corpus_relative_datelines_have_their_date() {
    let (mut relative, mut absolute) = (0, 0);
    for file in common::corpus_set("dev") {
        let article: Article = file.text.parse().unwrap();
        let Some(d) = article.content.and_then(|c| c.dateline) else {
            continue;
        };
        if d.relative {
            relative += 1;
            assert!(d.date.is_some(), "{}: {d:?}", file.name);
            assert!(d.text.ends_with('前') || !d.text.contains('-'), "{d:?}");
        } else {
            absolute += 1;
            assert!(!d.text.contains("前"), "{}: {d:?}", file.name);
        }
    }
    eprintln!("datelines: {relative} relative, {absolute} absolute");
    if common::corpus_dir().is_some() {
        assert!(relative > 0 && absolute > 0);
    }
}

// ---------------------------------------------------------------------------
// The JSON form.

/// Every article of every corpus set, to JSON and back, equal (and its
/// location too, which `==` leaves out).
#[cfg(feature = "serde")]
#[test]
fn every_corpus_article_round_trips_through_json() {
    let (mut articles, mut with_front_matter, mut with_warnings) = (0, 0, 0);
    for set in common::SETS {
        for file in common::corpus_set(set) {
            for item in Reader::new(file.text.as_bytes()) {
                let article = item.unwrap_or_else(|e| panic!("{set}/{}: {e}", file.name));
                let at = format!("{set}/{} #{}", file.name, article.location.index);
                let value = serde_json::to_value(&article).unwrap();
                let back: Article = serde_json::from_value(value).unwrap();
                assert!(back == article, "{at}: differs after to_value and back");
                assert_eq!(back.location, article.location, "{at}");
                let text = serde_json::to_string(&article).unwrap();
                let back: Article = serde_json::from_str(&text).unwrap();
                assert!(back == article, "{at}: differs after to_string and back");
                assert_eq!(back.to_string(), article.to_string(), "{at}");
                articles += 1;
                with_front_matter += usize::from(article.header.front_matter.is_some());
                with_warnings += usize::from(!article.warnings.is_empty());
            }
        }
    }
    eprintln!("{articles} articles ({with_front_matter} with front matter, {with_warnings} with warnings) read back equal");
    if common::corpus_dir().is_some() {
        assert!(articles >= 160 && with_front_matter >= 10);
    }
}

#[cfg(feature = "serde")]
#[test]
fn front_matter_comes_back_as_written() {
    let text = "---\ntitle: \"引号：保留\"\ntags: [ 甲, \"乙\" ]\n---\n\
                <!--0-->\n[t](https://example.com/)\n------\n\n<p>x</p>\n";
    let article: Article = text.parse().unwrap();
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(json["front_matter"]["title"], "引号：保留");
    assert_eq!(
        json["front_matter_raw"],
        "---\ntitle: \"引号：保留\"\ntags: [ 甲, \"乙\" ]\n---\n"
    );
    let back: Article = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back.to_string(), text);
    // JSON from before `front_matter_raw`: the block is written anew.
    let mut old = json;
    old.as_object_mut().unwrap().remove("front_matter_raw");
    // (A `serde_json::Value` keeps an object's keys sorted, so only the
    // set of fields can be compared here.)
    let back: Article = serde_json::from_value(old).unwrap();
    let sorted = |a: Article| {
        let mut fields = a.header.front_matter.unwrap().fields;
        fields.sort_by(|a, b| a.0.cmp(&b.0));
        fields
    };
    assert_eq!(sorted(back), sorted(article));
}

#[cfg(feature = "serde")]
#[test]
fn raw_body_is_in_the_json_whenever_the_article_holds_it() {
    let text = "<!--0-->\n[t](https://example.com/)\n------\n\n<p>x</p>\n";
    let kept = serde_json::to_value(text.parse::<Article>().unwrap()).unwrap();
    assert_eq!(kept["raw_body"], "<p>x</p>\n");
    let options = Options::new().raw_body(false);
    let article = article_dump::parse_str_with(text, options).unwrap();
    assert!(serde_json::to_value(article)
        .unwrap()
        .get("raw_body")
        .is_none());
}

#[cfg(feature = "serde")]
#[test]
fn warnings_come_back_with_their_fields() {
    use article_dump::Warning;
    let text = "<!--NaN-->\n[t](https://example.com/)\n---\n\n<p>x</p>\n";
    let article: Article = text.parse().unwrap();
    assert_eq!(
        article.warnings,
        [Warning::NanTimestamp, Warning::OddSeparator { dashes: 3 }]
    );
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(
        json["warnings"][1],
        "odd-separator: the separator has 3 dashes instead of 6"
    );
    let back: Article = serde_json::from_value(json).unwrap();
    assert_eq!(back.warnings, article.warnings);
    let all = [
        Warning::InvalidUtf8 {
            offset: 7,
            replaced: 2,
        },
        Warning::FrontMatterLine { line: 3 },
        Warning::DepthLimited { limit: 512 },
        Warning::ElementsLimited { limit: 100_000 },
        Warning::AttributesCut { limit: 1024 },
        Warning::ByteOrderMark,
        Warning::InputFailed,
        Warning::Other("something else".into()),
    ];
    for w in all {
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(serde_json::from_str::<Warning>(&json).unwrap(), w, "{json}");
    }
}
