//! Share links and unwrapping as a user sees them: hand-made links for every
//! network, the dev corpus, and properties over generated strings.

mod common;

use std::collections::BTreeMap;

use article_dump::{decode_non_ascii, unwrap_url, Network, ShareLink};
use url::Url;

fn parse(href: &str) -> ShareLink {
    ShareLink::parse(href).unwrap_or_else(|| panic!("not read as a share link: {href}"))
}

// ---------------------------------------------------------------------------
// Hand-made links, one group per network.

#[test]
fn facebook_dialog_with_double_encoded_redirect() {
    let link = parse(
        "https://www.facebook.com/dialog/share?app_id=42&amp;href=https%3A%2F%2Fshort.example%2Fab.F\
         &amp;redirect_uri=https%3A%2F%2Fnews.example%2Fzh%2F%25E4%25B8%2596%25E7%2595%258C%2F2023-x\
         &amp;locale=zh_CN",
    );
    assert_eq!(link.network, Network::Facebook);
    assert_eq!(link.url.as_deref(), Some("https://short.example/ab.F"));
    assert_eq!(
        link.redirect.as_deref(),
        Some("https://news.example/zh/世界/2023-x")
    );
    assert_eq!(link.lang.as_deref(), Some("zh_CN"));
    assert_eq!(link.param("app_id"), Some("42"));
    let names: Vec<&str> = link.params.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["app_id", "href", "redirect_uri", "locale"]);
    assert!(link.href.contains("&amp;"), "href is kept raw");
}

#[test]
fn facebook_sharer_shapes() {
    for href in [
        "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fa.example%2Fp&t=Hi+there",
        "http://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.example%2Fp&t=Hi%20there",
        "HTTPS://WWW.FACEBOOK.COM/sharer/sharer.php/?u=https://a.example/p&t=Hi+there",
        "//m.facebook.com/sharer.php?u=https%3A%2F%2Fa.example%2Fp&t=Hi+there",
    ] {
        let link = parse(href);
        assert_eq!(link.network, Network::Facebook, "{href}");
        assert_eq!(link.url.as_deref(), Some("https://a.example/p"), "{href}");
        assert_eq!(link.title.as_deref(), Some("Hi there"), "{href}");
    }
    let link =
        parse("https://www.facebook.com/dialog/share?quote=%E4%BD%A0%E5%A5%BD&hashtag=%23news");
    assert_eq!(link.url, None, "missing parameter");
    assert_eq!(link.text.as_deref(), Some("你好"));
    assert_eq!(link.hashtags, ["news"]);
    assert_eq!(
        ShareLink::parse("https://www.facebook.com/SomeOutlet"),
        None
    );
    assert_eq!(
        ShareLink::parse("https://notfacebook.com/sharer.php?u=x"),
        None
    );
}

#[test]
fn messenger() {
    let link = parse("https://www.facebook.com/dialog/send?link=https%3A%2F%2Fa.example%2F&app_id=1&redirect_uri=https%3A%2F%2Fa.example%2F");
    assert_eq!(link.network, Network::Messenger);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
    assert_eq!(link.redirect.as_deref(), Some("https://a.example/"));
    let link = parse("fb-messenger://share/?link=https%3A%2F%2Fa.example%2Fq%3Fx%3D1%26y%3D2");
    assert_eq!(link.network, Network::Messenger);
    assert_eq!(link.url.as_deref(), Some("https://a.example/q?x=1&y=2"));
    let link = parse("FB-Messenger://share?link=");
    assert_eq!(
        (link.network, link.url),
        (Network::Messenger, None),
        "empty value"
    );
}

