//! Share links: the buttons at the end of news pages, decoded into data.
//!
//! A share button's `href` carries, encoded once or twice, the article's
//! (often shortened) URL, its title and the outlet's account. [`ShareLink`]
//! reads every shape the archive's sites use and decodes each parameter
//! without ever touching the network.
//!
//! The decoding rules are documented on [`ShareLink`].

use std::borrow::Cow;
use std::fmt;

use url::Url;

/// How many extra layers of encoding are peeled off a nested URL.
pub(crate) const MAX_LAYERS: usize = 8;

/// A social network or channel a share link sends to.
///
/// ```
/// use article_dump::Network;
/// assert_eq!(Network::WhatsApp.name(), "whatsapp");
/// assert_eq!(Network::from_name("x"), Some(Network::X));
/// assert_eq!(Network::Vk.to_string(), "vk");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Network {
    /// Facebook (`facebook.com/dialog/share`, `sharer.php`, …).
    Facebook,
    /// Facebook Messenger (`facebook.com/dialog/send`, `fb-messenger://share`).
    Messenger,
    /// X, formerly Twitter (`x.com` and `twitter.com`, `intent/tweet`, `share`).
    X,
    /// WhatsApp (`whatsapp://send`, `web.whatsapp.com/send`, `wa.me`, …).
    WhatsApp,
    /// Telegram (`t.me/share/url`, `telegram.me/share/url`, `tg://msg_url`).
    Telegram,
    /// LinkedIn (`shareArticle`, `sharing/share-offsite`).
    LinkedIn,
    /// Sina Weibo (`service.weibo.com/share/share.php`).
    Weibo,
    /// LINE (`social-plugins.line.me`, `lineit.line.me`, `line.me/R/msg/text`).
    Line,
    /// Reddit (`reddit.com/submit`).
    Reddit,
    /// Pinterest (`pinterest.com/pin/create/button`).
    Pinterest,
    /// VK (`vk.com/share.php`).
    Vk,
    /// E-mail (`mailto:?subject=…&body=…`).
    Email,
    /// Anything else: AddToAny's `copy_link`, unknown services, and links of
    /// unknown shape found inside a share block.
    Other,
}

impl Network {
    /// Every network, in declaration order.
    pub const ALL: [Network; 13] = [
        Network::Facebook,
        Network::Messenger,
        Network::X,
        Network::WhatsApp,
        Network::Telegram,
        Network::LinkedIn,
        Network::Weibo,
        Network::Line,
        Network::Reddit,
        Network::Pinterest,
        Network::Vk,
        Network::Email,
        Network::Other,
    ];

    /// The lower-case name used in JSON: `facebook`, `messenger`, `x`,
    /// `whatsapp`, `telegram`, `linkedin`, `weibo`, `line`, `reddit`,
    /// `pinterest`, `vk`, `email`, `other`.
    pub fn name(self) -> &'static str {
        match self {
            Network::Facebook => "facebook",
            Network::Messenger => "messenger",
            Network::X => "x",
            Network::WhatsApp => "whatsapp",
            Network::Telegram => "telegram",
            Network::LinkedIn => "linkedin",
            Network::Weibo => "weibo",
            Network::Line => "line",
            Network::Reddit => "reddit",
            Network::Pinterest => "pinterest",
            Network::Vk => "vk",
            Network::Email => "email",
            Network::Other => "other",
        }
    }

    /// The network with this [`name`](Network::name), if any.
    pub fn from_name(name: &str) -> Option<Network> {
        Network::ALL.into_iter().find(|n| n.name() == name)
    }

    /// The network of an AddToAny service name (`twitter` is X, `sina_weibo`
    /// is Weibo; `copy_link` and unknown services are `Other`).
    fn from_addtoany(service: &str) -> Network {
        match service.to_ascii_lowercase().as_str() {
            "facebook" => Network::Facebook,
            "facebook_messenger" => Network::Messenger,
            "twitter" | "x" => Network::X,
            "whatsapp" => Network::WhatsApp,
            "telegram" => Network::Telegram,
            "linkedin" => Network::LinkedIn,
            "sina_weibo" | "weibo" => Network::Weibo,
            "line" => Network::Line,
            "reddit" => Network::Reddit,
            "pinterest" => Network::Pinterest,
            "vk" => Network::Vk,
            "email" => Network::Email,
            _ => Network::Other,
        }
    }
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Network {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Network {
    /// Unknown names read as [`Network::Other`], so that JSON written by a
    /// later version that knows more networks still reads.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(Network::from_name(&name).unwrap_or(Network::Other))
    }
}

