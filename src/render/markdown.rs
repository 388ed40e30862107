//! The Markdown rendering.

use super::escape::{destination, inline};
use super::parts::{dateline_and_authors, paragraph_text};
use crate::{Article, Block, Content, EmbedKind, Image, Link};

/// Blocks of Markdown, joined by blank lines at the end.
#[derive(Default)]
struct Blocks {
    blocks: Vec<String>,
    /// Lists written so far: consecutive lists alternate their markers, as
    /// two lists with the same marker and only a blank line between them
    /// would read as one.
    lists: usize,
}

impl Blocks {
    fn push(&mut self, block: String) {
        if !block.is_empty() {
            self.blocks.push(block);
        }
    }

    fn finish(self) -> String {
        let mut out = self.blocks.join("\n\n");
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

pub(super) fn article(article: &Article) -> String {
    let mut blocks = Blocks::default();
    blocks.push(heading(1, &article.header.title));
    if let Some(content) = &article.content {
        content_blocks(content, &mut blocks);
    }
    let mut source = String::from("[");
    inline(&mut source, &article.header.url_decoded(), "", false, false);
    source.push_str("](");
    destination(&mut source, &article.header.url_raw);
    source.push(')');
    blocks.push(source);
    blocks.finish()
}

pub(super) fn content(content: &Content) -> String {
    let mut blocks = Blocks::default();
    content_blocks(content, &mut blocks);
    blocks.finish()
}

fn content_blocks(content: &Content, out: &mut Blocks) {
    out.push(paragraph(&dateline_and_authors(content), &[]));
    if let Some(lead) = &content.lead {
        out.push(quote(lead));
    }
    for block in &content.blocks {
        let md = match block {
            Block::Paragraph { links, .. } => paragraph(paragraph_text(content, block), links),
            Block::Heading { level, text } => heading(*level, text),
            Block::Image { index } => content.images.get(*index).map(image).unwrap_or_default(),
            Block::Quote { text } => quote(text),
            Block::List { ordered, items } => {
                out.lists += 1;
                list(*ordered, items.iter().map(String::as_str), out.lists)
            }
            Block::Embed { kind, url } => {
                let mut md = format!("[{}](", embed_label(*kind));
                destination(&mut md, url.as_str());
                md.push(')');
                md
            }
        };
        out.push(md);
    }
    if !content.related.is_empty() {
        out.lists += 1;
        let items: Vec<String> = content.related.iter().map(link).collect();
        out.push(list_of(false, items, out.lists));
    }
}

/// A paragraph, its links written where their text first appears (in
/// order); a link whose text is not found is left out.
fn paragraph(text: &str, links: &[Link]) -> String {
    let text = text.trim_matches('\n');
    let mut out = String::new();
    let mut done = 0;
    for l in links {
        let Some(at) = (!l.text.is_empty())
            .then(|| text[done..].find(&l.text))
            .flatten()
        else {
            continue;
        };
        let start = done + at;
        inline(&mut out, &text[done..start], "", done == 0, false);
        out.push_str(&link(l));
        done = start + l.text.len();
    }
    if done < text.len() {
        inline(&mut out, &text[done..], "", done == 0, true);
    }
    out
}

fn link(link: &Link) -> String {
    let mut out = String::from("[");
    let text = if link.text.is_empty() {
        link.url.as_str()
    } else {
        &link.text
    };
    inline(&mut out, text, "", false, false);
    out.push_str("](");
    destination(&mut out, link.url.as_str());
    out.push(')');
    out
}

/// An ATX heading; it holds one line, so line breaks become spaces.
fn heading(level: u8, text: &str) -> String {
    let text = text.replace(['\n', '\r'], " ");
    let text = text.trim();
    if text.is_empty() {
        return String::new();
    }
    let mut out = "#".repeat(level.clamp(1, 6).into());
    out.push(' ');
    // A final run of `#` would close the heading and be dropped.
    let body = text.trim_end_matches('#');
    // The heading's content is read as inline text only: no block starts.
    inline(&mut out, body, "", false, body.len() == text.len());
    if body.len() < text.len() {
        out.push('\\');
        out.push_str(&text[body.len()..]);
    }
    out
}

fn quote(text: &str) -> String {
    let text = text.trim_matches('\n');
    if text.is_empty() {
        return String::new();
    }
    let mut out = String::from("> ");
    inline(&mut out, text, "> ", true, true);
    out
}

fn list<'a>(ordered: bool, items: impl Iterator<Item = &'a str>, nth: usize) -> String {
    // An empty item would read as the end of the list.
    let items = items
        .map(|item| item.trim_matches('\n'))
        .filter(|item| !item.trim().is_empty())
        .map(|item| {
            let mut out = String::new();
            inline(&mut out, item, "", true, true);
            out
        })
        .collect();
    list_of(ordered, items, nth)
}

/// A list of items already written as Markdown (one line each, or lines
/// to be indented under the marker).
fn list_of(ordered: bool, items: Vec<String>, nth: usize) -> String {
    if items.is_empty() {
        return String::new();
    }
    let alternate = nth % 2 == 0;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let marker = match (ordered, alternate) {
            (false, false) => "-".to_string(),
            (false, true) => "*".to_string(),
            (true, false) => format!("{}.", i + 1),
            (true, true) => format!("{})", i + 1),
        };
        let indent = " ".repeat(marker.len() + 1);
        out.push_str(&marker);
        for (j, line) in item.split('\n').enumerate() {
            if j > 0 {
                out.push('\n');
                out.push_str(&indent);
            } else if !line.is_empty() {
                out.push(' ');
            }
            out.push_str(line);
        }
    }
    out
}

/// The image, then its caption and its credit on lines of their own.
fn image(image: &Image) -> String {
    let mut out = String::from("![");
    inline(
        &mut out,
        image.alt.as_deref().unwrap_or(""),
        "",
        false,
        false,
    );
    out.push_str("](");
    destination(&mut out, image.url.as_str());
    out.push(')');
    for line in [&image.caption, &image.credit].into_iter().flatten() {
        let line = line.replace(['\n', '\r'], " ");
        let line = line.trim();
        if !line.is_empty() {
            out.push_str("\\\n");
            inline(&mut out, line, "", true, true);
        }
    }
    out
}

fn embed_label(kind: EmbedKind) -> &'static str {
    match kind {
        EmbedKind::Video => "Video",
        EmbedKind::Audio => "Audio",
        EmbedKind::Youtube => "YouTube",
        EmbedKind::Tweet => "Tweet",
        EmbedKind::Iframe => "Embed",
    }
}