#[test]
fn x_and_twitter() {
    let link = parse(
        "https://x.com/intent/tweet?url=https%3A%2F%2Fshort.example%2Fab.X&amp;via=Desk_Zh\
         &amp;related=Desk_Zh&amp;text=%E6%96%B0%E9%97%BB%E6%A0%87%E9%A2%98&amp;lang=zh-cn\
         &amp;hashtags=one,%23two,,three",
    );
    assert_eq!(link.network, Network::X);
    assert_eq!(link.url.as_deref(), Some("https://short.example/ab.X"));
    assert_eq!(link.text.as_deref(), Some("新闻标题"));
    assert_eq!(link.via.as_deref(), Some("Desk_Zh"));
    assert_eq!(link.related.as_deref(), Some("Desk_Zh"));
    assert_eq!(link.lang.as_deref(), Some("zh-cn"));
    assert_eq!(link.hashtags, ["one", "two", "three"]);
    for href in [
        "http://twitter.com/intent/tweet?url=https://a.example/&text=t",
        "https://twitter.com/share?url=https%3A%2F%2Fa.example%2F&text=t",
        "https://mobile.twitter.com/intent/tweet/?url=https%3A%2F%2Fa.example%2F&text=t",
        "https://X.COM/share?url=https%3A%2F%2Fa.example%2F&text=t",
    ] {
        let link = parse(href);
        assert_eq!(link.network, Network::X, "{href}");
        assert_eq!(link.url.as_deref(), Some("https://a.example/"), "{href}");
    }
    // No `url`: the URL is taken out of the text.
    let link =
        parse("https://twitter.com/intent/tweet?text=Read+this%3A+https%3A%2F%2Fa.example%2Fz");
    assert_eq!(link.url.as_deref(), Some("https://a.example/z"));
    assert_eq!(link.text.as_deref(), Some("Read this"));
    assert_eq!(ShareLink::parse("https://twitter.com/Desk_Zh"), None);
}

#[test]
fn whatsapp() {
    for href in [
        "whatsapp://send?text=%E6%A0%87%E9%A2%98%20-%20https%3A%2F%2Fshort.example%2Fab.W",
        "https://web.whatsapp.com/send?text=%E6%A0%87%E9%A2%98%20-%20https%3A%2F%2Fshort.example%2Fab.W",
        "https://api.whatsapp.com/send/?text=%E6%A0%87%E9%A2%98+-+https%3A%2F%2Fshort.example%2Fab.W",
        "https://wa.me/?text=%E6%A0%87%E9%A2%98%20-%20https%3A%2F%2Fshort.example%2Fab.W",
        "WhatsApp://send?text=标题 - https://short.example/ab.W",
    ] {
        let link = parse(href);
        assert_eq!(link.network, Network::WhatsApp, "{href}");
        assert_eq!(link.text.as_deref(), Some("标题"), "{href}");
        assert_eq!(
            link.url.as_deref(),
            Some("https://short.example/ab.W"),
            "{href}"
        );
    }
    let link = parse("whatsapp://send?text=just%20words");
    assert_eq!((link.url, link.text.as_deref()), (None, Some("just words")));
    let link = parse("whatsapp://send");
    assert_eq!((link.url, link.text, link.params.len()), (None, None, 0));
    assert_eq!(
        ShareLink::parse("https://wa.me/15550001111"),
        None,
        "a chat, not a share"
    );
}

#[test]
fn telegram() {
    for href in [
        "https://t.me/share/url?url=https%3A%2F%2Fa.example%2F%E4%B8%AD&text=Hello",
        "https://telegram.me/share/url?url=https%3A%2F%2Fa.example%2F%E4%B8%AD&text=Hello",
        "tg://msg_url?url=https%3A%2F%2Fa.example%2F%E4%B8%AD&text=Hello",
        "https://T.ME/share/url/?url=https%3A%2F%2Fa.example%2F%25E4%25B8%25AD&text=Hello",
    ] {
        let link = parse(href);
        assert_eq!(link.network, Network::Telegram, "{href}");
        assert_eq!(link.url.as_deref(), Some("https://a.example/中"), "{href}");
        assert_eq!(link.text.as_deref(), Some("Hello"), "{href}");
    }
    assert_eq!(ShareLink::parse("https://t.me/some_channel"), None);
}

#[test]
fn linkedin() {
    let link = parse("https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fa.example%2F&title=T&summary=S&source=Src");
    assert_eq!(link.network, Network::LinkedIn);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
    assert_eq!(link.title.as_deref(), Some("T"));
    assert_eq!(link.text.as_deref(), Some("S"));
    let link = parse("http://linkedin.com/sharing/share-offsite/?url=https://a.example/");
    assert_eq!(link.network, Network::LinkedIn);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
}

