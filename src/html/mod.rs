//! The HTML tree behind a small door.
//!
//! This is the only module the extractors see of the tree: [`Document`] and
//! [`Node`], a read-only view with tag names, attributes, children, text and
//! a pre-order [`Traversal`]. The tree itself is a `Tree` (`tree.rs`, which
//! says why it is not an `RcDom`) built by html5ever through `builder.rs`,
//! with the limits of `builder.rs` and `attr_guard.rs`; this module turns
//! what those limits did into [`Warning`]s. Nothing here recurses, so a
//! document nested 100 000 elements deep is walked without touching the
//! thread's stack; the traversal follows parent and sibling links and needs
//! no stack at all.

mod attr_guard;
mod builder;
#[cfg(feature = "rcdom")]
mod compare;
mod node;
mod tree;

pub(crate) use node::{Event, Node};

use crate::{Options, Warning};
use builder::CappedParser;
use tree::{Tree, ROOT};

/// A parsed HTML document.
pub(crate) struct Document {
    tree: Tree,
    /// The nesting cap in force.
    max_depth: usize,
    /// The element cap in force.
    max_elements: usize,
    /// Elements nested deeper than the cap were flattened.
    pub(crate) depth_limited: bool,
    /// A tag had more attributes than the parser keeps.
    pub(crate) attributes_cut: bool,
    /// Elements past the element cap were left out.
    pub(crate) elements_limited: bool,
}

impl Document {
    /// The tree itself.
    #[cfg(feature = "rcdom")]
    pub(crate) fn tree(&self) -> &Tree {
        &self.tree
    }

    /// The document node (the parent of `<html>`).
    pub(crate) fn root(&self) -> Node<'_> {
        Node::new(&self.tree, ROOT)
    }

    /// What the parser's limits did to this document, as warnings.
    pub(crate) fn warnings(&self) -> impl Iterator<Item = Warning> {
        [
            self.depth_limited.then_some(Warning::DepthLimited {
                limit: self.max_depth,
            }),
            self.elements_limited.then_some(Warning::ElementsLimited {
                limit: self.max_elements,
            }),
            self.attributes_cut.then_some(Warning::AttributesCut {
                limit: attr_guard::MAX_ATTRIBUTES,
            }),
        ]
        .into_iter()
        .flatten()
    }

    /// The `<body>` element, or the document node if there is none.
    #[cfg(test)]
    pub(crate) fn body(&self) -> Node<'_> {
        let root = self.root();
        root.children()
            .find(|n| n.is("html"))
            .and_then(|html| html.children().find(|n| n.is("body")))
            .unwrap_or(root)
    }
}

/// Parses a whole HTML text at once, with the default limits.
pub(crate) fn parse(html: &str) -> Document {
    let mut parser = HtmlParser::new(&Options::default());
    parser.push(html);
    parser.finish()
}

/// A streaming HTML parser: feed it text chunk by chunk as it arrives.
///
/// It parses with scripting off, so that html5ever reads `<noscript>`
/// content as markup (where BBC and CDT keep their real `<img>`s), and with
/// the limits of [`CappedParser`]: elements nest at most `max_depth` deep.
pub(crate) struct HtmlParser {
    inner: CappedParser,
    max_depth: usize,
    max_elements: usize,
}

impl HtmlParser {
    /// A parser for one document, with the limits of `options`.
    pub(crate) fn new(options: &Options) -> HtmlParser {
        HtmlParser {
            inner: CappedParser::new(options.max_depth, options.max_elements),
            max_depth: options.max_depth,
            max_elements: options.max_elements,
        }
    }

    /// Feeds the next piece of the document (any split point is fine).
    pub(crate) fn push(&mut self, chunk: &str) {
        if !chunk.is_empty() {
            self.inner.push(chunk);
        }
    }

    /// Ends the input and returns the tree.
    pub(crate) fn finish(self) -> Document {
        let parsed = self.inner.finish();
        Document {
            tree: parsed.tree,
            max_depth: self.max_depth,
            max_elements: self.max_elements,
            depth_limited: parsed.depth_limited,
            attributes_cut: parsed.attributes_cut,
            elements_limited: parsed.nodes_limited,
        }
    }
}

#[cfg(feature = "rcdom")]
/// Parses `html` both with this crate's parser and into an `RcDom`, and
/// says where the two trees differ. `Ok(false)` when a limit of ours
/// changed the tree on purpose (nesting, elements, attributes), so that
/// there is nothing to compare.
pub(crate) fn compare_with_rcdom(html: &str) -> Result<bool, String> {
    let doc = parse(html);
    if doc.depth_limited || doc.elements_limited || doc.attributes_cut {
        return Ok(false);
    }
    let ours = doc.tree().describe();
    let theirs = compare::describe_rcdom(html);
    if ours == theirs {
        return Ok(true);
    }
    let line = ours
        .lines()
        .zip(theirs.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| ours.lines().count().min(theirs.lines().count()));
    let show = |s: &str| {
        s.lines()
            .skip(line.saturating_sub(2))
            .take(5)
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "trees differ at node {line}:\n--- ours\n{}\n--- RcDom\n{}",
        show(&ours),
        show(&theirs)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_equals_whole() {
        let html = "<p>a<b>b</b></p><noscript><img src=x></noscript>";
        let mut p = HtmlParser::new(&Options::default());
        for piece in ["<p>a<", "b>b</b></p><nos", "cript><img src=x></noscript>"] {
            p.push(piece);
        }
        let a = p.finish().body().raw_text();
        assert_eq!(a, parse(html).body().raw_text());
        assert!(parse(html).body().any_descendant(|n| n.is("img")));
    }

    #[test]
    fn deep_document_is_walked_without_recursion() {
        let html = "<span>".repeat(200_000) + "x";
        let doc = parse(&html);
        assert_eq!(doc.body().raw_text(), "x");
    }

    #[test]
    fn glued_attributes_become_a_tag_name() {
        let doc = parse("<divdata-tms-ad-type=\"box\"data-x><p>ad</p></div>");
        let found = doc
            .body()
            .any_descendant(|n| n.tag().is_some_and(|t| t.starts_with("divdata-tms-ad")));
        assert!(found);
    }
}
