//! CDT: what its pages look like and what the extraction makes of them.
//!
//! Dateline: the `档案卡` card's `发表日期：`.
//!
//! Byline: the card's `作者：`; a WeChat repost's `作者丨甲，编辑丨乙` or
//! bold `文/甲`, `译/乙` lines.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: lazy `data-lazy-src` + `<noscript>` copy
//! merged; `wp-caption-text`, or a short `<div class="ts">`/styled `<span>`
//! right after the image's `<p>`, is the caption, a trailing `图源：…` or
//! `摄影：…` in it the credit (a caption that is only `©️ Name`: the credit);
//! addtoany bar → `share_hrefs`.

use super::cdt_feed;
use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Cdt's rules.
pub(crate) struct Cdt;
impl Rules for Cdt {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if a.has_class("su-spoiler") {
            return Role::Card;
        }
        // WordPress draws emoji as `<img class="wp-smiley">`: not pictures.
        if cdt_feed::is_footer(n) || tag == "img" && a.has_class("wp-smiley") {
            return Role::Skip;
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

    /// `… 图源：受访者提供`, `… 摄影：甲`: the source is the credit; a
    /// caption that is only `©️ Name` is a credit alone.
    fn caption_credit(&self, caption: &mut String) -> Option<String> {
        if caption.trim_start().starts_with('©') {
            return Some(std::mem::take(caption));
        }
        generic::split_trailing_credit(
            caption,
            None,
            &[
                "图源：",
                "图源:",
                "图片来源：",
                "图片来源:",
                "摄影：",
                "摄影:",
            ],
        )
    }

    /// `©️` is `©` and an emoji selector: neither is part of the name.
    fn credit_text(&self, credit: String) -> String {
        let credit = generic::strip_credit_label(credit, generic::CREDIT_LABELS);
        credit.trim_start_matches('\u{fe0f}').trim().to_string()
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // A WeChat repost's closing credits: `作者丨甲，编辑丨乙`, `文/甲`;
        // a comma joins its parts, a full stop would make it a sentence.
        let t = p.text.as_str();
        if byline::starts_wechat_labelled(t)
            && t.chars().count() < 60
            && !t.contains(['。', '？', '?', '\n'])
        {
            return Verdict::Byline;
        }
        generic::paragraph(p, cx)
    }

    /// The archive card: `作者：`, `发表日期：` lines; the rest is not text.
    fn card(&self, text: &str) -> Vec<CardLine> {
        let mut out = Vec::new();
        for line in text.lines() {
            if let Some(names) = line.strip_prefix("作者：") {
                out.push(CardLine::Byline {
                    text: line.to_string(),
                    names: names.to_string(),
                });
            } else if let Some(date) = line.strip_prefix("发表日期：") {
                out.push(CardLine::Date(date.trim().to_string()));
            }
        }
        out
    }

    fn page_data(&self, root: &Node, url: &Url, content: &mut Content) {
        cdt_feed::read(root, url, content);
    }
}
