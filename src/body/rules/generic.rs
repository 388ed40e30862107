//! What holds for every site, and for sites never seen.

use super::*;

/// Share-intent addresses of the usual networks.
pub(crate) fn is_share_href(href: &str) -> bool {
    const MARKERS: &[&str] = &[
        "facebook.com/dialog/share",
        "facebook.com/sharer",
        "twitter.com/intent/",
        "x.com/intent/",
        "whatsapp://send",
        "whatsapp.com/send",
        "addtoany.com/add_to",
        "addtoany.com/share",
        "t.me/share",
        "telegram.me/share",
        "service.weibo.com/share",
        "social-plugins.line.me",
        "linkedin.com/shareArticle",
        "reddit.com/submit",
    ];
    MARKERS.iter().any(|m| href.contains(m))
}

fn first_text_starts_with(n: &Node, prefix: &str) -> bool {
    n.children()
        .find_map(|c| c.text().map(|t| t.trim_start().starts_with(prefix)))
        .unwrap_or(false)
}

/// An element whose only content is one `<small>` (the feed mirror's
/// caption under an image).
fn only_small(n: &Node) -> bool {
    let mut smalls = 0;
    for c in n.children() {
        if let Some(t) = c.text() {
            if !t.trim().is_empty() {
                return false;
            }
        } else if c.is("small") {
            smalls += 1;
        } else if c.tag().is_some() {
            return false;
        }
    }
    smalls == 1
}

/// A `<ul>`/`<ol>` whose every item is a single link: a related list.
fn is_link_list(n: &Node) -> bool {
    let mut items = 0;
    for li in n.element_children() {
        if !li.is("li") {
            return false;
        }
        let mut links = 0;
        let ok = !li.any_descendant(|d| {
            if d.is("a") {
                links += 1;
            }
            d.is("img") || d.is("p")
        });
        if !ok || links != 1 {
            return false;
        }
        items += 1;
    }
    items > 0
}

/// Dateline wrappers of the feed mirror: `<div><i>[names<br>]time</i></div>`.
fn is_mirror_dateline(n: &Node, cx: &Context) -> bool {
    if cx.blocks > 0 || cx.has_dateline {
        return false;
    }
    let mut it = n.element_children();
    let (Some(i), None) = (it.next(), it.next()) else {
        return false;
    };
    if !i.is("i") {
        return false;
    }
    if i.short_text(200).is_none() {
        return false;
    }
    let last_line = i
        .children()
        .filter_map(|c| c.text().map(|t| t.trim().to_string()))
        .filter(|t| !t.is_empty())
        .last()
        .unwrap_or_default();
    byline::looks_like_time(&last_line)
}

