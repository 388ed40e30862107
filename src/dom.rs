//! The HTML tree behind a small door.
//!
//! This is the only module that names html5ever or markup5ever_rcdom: the
//! extractors see [`Document`] and [`Node`], a read-only view with tag names,
//! attributes, children, text and an iterative pre-order [`Walk`]. Nothing
//! here recurses, so a document nested 100 000 elements deep is walked with a
//! heap stack instead of overflowing the thread's stack.

use std::cell::Ref;
use std::rc::Rc;

use markup5ever_rcdom::{Handle, NodeData, RcDom};

use crate::capped::CappedParser;

/// A parsed HTML document.
pub(crate) struct Document {
    dom: RcDom,
    /// Elements nested deeper than the cap were flattened.
    pub(crate) depth_limited: bool,
    /// A tag had more attributes than the parser keeps.
    pub(crate) attributes_cut: bool,
    /// Elements past the element cap were left out.
    pub(crate) elements_limited: bool,
}

impl Document {
    /// The document node (the parent of `<html>`).
    pub(crate) fn root(&self) -> Node {
        Node(self.dom.document.clone())
    }

    /// The `<body>` element, or the document node if there is none.
    #[cfg(test)]
    pub(crate) fn body(&self) -> Node {
        let root = self.root();
        root.children()
            .find(|n| n.is("html"))
            .and_then(|html| html.children().find(|n| n.is("body")))
            .unwrap_or(root)
    }
}

/// Parses a whole HTML text at once, with the default nesting cap.
pub(crate) fn parse(html: &str) -> Document {
    let mut parser = HtmlParser::new(DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
    parser.push(html);
    parser.finish()
}

/// The nesting cap browsers use, and the default of
/// [`Options::max_depth`](crate::Options::max_depth).
pub(crate) const DEFAULT_MAX_DEPTH: usize = 512;

/// The default of [`Options::max_elements`](crate::Options::max_elements).
pub(crate) const DEFAULT_MAX_ELEMENTS: usize = 100_000;

/// A streaming HTML parser: feed it text chunk by chunk as it arrives.
///
/// It parses with scripting off, so that html5ever reads `<noscript>`
/// content as markup (where BBC and CDT keep their real `<img>`s), and with
/// the limits of [`CappedParser`]: elements nest at most `max_depth` deep.
pub(crate) struct HtmlParser {
    inner: CappedParser,
}

impl HtmlParser {
    /// A parser for one document.
    pub(crate) fn new(max_depth: usize, max_elements: usize) -> HtmlParser {
        HtmlParser {
            inner: CappedParser::new(max_depth, max_elements),
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
            dom: parsed.dom,
            depth_limited: parsed.depth_limited,
            attributes_cut: parsed.attributes_cut,
            elements_limited: parsed.nodes_limited,
        }
    }
}

/// A node of a [`Document`]: cheap to clone (a reference count).
#[derive(Clone)]
pub(crate) struct Node(Handle);

impl Node {
    /// The element's local name in lower case (`div`, `img`, …), or `None`
    /// for text, comments and the document itself.
    pub(crate) fn tag(&self) -> Option<&str> {
        match &self.0.data {
            NodeData::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// Whether this is an element named `tag`.
    pub(crate) fn is(&self, tag: &str) -> bool {
        self.tag() == Some(tag)
    }

    /// The text of a text node.
    pub(crate) fn text(&self) -> Option<Ref<'_, str>> {
        match &self.0.data {
            NodeData::Text { contents } => Some(Ref::map(contents.borrow(), |t| &**t)),
            _ => None,
        }
    }

    /// Calls `f` with the value of attribute `name`, if the element has it.
    pub(crate) fn attr_with<R>(&self, name: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs
                .borrow()
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| f(&a.value)),
            _ => None,
        }
    }

    /// The value of attribute `name` (matched in lower case, as html5ever
    /// stores it).
    pub(crate) fn attr(&self, name: &str) -> Option<String> {
        self.attr_with(name, str::to_string)
    }

    /// Whether the element has attribute `name`.
    pub(crate) fn has_attr(&self, name: &str) -> bool {
        self.attr_with(name, |_| ()).is_some()
    }

    /// Whether attribute `name` is exactly `value`.
    pub(crate) fn attr_is(&self, name: &str, value: &str) -> bool {
        self.attr_with(name, |v| v == value).unwrap_or(false)
    }

    /// Whether the class list holds `class`.
    pub(crate) fn has_class(&self, class: &str) -> bool {
        self.attr_with("class", |v| v.split_ascii_whitespace().any(|c| c == class))
            .unwrap_or(false)
    }

    /// Whether any attribute name satisfies `f`.
    pub(crate) fn any_attr_name(&self, mut f: impl FnMut(&str) -> bool) -> bool {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs.borrow().iter().any(|a| f(&a.name.local)),
            _ => false,
        }
    }

    /// Whether the element has no attributes at all.
    pub(crate) fn has_no_attrs(&self) -> bool {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs.borrow().is_empty(),
            _ => true,
        }
    }

    /// The children, in order.
    pub(crate) fn children(&self) -> Children {
        Children {
            parent: self.0.clone(),
            next: 0,
        }
    }

    /// The element children, in order.
    pub(crate) fn element_children(&self) -> impl Iterator<Item = Node> {
        self.children().filter(|n| n.tag().is_some())
    }

    /// The parent, if any.
    pub(crate) fn parent(&self) -> Option<Node> {
        let weak = self.0.parent.take();
        let parent = weak.as_ref().and_then(|w| w.upgrade());
        self.0.parent.set(weak);
        parent.map(Node)
    }

    /// The closest element before this node among its parent's children.
    pub(crate) fn prev_element_sibling(&self) -> Option<Node> {
        let parent = self.parent()?;
        let siblings = parent.0.children.borrow();
        let at = siblings.iter().position(|c| Rc::ptr_eq(c, &self.0))?;
        siblings[..at]
            .iter()
            .rev()
            .map(|h| Node(h.clone()))
            .find(|n| n.tag().is_some())
    }

    /// Whether the two are the same node.
    pub(crate) fn same(&self, other: &Node) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Pre-order traversal of this node and everything below it.
    pub(crate) fn walk(&self) -> Walk {
        Walk {
            stack: vec![(self.0.clone(), 0)],
            entered: false,
        }
    }

    /// Whether a descendant element satisfies `f` (iterative).
    pub(crate) fn any_descendant(&self, mut f: impl FnMut(&Node) -> bool) -> bool {
        for ev in self.walk().skip(1) {
            if let Event::Enter(n) = ev {
                if n.tag().is_some() && f(&n) {
                    return true;
                }
            }
        }
        false
    }

    /// The text below this node if it is at most `max` bytes long (stops
    /// early otherwise, so checking a large wrapper stays cheap).
    pub(crate) fn short_text(&self, max: usize) -> Option<String> {
        let mut out = String::new();
        for ev in self.walk() {
            if let Event::Enter(n) = ev {
                if let Some(t) = n.text() {
                    if out.len() + t.len() > max {
                        return None;
                    }
                    out.push_str(&t);
                }
            }
        }
        Some(out)
    }

    /// All text below this node, concatenated as it is in the source.
    pub(crate) fn raw_text(&self) -> String {
        let mut out = String::new();
        for ev in self.walk() {
            if let Event::Enter(n) = ev {
                if let Some(t) = n.text() {
                    out.push_str(&t);
                }
            }
        }
        out
    }
}

