//! Redirect and proxy URLs unwrapped to the URL they stand for.

use url::Url;

use super::address::is_serialised;
use super::escapes::{decode_entities, decode_value, query_pairs, split_href, MAX_LAYERS};
use super::host::on;

/// The URL a redirect or proxy URL stands for, with every layer removed; `None`
/// when `s` is not such a URL (or holds no usable URL).
///
/// Known layers:
/// - Facebook's link shim `l.facebook.com/l.php?u=…` (also `lm.`, `m.`, `www.`);
/// - Google's `google.<tld>/url?q=…` (or `url=…`);
/// - the images.weserv.nl (and wsrv.nl) image proxy, `?url=…`, whose URL
///   usually has no scheme: `https://` is restored;
/// - Thumbor resizing proxies such as FT's
///   `thumbor.ftacademy.cn/unsafe/<options>/<URL>`, whose path holds the
///   original URL.
///
/// Layers are removed one at a time, at most 8, and the innermost value
/// that parses as an `http(s)` URL is returned. Parameter values are decoded
/// as [`ShareLink`](crate::ShareLink) decodes them (a `u=https%253A…` inside
/// another layer reads right). Cheap, total, and never touches the network.
///
/// ```
/// use article_dump::unwrap_url;
///
/// let u = unwrap_url("https://images.weserv.nl/?url=ichef.bbci.co.uk/ace/ws/640/x.jpg.webp").unwrap();
/// assert_eq!(u.as_str(), "https://ichef.bbci.co.uk/ace/ws/640/x.jpg.webp");
///
/// let u = unwrap_url(
///     "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%253A%252F%252Frfi.my%252FA0re.F&amp;h=AT0",
/// )
/// .unwrap();
/// assert_eq!(u.as_str(), "https://rfi.my/A0re.F");
///
/// let u = unwrap_url(
///     "https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/8/000126968_piclink.jpg",
/// )
/// .unwrap();
/// assert_eq!(u.as_str(), "https://thumbor.ftacademy.cn/unsafe/picture/8/000126968_piclink.jpg");
///
/// assert_eq!(unwrap_url("https://www.rfi.fr/cn/"), None);
/// ```
pub fn unwrap_url(s: &str) -> Option<Url> {
    // The text is a URL's serialisation, so this parse cannot fail.
    unwrap_text(s).and_then(|text| Url::parse(&text).ok())
}

/// [`unwrap_url`] as the innermost URL's serialisation.
fn unwrap_text(s: &str) -> Option<String> {
    let mut current = decode_entities(s.trim()).into_owned();
    let mut found = None;
    for _ in 0..MAX_LAYERS {
        let Some(inner) = unwrap_once(&current) else {
            break;
        };
        current = inner;
        if is_serialised(&current) {
            // An `http(s)` URL with a host that parses to itself.
            found = Some(current.clone());
            if !may_wrap(&current) {
                // Its host and path wrap nothing: no further layer.
                break;
            }
        } else if let Ok(url) = Url::parse(&current) {
            if matches!(url.scheme(), "http" | "https") && url.host_str().is_some() {
                // Go on from the parsed form: parsing drops tabs, folds
                // `\\` and extra slashes, and so may reveal a further layer
                // that the text hid. Unwrapping the result again then finds
                // nothing (within MAX_LAYERS).
                current = String::from(url);
                found = Some(current.clone());
            }
        }
    }
    found
}

/// [`unwrap_url`] for an address already resolved (see
/// [`resolve`](super::address::resolve)): the same answer as text, without reading
/// further the addresses whose host wraps nothing (most of them: every
/// image `src` and `srcset` candidate goes through here).
pub(crate) fn unwrap_resolved(url: &str) -> Option<String> {
    if may_wrap(url) {
        unwrap_text(url)
    } else {
        None
    }
}

/// Whether an address in `url::Url`'s serialisation has a host or path
/// that [`unwrap_once`] unwraps: when not, it wraps nothing.
fn may_wrap(url: &str) -> bool {
    // The path is only asked whether it starts with `/unsafe/`, which holds
    // no `?` or `#`: the text after the host answers the same.
    let (host, path) = super::address::host_and_rest(url);
    on(host, "facebook.com")
        || is_google(host)
        || host == "images.weserv.nl"
        || host == "wsrv.nl"
        || host.starts_with("thumbor.")
        || path.starts_with("/unsafe/")
}

/// Removes one layer: the wrapped URL as text, scheme restored.
fn unwrap_once(s: &str) -> Option<String> {
    let parts = split_href(s);
    if !matches!(&*parts.scheme, "http" | "https" | "") || parts.host.is_empty() {
        return None;
    }
    let host = &*parts.host;
    let path = parts.path;
    let param = |names: &[&str]| -> Option<String> {
        let pairs = query_pairs(parts.query?);
        names.iter().find_map(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        })
    };
    if on(host, "facebook.com") && path.eq_ignore_ascii_case("/l.php") {
        return param(&["u"]).filter(|u| has_web_scheme(u));
    }
    if is_google(host) && path == "/url" {
        return param(&["q", "url"]).filter(|u| has_web_scheme(u));
    }
    if (host == "images.weserv.nl" || host == "wsrv.nl") && (path.is_empty() || path == "/") {
        return param(&["url"]).map(|u| with_scheme(&u));
    }
    if host.starts_with("thumbor.") || path.starts_with("/unsafe/") {
        return thumbor_inner(s, parts.path.len());
    }
    None
}

