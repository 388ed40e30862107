//! The HTML tree behind a small door.
//!
//! This is the only module the extractors see of the tree: [`Document`] and
//! [`Node`], a read-only view with tag names, attributes, children, text and
//! a pre-order [`Walk`]. The tree itself is a [`Tree`] built by html5ever
//! (see `tree.rs` for why it is not an `RcDom`). Nothing here recurses, so a
//! document nested 100 000 elements deep is walked without touching the
//! thread's stack; the walk follows parent and sibling links and needs no
//! stack at all.

use html5ever::interface::Attribute;
use html5ever::LocalName;

use crate::capped::CappedParser;
use crate::tree::{Id, Tree, ROOT};

/// A parsed HTML document.
pub(crate) struct Document {
    tree: Tree,
    /// Elements nested deeper than the cap were flattened.
    pub(crate) depth_limited: bool,
    /// A tag had more attributes than the parser keeps.
    pub(crate) attributes_cut: bool,
    /// Elements past the element cap were left out.
    pub(crate) elements_limited: bool,
}

impl Document {
    /// The tree itself.
    pub(crate) fn tree(&self) -> &Tree {
        &self.tree
    }

    /// The document node (the parent of `<html>`).
    pub(crate) fn root(&self) -> Node<'_> {
        Node {
            tree: &self.tree,
            id: ROOT,
        }
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
            tree: parsed.tree,
            depth_limited: parsed.depth_limited,
            attributes_cut: parsed.attributes_cut,
            elements_limited: parsed.nodes_limited,
        }
    }
}

/// The attributes the extraction rules ask about, read in one pass over an
/// element's attributes (the rules used to scan them once per question).
#[derive(Default, Clone, Copy)]
pub(crate) struct Attrs<'a> {
    /// The element has attributes at all.
    pub any: bool,
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub role: Option<&'a str>,
    pub href: Option<&'a str>,
    pub aria_hidden: Option<&'a str>,
    pub aria_labelledby: Option<&'a str>,
    pub data_e2e: Option<&'a str>,
    pub data_testid: Option<&'a str>,
    /// `data-a2a-url` (AddToAny's share container).
    pub data_a2a_url: bool,
    /// An attribute name that marks ads and promotions
    /// (`data-selfpromo…`, `data-tms-ad…`, `data-o-ads…`,
    /// `data-root-share`, `data-a2a-url`).
    pub boilerplate_name: bool,
}

impl Attrs<'_> {
    /// Whether the class list holds `class`.
    pub(crate) fn has_class(&self, class: &str) -> bool {
        self.class
            .is_some_and(|v| v.split_ascii_whitespace().any(|c| c == class))
    }
}

/// A node of a [`Document`]: a reference to the tree and an index.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a> {
    tree: &'a Tree,
    id: Id,
}

