//! Decoding what pages write in URLs: HTML character references, one
//! layer of percent-encoding at a time, escapes of non-ASCII UTF-8, and the
//! anatomy of an `href` read by hand.
//!
//! Shared by the header (the human-readable URL), the share links and the
//! redirect unwrapper. Every function is total: any string gives a result,
//! invalid escapes are kept as written, nothing panics.

use std::borrow::Cow;

/// How many extra layers of encoding are peeled off a nested URL.
pub(crate) const MAX_LAYERS: usize = 8;

/// Decodes the percent-escapes of `s` that spell non-ASCII UTF-8 characters,
/// keeping every other escape (ASCII ones, invalid or non-UTF-8 runs) as
/// written.
///
/// ```
/// use article_dump::decode_non_ascii;
/// assert_eq!(decode_non_ascii("/cn/%E4%B8%AD%E5%9B%BD?q=a%20b"), "/cn/中国?q=a%20b");
/// assert_eq!(decode_non_ascii("%E4%B8"), "%E4%B8"); // not a whole character
/// ```
pub fn decode_non_ascii(s: &str) -> String {
    decode_escape_runs(s, false)
}

// ---------------------------------------------------------------------------
// The anatomy of an href, read by hand: `url::Url` would reject some of the
// shapes (`mailto:?…`) and re-encode the query, losing what was written.

/// An href cut into its parts. The scheme and host are lower-cased; the rest
/// borrows from the input.
#[derive(Debug)]
pub(crate) struct Parts<'a> {
    /// Lower-case scheme without `:`; empty for a scheme-relative `//host`.
    pub(crate) scheme: Cow<'a, str>,
    /// Lower-case host without user info, port or trailing dot.
    pub(crate) host: Cow<'a, str>,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) fragment: Option<&'a str>,
}

/// Cuts an href into scheme, host, path, query and fragment. Total: any
/// string gives parts (a relative href has an empty scheme and host).
pub(crate) fn split_href(s: &str) -> Parts<'_> {
    let (rest, fragment) = match s.find('#') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (rest, query) = match rest.find('?') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (scheme, rest) = match rest.find(':') {
        Some(i)
            if rest.as_bytes()[0].is_ascii_alphabetic()
                && rest[..i]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) =>
        {
            (lower(&rest[..i]), &rest[i + 1..])
        }
        _ => (Cow::Borrowed(""), rest),
    };
    let (host, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            let authority = &after[..end];
            let host = authority.rsplit('@').next().unwrap_or("");
            let host = match host.rfind(':') {
                Some(i) if !host.ends_with(']') => &host[..i],
                _ => host,
            };
            (lower(host.trim_end_matches('.')), &after[end..])
        }
        None => (Cow::Borrowed(""), rest),
    };
    Parts {
        scheme,
        host,
        path,
        query,
        fragment,
    }
}

/// `s` in ASCII lower case, borrowed when it already is (most schemes and
/// hosts).
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

// ---------------------------------------------------------------------------
// Decoding.

/// Decodes the HTML character references an `href` copied raw from a page
/// may hold: the named ones that occur in URLs and all numeric ones, each
/// only when closed by `;`. Anything else is kept as written.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match entity(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character of the entity at the start of `s` (which starts with `&`)
/// and the entity's length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.get(1..)?.find(';')? + 1;
    if end > 10 {
        return None;
    }
    let name = &s[1..end];
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')?
        }
    };
    Some((c, end + 1))
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The byte spelled by the two hex digits at `bytes[i..i + 2]`.
fn hex_pair(bytes: &[u8], i: usize) -> Option<u8> {
    let h = hex_val(*bytes.get(i)?)?;
    let l = hex_val(*bytes.get(i + 1)?)?;
    Some(h * 16 + l)
}

/// Percent-decodes one layer. `%` not followed by two hex digits is kept as
/// written; decoded bytes that are not UTF-8 are written back as `%XX`.
pub(crate) fn percent_decode_layer(s: &str, plus_is_space: bool) -> String {
    if !(s.contains('%') || plus_is_space && s.contains('+')) {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut raw = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match hex_pair(bytes, i + 1) {
                Some(b) => {
                    raw.push(b);
                    i += 3;
                }
                None => {
                    raw.push(b'%');
                    i += 1;
                }
            },
            b'+' if plus_is_space => {
                raw.push(b' ');
                i += 1;
            }
            b => {
                raw.push(b);
                i += 1;
            }
        }
    }
    let mut out = String::with_capacity(raw.len());
    for chunk in raw.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// At `bytes[i]`, an escape of a byte ≥ 0x80 (`%E5`), and with `nested`
