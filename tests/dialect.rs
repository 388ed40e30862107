//! The 2020 dialect (`duty-machine/chinadigitaltimes`): every file of
//! `../shared/corpus/dialects/cdt2020` read alone, written back byte for
//! byte, read in streams with today's articles (both orders, between each
//! other, CRLF, chunked), and its feed footer read as data.

mod common;

use std::path::PathBuf;

use article_dump::{parse_str, Article, Dialect, Network, Options, Reader};

/// `../shared/corpus/dialects/cdt2020`'s files (path and text), sorted; empty
/// (with a message) when the directory is absent.
fn dialect_files() -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/dialects/cdt2020"
    ));
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: the dialect corpus is not at {}; put ../shared beside the crate to run this test",
            dir.display()
        );
        return Vec::new();
    }
    let files = article_dump::find_dump_files(&dir).expect("the dialect corpus can be listed");
    assert!(files.len() >= 150, "expected the whole dialect corpus");
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("dialect files are UTF-8");
            (p, text)
        })
        .collect()
}

/// A dialect file read plainly, independently of the crate.
struct Plain<'a> {
    title: &'a str,
    url: &'a str,
    date: &'a str,
    body: &'a str,
}

fn plain(text: &str) -> Plain<'_> {
    let mut lines = text.splitn(5, '\n');
    let link = lines.next().unwrap();
    let (title, url) = link[1..link.len() - 1].rsplit_once("](").unwrap();
    assert_eq!(lines.next(), Some("------"));
    let date = lines.next().unwrap().strip_prefix("日期：").unwrap();
    assert_eq!(lines.next(), Some(""));
    Plain {
        title,
        url,
        date,
        body: lines.next().unwrap(),
    }
}

