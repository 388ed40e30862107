//! Site knowledge: what each site's markup means, behind one small interface.
//!
//! The walk asks two questions: what an element is ([`Rules::classify`]),
//! and what a finished paragraph is ([`Rules::paragraph`]). Each site answers
//! what it knows and falls back to [`generic`] for the rest.

use chrono::NaiveDateTime;
use html5ever::local_name;
use url::Url;

use crate::dom::{Attrs, Node};
use crate::site::Site;

use super::byline;
use super::model::{Dateline, EmbedKind};
use super::walk::Context;

/// What an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary markup: walk into it.
    Normal,
    /// Boilerplate (ads, promotion, widgets, furniture): drop it whole.
    Skip,
    /// A share bar: keep its hrefs in `share_hrefs`, nothing else.
    Share,
    /// A list of links to other articles.
    Related,
    /// The printed time (and, before a `<br>`, a byline).
    Dateline,
    /// A byline: names and roles.
    Byline,
    /// The standfirst.
    Lead,
    /// The caption of the last image.
    Caption,
    /// The credit of the last image.
    Credit,
    /// A subheading.
    Heading(u8),
    /// A metadata card (CDT's 档案卡): byline and date, not text.
    Card,
    /// An embedded player or post.
    Embed(EmbedKind),
}

/// What a finished paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Text of the article.
    Keep,
    /// Boilerplate.
    Drop,
    /// A subheading.
    Heading,
    /// The standfirst.
    Lead,
    /// A byline.
    Byline,
    /// A pointer to another article (its links go to `related`).
    Related,
    /// A place line (`澳门 —`) that opens the next paragraph.
    PrefixNext,
}

/// A finished paragraph, as the rules see it.
pub(crate) struct Para<'a> {
    /// Its text; rules may trim markers off it.
    pub text: &'a mut String,
    /// All its visible text was bold.
    pub all_bold: bool,
    /// It came from a `<p>` (not loose text between blocks).
    pub from_p: bool,
}

/// A site's answers.
pub(crate) trait Rules {
    /// What an element is; `tag` is its name.
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        generic::classify(n, tag, a, cx)
    }

    /// What a paragraph is.
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        generic::paragraph(p, cx)
    }

    /// A byline at the head of the standfirst: cuts it off `lead` and
    /// returns it (names separated by `、`).
    fn lead_byline(&self, _lead: &mut String) -> Option<String> {
        None
    }

    /// The time the article's address carries, for a page whose body
    /// shows none.
    fn url_dateline(&self, _url: &Url) -> Option<Dateline> {
        None
    }
}

/// The rules of a site.
pub(crate) fn for_site(site: &Site) -> &'static dyn Rules {
    match site {
        Site::Rfi => &Rfi,
        Site::Bbc => &Bbc,
        Site::Dw => &Dw,
        Site::Voa => &Voa,
        Site::Nyt => &Nyt,
        Site::Reuters => &Reuters,
        Site::Ft => &Ft,
        Site::Rfa => &Rfa,
        Site::Cdt => &Cdt,
        _ => &Generic,
    }
}

struct Generic;
impl Rules for Generic {}

/// What holds for every site, and for sites never seen.
pub(crate) mod generic {
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
        if byline::starts_labelled(t)
            && t.chars().count() < 80
            && !t.contains(['？', '。', '，', '?'])
        {
            return Verdict::Byline;
        }
        if p.from_p
            && p.all_bold
            && t.chars().count() <= 40
            && !t.ends_with(['。', '.', '！', '？'])
        {
            return Verdict::Heading;
        }
        Verdict::Keep
    }
}

struct Rfi;
impl Rules for Rfi {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if tag == "div" {
            let first = n.element_children().next();
            if let Some(first) = first {
                let head = first.short_text(64).unwrap_or_default();
                let head = head.trim();
                if head.starts_with("分享") && head.len() <= 12 {
                    return Role::Share;
                }
                if first.is("span") && (head == "作者：" || head == "作者:") {
                    return Role::Byline;
                }
            }
            if !cx.has_dateline && cx.blocks == 0 {
                let text = n.short_text(40).unwrap_or_default();
                if !text.is_empty() && byline::looks_like_time(text.trim()) {
                    return Role::Dateline;
                }
            }
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if p.from_p && p.all_bold && cx.blocks == 0 && !cx.has_lead {
            return Verdict::Lead;
        }
        if p.text.starts_with("延伸阅读") {
            return Verdict::Related;
        }
        generic::paragraph(p, cx)
    }
}

struct Bbc;
impl Rules for Bbc {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        // The byline list holds short names and titles; a list of sentences
        // (2020's article lists also carry `role="list"`) is text.
        if tag == "ul"
            && a.role == Some("list")
            && !n.any_descendant(|d| d.is("a"))
            && n.element_children().all(|li| {
                li.short_text(90)
                    .is_some_and(|t| !t.contains(['；', '。', '，', ';']))
            })
        {
            return Role::Byline;
        }
        if a.role == Some("text") && tag == "p" && cx.right_after_image() {
            return Role::Credit;
        }
        if a.data_testid == Some("caption-paragraph") {
            return Role::Caption;
        }
        if tag == "p" && cx.beside_last_image(n) {
            return Role::Caption;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if p.from_p && p.all_bold && cx.paragraphs == 0 && !cx.has_lead {
            return Verdict::Lead;
        }
        generic::paragraph(p, cx)
    }
}

