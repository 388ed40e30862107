//! NYT: what its pages look like and what the extraction makes of them.
//!
//! Dateline: to 2021 `<div><i>NAMES<br>time</i></div>` (local time); later
//! `<time datetime>`.
//!
//! Byline: `<i>` names (deduplicated) or `<address>`; `翻译：` is a role.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: `<figure><figcaption>caption
//! <cite>credit</cite>`; mirror `<small>` captions; subscription and
//! follow-us lines dropped.

use super::*;

/// Nyt's rules.
pub(crate) struct Nyt;
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