/// One decoded share link.
///
/// The text fields hold decoded, trimmed values (`None` when the parameter is
/// missing or empty); [`params`](ShareLink::params) keeps every query
/// parameter, decoded, in the order written, for whatever the fields leave
/// out.
///
/// In JSON (feature `serde`) the network is its [`name`](Network::name),
/// `None` fields and an empty `hashtags` are left out, and `params` is a list
/// of `[name, value]` pairs.
///
/// # Decoding
///
/// 1. HTML entities (`&amp;`, `&#38;`, `&quot;`, …) are decoded first, so
///    that an `href` copied raw from a page reads the same as the value an
///    HTML parser gives. Only entities closed by `;` are decoded.
/// 2. Each query value is percent-decoded *one layer*, with `+` read as a
///    space. A `%` not followed by two hex digits is kept as written; bytes
///    that do not form UTF-8 are written back as `%XX`.
/// 3. While the value is still a whole percent-encoded URL
///    (`https%3A%2F%2F…`), one more layer is decoded (without `+` → space:
///    a `+` there is literal), at most 8 times.
/// 4. Finally, escapes that spell non-ASCII UTF-8 characters are decoded,
///    whatever their nesting (`%E5`, `%25E5`, `%2525E5` …). This is how a
///    doubly encoded path such as RFI's `redirect_uri` becomes readable. It
///    never changes a URL's structure: only non-ASCII characters are
///    produced, and none of them is a URL delimiter. ASCII escapes left
///    after step 3 (`%20`, `%2F`, `%3F`) are kept as written, since decoding
///    them could turn data into structure.
/// 5. When there is no URL parameter (WhatsApp, LINE's message, an e-mail
///    body, a tweet's text), the first `http(s)://` URL is taken out of the
///    text, up to white space or CJK punctuation and without trailing
///    sentence punctuation; the text keeps the rest, with separators such as
///    ` - ` or `:` trimmed.
///
/// The decoded values are meant to be read and compared; `url::Url::parse`
/// accepts them and encodes them back to the same URL. The shared URL is
/// not unwrapped or followed: see [`unwrap_url`](crate::unwrap_url) for
/// redirect layers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ShareLink {
    /// Where the link shares to.
    pub network: Network,
    /// The AddToAny service name as written (`twitter`, `copy_link`, …);
    /// `None` for links that do not go through AddToAny.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub service: Option<String>,
    /// The `href` exactly as given to the parser.
    pub href: String,
    /// The shared URL, decoded: from `url`, `u`, `href`, `link` or `linkurl`,
    /// or pulled out of the text when the network puts it there (WhatsApp,
    /// LINE, e-mail).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// The message (`text`, `quote`, `description`, `summary`, `body`,
    /// `linkname`), without the URL when the URL was pulled out of it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub text: Option<String>,
    /// The title (`title`, `t`, `name`, an e-mail's `subject`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// The account credited (X's `via`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub via: Option<String>,
    /// Accounts suggested after sharing (X's `related`, comma-separated).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub related: Option<String>,
    /// The interface language asked for (`lang`, `locale`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub lang: Option<String>,
    /// Hashtags without their `#` (X's comma-separated `hashtags`,
    /// Facebook's `hashtag`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub hashtags: Vec<String>,
    /// Where the network sends the reader back (`redirect_uri`), decoded;
    /// on RFI's Facebook links this is the article's own URL.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub redirect: Option<String>,
    /// Every query parameter, decoded, in order (a parameter without `=` has
    /// an empty value).
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: Vec<(String, String)>,
    /// Whether [`url`](ShareLink::url) or [`redirect`](ShareLink::redirect)
    /// is the article's own URL. The parser cannot know the article, so this
    /// is `false` until [`mark_article`](ShareLink::mark_article) sets it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub same_as_article: bool,
}