/// also under any number of extra layers (`%25E5`, `%2525E5`, …): the byte
/// and where the escape ends.
fn high_escape(bytes: &[u8], i: usize, nested: bool) -> Option<(u8, usize)> {
    if bytes.get(i) != Some(&b'%') {
        return None;
    }
    let mut j = i + 1;
    loop {
        let b = hex_pair(bytes, j)?;
        if nested && b == 0x25 && hex_pair(bytes, j + 2).is_some() {
            j += 2;
            continue;
        }
        return (b >= 0x80).then_some((b, j + 2));
    }
}

/// Decodes the escapes that spell non-ASCII UTF-8 characters, at any
/// nesting depth; every other escape, and runs that are not UTF-8, are kept
/// as written. Idempotent.
pub(crate) fn decode_utf8_escapes(s: &str) -> String {
    decode_escape_runs(s, true)
}

/// The one decoder of runs of escapes of bytes ≥ 0x80 (see [`high_escape`]
/// for `nested`): each run's longest UTF-8 pieces are decoded, the rest is
/// kept as written.
fn decode_escape_runs(s: &str, nested: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(first) = high_escape(bytes, i, nested) else {
            let next = memchr::memchr(b'%', &bytes[i + 1..]).map_or(bytes.len(), |p| i + 1 + p);
            out.push_str(&s[i..next]);
            i = next;
            continue;
        };
        // A run of adjacent escapes: their bytes and where each starts.
        let mut run = vec![first.0];
        let mut starts = vec![i];
        let mut end = first.1;
        while let Some((b, e)) = high_escape(bytes, end, nested) {
            run.push(b);
            starts.push(end);
            end = e;
        }
        starts.push(end);
        let mut k = 0;
        for chunk in run.utf8_chunks() {
            out.push_str(chunk.valid());
            k += chunk.valid().len();
            let bad = chunk.invalid().len();
            if bad > 0 {
                out.push_str(&s[starts[k]..starts[k + bad]]);
                k += bad;
            }
        }
        i = end;
    }
    out
}

/// Whether `s` is a whole URL still percent-encoded: `scheme%3A%2F%2F…` or
/// `%2F%2Fhost…`.
fn is_encoded_url(s: &str) -> bool {
    let s = s.trim_start();
    let after_scheme = match s.find('%') {
        Some(0) => s,
        Some(i)
            if s.as_bytes()[0].is_ascii_alphabetic()
                && s[..i]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) =>
        {
            match s[i..].get(..3) {
                Some(colon) if colon.eq_ignore_ascii_case("%3A") => &s[i + 3..],
                _ => return false,
            }
        }
        _ => return false,
    };
    after_scheme
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("%2F%2F"))
}

/// Decodes one query value by the module's rules (see the module docs).
pub(crate) fn decode_value(raw: &str) -> String {
    // Nothing to decode: without `%` or `+` every step below copies.
    if !raw.bytes().any(|b| b == b'%' || b == b'+') {
        return raw.to_string();
    }
    let mut v = percent_decode_layer(raw, true);
    for _ in 0..MAX_LAYERS {
        if !is_encoded_url(&v) {
            break;
        }
        v = percent_decode_layer(&v, false);
    }
    decode_utf8_escapes(&v)
}

/// The query's parameters, decoded, in order. A stray `amp;` left by a
/// doubly escaped `&amp;amp;` is dropped from names.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let k = k.strip_prefix("amp;").unwrap_or(k);
            (decode_value(k), decode_value(v))
        })
        .collect()
}