fn is_google(host: &str) -> bool {
    let host = host.strip_prefix("www.").unwrap_or(host);
    host.strip_prefix("google.")
        .is_some_and(|tld| !tld.is_empty() && tld.split('.').count() <= 2)
}

fn has_web_scheme(u: &str) -> bool {
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// weserv's `url` is `host/path`, `//host/path`, `ssl:host/path` (old
/// syntax for https) or a full URL.
fn with_scheme(u: &str) -> String {
    if has_web_scheme(u) {
        u.to_string()
    } else if let Some(rest) = u.strip_prefix("//") {
        format!("https://{rest}")
    } else if let Some(rest) = u.strip_prefix("ssl:") {
        format!("https://{}", rest.trim_start_matches('/'))
    } else {
        format!("https://{u}")
    }
}

/// The URL a Thumbor path holds after its options: the text from the first
/// `/http:`, `/https:` (or its encoded form) after the host, to the end.
/// Some servers collapse `//` to `/` in paths; `https:/x` is read as
/// `https://x`.
fn thumbor_inner(s: &str, path_len: usize) -> Option<String> {
    // The path and what follows it (the query belongs to the inner URL).
    let from = s.len().checked_sub(path_len + tail_len(s))?;
    let tail = s.get(from..)?;
    let lower = tail.to_ascii_lowercase();
    let start = ["/http:", "/https:", "/http%3a", "/https%3a"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()?
        + 1;
    let inner = &tail[start..];
    let inner = if inner.contains("://") {
        inner.to_string()
    } else if inner
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("https:"))
        || inner
            .get(..5)
            .is_some_and(|p| p.eq_ignore_ascii_case("http:"))
    {
        // `http:/x` whose `//` a server collapsed.
        let colon = inner.find(':')?;
        format!(
            "{}://{}",
            &inner[..colon],
            inner[colon + 1..].trim_start_matches('/')
        )
    } else {
        decode_value(inner)
    };
    has_web_scheme(&inner).then_some(inner)
}

/// Length of the `?query#fragment` part of `s`.
fn tail_len(s: &str) -> usize {
    let end_of_path = s.find(['?', '#']).unwrap_or(s.len());
    s.len() - end_of_path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsed_fast_path_agrees() {
        for s in [
            "https://images.weserv.nl/?url=ichef.bbci.co.uk/a.jpg",
            "https://wsrv.nl/?url=x.org/b.png",
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fa.org%2F",
            "https://www.google.com/url?q=https://a.org/",
            "https://thumbor.ftacademy.cn/unsafe/1x1/https://a.org/c.jpg",
            "https://x.org/unsafe/1x1/https://a.org/c.jpg",
            "https://ichef.bbci.co.uk/ace/ws/640/a.jpg",
            "https://static.dw.com/image/1.jpg",
        ] {
            let url = Url::parse(s).unwrap();
            assert_eq!(
                unwrap_resolved(url.as_str()),
                unwrap_url(url.as_str()).map(String::from),
                "{s}"
            );
        }
    }

    #[test]
    fn layers() {
        let u = unwrap_url("https://images.weserv.nl?url=gdb.voanews.com/a_w900.jpg").unwrap();
        assert_eq!(u.as_str(), "https://gdb.voanews.com/a_w900.jpg");
        let u =
            unwrap_url("https://www.google.com/url?sa=t&url=http%3A%2F%2Fa.example%2F").unwrap();
        assert_eq!(u.as_str(), "http://a.example/");
        let u = unwrap_url("https://wsrv.nl/?url=ssl:a.example/x.png&w=10").unwrap();
        assert_eq!(u.as_str(), "https://a.example/x.png");
        let u =
            unwrap_url("http://thumbor.example/unsafe/10x10/https:/a.example/p.jpg?v=1").unwrap();
        assert_eq!(u.as_str(), "https://a.example/p.jpg?v=1");
        let u =
            unwrap_url("http://t.example/unsafe/fit-in/https%3A%2F%2Fa.example%2Fp.jpg").unwrap();
        assert_eq!(u.as_str(), "https://a.example/p.jpg");
    }

    #[test]
    fn not_wrapped() {
        assert_eq!(unwrap_url(""), None);
        assert_eq!(unwrap_url("https://l.facebook.com/l.php"), None);
        assert_eq!(
            unwrap_url("https://l.facebook.com/l.php?u=javascript:x"),
            None
        );
        assert_eq!(
            unwrap_url("https://www.google.com/search?q=https://a.example"),
            None
        );
        assert_eq!(
            unwrap_url("https://google.evil.example.com/url?q=https://a.example"),
            None
        );
        assert_eq!(
            unwrap_url("https://thumbor.example/unsafe/picture/1/x.jpg"),
            None
        );
        assert_eq!(unwrap_url("https://images.weserv.nl/?url="), None);
    }

    #[test]
    fn bounded() {
        let mut s = "https://a.example/x.jpg".to_string();
        for _ in 0..20 {
            s = format!(
                "https://images.weserv.nl/?url={}",
                s.replace('%', "%25")
                    .replace('&', "%26")
                    .replace('?', "%3F")
            );
        }
        // Twenty layers: eight are removed, and what is left is still a URL.
        assert!(unwrap_url(&s).is_some());
    }
}