pub(crate) fn classify(n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
    // Atoms: one integer compare per arm instead of a string compare.
    let Some(name) = n.local_name() else {
        return Role::Normal;
    };
    match *name {
        local_name!("script")
        | local_name!("style")
        | local_name!("svg")
        | local_name!("button")
        | local_name!("template")
        | local_name!("form")
        | local_name!("input")
        | local_name!("select")
        | local_name!("textarea")
        | local_name!("head")
        | local_name!("title")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("nav")
        | local_name!("aside")
        | local_name!("hr")
        | local_name!("object")
        | local_name!("canvas")
        | local_name!("math") => return Role::Skip,
        local_name!("time") if !cx.has_dateline => return Role::Dateline,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6") => {
            return Role::Heading(tag.as_bytes()[1] - b'0');
        }
        local_name!("figcaption") => return Role::Caption,
        local_name!("video") => return Role::Embed(EmbedKind::Video),
        local_name!("audio") => return Role::Embed(EmbedKind::Audio),
        local_name!("iframe") => return Role::Embed(EmbedKind::Iframe),
        local_name!("blockquote") if a.has_class("twitter-tweet") => {
            return Role::Embed(EmbedKind::Tweet)
        }
        local_name!("ul") | local_name!("ol") if is_link_list(n) => return Role::Related,
        local_name!("a") if a.href.is_some_and(is_share_href) => return Role::Share,
        _ if matches!(tag, "share-button" | "share-modal") => return Role::Skip,
        _ => {}
    }
    // Ads whose attributes are glued to the tag name parse as elements
    // named like `divdata-tms-ad-type="box"data-…`. Other glued names
    // (RFI's `<sourcetype="image/webp"srcset=…>`, left open around the
    // real `<img>`) are walked through.
    if tag.contains("data-tms-ad") || (tag.contains('=') && tag.contains("-ad-")) {
        return Role::Skip;
    }
    // Most elements of these bodies have no attributes: skip the
    // attribute scans for them (the answers would all be no).
    let has_attrs = a.any;
    let boiler = has_attrs
        && (a.boilerplate_name
            || a.data_e2e
                .is_some_and(|v| v == "advertisement" || v.starts_with("podcast"))
            || a.aria_labelledby.is_some_and(|v| v.contains("podcast"))
            || a.class.is_some_and(|c| {
                c.split_ascii_whitespace().any(|c| {
                    matches!(
                        c,
                        "o-self-promo"
                            | "o-ads"
                            | "in-article-advert"
                            | "print-only"
                            | "t-copyright"
                    ) || c.starts_with("addtoany")
                        || c.starts_with("a2a_")
                        || c.starts_with("sharedaddy")
                })
            })
            || (a.aria_hidden == Some("true") && matches!(tag, "section" | "div")));
    if boiler {
        return if a.has_class("addtoany_share_save_container") || a.data_a2a_url {
            Role::Share
        } else {
            Role::Skip
        };
    }
    let embed = a.data_e2e.and_then(|v| {
        if v == "media-player" || v.starts_with("youtube-embed") {
            Some(EmbedKind::Youtube)
        } else if v.starts_with("twitter-embed") {
            Some(EmbedKind::Tweet)
        } else {
            None
        }
    });
    if let Some(kind) = embed {
        return Role::Embed(kind);
    }
    if tag == "div" || tag == "p" {
        if first_text_starts_with(n, "获取更多RSS") {
            return Role::Skip;
        }
        if tag == "div" && cx.right_after_image() && only_small(n) {
            return Role::Caption;
        }
        if tag == "div" && is_mirror_dateline(n, cx) {
            return Role::Dateline;
        }
    }
    if !has_attrs {
        return if tag == "cite" && cx.in_caption {
            Role::Credit
        } else {
            Role::Normal
        };
    }
    if a.has_class("wp-caption-text") || a.has_class("image-caption") {
        return Role::Caption;
    }
    if a.has_class("copyright") && cx.right_after_image() {
        return Role::Credit;
    }
    if tag == "cite" && cx.in_caption {
        return Role::Credit;
    }
    Role::Normal
}

pub(crate) fn paragraph(p: &mut Para, _cx: &Context) -> Verdict {
    let t = p.text.as_str();
    // Rules and stray dots (`——————`, `.`): no letter, digit or Han.
    if t.starts_with("获取更多RSS") || !t.chars().any(char::is_alphanumeric) {
        return Verdict::Drop;
    }
    // A credit line in brackets: `. （翻译编辑：RFI法广电台 尼古拉）.`
    let core = t.trim_matches(|c: char| !c.is_alphanumeric());
    if core.len() < t.len()
        && byline::starts_labelled(core)
        && core.chars().count() < 40
        && !core.contains(['。', '，', '？', '?', '\n'])
    {
        *p.text = core.to_string();
        return Verdict::Byline;
    }
    // `记者：` also opens interview questions; a byline has no sentences.
    if byline::starts_labelled(t) && t.chars().count() < 80 && !t.contains(['？', '。', '，', '?'])
    {
        return Verdict::Byline;
    }
    if p.from_p && p.all_bold && t.chars().count() <= 40 && !t.ends_with(['。', '.', '！', '？'])
    {
        return Verdict::Heading;
    }
    Verdict::Keep
}

/// The feed mirror's own promotion and copyright lines, per site.
pub(crate) fn mirror_drop(text: &str, markers: &[&str]) -> bool {
    markers.iter().any(|m| text.contains(m))
}