/// Iterator over a node's children.
pub(crate) struct Children {
    parent: Handle,
    next: usize,
}

impl Iterator for Children {
    type Item = Node;
    fn next(&mut self) -> Option<Node> {
        let child = self.parent.children.borrow().get(self.next).cloned()?;
        self.next += 1;
        Some(Node(child))
    }
}

/// One step of a [`Walk`].
pub(crate) enum Event {
    /// Arriving at a node (before its children).
    Enter(Node),
    /// Leaving a node (after its children, or right after `Enter` when
    /// they were skipped).
    Leave(Node),
}

/// Iterative pre-order traversal with enter and leave events.
pub(crate) struct Walk {
    // Each entry: a node and the index of its next child to visit.
    stack: Vec<(Handle, usize)>,
    // Whether the top of the stack has been entered already.
    entered: bool,
}

impl Walk {
    /// Do not descend into the node just entered: its `Leave` comes next.
    pub(crate) fn skip_children(&mut self) {
        if let Some(top) = self.stack.last_mut() {
            top.1 = usize::MAX;
        }
    }
}

impl Iterator for Walk {
    type Item = Event;
    fn next(&mut self) -> Option<Event> {
        if !self.entered {
            self.entered = true;
            let top = self.stack.last()?;
            return Some(Event::Enter(Node(top.0.clone())));
        }
        let (handle, index) = self.stack.last_mut()?;
        let child = if *index == usize::MAX {
            None
        } else {
            handle.children.borrow().get(*index).cloned()
        };
        match child {
            Some(child) => {
                *index += 1;
                self.stack.push((child.clone(), 0));
                Some(Event::Enter(Node(child)))
            }
            None => {
                let (handle, _) = self.stack.pop()?;
                Some(Event::Leave(Node(handle)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_equals_whole() {
        let html = "<p>a<b>b</b></p><noscript><img src=x></noscript>";
        let mut p = HtmlParser::new(DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
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