#[test]
fn weibo() {
    let link = parse("http://service.weibo.com/share/share.php?url=https%3A%2F%2Fa.example%2Fx&title=%E5%BE%AE%E5%8D%9A&pic=&appkey=");
    assert_eq!(link.network, Network::Weibo);
    assert_eq!(link.url.as_deref(), Some("https://a.example/x"));
    assert_eq!(link.title.as_deref(), Some("微博"));
    assert_eq!(
        link.param("pic"),
        Some(""),
        "empty values are kept in params"
    );
}

#[test]
fn line() {
    for href in [
        "https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fa.example%2F",
        "https://lineit.line.me/share/ui?url=https%3A%2F%2Fa.example%2F",
    ] {
        let link = parse(href);
        assert_eq!(link.network, Network::Line, "{href}");
        assert_eq!(link.url.as_deref(), Some("https://a.example/"), "{href}");
    }
    let link = parse("https://line.me/R/msg/text/?%E6%A0%87%E9%A2%98%0Ahttps%3A%2F%2Fa.example%2F");
    assert_eq!(link.network, Network::Line);
    assert_eq!(link.text.as_deref(), Some("标题"));
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
}

#[test]
fn reddit_pinterest_vk() {
    let link = parse("https://www.reddit.com/submit?url=https%3A%2F%2Fa.example%2F&title=R");
    assert_eq!(link.network, Network::Reddit);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
    assert_eq!(link.title.as_deref(), Some("R"));
    let link = parse("https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fa.example%2F&media=https%3A%2F%2Fa.example%2Fi.jpg&description=D");
    assert_eq!(link.network, Network::Pinterest);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
    assert_eq!(link.param("media"), Some("https://a.example/i.jpg"));
    assert_eq!(link.text.as_deref(), Some("D"));
    let link = parse("https://vk.com/share.php?url=https%3A%2F%2Fa.example%2F&title=V");
    assert_eq!(link.network, Network::Vk);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
}

#[test]
fn email() {
    let link =
        parse("mailto:?subject=%E6%A0%87%E9%A2%98&amp;body=Look%3A%20https%3A%2F%2Fa.example%2Fm");
    assert_eq!(link.network, Network::Email);
    assert_eq!(link.title.as_deref(), Some("标题"));
    assert_eq!(link.text.as_deref(), Some("Look"));
    assert_eq!(link.url.as_deref(), Some("https://a.example/m"));
    assert_eq!(
        ShareLink::parse("mailto:desk@news.example"),
        None,
        "a contact link"
    );
    let link = parse("MAILTO:?subject=&body=");
    assert_eq!((link.title, link.text, link.url), (None, None, None));
}

#[test]
fn addtoany_services() {
    let cases = [
        ("twitter", Network::X),
        ("sina_weibo", Network::Weibo),
        ("facebook", Network::Facebook),
        ("whatsapp", Network::WhatsApp),
        ("telegram", Network::Telegram),
        ("line", Network::Line),
        ("linkedin", Network::LinkedIn),
        ("reddit", Network::Reddit),
        ("pinterest", Network::Pinterest),
        ("vk", Network::Vk),
        ("email", Network::Email),
        ("copy_link", Network::Other),
        ("some_new_thing", Network::Other),
    ];
    for (service, network) in cases {
        let href = format!(
            "https://www.addtoany.com/add_to/{service}?linkurl=https%3A%2F%2Fa.example%2Fzh%2F1.html\
             &amp;linkname=%E6%A0%87%E9%A2%98%EF%BD%9C%E5%89%AF"
        );
        let link = parse(&href);
        assert_eq!(link.network, network, "{service}");
        assert_eq!(link.service.as_deref(), Some(service));
        assert_eq!(link.url.as_deref(), Some("https://a.example/zh/1.html"));
        assert_eq!(link.text.as_deref(), Some("标题｜副"));
    }
    assert_eq!(ShareLink::parse("https://www.addtoany.com/share"), None);
    let link = ShareLink::parse_or_other(
        "https://www.addtoany.com/share#url=https%3A%2F%2Fa.example%2F&title=T",
    );
    assert_eq!(link.network, Network::Other);
    assert_eq!(link.url.as_deref(), Some("https://a.example/"));
}

// ---------------------------------------------------------------------------
// Decoding edge cases across networks.

