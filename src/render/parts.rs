//! Pieces both renderings write the same way.

use crate::{Block, Content};

/// The text of a paragraph block (empty for any other block): the one place
/// that knows where a paragraph keeps its text.
pub(super) fn paragraph_text<'a>(content: &'a Content, block: &'a Block) -> &'a str {
    match block {
        Block::Paragraph { .. } => block.text(content).unwrap_or(""),
        _ => "",
    }
}

/// The line under the title: the dateline as written and the authors.
pub(super) fn dateline_and_authors(content: &Content) -> String {
    let mut line = content
        .dateline
        .as_ref()
        .map(|d| d.text.trim().to_string())
        .unwrap_or_default();
    let authors = content.authors.join(", ");
    if !authors.is_empty() {
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&authors);
    }
    line
}
