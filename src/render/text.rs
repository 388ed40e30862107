//! The plain-text rendering: the Markdown's order without its markup.

use super::parts::{dateline_and_authors, paragraph_text};
use crate::{Article, Block, Content};

pub(super) fn article(article: &Article) -> String {
    let mut blocks = vec![one_line(&article.header.title)];
    if let Some(content) = &article.content {
        content_blocks(content, &mut blocks);
    }
    blocks.push(article.header.url_decoded());
    finish(blocks)
}

pub(super) fn content(content: &Content) -> String {
    let mut blocks = Vec::new();
    content_blocks(content, &mut blocks);
    finish(blocks)
}

fn content_blocks(content: &Content, out: &mut Vec<String>) {
    out.push(dateline_and_authors(content));
    out.extend(content.lead.as_deref().map(lines));
    for block in &content.blocks {
        let text = match block {
            Block::Paragraph { .. } => lines(paragraph_text(content, block)),
            Block::Heading { text, .. } => one_line(text),
            Block::Quote { text } => lines(text),
            Block::List { items, .. } => join_lines(items.iter().map(|i| one_line(i))),
            Block::Image { index } => content.images.get(*index).map_or(String::new(), |image| {
                join_lines(
                    [&image.caption, &image.credit]
                        .into_iter()
                        .flatten()
                        .map(|t| one_line(t)),
                )
            }),
            Block::Embed { .. } => String::new(),
        };
        out.push(text);
    }
    out.push(join_lines(
        content.related.iter().map(|l| one_line(&l.text)),
    ));
}

/// The blocks that have text, separated by blank lines.
fn finish(blocks: Vec<String>) -> String {
    let mut out = String::new();
    for block in blocks.iter().filter(|b| !b.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(block);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// A text that keeps its line breaks, but no blank line, which would read as
/// the end of a block.
fn lines(text: &str) -> String {
    join_lines(text.split(['\n', '\r']).map(|l| l.trim().to_string()))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn join_lines(lines: impl Iterator<Item = String>) -> String {
    lines
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