#[test]
fn malformed_percent_is_kept() {
    let link = parse(
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fa.example%2F100%25&text=50%+off%zz%E4",
    );
    assert_eq!(link.url.as_deref(), Some("https://a.example/100%"));
    assert_eq!(link.text.as_deref(), Some("50% off%zz%E4"));
}

#[test]
fn non_utf8_stays_encoded() {
    let link = parse(
        "https://vk.com/share.php?url=https%3A%2F%2Fa.example%2F%25FF%25FE&title=%C4%E3%BA%C3",
    );
    assert_eq!(link.url.as_deref(), Some("https://a.example/%FF%FE"));
    assert_eq!(
        link.title.as_deref(),
        Some("%C4%E3%BA%C3"),
        "GBK bytes stay escaped"
    );
}

#[test]
fn triple_encoding_and_ascii_escapes() {
    // Encoded three times; the ASCII escape of the path (`%20`) survives as data.
    let link = parse(
        "https://t.me/share/url?url=https%253A%252F%252Fa.example%252F%25E4%25B8%25AD%252520x",
    );
    assert_eq!(link.url.as_deref(), Some("https://a.example/中%20x"));
    assert!(Url::parse(link.url.as_deref().unwrap()).is_ok());
}

#[test]
fn whitespace_and_empty() {
    let link = parse("  https://www.facebook.com/sharer.php?u=%20%20&&t  ");
    assert_eq!(link.url, None);
    assert_eq!(
        link.params,
        [("u".into(), "  ".into()), ("t".into(), String::new())]
    );
    assert_eq!(ShareLink::parse(""), None);
    assert_eq!(ShareLink::parse("?"), None);
    assert_eq!(ShareLink::parse("/relative/sharer.php?u=x"), None);
}

#[test]
fn points_to_the_article() {
    let mut link = parse(
        "https://www.facebook.com/dialog/share?href=https%3A%2F%2Fshort.example%2Fa\
         &redirect_uri=https%3A%2F%2Fwww.news.example%2Fzh%2F%25E4%25B8%2596%25E7%2595%258C%2F",
    );
    assert!(!link.same_as_article);
    let article = Url::parse("http://NEWS.example//zh/%E4%B8%96%E7%95%8C#top").unwrap();
    assert!(link.mark_article(&article));
    assert!(link.same_as_article);
    let other = Url::parse("https://news.example/zh/other").unwrap();
    assert!(!link.points_to(&other));
}

#[cfg(feature = "serde")]
#[test]
fn json_form() {
    let link = parse("https://x.com/intent/tweet?url=https%3A%2F%2Fa.example%2F&via=Desk");
    let json = serde_json::to_value(&link).unwrap();
    assert_eq!(json["network"], "x");
    assert_eq!(json["url"], "https://a.example/");
    assert_eq!(json["via"], "Desk");
    assert!(json.get("text").is_none(), "None fields are left out");
    assert_eq!(json["params"][1], serde_json::json!(["via", "Desk"]));
    let back: ShareLink = serde_json::from_value(json).unwrap();
    assert_eq!(back, link);
    for n in Network::ALL {
        assert_eq!(serde_json::to_value(n).unwrap(), n.name());
    }
}

// ---------------------------------------------------------------------------
// The dev corpus.

/// Whether an href goes to an endpoint that only share links use.
fn is_share_endpoint(href: &str) -> bool {
    const ENDPOINTS: &[&str] = &[
        "facebook.com/dialog/",
        "facebook.com/sharer",
        "twitter.com/intent/",
        "twitter.com/share",
        "//x.com/intent/",
        "//x.com/share",
        "whatsapp://",
        "whatsapp.com/send",
        "//wa.me/?",
        "t.me/share",
        "telegram.me/share",
        "tg://msg",
        "addtoany.com/add_to/",
        "linkedin.com/sharearticle",
        "linkedin.com/sharing/",
        "service.weibo.com/share",
        "line.me/r/msg",
        "lineit.line.me",
        "social-plugins.line.me",
        "reddit.com/submit",
        "pinterest.com/pin/create",
        "vk.com/share.php",
        "mailto:?",
    ];
    let lower = href.to_ascii_lowercase();
    ENDPOINTS.iter().any(|e| lower.contains(e))
}