impl ShareLink {
    /// Decodes a share link of a known shape; `None` for anything else
    /// (including links to a network's home page or an account).
    ///
    /// Works on any string: an attribute value as an HTML parser gives it,
    /// or an `href` copied raw with `&amp;` in it. Never panics, never
    /// fetches anything.
    ///
    /// ```
    /// use article_dump::{Network, ShareLink};
    ///
    /// // RFI's Facebook button: the short link, and the article's URL encoded twice.
    /// let link = ShareLink::parse(
    ///     "https://www.facebook.com/dialog/share?app_id=1&amp;href=https%3A%2F%2Frfi.my%2FA0re.F\
    ///      &amp;redirect_uri=https%3A%2F%2Fwww.rfi.fr%2Fcn%2F%25E5%259B%25BD%25E9%2599%2585%2F",
    /// )
    /// .unwrap();
    /// assert_eq!(link.network, Network::Facebook);
    /// assert_eq!(link.url.as_deref(), Some("https://rfi.my/A0re.F"));
    /// assert_eq!(link.redirect.as_deref(), Some("https://www.rfi.fr/cn/国际/"));
    ///
    /// // RFI's WhatsApp button: the short link sits inside the text.
    /// let link = ShareLink::parse("whatsapp://send?text=%E6%A0%87%E9%A2%98%20-%20https%3A%2F%2Frfi.my%2FA0re.W")
    ///     .unwrap();
    /// assert_eq!(link.network, Network::WhatsApp);
    /// assert_eq!(link.text.as_deref(), Some("标题"));
    /// assert_eq!(link.url.as_deref(), Some("https://rfi.my/A0re.W"));
    ///
    /// assert_eq!(ShareLink::parse("https://www.rfi.fr/cn/"), None);
    /// ```
    pub fn parse(href: &str) -> Option<ShareLink> {
        let clean = decode_entities(href.trim());
        let parts = split_href(&clean);
        let (network, service) = shape(&parts)?;
        let mut link = ShareLink::from_parts(href, network, &parts);
        link.service = service;
        Some(link)
    }

    /// Decodes a link found inside a share block: a known shape as
    /// [`parse`](ShareLink::parse) reads it, anything else as
    /// [`Network::Other`] with its parameters (from the query, or from the
    /// fragment when there is no query, as AddToAny's `share#url=…` has)
    /// still decoded.
    ///
    /// ```
    /// use article_dump::{Network, ShareLink};
    /// let link = ShareLink::parse_or_other("https://example.org/share?u=https%3A%2F%2Fa.example%2F");
    /// assert_eq!(link.network, Network::Other);
    /// assert_eq!(link.url.as_deref(), Some("https://a.example/"));
    /// ```
    pub fn parse_or_other(href: &str) -> ShareLink {
        ShareLink::parse(href).unwrap_or_else(|| {
            let clean = decode_entities(href.trim());
            let mut parts = split_href(&clean);
            if parts.query.is_none() {
                parts.query = parts.fragment;
            }
            ShareLink::from_parts(href, Network::Other, &parts)
        })
    }

    /// The first decoded value of a query parameter (names compared without
    /// regard to ASCII case).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The shared URL parsed, when it is an absolute URL.
    pub fn parsed_url(&self) -> Option<Url> {
        self.url.as_deref().and_then(|u| Url::parse(u).ok())
    }

    /// Whether the shared URL or the redirect is `article_url`, up to
    /// `http`/`https`, a leading `www.`, host case, repeated or trailing
    /// slashes in the path, percent-encoding of non-ASCII characters, and the
    /// fragment. A short link (`rfi.my/…`) is not followed, so it never
    /// matches.
    ///
    /// ```
    /// use article_dump::ShareLink;
    /// let link = ShareLink::parse(
    ///     "https://www.facebook.com/dialog/share?href=https%3A%2F%2Frfi.my%2Fx.F\
    ///      &redirect_uri=https%3A%2F%2Fwww.rfi.fr%2Fcn%2F%25E5%259B%25BD%25E9%2599%2585%2F",
    /// )
    /// .unwrap();
    /// let article = url::Url::parse("http://www.rfi.fr//cn/%E5%9B%BD%E9%99%85").unwrap();
    /// assert!(link.points_to(&article));
    /// ```
    pub fn points_to(&self, article_url: &Url) -> bool {
        let Some(want) = comparable(article_url.as_str()) else {
            return false;
        };
        [&self.url, &self.redirect]
            .into_iter()
            .flatten()
            .any(|u| comparable(u).as_deref() == Some(want.as_str()))
    }

    /// Sets [`same_as_article`](ShareLink::same_as_article) from
    /// [`points_to`](ShareLink::points_to) and returns it.
    pub fn mark_article(&mut self, article_url: &Url) -> bool {
        self.same_as_article = self.points_to(article_url);
        self.same_as_article
    }