/// Pulls the first `http(s)://` URL out of free text: the URL, and the text
/// left around it with separators such as ` - ` or `:` trimmed (`None` when
/// nothing is left).
pub(crate) fn pull_url(text: &str) -> Option<(String, Option<String>)> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    let start = loop {
        let p = from + lower.get(from..)?.find("http")?;
        let tail = &lower[p..];
        let boundary = text[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if boundary && (tail.starts_with("http://") || tail.starts_with("https://")) {
            break p;
        }
        from = p + 4;
    };
    let rest = &text[start..];
    let mut end = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || "\"<>，。、；！？「」『』（）【】《》“”‘’".contains(c))
        .map_or(rest.len(), |(i, _)| i);
    // Trailing punctuation belongs to the sentence, not the URL.
    while let Some(c) = rest[..end].chars().next_back() {
        let unbalanced = c == ')' && !rest[..end].contains('(');
        if ".,;:!?'".contains(c) || unbalanced {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    let url = &rest[..end];
    if url.len() <= url.find("://")? + 3 {
        return None;
    }
    const SEPARATORS: &[char] = &['-', '–', '—', ':', '：', '|', '·', '/'];
    let before = text[..start]
        .trim_end()
        .trim_end_matches(SEPARATORS)
        .trim_end();
    let after = rest[end..]
        .trim_start()
        .trim_start_matches(SEPARATORS)
        .trim_start();
    let left = match (before.is_empty(), after.is_empty()) {
        (true, true) => None,
        (false, true) => Some(before.to_string()),
        (true, false) => Some(after.to_string()),
        (false, false) => Some(format!("{before} {after}")),
    };
    Some((url.to_string(), left))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_keeps_ascii_and_broken_escapes() {
        assert_eq!(decode_non_ascii("a%E5%9B%BD%20b"), "a国%20b");
        assert_eq!(decode_non_ascii("%E5%9B"), "%E5%9B");
        assert_eq!(decode_non_ascii("%zz%"), "%zz%");
        assert_eq!(decode_non_ascii("%FF%E5%9B%BD"), "%FF国");
    }

    #[test]
    fn one_layer() {
        assert_eq!(percent_decode_layer("a+b%20c", true), "a b c");
        assert_eq!(percent_decode_layer("a+b", false), "a+b");
        assert_eq!(percent_decode_layer("100%", true), "100%");
        assert_eq!(percent_decode_layer("%zz%4", true), "%zz%4");
        assert_eq!(percent_decode_layer("%E4%B8%AD%FF", true), "中%FF");
        assert_eq!(percent_decode_layer("%e4%b8", true), "%E4%B8");
        assert_eq!(percent_decode_layer("%2541", true), "%41");
    }

    #[test]
    fn utf8_escapes() {
        assert_eq!(decode_utf8_escapes("/%E5%9B%BD%20x"), "/国%20x");
        assert_eq!(decode_utf8_escapes("/%25E5%259B%25BD"), "/国");
        assert_eq!(
            decode_utf8_escapes("/%2525E5%2525%39B"),
            "/%2525E5%2525%39B"
        );
        assert_eq!(decode_utf8_escapes("%E5%9B%E4%B8%AD"), "%E5%9B中");
        assert_eq!(decode_utf8_escapes("%FF%"), "%FF%");
        assert_eq!(decode_utf8_escapes("%2541"), "%2541");
    }

    #[test]
    fn nested_urls() {
        assert_eq!(
            decode_value("https%253A%252F%252Fa.example%252F%253Fq%253Da%252Bb"),
            "https://a.example/?q=a+b"
        );
        assert_eq!(
            decode_value("https%3A%2F%2Fa.example%2Fx%2520y"),
            "https://a.example/x%20y"
        );
        assert!(is_encoded_url("HTTPS%3a%2f%2fx"));
        assert!(is_encoded_url("%2F%2Fx"));
        assert!(!is_encoded_url("https://x"));
        assert!(!is_encoded_url("a b%3A%2F%2F"));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&amp;b&#38;c&#x26;d&reg;e&f"),
            "a&b&c&d&reg;e&f"
        );
        assert_eq!(decode_entities("&#0;&#xFFFFFFFF;&"), "&#0;&#xFFFFFFFF;&");
    }

    #[test]
    fn urls_in_text() {
        assert_eq!(
            pull_url("标题 - https://rfi.my/A0re.W"),
            Some(("https://rfi.my/A0re.W".into(), Some("标题".into())))
        );
        assert_eq!(
            pull_url("see (https://a.example/x). Now"),
            Some(("https://a.example/x".into(), Some("see ( ). Now".into())))
        );
        assert_eq!(
            pull_url("HTTPS://A.example"),
            Some(("HTTPS://A.example".into(), None))
        );
        assert_eq!(pull_url("nohttp://x https://"), None);
        assert_eq!(pull_url("no url here"), None);
    }

    #[test]
    fn hrefs_split() {
        let p = split_href("HTTPS://user@WWW.Example.COM.:8080/a/b?c=d#e");
        assert_eq!((&*p.scheme, &*p.host), ("https", "www.example.com"));
        assert_eq!(
            (p.path, p.query, p.fragment),
            ("/a/b", Some("c=d"), Some("e"))
        );
        let p = split_href("mailto:?subject=x");
        assert_eq!((&*p.scheme, &*p.host, p.path), ("mailto", "", ""));
        let p = split_href("");
        assert_eq!((&*p.scheme, p.path), ("", ""));
    }

    /// xorshift64*: deterministic pseudo-random numbers without a crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    #[test]
    fn readable_decoding_is_idempotent() {
        const PIECES: &[&str] = &[
            "%", "%2", "%25", "%E5", "%9B", "%BD", "%e4", "%b8", "%ad", "%FF", "%41", "25", "E5",
            "中", "a", "/", "%C3", "%A9", "%F0%9F", "%98%80",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let n = (rng.next() % 12) as usize;
            let s: String = (0..n)
                .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
                .collect();
            let once = decode_utf8_escapes(&s);
            assert_eq!(decode_utf8_escapes(&once), once, "input {s:?}");
            // One layer of a component that holds no `%` or `+` changes nothing.
            let plain = once.replace(['%', '+'], "");
            assert_eq!(percent_decode_layer(&plain, true), plain);
        }
    }
}
