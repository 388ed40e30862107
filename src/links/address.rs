//! Addresses as the content keeps them: resolved against the article URL,
//! in `url::Url`'s serialisation, parsed only when they are not already.

use url::Url;

/// Resolves an attribute value (`href`, `src`) against the article URL,
/// to the text `url::Url` would give (its serialisation); `None` for an
/// empty value, a `data:` or `javascript:` address, or one that does not
/// parse.
///
/// Most values in these bodies are absolute `http(s)` URLs already in that
/// form; they are recognised with one pass over their bytes and kept as
/// they are, which costs a fraction of parsing them (URL parsing was a
/// quarter of the extraction's work). The rest are parsed.
pub(crate) fn resolve(base: &Url, raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with("data:") || raw.starts_with("javascript:") {
        return None;
    }
    if is_serialised(raw) {
        return Some(raw.to_string());
    }
    base.join(raw).ok().map(String::from)
}

/// Whether `s` is an absolute `http(s)` URL that `url::Url` would parse and
/// serialise back to exactly `s`, judged conservatively (a `false` only
/// costs a parse): printable ASCII without the characters the parser
/// escapes or folds, a lower-case host name of letters, digits, dots and
/// hyphens that is neither an IPv4 address nor punycode, no port or user
/// information, a path that starts with `/` and has no dot segments.
pub(super) fn is_serialised(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let bytes = rest.as_bytes();
    let host_end = bytes
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(bytes.len());
    let (host, after) = bytes.split_at(host_end);
    host_is_plain(host) && after.first() == Some(&b'/') && rest_is_plain(after)
}

/// A host name `url::Url` keeps as written (see [`is_serialised`]).
fn host_is_plain(host: &[u8]) -> bool {
    let mut previous = b'.';
    let mut label_start = 0;
    for (i, &b) in host.iter().enumerate() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' | b'-' => {}
            // No empty label (a leading dot or `..`).
            b'.' if previous != b'.' => label_start = i + 1,
            _ => return false,
        }
        previous = b;
    }
    let last = &host[label_start..];
    // Not empty, no trailing dot, no punycode to validate, and no last
    // label starting with a digit (an IPv4 number to the parser).
    !host.is_empty()
        && previous != b'.'
        && !host.windows(4).any(|w| w == b"xn--")
        && !last.first().is_some_and(u8::is_ascii_digit)
}

/// The bytes `url::Url` keeps as written anywhere after the host: printable
/// ASCII but for those it escapes or folds in some part of a URL.
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = b'!';
    while b <= b'~' {
        table[b as usize] = !matches!(
            b,
            b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^' | b'\''
        );
        b += 1;
    }
    table
};

/// Path, query and fragment `url::Url` keeps as written: printable ASCII
/// without the characters it escapes or folds, and no dot segment (`.`,
/// `..`, or either spelled with `%2e`) in the path.
fn rest_is_plain(rest: &[u8]) -> bool {
    // One pass: the path up to its end (`?` and `#` are plain), then the
    // query and fragment.
    let mut path_end = rest.len();
    for (i, &b) in rest.iter().enumerate() {
        if !PLAIN[usize::from(b)] {
            return false;
        }
        if b == b'?' || b == b'#' {
            path_end = i;
            break;
        }
    }
    if !rest[path_end..].iter().all(|&b| PLAIN[usize::from(b)]) {
        return false;
    }
    let path = &rest[..path_end];
    // Any `%2e` in the path: leave it to the parser.
    let spelled_dot = memchr::memchr_iter(b'%', path)
        .any(|i| matches!(path.get(i + 1..i + 3), Some([b'2', b'e' | b'E'])));
    // A segment of one or two dots starts with a dot right after a `/`.
    let dot_segment = memchr::memchr_iter(b'.', path).any(|i| {
        i > 0
            && path[i - 1] == b'/'
            && matches!(&path[i + 1..], [] | [b'/', ..] | [b'.'] | [b'.', b'/', ..])
    });
    !spelled_dot && !dot_segment
}

/// The host and the path of an address as [`resolve`] gives it (`url`'s
/// serialisation), read without parsing: for `http(s)` addresses the host
/// as `url::Url::host_str` gives it, else an empty host and the text after
/// the scheme.
pub(crate) fn host_and_path(url: &str) -> (&str, &str) {
    let (host, after) = host_and_rest(url);
    let path_end = after
        .bytes()
        .position(|b| matches!(b, b'?' | b'#'))
        .unwrap_or(after.len());
    (host, &after[..path_end])
}