impl<'a> Node<'a> {
    fn at(&self, id: Id) -> Node<'a> {
        Node {
            tree: self.tree,
            id,
        }
    }

    /// The element's local name in lower case (`div`, `img`, …), or `None`
    /// for text, comments and the document itself.
    pub(crate) fn tag(&self) -> Option<&'a str> {
        self.tree.local_name(self.id).map(|n| &**n)
    }

    /// The element's local name as an atom (compared as an integer).
    pub(crate) fn local_name(&self) -> Option<&'a LocalName> {
        self.tree.local_name(self.id)
    }

    /// Whether this is an element named `tag`.
    pub(crate) fn is(&self, tag: &str) -> bool {
        self.tag() == Some(tag)
    }

    /// The text of a text node.
    pub(crate) fn text(&self) -> Option<&'a str> {
        self.tree.text(self.id)
    }

    /// The element's attributes (empty for other nodes).
    pub(crate) fn attrs(&self) -> &'a [Attribute] {
        self.tree.attrs(self.id)
    }

    /// The value of attribute `name` (matched in lower case, as html5ever
    /// stores it), borrowed from the tree.
    pub(crate) fn attr_str(&self, name: &str) -> Option<&'a str> {
        self.attrs()
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// The value of attribute `name`, owned.
    pub(crate) fn attr(&self, name: &str) -> Option<String> {
        self.attr_str(name).map(str::to_string)
    }

    /// Whether attribute `name` is exactly `value`.
    pub(crate) fn attr_is(&self, name: &str, value: &str) -> bool {
        self.attr_str(name) == Some(value)
    }

    /// Whether the class list holds `class`.
    pub(crate) fn has_class(&self, class: &str) -> bool {
        self.attr_str("class")
            .is_some_and(|v| v.split_ascii_whitespace().any(|c| c == class))
    }

    /// The attributes the rules ask about (see [`Attrs`]).
    pub(crate) fn summary(&self) -> Attrs<'a> {
        let mut out = Attrs::default();
        for a in self.attrs() {
            out.any = true;
            let value = Some(&*a.value);
            match &*a.name.local {
                "class" => out.class = value,
                "id" => out.id = value,
                "role" => out.role = value,
                "href" => out.href = value,
                "aria-hidden" => out.aria_hidden = value,
                "aria-labelledby" => out.aria_labelledby = value,
                "data-e2e" => out.data_e2e = value,
                "data-testid" => out.data_testid = value,
                "data-a2a-url" => {
                    out.data_a2a_url = true;
                    out.boilerplate_name = true;
                }
                "data-root-share" => out.boilerplate_name = true,
                name => {
                    if let Some(rest) = name.strip_prefix("data-") {
                        if rest.starts_with("selfpromo")
                            || rest.starts_with("tms-ad")
                            || rest.starts_with("o-ads")
                        {
                            out.boilerplate_name = true;
                        }
                    }
                }
            }
        }
        out
    }

    /// The children, in order.
    pub(crate) fn children(&self) -> Children<'a> {
        Children {
            tree: self.tree,
            next: self.tree.first_child(self.id),
        }
    }

    /// The element children, in order.
    pub(crate) fn element_children(&self) -> impl Iterator<Item = Node<'a>> {
        self.children().filter(|n| n.tag().is_some())
    }

    /// The parent, if any.
    pub(crate) fn parent(&self) -> Option<Node<'a>> {
        self.tree.parent(self.id).map(|p| self.at(p))
    }

    /// The closest element before this node among its parent's children.
    pub(crate) fn prev_element_sibling(&self) -> Option<Node<'a>> {
        let mut cur = self.tree.prev_sibling(self.id);
        while let Some(c) = cur {
            if self.tree.local_name(c).is_some() {
                return Some(self.at(c));
            }
            cur = self.tree.prev_sibling(c);
        }
        None
    }

    /// Whether the two are the same node.
    pub(crate) fn same(&self, other: &Node) -> bool {
        self.id == other.id && std::ptr::eq(self.tree, other.tree)
    }

    /// Pre-order traversal of this node and everything below it.
    pub(crate) fn walk(&self) -> Walk<'a> {
        Walk {
            tree: self.tree,
            root: self.id,
            state: State::Start,
        }
    }

    /// Whether a descendant element satisfies `f`.
    pub(crate) fn any_descendant(&self, mut f: impl FnMut(&Node<'a>) -> bool) -> bool {
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
                    out.push_str(t);
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
                    out.push_str(t);
                }
            }
        }
        out
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    tree: &'a Tree,
    next: Option<Id>,
}

impl<'a> Iterator for Children<'a> {
    type Item = Node<'a>;
    fn next(&mut self) -> Option<Node<'a>> {
        let id = self.next?;
        self.next = self.tree.next_sibling(id);
        Some(Node {
            tree: self.tree,
            id,
        })
    }
}

/// One step of a [`Walk`].
pub(crate) enum Event<'a> {
    /// Arriving at a node (before its children).
    Enter(Node<'a>),
    /// Leaving a node (after its children, or right after `Enter` when
    /// they were skipped).
    Leave(Node<'a>),
}

#[derive(Clone, Copy)]
enum State {
    Start,
    /// The node was just entered; its children come next.
    Entered(Id),
    /// The node was just entered and its children are to be skipped.
    Skipping(Id),
    /// The node was just left.
    Left(Id),
    Done,
}

/// Pre-order traversal with enter and leave events. It keeps no stack: the
/// tree's sibling and parent links say where to go next.
pub(crate) struct Walk<'a> {
    tree: &'a Tree,
    root: Id,
    state: State,
}

impl Walk<'_> {
    /// Do not descend into the node just entered: its `Leave` comes next.
    pub(crate) fn skip_children(&mut self) {
        if let State::Entered(n) = self.state {
            self.state = State::Skipping(n);
        }
    }
}

impl<'a> Iterator for Walk<'a> {
    type Item = Event<'a>;
    fn next(&mut self) -> Option<Event<'a>> {
        let tree = self.tree;
        let node = |id| Node { tree, id };
        let (state, event) = match self.state {
            State::Done => return None,
            State::Start => (State::Entered(self.root), Event::Enter(node(self.root))),
            State::Entered(n) => match tree.first_child(n) {
                Some(c) => (State::Entered(c), Event::Enter(node(c))),
                None => (State::Left(n), Event::Leave(node(n))),
            },
            State::Skipping(n) => (State::Left(n), Event::Leave(node(n))),
            State::Left(n) if n == self.root => {
                self.state = State::Done;
                return None;
            }
            State::Left(n) => match (tree.next_sibling(n), tree.parent(n)) {
                (Some(s), _) => (State::Entered(s), Event::Enter(node(s))),
                (None, Some(p)) => (State::Left(p), Event::Leave(node(p))),
                (None, None) => {
                    self.state = State::Done;
                    return None;
                }
            },
        };
        self.state = state;
        Some(event)
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
