//! The whole dev corpus, file by file: headers checked against a plain
//! reading of the first lines, bodies byte-exact, the round trip.

mod common;

use article_dump::{parse_str, Article, Site};

#[test]
fn every_corpus_file_reads_as_its_first_lines_say() {
    let files = common::corpus_files();
    for (path, text) in &files {
        let plain = common::plain_reading(text);
        let a = parse_str(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let want_ms: Option<i64> = plain.timestamp.parse().ok();
        assert_eq!(a.header.timestamp.millis(), want_ms, "{}", path.display());
        assert_eq!(a.header.timestamp.raw(), plain.timestamp);
        assert_eq!(a.title(), plain.title, "{}", path.display());
        assert_eq!(a.header.url_raw, plain.url, "{}", path.display());
        assert_eq!(
            a.url().as_str(),
            url::Url::parse(plain.url).unwrap().as_str()
        );
        assert_eq!(a.raw_body(), Some(plain.body), "{}", path.display());
        assert_eq!(a.header.front_matter.is_some(), plain.has_front_matter);
        // The site is the directory the corpus filed it under.
        let dir = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        if dir != "frontmatter" {
            assert_eq!(a.site, Site::from_name(dir), "{}", path.display());
        }
        if let Some(ms) = want_ms {
            assert_eq!(a.published().unwrap().timestamp_millis(), ms);
        }
    }
}

#[test]
fn every_corpus_file_round_trips_byte_for_byte() {
    for (path, text) in common::corpus_files() {
        let a: Article = text.parse().unwrap();
        let written = a.to_string();
        assert_eq!(written, text, "{}", path.display());
        let again: Article = written.parse().unwrap();
        assert_eq!(again, a, "{}", path.display());
    }
}

#[test]
fn front_matter_fields_match_the_header() {
    let files = common::corpus_files();
    let mut seen = 0;
    for (path, text) in files.iter().filter(|(_, t)| t.starts_with("---\n")) {
        let a = parse_str(text).unwrap();
        let fm = a.header.front_matter.as_ref().unwrap();
        // The Jekyll writer puts the same title and link in both places.
        assert_eq!(
            fm.get("title").and_then(|v| v.as_text()),
            Some(a.title()),
            "{}",
            path.display()
        );
        assert_eq!(
            fm.get("from")
                .and_then(|v| v.as_text())
                .map(|u| url::Url::parse(u).unwrap()),
            Some(a.url().clone()),
        );
        assert!(fm
            .get("tags")
            .and_then(|v| v.as_list())
            .is_some_and(|l| !l.is_empty()));
        assert!(fm.raw.starts_with("---\n") && fm.raw.ends_with("---\n"));
        seen += 1;
    }
    if !files.is_empty() {
        assert!(seen >= 5, "front matter files in the corpus: {seen}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_form_keeps_the_contract_and_reads_back() {
    for (path, text) in common::corpus_files() {
        let a = parse_str(&text).unwrap();
        let json = serde_json::to_value(&a).unwrap();
        for key in [
            "index",
            "timestamp_ms",
            "published",
            "title",
            "url",
            "url_decoded",
            "site",
            "front_matter",
            "warnings",
        ] {
            assert!(json.get(key).is_some(), "{}: no {key}", path.display());
        }
        assert_eq!(json["url"], a.header.url_raw.as_str());
        assert_eq!(json["site"], a.site.name());
        // From the text, not the Value: a Value's object sorts its keys.
        let back: Article = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back.header.title, a.header.title);
        assert_eq!(back.header.url, a.header.url);
        assert_eq!(back.header.timestamp, a.header.timestamp);
        assert_eq!(back.raw_body(), a.raw_body());
        assert_eq!(
            back.header.front_matter.map(|f| f.fields),
            a.header.front_matter.map(|f| f.fields)
        );
    }
}
