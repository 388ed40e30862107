//! Share links and redirects on arbitrary strings: total, deterministic,
//! and the properties their docs state.
#![no_main]

use article_dump::{decode_non_ascii, unwrap_url, Network, ShareLink};
use libfuzzer_sys::fuzz_target;

fn check_field(name: &str, value: &Option<String>) {
    if let Some(v) = value {
        assert!(!v.is_empty(), "{name} is Some(\"\")");
        assert_eq!(v.trim(), v, "{name} is not trimmed");
    }
}

fn check_link(link: &ShareLink, href: &str) {
    assert_eq!(link.href, href, "href is not kept as given");
    check_field("url", &link.url);
    check_field("text", &link.text);
    check_field("title", &link.title);
    check_field("via", &link.via);
    check_field("related", &link.related);
    check_field("lang", &link.lang);
    check_field("redirect", &link.redirect);
    for tag in &link.hashtags {
        assert!(!tag.is_empty(), "empty hashtag");
    }
    assert!(!link.same_as_article, "the parser cannot know the article");
    // A shared URL that parses as a web URL points to itself.
    if let Some(url) = link.parsed_url() {
        if matches!(url.scheme(), "http" | "https") && url.host_str().is_some() {
            assert!(
                link.points_to(&url),
                "{:?} does not point to {url}",
                link.url
            );
        }
    }
    // The JSON form reads back as the same link.
    let json = serde_json::to_string(link).expect("a link serialises");
    let back: ShareLink = serde_json::from_str(&json).expect("a link deserialises");
    assert_eq!(&back, link, "JSON: {json}");
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);

    let parsed = ShareLink::parse(&s);
    assert_eq!(parsed, ShareLink::parse(&s), "parse is not deterministic");
    let other = ShareLink::parse_or_other(&s);
    match &parsed {
        Some(link) => {
            check_link(link, &s);
            assert_eq!(&other, link, "parse_or_other differs from parse");
        }
        None => assert_eq!(other.network, Network::Other),
    }
    check_link(&other, &s);

    if let Some(url) = unwrap_url(&s) {
        assert!(matches!(url.scheme(), "http" | "https"), "{url}");
        assert!(url.host_str().is_some(), "{url} has no host");
        // Unwrapping the result again gives nothing more: unwrap_url goes on
        // from the parsed form of each layer (tests/fuzz_regressions.rs,
        // `unwrap_url_misses_a_layer_that_parsing_reveals`). It stops after
        // eight layers, so the check holds for inputs that cannot hold more:
        // every layer needs one of these markers.
        let lower = s.to_ascii_lowercase();
        let markers: usize = ["url", "http", "l.php", "unsafe"]
            .iter()
            .map(|m| lower.matches(m).count())
            .sum();
        if markers < 8 {
            let again = unwrap_url(url.as_str());
            assert!(
                again.is_none() || again.as_ref() == Some(&url),
                "{url} unwraps again to {again:?}"
            );
        }
        let mut current = url;
        let mut steps = 0;
        while let Some(next) = unwrap_url(current.as_str()) {
            if next == current {
                break;
            }
            steps += 1;
            assert!(steps < 16, "unwrapping {current} goes on and on");
            current = next;
        }
    }

    let decoded = decode_non_ascii(&s);
    assert_eq!(
        decode_non_ascii(&decoded),
        decoded,
        "decode_non_ascii is not idempotent"
    );
});