/// The body of a dump file: everything after the header's dashes line.
fn body_of(text: &str) -> Option<&str> {
    let start = text.find("<!--")?;
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        offset += line.len();
        let t = line.trim_end();
        if t.len() >= 3 && t.bytes().all(|b| b == b'-') {
            return Some(&text[offset..]);
        }
    }
    None
}

/// The URL of the header's `[title](url)` line.
fn header_url(text: &str) -> Option<Url> {
    let header = &text[..text.len() - body_of(text)?.len()];
    let line = header.lines().rev().find(|l| l.trim_end().ends_with(')'))?;
    let line = line.trim_end();
    let from = line.rfind("](")? + 2;
    Url::parse(&line[from..line.len() - 1]).ok()
}

/// Every `a[href]` of an HTML fragment, walked without recursion.
fn hrefs(html: &str) -> Vec<String> {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{NodeData, RcDom};

    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut out = Vec::new();
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            if &*name.local == "a" {
                for attr in attrs.borrow().iter() {
                    if &*attr.name.local == "href" {
                        out.push(attr.value.to_string());
                    }
                }
            }
        }
        // Reversed so that links come out in document order.
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out
}

#[test]
fn corpus_share_links() {
    let files = common::corpus_set("dev");
    if files.is_empty() {
        return;
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let (mut total, mut to_article) = (0, 0);
    for file in &files {
        let (path, text) = (&file.path, &file.text);
        let Some(body) = body_of(text) else {
            continue;
        };
        let article = header_url(text);
        for href in hrefs(body) {
            let Some(mut link) = ShareLink::parse(&href) else {
                assert!(
                    !is_share_endpoint(&href),
                    "{}: share endpoint not read: {href}",
                    path.display()
                );
                continue;
            };
            let at = format!("{}: {href}", path.display());
            assert!(
                link.network != Network::Other || link.service.is_some(),
                "{at}: unknown network"
            );
            let url = link
                .url
                .as_deref()
                .unwrap_or_else(|| panic!("{at}: no URL"));
            assert!(Url::parse(url).is_ok(), "{at}: URL does not parse: {url}");
            assert_eq!(decode_non_ascii(url), url, "{at}: URL left half-decoded");
            if let Some(redirect) = link.redirect.as_deref() {
                assert!(Url::parse(redirect).is_ok(), "{at}: bad redirect");
                assert!(!redirect.contains("%25"), "{at}: redirect not decoded");
            }
            if article.as_ref().is_some_and(|a| link.mark_article(a)) {
                to_article += 1;
            }
            assert_eq!(
                ShareLink::parse(&href).map(|l| l.url),
                Some(link.url.clone())
            );
            *counts.entry(link.network.to_string()).or_default() += 1;
            total += 1;
        }
    }
    eprintln!("share links in {} corpus files: {total}", files.len());
    for (network, n) in &counts {
        eprintln!("  {network}: {n}");
    }
    eprintln!("  pointing to their article: {to_article}");
    assert!(total > 0, "the dev corpus has share links");
}

// ---------------------------------------------------------------------------
// Properties over generated strings.

/// xorshift64*: deterministic pseudo-random numbers without a crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PREFIXES: &[&str] = &[
    "https://www.facebook.com/dialog/share?href=",
    "https://www.facebook.com/sharer.php?u=",
    "fb-messenger://share?link=",
    "https://x.com/intent/tweet?text=",
    "whatsapp://send?text=",
    "https://wa.me/?text=",
    "tg://msg_url?url=",
    "https://line.me/R/msg/text/?",
    "mailto:?body=",
    "https://www.addtoany.com/add_to/twitter?linkurl=",
    "https://images.weserv.nl/?url=",
    "https://l.facebook.com/l.php?u=",
    "https://www.google.com/url?q=",
    "https://thumbor.example/unsafe/10x10/",
    "",
];

const PIECES: &[&str] = &[
    "%",
    "%2",
    "%25",
    "%3A",
    "%2F",
    "%E4",
    "%B8",
    "%AD",
    "%FF",
    "%zz",
    "&amp;",
    "&",
    "&#",
    "?",
    "=",
    "+",
    "#",
    ":",
    "/",
    "//",
    "https://",
    "http%3A%2F%2F",
    "https%253A%252F%252F",
    "中",
    "文",
    "a",
    "Z",
    "9",
    " ",
    ".",
    "www.",
    "url=",
    "text=",
    "u=",
    "\u{0}",
    "é",
];

