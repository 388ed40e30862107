//! What the rules may ask about the walk so far.

use crate::html::Node;

/// What the rules may ask about the walk so far.
#[derive(Default)]
pub(crate) struct Context<'a> {
    /// Text blocks (paragraphs, headings, quotes, lists) emitted so far.
    pub blocks: usize,
    /// Paragraphs emitted so far.
    pub paragraphs: usize,
    /// A lead has been found.
    pub has_lead: bool,
    /// A dateline has been found.
    pub has_dateline: bool,
    /// The element being classified is inside a caption.
    pub in_caption: bool,
    /// Text blocks since the last image (`None`: no image yet).
    pub(super) since_image: Option<usize>,
    /// The last image's nearest ancestors.
    pub(super) image_ancestors: Vec<Node<'a>>,
}

impl Context<'_> {
    /// No text block came between the last image and here.
    pub(crate) fn right_after_image(&self) -> bool {
        self.since_image == Some(0)
    }

    /// `n`'s parent comes right after a container of the last image
    /// (BBC's caption `<div><p>` beside the image's `<div>`).
    pub(crate) fn beside_last_image(&self, n: &Node) -> bool {
        // The shared container must be a figure of a few parts, not the
        // article's own container (whose next block may be the lead).
        let is_ancestor = |x: &Node| self.image_ancestors.iter().any(|a| a.same(x));
        let Some(parent) = n.parent() else {
            return false;
        };
        self.right_after_image()
            && parent
                .prev_element_sibling()
                .is_some_and(|s| is_ancestor(&s))
            && parent.parent().is_some_and(|g| {
                is_ancestor(&g)
                    && !g.is("main")
                    && !g.is("body")
                    && g.element_children().count() <= 3
            })
    }
}