/// [`host_and_path`]'s host, and the text after the host: the path with
/// the query and fragment still on.
pub(crate) fn host_and_rest(url: &str) -> (&str, &str) {
    // The first `://` (a `split_once` would build a substring searcher).
    let scheme_end = memchr::memchr_iter(b':', url.as_bytes())
        .find(|&i| url.as_bytes()[i + 1..].starts_with(b"//"));
    let Some(rest) = scheme_end.map(|i| &url[i + 3..]) else {
        return ("", url.split_once(':').map_or(url, |(_, rest)| rest));
    };
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = match host.rfind(':') {
        Some(i) if !host.ends_with(']') => &host[..i],
        _ => host,
    };
    (host, &rest[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path must give what parsing gives, on the shapes it accepts
    /// and on near misses it must hand to the parser.
    #[test]
    fn host_and_path_agree_with_the_parser() {
        for s in [
            "https://www.youtube.com/embed/x?a#b",
            "https://u:p@example.org:8080/a/b",
            "http://[::1]:80/x",
            "https://example.org",
            "mailto:a@b.c",
        ] {
            let url = Url::parse(s).unwrap();
            let (host, path) = host_and_path(url.as_str());
            assert_eq!(host, url.host_str().unwrap_or(""), "{s}");
            assert_eq!(path, url.path(), "{s}");
        }
    }

    /// Every `href`, `src` and `srcset` candidate of the dev corpus (read
    /// from `../shared` at run time): the fast path keeps exactly what the
    /// parser would give.
    #[test]
    fn resolve_agrees_with_the_parser_on_the_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        let Ok(files) = crate::find_dump_files(&dir) else {
            eprintln!("skipped: no corpus at {}", dir.display());
            return;
        };
        let base = Url::parse("https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/x").unwrap();
        let mut checked = 0;
        for path in files {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            for attr in ["href=\"", "src=\"", "srcset=\"", "srcSet=\""] {
                for (at, _) in text.match_indices(attr) {
                    let value = &text[at + attr.len()..];
                    let Some(end) = value.find('"') else { continue };
                    // Character references are the parser's to decode.
                    let value = &value[..end];
                    if value.contains('&') {
                        continue;
                    }
                    let candidates: Vec<&str> = if attr.starts_with("src") && attr.len() > 5 {
                        value
                            .split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .collect()
                    } else {
                        vec![value]
                    };
                    for raw in candidates {
                        let parsed = base.join(raw.trim()).ok().map(String::from);
                        let parsed = parsed.filter(|_| {
                            let t = raw.trim();
                            !t.is_empty()
                                && !t.starts_with("data:")
                                && !t.starts_with("javascript:")
                        });
                        assert_eq!(resolve(&base, raw), parsed, "{raw:?} in {}", path.display());
                        checked += 1;
                    }
                }
            }
        }
        eprintln!("{checked} addresses checked");
        assert!(checked > 1000, "only {checked} addresses found");
    }

    #[test]
    fn resolve_agrees_with_the_parser() {
        let base = Url::parse("https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/x").unwrap();
        let cases = [
            "https://www.rfi.fr/cn/a?b=c#d",
            "https://ichef.bbci.co.uk/ace/ws/640/x.jpg.webp",
            "http://a-b.example.org/",
            "https://example.org",
            "https://example.org?x",
            "https://EXAMPLE.org/a",
            "https://example.org:443/a",
            "https://example.org:8080/a",
            "https://u@example.org/a",
            "https://example.org/a/../b",
            "https://example.org/a/./b",
            "https://example.org/a/%2e%2E/b",
            "https://example.org/a b",
            "https://example.org/a\tb",
            "https://example.org/中文",
            "https://example.org/a'b?c'd",
            "https://example.org/a{b}",
            "https://example.org/a|b^c",
            "https://127.0.0.1/a",
            "https://0x7f.1/a",
            "https://1.2.3/a",
            "https://xn--fiqs8s.cn/a",
            "https://example.org./a",
            "https://a..b/a",
            "https://example.org/%zz",
            "https://example.org/a%20b",
            "https:/example.org/a",
            "https:example.org/a",
            "HTTPS://example.org/a",
            "//example.org/a",
            "/cn/y",
            "y?z",
            "mailto:a@b.c",
            "https://",
            "https:///a",
            "https://example.org/#frag`x",
            "https://example.org/.",
            "https://example.org/a/..",
            "https://example.org/a/..?q",
            "https://example.org/.../b",
            "https://example.org/a.b/.c/..d",
            "https://example.org/a?../b",
            "https://example.org/a#./b",
            "https://e-x.a1.org/a",
            "https://a.b1/a",
            "https://a.1b/a",
            "https://-a.org/a",
            "https://.org/a",
        ];
        for case in cases {
            let parsed = base.join(case.trim()).ok().map(String::from);
            assert_eq!(resolve(&base, case), parsed, "{case:?}");
        }
    }
}