fn generate(rng: &mut Rng) -> String {
    let mut s = rng.pick(PREFIXES).to_string();
    for _ in 0..rng.next() % 24 {
        let piece = rng.pick(PIECES);
        if rng.next() % 8 == 0 {
            s.push_str(rng.pick(PREFIXES));
        }
        s.push_str(piece);
    }
    s
}

#[test]
fn generated_strings() {
    let mut rng = Rng(0x0DDB_1A5E_5BAD_5EED);
    let (mut read, mut unwrapped) = (0, 0);
    for _ in 0..30_000 {
        let s = generate(&mut rng);
        // Deterministic, and never panics.
        let link = ShareLink::parse(&s);
        assert_eq!(link, ShareLink::parse(&s), "{s:?}");
        let any = ShareLink::parse_or_other(&s);
        assert_eq!(any.href, s);
        if let Some(link) = link {
            read += 1;
            assert_eq!(link, any);
            assert_eq!(link.href, s);
            for value in [&link.url, &link.text, &link.redirect]
                .into_iter()
                .flatten()
            {
                // Decoded values are a fixed point of non-ASCII decoding.
                assert_eq!(&decode_non_ascii(value), value, "{s:?}");
            }
            // The decoded URL, encoded once into another share link, reads
            // back unchanged.
            if let Some(url) = &link.url {
                let encoded: String =
                    percent_encoding::utf8_percent_encode(url, percent_encoding::NON_ALPHANUMERIC)
                        .collect();
                let again = parse(&format!("https://www.facebook.com/sharer.php?u={encoded}"));
                assert_eq!(again.url.as_ref(), Some(url), "{s:?}");
            }
        }
        if let Some(url) = unwrap_url(&s) {
            unwrapped += 1;
            assert!(matches!(url.scheme(), "http" | "https"), "{s:?}");
            // Fully unwrapped (the generator nests far fewer than 8 layers).
            assert_eq!(unwrap_url(url.as_str()), None, "{s:?} gave {url}");
        }
    }
    assert!(read > 1000, "the generator makes share links ({read})");
    assert!(
        unwrapped > 100,
        "the generator makes wrapped URLs ({unwrapped})"
    );
}

/// Through the reader: every share link of a body ends up in the article's
/// `share_links` (decoded), and none of them in paragraph links or related.
#[test]
fn corpus_share_links_are_extracted_and_kept_apart() {
    let files = common::corpus_set("dev");
    let mut total = 0;
    for file in &files {
        let (path, text) = (&file.path, &file.text);
        let article = article_dump::parse_str(text).unwrap();
        let content = article.content.as_ref().unwrap();
        let Some(body) = body_of(text) else { continue };
        let expected: Vec<String> = hrefs(body)
            .into_iter()
            .filter(|h| ShareLink::parse(h).is_some())
            .collect();
        let got: Vec<&str> = content
            .share_links
            .iter()
            .map(|l| l.href.as_str())
            .collect();
        // Every recognisable share link of the body is extracted ...
        for href in &expected {
            assert!(
                got.contains(&href.as_str()),
                "{}: missed {href}",
                path.display()
            );
        }
        for link in &content.share_links {
            // ... and what else a share block holds is `other` (a bare
            // "share" menu button, say), with its parameters decoded.
            if !expected.contains(&link.href) {
                assert_eq!(
                    link.network,
                    Network::Other,
                    "{}: {}",
                    path.display(),
                    link.href
                );
            }
            let in_text = content.blocks.iter().any(|b| match b {
                article_dump::Block::Paragraph { links, .. } => {
                    links.iter().any(|l| l.url.as_str() == link.href)
                }
                _ => false,
            });
            assert!(!in_text, "{}: share link in a paragraph", path.display());
            assert!(
                !content.related.iter().any(|r| r.url.as_str() == link.href),
                "{}: share link in related",
                path.display()
            );
        }
        total += got.len();
    }
    eprintln!("share links extracted from the corpus: {total}");
    assert!(files.is_empty() || total > 0);
}