    fn from_parts(href: &str, network: Network, parts: &Parts<'_>) -> ShareLink {
        let params = parts.query.map(query_pairs).unwrap_or_default();
        let get = |names: &[&str]| -> Option<String> {
            names.iter().find_map(|name| {
                params
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.trim())
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
            })
        };
        let mut url = get(&["url", "u", "href", "link", "linkurl"]);
        let mut text = get(&[
            "text",
            "quote",
            "description",
            "summary",
            "body",
            "linkname",
            "comment",
        ]);
        if network == Network::Line && text.is_none() {
            text = line_message(parts);
        }
        let title = get(&["title", "t", "name", "subject"]);
        let hashtags = get(&["hashtags", "hashtag"])
            .map(|h| {
                h.split(',')
                    .map(|t| t.trim().trim_start_matches('#').trim())
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        if url.is_none() {
            if let Some((found, rest)) = text.as_deref().and_then(pull_url) {
                url = Some(found);
                text = rest;
            }
        }
        ShareLink {
            network,
            service: None,
            href: href.to_string(),
            url,
            text,
            title,
            via: get(&["via"]),
            related: get(&["related"]),
            lang: get(&["lang", "locale"]),
            hashtags,
            redirect: get(&["redirect_uri", "redirect_url", "redirect"]),
            params,
            same_as_article: false,
        }
    }
}

/// LINE's `line.me/R/msg/text/?<message>` puts the whole message in the
/// query (or after the last slash), not in a named parameter.
fn line_message(parts: &Parts<'_>) -> Option<String> {
    let raw = match parts.query {
        Some(q) if !q.is_empty() && !q.contains('=') => q,
        _ => {
            let path = parts.path.trim_end_matches('/');
            let lower = path.to_ascii_lowercase();
            let rest = lower
                .strip_suffix("/msg/text")
                .map(|_| "")
                .or_else(|| lower.rfind("/msg/text/").map(|p| &path[p + 10..]))?;
            rest
        }
    };
    let text = decode_value(raw);
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Recognises a known share shape: the network and, for AddToAny, the
/// service name.
fn shape(p: &Parts<'_>) -> Option<(Network, Option<String>)> {
    let path = normal_path(p.path);
    let host = p.host.as_str();
    let has = |name: &str| {
        p.query.is_some_and(|q| {
            q.split('&').any(|kv| {
                kv.split('=')
                    .next()
                    .is_some_and(|k| k.eq_ignore_ascii_case(name))
            })
        })
    };
    let network = match p.scheme.as_str() {
        "whatsapp" if host == "send" => Network::WhatsApp,
        "fb-messenger" if host == "share" => Network::Messenger,
        "tg" if host == "msg_url" || host == "msg" => Network::Telegram,
        "line" if host == "msg" && path.starts_with("/text") => Network::Line,
        "mailto" => {
            // A share by mail has a message; a bare address is a contact link.
            if !(has("subject") || has("body")) {
                return None;
            }
            Network::Email
        }
        "http" | "https" | "" if !host.is_empty() => {
            if on(host, "addtoany.com") {
                let service = path.strip_prefix("/add_to/")?;
                if service.is_empty() || service.contains('/') {
                    return None;
                }
                // Keep the service name as written, not lower-cased.
                let written = p.path.trim_matches('/').rsplit('/').next().unwrap_or("");
                return Some((Network::from_addtoany(service), Some(written.to_string())));
            }
            web_shape(host, &path, &has)?
        }
        _ => return None,
    };
    Some((network, None))
}

fn web_shape(host: &str, path: &str, has: &dyn Fn(&str) -> bool) -> Option<Network> {
    let network = if on(host, "facebook.com") || on(host, "fb.com") {
        match path {
            "/dialog/share" | "/dialog/feed" | "/sharer.php" | "/sharer/sharer.php" | "/sharer"
            | "/share.php" => Network::Facebook,
            "/dialog/send" => Network::Messenger,
            _ => return None,
        }
    } else if on(host, "twitter.com") || on(host, "x.com") {
        match path {
            "/intent/tweet" | "/intent/post" | "/share" => Network::X,
            _ => return None,
        }
    } else if host == "wa.me" {
        // `wa.me/<number>` alone opens a chat; with a text it shares.
        if path.is_empty() || has("text") {
            Network::WhatsApp
        } else {
            return None;
        }
    } else if on(host, "whatsapp.com") {
        match path {
            "/send" => Network::WhatsApp,
            _ => return None,
        }
    } else if on(host, "t.me") || on(host, "telegram.me") || on(host, "telegram.dog") {
        match path {
            "/share/url" | "/share" => Network::Telegram,
            _ => return None,
        }
    } else if on(host, "linkedin.com") {
        match path {
            "/sharearticle" | "/sharing/share-offsite" | "/cws/share" => Network::LinkedIn,
            _ => return None,
        }
    } else if host == "service.weibo.com" || host == "v.t.sina.com.cn" {
        match path {
            "/share/share.php" | "/share/mobile.php" => Network::Weibo,
            _ => return None,
        }
    } else if host == "social-plugins.line.me" || host == "lineit.line.me" {
        match path {
            "/lineit/share" | "/share/ui" => Network::Line,
            _ => return None,
        }
    } else if host == "line.me" || host == "www.line.me" {
        if path == "/r/msg/text" || path.starts_with("/r/msg/text/") || path == "/r/share" {
            Network::Line
        } else {
            return None;
        }
    } else if on(host, "reddit.com") {
        match path {
            "/submit" => Network::Reddit,
            _ => return None,
        }
    } else if on(host, "pinterest.com") {
        match path {
            "/pin/create/button" | "/pin/create/link" | "/pin/create/bookmarklet" => {
                Network::Pinterest
            }
            _ => return None,
        }
    } else if on(host, "vk.com") || on(host, "vkontakte.ru") {
        match path {
            "/share.php" => Network::Vk,
            _ => return None,
        }
    } else {
        return None;
    };
    Some(network)
}

/// Whether `host` is `domain` or one of its subdomains.
pub(crate) fn on(host: &str, domain: &str) -> bool {
    host.strip_suffix(domain)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

/// A path for matching: lower case, repeated slashes collapsed, no trailing
/// slash (the root is the empty string).
fn normal_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.push_str(&seg.to_ascii_lowercase());
    }
    out
}

/// A URL reduced to what [`ShareLink::points_to`] compares.
fn comparable(s: &str) -> Option<String> {
    let url = Url::parse(s.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut out = String::from(host);
    if let Some(port) = url.port() {
        out.push(':');
        out.push_str(&port.to_string());
    }
    out.push_str(&normal_case_path(&decode_utf8_escapes(url.path())));
    if let Some(q) = url.query().filter(|q| !q.is_empty()) {
        out.push('?');
        out.push_str(&decode_utf8_escapes(q));
    }
    Some(out)
}

/// Repeated slashes collapsed and the trailing slash dropped; case kept.
fn normal_case_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.push_str(seg);
    }
    out
}

