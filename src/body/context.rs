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
    /// The element being classified is inside a caption, lead or heading
    /// whose text is read whole (only boilerplate and credits count there).
    pub collecting: bool,
    /// Text blocks since the last image (`None`: no image yet).
    pub(super) since_image: Option<usize>,
    /// The last image's nearest ancestors.
    pub(super) image_ancestors: Vec<Node<'a>>,
}

impl<'a> Context<'a> {
    /// No text block came between the last image and here.
    pub(crate) fn right_after_image(&self) -> bool {
        self.since_image == Some(0)
    }

    /// The last image's nearest ancestors, nearest first.
    pub(crate) fn image_ancestors(&self) -> &[Node<'a>] {
        &self.image_ancestors
    }
}