/// The texts of the footer's `<a rel="tag">` links, read with string search.
fn footer_tags(body: &str) -> Vec<String> {
    let Some(start) = body.rfind("Post tags:") else {
        return Vec::new();
    };
    let mut tags = Vec::new();
    let mut rest = &body[start..];
    while let Some(i) = rest.find("rel=\"tag\">") {
        rest = &rest[i + 10..];
        let end = rest.find("</a>").unwrap();
        tags.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    tags
}

fn check_one(text: &str, a: &Article, label: &str) {
    let p = plain(text);
    assert_eq!(a.header.dialect, Dialect::Cdt2020, "{label}");
    assert_eq!(
        (a.title(), a.header.url_raw.as_str()),
        (p.title, p.url),
        "{label}"
    );
    assert_eq!(a.header.timestamp.raw(), p.date, "{label}");
    let independent = chrono::DateTime::parse_from_rfc2822(p.date).unwrap();
    assert_eq!(
        a.header.timestamp.millis(),
        Some(independent.timestamp_millis()),
        "{label}"
    );
    assert_eq!(a.raw_body(), Some(p.body), "{label}");
}

#[test]
fn every_dialect_file_reads_as_one_article_and_writes_back_byte_for_byte() {
    let files = dialect_files();
    for (path, text) in &files {
        let label = path.display().to_string();
        let a = parse_str(text).unwrap_or_else(|e| panic!("{label}: {e}"));
        check_one(text, &a, &label);
        assert!(a.warnings.is_empty(), "{label}: {:?}", a.warnings);
        assert_eq!(a.to_string(), *text, "{label}: written back");
        assert_eq!(parse_str(&a.to_string()).unwrap(), a, "{label}: read back");
        let crlf = text.replace('\n', "\r\n");
        let b = parse_str(&crlf).unwrap_or_else(|e| panic!("{label} (CRLF): {e}"));
        assert_eq!(b.to_string(), crlf, "{label}: CRLF written back");
        assert_eq!(b.title(), a.title(), "{label}: CRLF");
    }
}

#[test]
fn the_feed_footer_is_data_not_text() {
    let files = dialect_files();
    let mut with_tags = 0;
    for (path, text) in &files {
        let label = path.display().to_string();
        let a = parse_str(text).unwrap();
        let content = a.content.as_ref().unwrap();
        assert_eq!(content.tags, footer_tags(text), "{label}");
        with_tags += usize::from(!content.tags.is_empty());
        for p in &content.paragraphs {
            for footer in [
                "Permalink",
                "Feed enhanced by",
                "Post tags:",
                "get_post_time",
            ] {
                assert!(!p.contains(footer), "{label}: footer text in {p:?}");
            }
        }
        let has_footer = text.contains("Feed enhanced by");
        let delicious: Vec<_> = content
            .share_links
            .iter()
            .filter(|s| s.network == Network::Delicious)
            .collect();
        assert_eq!(delicious.len(), usize::from(has_footer), "{label}");
        if has_footer {
            assert!(delicious[0].same_as_article, "{label}");
            assert_eq!(
                delicious[0].url.as_deref(),
                Some(a.header.url_decoded().as_str()),
                "{label}"
            );
            let start = text.rfind("<small>&copy; ").unwrap() + "<small>&copy; ".len();
            let name = text[start..].split(" for ").next().unwrap();
            assert!(
                content
                    .contributors
                    .iter()
                    .any(|c| c.name == name && c.role.as_deref() == Some("for 中国数字时代")),
                "{label}: {:?}",
                content.contributors
            );
            assert!(!content.authors.iter().any(|n| n == name), "{label}");
        }
        // The permalink is the article's URL: kept nowhere.
        assert!(!content.related.iter().any(|l| l.text == "Permalink"));
    }
    assert!(files.is_empty() || with_tags >= 140, "{with_tags}");
}

/// Reads `stream` (plain, and through 1-to-7-byte chunks when `chunks`)
/// and checks that it gives `want`'s articles, in order, each once.
fn check_stream(stream: &str, want: &[&(PathBuf, String)], label: &str, chunks: bool) {
    for chunked in [false, true] {
        if chunked && !chunks {
            continue;
        }
        // Headers and raw bodies are what is checked: no extraction.
        let options = Options::new().extract(false);
        let results: Vec<_> = if chunked {
            let input = common::Chunky::new(stream.as_bytes().to_vec(), 7, 7);
            Reader::with_options(input, options).collect()
        } else {
            Reader::with_options(stream.as_bytes(), options).collect()
        };
        assert_eq!(results.len(), want.len(), "{label}: number of articles");
        for (i, (got, (path, text))) in results.iter().zip(want).enumerate() {
            let a = got
                .as_ref()
                .unwrap_or_else(|e| panic!("{label}: {}: {e}", path.display()));
            assert_eq!(a.location.index, i, "{label}");
            let eol_text = if stream.contains("\r\n") {
                text.replace('\n', "\r\n")
            } else {
                text.clone()
            };
            assert_eq!(a.to_string(), eol_text, "{label}: {}", path.display());
            let dialect = if text.starts_with('[') {
                Dialect::Cdt2020
            } else {
                Dialect::News
            };
            assert_eq!(a.header.dialect, dialect, "{label}: {}", path.display());
        }
    }
}

#[test]
fn dialect_and_todays_articles_read_in_one_stream_in_any_order() {
    let dialect = dialect_files();
    let dev = common::corpus_files();
    if dialect.is_empty() || dev.is_empty() {
        return;
    }
    let join = |files: &[&(PathBuf, String)], eol: &str| -> String {
        files
            .iter()
            .map(|(_, t)| t.replace('\n', eol))
            .collect::<String>()
    };
    let dialect_first: Vec<_> = dialect.iter().chain(&dev).collect();
    let dev_first: Vec<_> = dev.iter().chain(&dialect).collect();
    let mut between = Vec::new();
    for i in 0..dialect.len().max(dev.len()) {
        between.extend(dialect.get(i));
        between.extend(dev.get(i));
    }
    // Through tiny chunks only the ordering with the most boundaries
    // between the two dialects (every other article), LF and CRLF: the
    // chunked reads of all six streams took most of a minute in a debug
    // build, and they cross the same kinds of boundaries.
    for (name, files, chunks) in [
        ("dialect then dev", &dialect_first, false),
        ("dev then dialect", &dev_first, false),
        ("one of each in turn", &between, true),
    ] {
        for eol in ["\n", "\r\n"] {
            let label = format!("{name}, {eol:?}");
            check_stream(&join(files, eol), files, &label, chunks);
        }
    }
}

#[test]
fn dialect_headers_by_hand() {
    let url = "https://chinadigitaltimes.net/chinese/2020/07/%e6%a0%87/";
    // Unreadable date: NaN with a warning, written back as it was.
    let text = format!("[t]({url})\n------\n日期：someday\n\n<p>b</p>\n");
    let a = parse_str(&text).unwrap();
    assert!(a.header.timestamp.is_nan());
    assert_eq!(a.warnings[0].code(), "nan-timestamp");
    assert_eq!(a.to_string(), text);
    // A byte order mark, front matter, no blank line, odd separator.
    let text = format!("\u{feff}[t]({url})\n---\n日期：2 Jul 2020 18:28 GMT\n<p>b</p>\n");
    let a = parse_str(&text).unwrap();
    assert_eq!(a.header.timestamp.millis(), Some(1593714480000));
    assert!(!a.header.blank_line);
    assert_eq!(a.to_string(), text);
    let text = format!("---\nlayout: post\n---\n[t]({url})\n------\n日期：x\n\n");
    let a = parse_str(&text).unwrap();
    assert!(a.header.front_matter.is_some());
    assert_eq!(a.header.dialect, Dialect::Cdt2020);
    assert_eq!(a.to_string(), text);
    // A timestamp comment before the `[` line: today's format, whose body
    // starts with a `日期：` line.
    let text = format!("<!--1-->\n[t]({url})\n------\n日期：x\n");
    let a = parse_str(&text).unwrap();
    assert_eq!(a.header.dialect, Dialect::News);
    assert_eq!(a.raw_body(), Some("日期：x\n"));
    // Nor when that timestamp is broken: the `[` line is the broken
    // header's, and the article is one error.
    let text = format!("<!--junk-->\n[t]({url})\n------\n日期：x\n\n<p>b</p>\n");
    let kinds: Vec<_> = Reader::new(text.as_bytes())
        .map(|r| r.map(|_| "ok").unwrap_or_else(|e| e.kind()))
        .collect();
    assert_eq!(kinds, ["bad-timestamp"]);
    // The link must be one: no URL is an error at the link's line.
    let e = parse_str("[no url]\n------\n日期：x\n").unwrap_err();
    assert_eq!((e.kind(), e.location().line), ("missing-url", 1));
    // Without the date line it is no header at all.
    let e = parse_str(&format!("[t]({url})\n------\n\n")).unwrap_err();
    assert!(matches!(e.kind(), "not-an-article" | "no-article"), "{e}");
}

/// The `src` of every `<img>` of a body, emoji (`wp-smiley`) left out,
/// read with string search.
fn picture_srcs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in body.split("<img ").skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if tag.contains("wp-smiley") {
            continue;
        }
        if let Some(src) = format!(" {tag}").split(" src=\"").nth(1) {
            let src = &src[..src.find('"').unwrap()];
            if !out.iter().any(|s| s == src) {
                out.push(src.to_string());
            }
        }
    }
    out
}