/// The feed mirror's own promotion and copyright lines, per site.
fn mirror_drop(text: &str, markers: &[&str]) -> bool {
    markers.iter().any(|m| text.contains(m))
}

struct Dw;
impl Rules for Dw {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if mirror_drop(
            p.text,
            &["DW中文有Instagram", "德国之声版权声明", "DW中文有Facebook"],
        ) {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }
}

struct Voa;
impl Rules for Voa {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.trim_end();
        if !p.from_p && (t.ends_with('—') || t.ends_with("－")) && t.chars().count() <= 20 {
            return Verdict::PrefixNext;
        }
        generic::paragraph(p, cx)
    }
}

struct Nyt;
impl Rules for Nyt {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if tag == "address" {
            return Role::Byline;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.as_str();
        if (t.contains("订阅") && t.contains("欢迎"))
            || (t.contains("关注我们") && t.contains("欢迎"))
        {
            return Verdict::Drop;
        }
        if t.starts_with("点击查看本文英文版") {
            return Verdict::Related;
        }
        if t.starts_with('©') || t.starts_with("&copy;") {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }
}

struct Reuters;
impl Rules for Reuters {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // The end marker, alone or at the end of the last paragraph.
        for marker in ["(完)", "（完）"] {
            if let Some(rest) = p.text.strip_suffix(marker) {
                let keep = rest.trim_end().len();
                p.text.truncate(keep);
            }
        }
        if p.text.is_empty() {
            return Verdict::Drop;
        }
        // Markdown subheads inside HTML: `**利比亚和伊拉克**`.
        if let Some(inner) = p.text.strip_prefix("**").and_then(|t| t.strip_suffix("**")) {
            *p.text = inner.trim().to_string();
            return Verdict::Heading;
        }
        generic::paragraph(p, cx)
    }
}

struct Ft;
impl Rules for Ft {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if a.has_class("story-lead") {
            return Role::Lead;
        }
        // Late 2021 drops the classes: `<div></div><div>LEAD</div><div><img>…`.
        if tag == "div" && !cx.has_lead && cx.blocks == 0 && !a.any {
            let prev_empty = n
                .prev_element_sibling()
                .is_some_and(|p| p.is("div") && p.children().next().is_none());
            let inline_only = !n
                .any_descendant(|d| matches!(d.tag(), Some("div" | "p" | "img" | "ul" | "figure")));
            if prev_empty && inline_only {
                return Role::Lead;
            }
        }
        if a.has_class("pic") {
            return Role::Normal;
        }
        generic::classify(n, tag, a, cx)
    }

    fn lead_byline(&self, lead: &mut String) -> Option<String> {
        let (names, rest) = lead.split_once('：')?;
        // Columnists' names (`何越`, `陈歆磊、史颖波`): two to four Han
        // characters each; anything else (a place, a Latin name, a phrase)
        // is left in the lead.
        let is_name = |n: &str| {
            let count = n.chars().count();
            (2..=4).contains(&count) && n.chars().all(byline::is_han)
        };
        if rest.trim().is_empty() || !names.split('、').all(is_name) {
            return None;
        }
        let names = names.to_string();
        *lead = rest.trim_start().to_string();
        Some(names)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if p.text.starts_with("来自FT中文网的温馨提示") {
            return Verdict::Drop;
        }
        if p.text.starts_with("译者/") && p.text.chars().count() < 30 {
            return Verdict::Byline;
        }
        generic::paragraph(p, cx)
    }
}

struct Rfa;
impl Rules for Rfa {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if a.has_class("searchresultdate") || a.id == Some("zoomattribute") {
            return Role::Skip;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // The closing byline, with or without colons:
        // `记者：甲 责编：乙`, `记者 甲 责编 乙`,
        // `自由亚洲电台记者甲华盛顿报道 责编：乙 网编：丙`.
        let t = p.text.as_str();
        if (t.contains("责编") || t.contains("网编"))
            && t.chars().count() < 80
            && !t.contains(['。', '，', '？', '?'])
        {
            return Verdict::Byline;
        }
        generic::paragraph(p, cx)
    }

    /// `…/ql1-04242024050127.html`: month, day, year, hour, minute and
    /// second of publication, in a zone the address does not give.
    fn url_dateline(&self, url: &Url) -> Option<Dateline> {
        let name = url.path_segments()?.next_back()?;
        let stem = name.strip_suffix(".html")?;
        let digits = stem.rsplit('-').next()?;
        if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let local = NaiveDateTime::parse_from_str(digits, "%m%d%Y%H%M%S").ok()?;
        Some(Dateline {
            text: digits.to_string(),
            datetime: None,
            local: Some(local),
            date: Some(local.date()),
        })
    }
}

struct Cdt;
impl Rules for Cdt {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if a.has_class("su-spoiler") {
            return Role::Card;
        }
        // The caption under a picture: `<div class="ts">` (2022) or a
        // styled `<span style="display: block…">` (2024) right after the
        // image's `<p>`.
        if matches!(tag, "span" | "div")
            && cx.right_after_image()
            && !n.any_descendant(|d| matches!(d.tag(), Some("p" | "div" | "img" | "figure")))
            && n.short_text(300).is_some_and(|t| !t.trim().is_empty())
        {
            return Role::Caption;
        }
        generic::classify(n, tag, a, cx)
    }
}
