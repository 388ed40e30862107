//! FT: what its pages look like and what the extraction makes of them.
//!
//! Dateline: none in the body.
//!
//! Byline: columnists' names at the head of the standfirst (`何越：…`,
//! `陈歆磊、史颖波：…`: names of 2–4 Han characters joined by `、`, then `：`) are the
//! authors and are cut off the lead; `译者/` lines → role 译者 (not an author).
//!
//! Lead: `div.story-lead`, or (late 2021) the classless `<div>` after an
//! empty `<div>`; without the leading names.
//!
//! Images, captions, credits: thumbor proxy unwrapped to the stored picture;
//! app promotion, ad `<div>`s and a column's sponsor line (`本栏目由…共同主办`)
//! dropped.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Ft's rules.
pub(crate) struct Ft;
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
        // `<div class="pic"><img>caption</div>`; without a caption, ordinary.
        if a.has_class("pic") {
            return if generic::is_picture_with_text(n) {
                Role::Figure
            } else {
                Role::Normal
            };
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
        // A column's sponsor line at the head of its body: `本栏目由FT中文网
        // 与公众号“甲”共同主办`.
        if p.text.starts_with("本栏目由") && p.text.chars().count() < 80 {
            return Verdict::Drop;
        }
        if p.text.starts_with("译者/") && p.text.chars().count() < 30 {
            return Verdict::Byline;
        }
        generic::paragraph(p, cx)
    }
}