// ---------------------------------------------------------------------------
// The anatomy of an href, read by hand: `url::Url` would reject some of the
// shapes (`mailto:?…`) and re-encode the query, losing what was written.

/// An href cut into its parts. The scheme and host are lower-cased; the rest
/// borrows from the input.
#[derive(Debug)]
pub(crate) struct Parts<'a> {
    /// Lower-case scheme without `:`; empty for a scheme-relative `//host`.
    pub(crate) scheme: String,
    /// Lower-case host without user info, port or trailing dot.
    pub(crate) host: String,
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
            (rest[..i].to_ascii_lowercase(), &rest[i + 1..])
        }
        _ => (String::new(), rest),
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
            (
                host.trim_end_matches('.').to_ascii_lowercase(),
                &after[end..],
            )
        }
        None => (String::new(), rest),
    };
    Parts {
        scheme,
        host,
        path,
        query,
        fragment,
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

/// At `bytes[i]`, an escape of a byte ≥ 0x80 under any number of extra
/// layers (`%E5`, `%25E5`, `%2525E5`, …): the byte and where the escape ends.
fn high_escape(bytes: &[u8], i: usize) -> Option<(u8, usize)> {
    if bytes.get(i) != Some(&b'%') {
        return None;
    }
    let mut j = i + 1;
    loop {
        let b = hex_pair(bytes, j)?;
        if b == 0x25 && hex_pair(bytes, j + 2).is_some() {
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
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(first) = high_escape(bytes, i) else {
            let next = bytes[i + 1..]
                .iter()
                .position(|&b| b == b'%')
                .map_or(bytes.len(), |p| i + 1 + p);
            out.push_str(&s[i..next]);
            i = next;
            continue;
        };
        // A run of adjacent escapes: their bytes and where each starts.
        let mut run = vec![first.0];
        let mut starts = vec![i];
        let mut end = first.1;
        while let Some((b, e)) = high_escape(bytes, end) {
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
fn pull_url(text: &str) -> Option<(String, Option<String>)> {
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
        assert_eq!(
            (p.scheme.as_str(), p.host.as_str()),
            ("https", "www.example.com")
        );
        assert_eq!(
            (p.path, p.query, p.fragment),
            ("/a/b", Some("c=d"), Some("e"))
        );
        let p = split_href("mailto:?subject=x");
        assert_eq!(
            (p.scheme.as_str(), p.host.as_str(), p.path),
            ("mailto", "", "")
        );
        let p = split_href("");
        assert_eq!((p.scheme.as_str(), p.path), ("", ""));
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
