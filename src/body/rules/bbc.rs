//! Bbc.

use super::*;

/// Bbc's rules.
pub(crate) struct Bbc;
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
