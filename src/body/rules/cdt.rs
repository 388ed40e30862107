//! Cdt.

use super::*;

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

    fn page_data(&self, root: &Node, url: &Url, content: &mut Content) {
        cdt_feed::read(root, url, content);
    }
}