#[test]
fn every_picture_is_read_quoted_ones_too() {
    let files = dialect_files();
    let (mut want, mut quoted) = (0, 0);
    for (path, text) in &files {
        let a = parse_str(text).unwrap();
        let images = &a.content.as_ref().unwrap().images;
        let body = plain(text).body;
        let srcs = picture_srcs(body);
        let got: Vec<String> = images
            .iter()
            .map(|i| article_dump::decode_non_ascii(i.src.as_str()))
            .collect();
        for src in &srcs {
            assert!(
                got.contains(&article_dump::decode_non_ascii(src)),
                "{}: {src} not read; got {got:?}",
                path.display()
            );
        }
        assert_eq!(images.len(), srcs.len(), "{}", path.display());
        want += srcs.len();
        quoted += body
            .split("<blockquote>")
            .skip(1)
            .filter(|q| q.split("</blockquote>").next().unwrap().contains("<img "))
            .count();
    }
    assert!(
        files.is_empty() || (want > 600 && quoted > 10),
        "{want} {quoted}"
    );
}

#[test]
fn url_decoded_reads_lower_case_escapes() {
    assert_eq!(
        article_dump::decode_non_ascii("https://a.example/%e6%97%a5%E6%9C%9f/%2f%20"),
        "https://a.example/日期/%2f%20"
    );
}

#[cfg(feature = "serde")]
#[test]
fn dialect_articles_keep_their_dialect_and_date_through_json() {
    for (path, text) in dialect_files().iter().take(20) {
        let a = parse_str(text).unwrap();
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["dialect"], "cdt2020", "{}", path.display());
        assert_eq!(json["date_text"], plain(text).date);
        assert!(json["tags"].is_array());
        let back: Article = serde_json::from_value(json).unwrap();
        assert_eq!(back.to_string(), *text, "{}", path.display());
    }
}

#[test]
fn emoji_are_not_pictures_and_quoted_pictures_are() {
    let url = url::Url::parse("https://chinadigitaltimes.net/chinese/2020/07/x/").unwrap();
    let html = "<p>好<img class=\"wp-smiley\" src=\"https://s.w.org/images/core/emoji/12.0.0-1/72x72/1f64f.png\" alt=\"🙏\" />的</p>\
        <blockquote><p>引文</p><p><img src=\"https://chinadigitaltimes.net/chinese/files/2020/07/a.jpg\" /></p></blockquote>";
    let c = article_dump::Content::from_html(html, &url);
    assert_eq!(c.paragraphs, ["好的"]);
    assert_eq!(c.images.len(), 1);
    assert!(c.images[0].src.as_str().ends_with("/a.jpg"));
}
