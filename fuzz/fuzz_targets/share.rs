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

/// Whether `s`, or what percent- or entity-decoding it (up to 10 times)
/// gives, holds something `Url::parse` removes or rewrites: control
/// characters (tabs and line breaks anywhere, the others at the ends),
/// backslashes, dot segments.
fn rewritten_by_parsing(s: &str) -> bool {
    let mut cur = s.as_bytes().to_vec();
    for _ in 0..10 {
        let rewritten =
            cur.iter().any(|&b| b < 0x20 || b == b'\\') || cur.windows(2).any(|w| w == b"/.");
        if rewritten {
            return true;
        }
        let next = decode_once(&cur);
        if next == cur {
            return false;
        }
        cur = next;
    }
    true
}

/// One layer of `%XX` and `&#N;` / `&#xN;` decoding, on bytes.
fn decode_once(b: &[u8]) -> Vec<u8> {
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        if b[i] == b'&' && b.get(i + 1) == Some(&b'#') {
            if let Some(end) = b[i..].iter().take(12).position(|&c| c == b';') {
                let num = std::str::from_utf8(&b[i + 2..i + end]).unwrap_or("");
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => num.parse().ok(),
                };
                if let Some(c) = code.and_then(char::from_u32) {
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    i += end + 1;
                    continue;
                }
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
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
        // Unwrapping again gives nothing more (or, for a proxy layer whose
        // inner value is not a URL, the same). Known: layers are looked for
        // in the text, and parsing the URL removes tabs and line breaks,
        // turns `\` into `/` and resolves dot segments, which can reveal a
        // layer the text hid (tests/fuzz_regressions.rs,
        // `unwrap_url_misses_a_layer_hidden_by_a_tab`); such inputs are
        // skipped until that is fixed.
        let rewritten_by_parsing = rewritten_by_parsing(&s);
        if let Some(again) = unwrap_url(url.as_str()).filter(|_| !rewritten_by_parsing) {
            assert_eq!(again, url, "unwrapping {url} again");
        }
    }

    let decoded = decode_non_ascii(&s);
    assert_eq!(
        decode_non_ascii(&decoded),
        decoded,
        "decode_non_ascii is not idempotent"
    );
});
