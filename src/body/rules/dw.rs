//! DW: what its pages look like and what the extraction makes of them.
//!
//! Dateline: `<div><i>[name]<br>ISO time</i></div>` → `datetime`; the name
//! before the `<br>` is the author (`null` dropped).
//!
//! Byline: same `<i>` (`综合报导` after the name is no name); 2020–22 news
//! items end with a credit line `雨涵/任琛（法新社）` (names, then sources).
//!
//! Lead: none marked.
//!
//! Images, captions, credits: `<img>` then `<div><small>` caption; no
//! credits.
//!
//! Related: `<p>` of `rel="ArticleRef"` links alone or after `延伸阅读：`.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;
use crate::html::Event;

/// Dw's rules.
pub(crate) struct Dw;
impl Rules for Dw {
    /// Galleries: `<div><img><br><b>title</b>：text</div>`, one per picture.
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if tag == "div" && !cx.collecting && generic::is_picture_with_text(n) {
            return Role::Figure;
        }
        if tag == "p" && !cx.collecting && is_read_more(n) {
            return Role::Related;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // The credit line that ends a news item: `雨涵/任琛（法新社）`.
        if p.from_p && byline::credited_names(p.text).is_some() {
            return Verdict::Byline;
        }
        if generic::mirror_drop(
            p.text,
            &[
                "DW中文有Instagram",
                "德国之声版权声明",
                "DW中文有Facebook",
                // The commentary disclaimer (2025).
                "德国之声致力于为您提供客观中立",
            ],
        ) {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }

    /// The mirror writes a missing author as the word `null`; `综合报导`
    /// ("compiled from reports") after the name is no name.
    fn dateline_names<'t>(&self, line: &'t str) -> &'t str {
        let line = line.trim_start_matches("null").trim();
        let bare = line.trim_end_matches(['）', ')']);
        ["综合报导", "综合报道"]
            .iter()
            .find_map(|note| bare.strip_suffix(note))
            .map_or(line, |names| {
                names.trim_end_matches(['（', '(', ' ']).trim()
            })
    }
}

/// What DW writes before a link to read further.
const READ_MORE: &[&str] = &[
    "更多阅读",
    "延伸阅读",
    "相关阅读",
    "相关报道",
    "阅读更多",
    "推荐阅读",
];

/// A `<p>` that only points to other DW articles: `<a rel="ArticleRef">`
/// links alone, or after a read-more label (`更多阅读：`). A sentence that
/// is one link (ending in `。`) is text.
fn is_read_more(n: &Node) -> bool {
    let mut links = Vec::new();
    for ev in n.traverse() {
        if let Event::Enter(d) = ev {
            if d.is("a") {
                links.push(d);
            } else if d
                .tag()
                .is_some_and(|t| !matches!(t, "p" | "a" | "b" | "strong" | "br" | "span"))
            {
                return false;
            }
        }
    }
    if links.is_empty()
        || !links
            .iter()
            .all(|a| a.attr_str("rel") == Some("ArticleRef"))
    {
        return false;
    }
    let all = n.raw_text();
    let mut rest = all.as_str().to_string();
    for a in &links {
        rest = rest.replacen(&a.raw_text(), "", 1);
    }
    let label = rest.trim().trim_end_matches(['：', ':']).trim();
    if label.is_empty() {
        !all.trim().ends_with('。')
    } else {
        READ_MORE.contains(&label)
    }
}
