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

use super::escapes::{
    decode_entities, decode_utf8_escapes, decode_value, pull_url, query_pairs, split_href, Parts,
};
use super::host::on;

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
    /// Delicious, the bookmarking service (`del.icio.us/post`,
    /// `delicious.com/save`), as in CDT's 2020 feed footer.
    Delicious,
    /// Anything else: AddToAny's `copy_link`, unknown services, and links of
    /// unknown shape found inside a share block.
    Other,
}

impl Network {
    /// Every network, in declaration order.
    pub const ALL: [Network; 14] = [
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
        Network::Delicious,
        Network::Other,
    ];

    /// The lower-case name used in JSON: `facebook`, `messenger`, `x`,
    /// `whatsapp`, `telegram`, `linkedin`, `weibo`, `line`, `reddit`,
    /// `pinterest`, `vk`, `email`, `delicious`, `other`.
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
            Network::Delicious => "delicious",
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
            "delicious" => Network::Delicious,
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
        self.points_to_key(ArticleKey::new(article_url).as_ref())
    }

    /// Sets [`same_as_article`](ShareLink::same_as_article) from
    /// [`points_to`](ShareLink::points_to) and returns it.
    pub fn mark_article(&mut self, article_url: &Url) -> bool {
        self.mark_article_key(ArticleKey::new(article_url).as_ref())
    }

    /// [`mark_article`](ShareLink::mark_article) with the article URL's
    /// key worked out once for all the links of an article.
    pub(crate) fn mark_article_key(&mut self, key: Option<&ArticleKey>) -> bool {
        self.same_as_article = self.points_to_key(key);
        self.same_as_article
    }

    fn points_to_key(&self, key: Option<&ArticleKey>) -> bool {
        let Some(ArticleKey(want)) = key else {
            return false;
        };
        [&self.url, &self.redirect]
            .into_iter()
            .flatten()
            .any(|u| comparable(u).as_deref() == Some(want.as_str()))
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

/// Whether `href` is a share button: one answer for the body's walk and
/// for [`ShareLink::parse`], which recognise the same shapes, with two
/// differences that only matter outside a share bar:
///
/// - a `mailto:` is a share by mail only with no recipient and a subject
///   or a body (`mailto:?subject=…&body=…`); an address in the text, even
///   with a subject (`mailto:tips@example.org?subject=Tip`), is a contact
///   link and stays a link of the paragraph;
/// - AddToAny's own share page (`addtoany.com/share#url=…`) is a button
///   too, although `parse` leaves its network unknown.
pub(crate) fn is_share_button(href: &str) -> bool {
    // Cheap refusal first: this runs on every link of every body.
    if !href.contains(['/', ':']) {
        return false;
    }
    let clean = decode_entities(href.trim());
    let parts = split_href(&clean);
    // `mailto:` has no host: the recipient is the path.
    if parts.scheme == "mailto" && !parts.path.trim().is_empty() {
        return false;
    }
    if on(&parts.host, "addtoany.com") && normal_path(parts.path).starts_with("/share") {
        return true;
    }
    shape(&parts).is_some()
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
    let host = &*p.host;
    let has = |name: &str| {
        p.query.is_some_and(|q| {
            q.split('&').any(|kv| {
                kv.split('=')
                    .next()
                    .is_some_and(|k| k.eq_ignore_ascii_case(name))
            })
        })
    };
    let network = match &*p.scheme {
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
    } else if on(host, "del.icio.us") || on(host, "delicious.com") {
        match path {
            "/post" | "/save" => Network::Delicious,
            _ => return None,
        }
    } else {
        return None;
    };
    Some(network)
}

/// A path for matching: lower case, repeated slashes collapsed, no trailing
/// slash (the root is the empty string).
fn normal_path(path: &str) -> Cow<'_, str> {
    // Most paths are normal already: borrowed, nothing allocated.
    let normal = path.is_empty()
        || (path.starts_with('/')
            && !path.ends_with('/')
            && !path.as_bytes().windows(2).any(|w| w == b"//")
            && !path.bytes().any(|b| b.is_ascii_uppercase()));
    if normal {
        Cow::Borrowed(path)
    } else {
        Cow::Owned(normal_case_path(path).to_ascii_lowercase())
    }
}

/// An article URL reduced to what [`ShareLink::points_to`] compares; `None`
/// when it is no `http(s)` URL, which no link points to.
pub(crate) struct ArticleKey(String);

impl ArticleKey {
    pub(crate) fn new(article_url: &Url) -> Option<ArticleKey> {
        comparable(article_url.as_str()).map(ArticleKey)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_buttons_are_the_shapes_parse_reads() {
        for href in [
            "https://vk.com/share.php?url=https%3A%2F%2Fa.example%2F",
            "https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fa.example%2F",
            "mailto:?subject=Title&amp;body=https%3A%2F%2Fa.example%2F",
            "whatsapp://send?text=x",
            "https://x.com/intent/tweet?url=u",
            "https://www.addtoany.com/share#url=https%3A%2F%2Fa.example%2F",
        ] {
            assert!(is_share_button(href), "{href}");
            assert!(
                ShareLink::parse(href).is_some() || href.contains("addtoany.com/share"),
                "{href}"
            );
        }
        for href in [
            // A contact address is a link of the text, with a subject or not.
            "mailto:someone@example.org",
            "mailto:tips@example.org?subject=Tip",
            "https://vk.com/some_account",
            "https://www.pinterest.com/some_board/",
            "/cn/share",
            "",
        ] {
            assert!(!is_share_button(href), "{href}");
        }
    }
}
