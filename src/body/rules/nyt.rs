//! NYT: what its pages look like and what the extraction makes of them.
//!
//! Dateline: to 2021 `<div><i>NAMES<br>time</i></div>` (local time); later
//! `<time datetime>`.
//!
//! Byline: `<i>` names (deduplicated) or `<address>`; `翻译：` is a role; a
//! closing bio paragraph (one per author) that starts with an author's
//! name (to 2021) is dropped.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: `<figure><figcaption>caption
//! <cite>credit</cite>`; mirror `<small>` captions; subscription and
//! follow-us lines dropped.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;
use crate::body::model::Block;

use std::sync::OnceLock;

use memchr::memmem;

/// Nyt's rules.
pub(crate) struct Nyt;
impl Rules for Nyt {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if tag == "address" {
            return Role::Byline;
        }
        // Bios, `…对本文有贡献` notes, the translator and the link to the
        // original: not the article's text.
        if tag == "footer" && !cx.collecting {
            return Role::Footer;
        }
        // The briefings' `<ul><li><p>…</p></li>`: one story per item.
        if matches!(tag, "ul" | "ol") && !cx.collecting && items_are_paragraphs(n) {
            return Role::Paragraphs;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.as_str();
        // Promotion: subscribe, or follow our accounts. "关注我们" and "欢迎"
        // also meet in prose (`…关注我们应该欢迎什么样的人…`): a follow-us
        // line names an account.
        if (t.contains("订阅") && t.contains("欢迎"))
            || (t.contains("关注我们") && t.contains("欢迎") && names_an_account(t))
        {
            return Verdict::Drop;
        }
        // The figure's accessibility label, loose beside the picture.
        if !p.from_p && t == "Image" {
            return Verdict::Drop;
        }
        // To 2021 the footer is the last `<p>`: bio, `<br>`, `翻译：…`,
        // `<br>`, the link to the original.
        if t.contains('\n') && t.lines().any(|l| l.trim_start().starts_with("翻译：")) {
            return Verdict::Footer;
        }
        if english_original_at(t) == Some(0) {
            return Verdict::Related;
        }
        if t.starts_with('©') || t.starts_with("&copy;") {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }

    fn page_data(&self, _root: &Node, _url: &Url, content: &mut Content) {
        // One bio per author: a piece by two ends with two of them.
        for _ in 0..content.authors.len() {
            if !drop_closing_bio(content) {
                break;
            }
        }
    }

    /// `翻译：纽约时报中文网`, alone or followed by `点击查看本文英文版。`
    /// in the same paragraph; everything else of the footer is dropped.
    fn footer_line(&self, text: &str) -> FooterLine {
        let (head, english) = match english_original_at(text) {
            Some(at) => (text[..at].trim(), true),
            None => (text.trim(), false),
        };
        let byline =
            (byline::starts_labelled(head) && head.chars().count() < 40).then(|| head.to_string());
        FooterLine {
            byline,
            related: english,
        }
    }
}

/// Where the link to the English original starts (`点击查看本文英文版`,
/// also written `点击阅读本文英文版`).
fn english_original_at(text: &str) -> Option<usize> {
    // Both start with `点击`: one search for it with a searcher built once
    // (a `str::find` per phrase built two for every paragraph), then the
    // rest compared.
    static CLICK: OnceLock<memmem::Finder<'static>> = OnceLock::new();
    let click = CLICK.get_or_init(|| memmem::Finder::new("点击"));
    click.find_iter(text.as_bytes()).find(|&at| {
        let rest = &text.as_bytes()[at + "点击".len()..];
        rest.starts_with("查看本文英文版".as_bytes())
            || rest.starts_with("阅读本文英文版".as_bytes())
    })
}

/// Drops the author's bio when it closes the text as a paragraph of its
/// own: Chinese op-eds to 2021 end with `邓某是…研究员` or `刘某(Name)，独立
/// 记者…` after the last paragraph, with no translator line to mark it as
/// the footer. It starts with an author's name as the dateline gave it.
/// Says whether it dropped one.
fn drop_closing_bio(content: &mut Content) -> bool {
    let Some(last) = content.paragraphs.last() else {
        return false;
    };
    let lower = last.to_lowercase();
    let is_bio = last.chars().count() <= 300
        && content.authors.iter().any(|a| {
            lower
                .strip_prefix(&a.to_lowercase())
                .is_some_and(|rest| rest.starts_with(['是', '(', '（', '，', ',', ' ']))
        });
    if !is_bio {
        return false;
    }
    let index = content.paragraphs.len() - 1;
    let at = content
        .blocks
        .iter()
        .rposition(|b| matches!(b, Block::Paragraph { index: i, .. } if *i == index));
    let Some(at) = at else {
        return false;
    };
    content.blocks.remove(at);
    content.paragraphs.pop();
    true
}

/// A follow-us line names where to follow.
fn names_an_account(t: &str) -> bool {
    [
        "Twitter",
        "Instagram",
        "Facebook",
        "@",
        "微博",
        "微信",
        "Telegram",
    ]
    .iter()
    .any(|a| t.contains(a))
}

/// Every item of the list holds a `<p>`.
fn items_are_paragraphs(n: &Node) -> bool {
    let mut items = n.element_children().peekable();
    items.peek().is_some()
        && items.all(|li| li.is("li") && li.element_children().any(|c| c.is("p")))
}
