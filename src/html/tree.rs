//! The document tree: every node in one `Vec`, linked by indices.
//!
//! html5ever's tree builder decides where each node goes; this module only
//! stores the result. It replaces `markup5ever_rcdom::RcDom` inside the
//! crate because RcDom pays, per node, for an `Rc` allocation, a
//! `RefCell<Vec<Handle>>` of children (a second allocation once a node has
//! any), a `Weak` parent and reference counting on every step of a walk,
//! and then frees it all node by node. Here a node is one record in a
//! `Vec` with its parent, first and last child and both siblings as `u32`
//! indices: building appends to the `Vec`, a walk follows indices (no stack,
//! no reference counts), and dropping the tree frees one buffer plus what
//! the records own (attribute lists and text).
//!
//! The shape is the one RcDom would hold for the same calls; a test parses
//! the corpus both ways and compares the trees node by node
//! (`tests/tree_equivalence.rs`), and the `tree` fuzz target does the same
//! on arbitrary input. RcDom's one extra, cloning a selected `<option>`
//! into `<selectedcontent>`, never fires in RcDom 0.40 (its search compares
//! the `<select>`'s own name), so it is left out here too.

use html5ever::interface::{Attribute, QualName};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, LocalName};

/// Index of a node in its [`Tree`].
pub(crate) type Id = u32;

/// No node (the end of a sibling list, the parent of a detached node).
const NONE: Id = Id::MAX;

/// The document node: always the first record.
pub(crate) const ROOT: Id = 0;

/// What a node is.
pub(crate) enum Data {
    /// The document, or a `<template>`'s content fragment.
    Document,
    /// `<!DOCTYPE …>` (its name and ids are not needed by the extractors).
    Doctype,
    /// A run of text; html5ever appends adjacent runs to one node.
    Text(StrTendril),
    /// `<!-- … -->`. The text is kept so that the tree is the one RcDom
    /// holds; only the comparison reads it.
    Comment(#[cfg_attr(not(feature = "rcdom"), allow(dead_code))] StrTendril),
    /// `<?target data>` (only made in XML-ish error recovery).
    ProcessingInstruction,
    /// An element.
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// The content fragment of a `<template>`.
        template: Id,
        mathml_annotation_xml_integration_point: bool,
    },
}

/// One node and its links.
pub(crate) struct Record {
    parent: Id,
    first_child: Id,
    last_child: Id,
    prev_sibling: Id,
    next_sibling: Id,
    pub(crate) data: Data,
}

/// A document tree. See the module docs.
pub(crate) struct Tree {
    nodes: Vec<Record>,
    /// Answer to `name()` for a node that is not an element.
    no_name: QualName,
}

impl Default for Tree {
    fn default() -> Self {
        Tree::new()
    }
}

impl Tree {
    /// A tree holding only the document node.
    pub(crate) fn new() -> Tree {
        let mut tree = Tree {
            nodes: Vec::new(),
            no_name: QualName::new(None, ns!(), local_name!("")),
        };
        tree.push(Data::Document);
        tree
    }

    /// Number of records (attached or not).
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Adds a detached node.
    pub(crate) fn push(&mut self, data: Data) -> Id {
        // The element cap keeps real documents far below this; past it, the
        // last record takes the data rather than growing an index we cannot
        // represent. (A u32 index saves a third of each record.)
        let id = match Id::try_from(self.nodes.len()) {
            Ok(id) if id < NONE - 1 => id,
            _ => {
                let last = self.nodes.len() - 1;
                self.nodes[last].data = data;
                return last as Id;
            }
        };
        self.nodes.push(Record {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev_sibling: NONE,
            next_sibling: NONE,
            data,
        });
        id
    }

    /// Adds a detached element (with its content fragment if it is a
    /// `<template>`).
    pub(crate) fn push_element(
        &mut self,
        name: QualName,
        attrs: Vec<Attribute>,
        template: bool,
        mathml_annotation_xml_integration_point: bool,
    ) -> Id {
        let template = if template {
            self.push(Data::Document)
        } else {
            NONE
        };
        self.push(Data::Element {
            name,
            attrs,
            template,
            mathml_annotation_xml_integration_point,
        })
    }

    fn rec(&self, id: Id) -> Option<&Record> {
        self.nodes.get(id as usize)
    }

    fn rec_mut(&mut self, id: Id) -> Option<&mut Record> {
        self.nodes.get_mut(id as usize)
    }

    /// The node's data (`Document` for an index out of range).
    pub(crate) fn data(&self, id: Id) -> &Data {
        match self.rec(id) {
            Some(r) => &r.data,
            None => &Data::Document,
        }
    }

    /// The element's qualified name, or an empty name for other nodes.
    pub(crate) fn name(&self, id: Id) -> &QualName {
        match self.data(id) {
            Data::Element { name, .. } => name,
            _ => &self.no_name,
        }
    }

    /// The element's local name.
    pub(crate) fn local_name(&self, id: Id) -> Option<&LocalName> {
        match self.data(id) {
            Data::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// The element's attributes (empty for other nodes).
    pub(crate) fn attrs(&self, id: Id) -> &[Attribute] {
        match self.data(id) {
            Data::Element { attrs, .. } => attrs,
            _ => &[],
        }
    }

    /// The element's attributes, to add to.
    pub(crate) fn attrs_mut(&mut self, id: Id) -> Option<&mut Vec<Attribute>> {
        match self.rec_mut(id).map(|r| &mut r.data) {
            Some(Data::Element { attrs, .. }) => Some(attrs),
            _ => None,
        }
    }

    /// The text of a text node.
    pub(crate) fn text(&self, id: Id) -> Option<&str> {
        match self.data(id) {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// A `<template>`'s content fragment.
    pub(crate) fn template_contents(&self, id: Id) -> Option<Id> {
        match self.data(id) {
            Data::Element { template, .. } if *template != NONE => Some(*template),
            _ => None,
        }
    }

    /// Whether the element is a MathML annotation-xml integration point.
    pub(crate) fn is_mathml_annotation_xml_integration_point(&self, id: Id) -> bool {
        matches!(
            self.data(id),
            Data::Element {
                mathml_annotation_xml_integration_point: true,
                ..
            }
        )
    }

    fn link(value: Id) -> Option<Id> {
        (value != NONE).then_some(value)
    }

    /// The parent node.
    pub(crate) fn parent(&self, id: Id) -> Option<Id> {
        self.rec(id).and_then(|r| Tree::link(r.parent))
    }

    /// The first child.
    pub(crate) fn first_child(&self, id: Id) -> Option<Id> {
        self.rec(id).and_then(|r| Tree::link(r.first_child))
    }

    /// The last child.
    pub(crate) fn last_child(&self, id: Id) -> Option<Id> {
        self.rec(id).and_then(|r| Tree::link(r.last_child))
    }

    /// The next sibling.
    pub(crate) fn next_sibling(&self, id: Id) -> Option<Id> {
        self.rec(id).and_then(|r| Tree::link(r.next_sibling))
    }

    /// The previous sibling.
    pub(crate) fn prev_sibling(&self, id: Id) -> Option<Id> {
        self.rec(id).and_then(|r| Tree::link(r.prev_sibling))
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: Id) -> impl Iterator<Item = Id> + '_ {
        std::iter::successors(self.first_child(id), move |&c| self.next_sibling(c))
    }

    /// Whether `node` is `other` or one of its ancestors (a walk up from
    /// `other`, as long as the tree is deep).
    pub(crate) fn is_inclusive_ancestor(&self, node: Id, other: Id) -> bool {
        let mut cur = Some(other);
        while let Some(c) = cur {
            if c == node {
                return true;
            }
            cur = self.parent(c);
        }
        false
    }

    /// Takes `id` out of its parent's children.
    pub(crate) fn detach(&mut self, id: Id) {
        let Some(r) = self.rec(id) else { return };
        let (parent, prev, next) = (r.parent, r.prev_sibling, r.next_sibling);
        if parent == NONE {
            return;
        }
        match self.rec_mut(prev) {
            Some(p) => p.next_sibling = next,
            None => {
                if let Some(p) = self.rec_mut(parent) {
                    p.first_child = next;
                }
            }
        }
        match self.rec_mut(next) {
            Some(n) => n.prev_sibling = prev,
            None => {
                if let Some(p) = self.rec_mut(parent) {
                    p.last_child = prev;
                }
            }
        }
        if let Some(r) = self.rec_mut(id) {
            r.parent = NONE;
            r.prev_sibling = NONE;
            r.next_sibling = NONE;
        }
    }

    /// Makes `child` the last child of `parent`. The caller guarantees that
    /// `child` is not an ancestor of `parent` (see
    /// [`Tree::is_inclusive_ancestor`]).
    pub(crate) fn append(&mut self, parent: Id, child: Id) {
        if self.rec(parent).is_none() || self.rec(child).is_none() || parent == child {
            return;
        }
        self.detach(child);
        let last = self.nodes[parent as usize].last_child;
        self.link_between(parent, last, NONE, child);
    }

    /// Puts `child` right before `sibling`, under the same parent.
    pub(crate) fn insert_before(&mut self, sibling: Id, child: Id) {
        if sibling == child || self.rec(child).is_none() {
            return;
        }
        let Some(parent) = self.parent(sibling) else {
            return;
        };
        self.detach(child);
        let prev = self.nodes[sibling as usize].prev_sibling;
        self.link_between(parent, prev, sibling, child);
    }

    /// Links the detached `child` under `parent` between the siblings
    /// `prev` and `next` (either may be `NONE`: an end of the list).
    fn link_between(&mut self, parent: Id, prev: Id, next: Id, child: Id) {
        {
            let c = &mut self.nodes[child as usize];
            c.parent = parent;
            c.prev_sibling = prev;
            c.next_sibling = next;
        }
        match self.rec_mut(prev) {
            Some(p) => p.next_sibling = child,
            None => self.nodes[parent as usize].first_child = child,
        }
        match self.rec_mut(next) {
            Some(n) => n.prev_sibling = child,
            None => self.nodes[parent as usize].last_child = child,
        }
    }

    /// Appends text to `parent`, joining it to a text node that ends the
    /// children (as RcDom does).
    pub(crate) fn append_text(&mut self, parent: Id, text: StrTendril) {
        if self.join_text(self.last_child(parent), &text) {
            return;
        }
        let node = self.push(Data::Text(text));
        self.append(parent, node);
    }

    /// Adds `text` to the end of node `at` if that is a text node.
    fn join_text(&mut self, at: Option<Id>, text: &StrTendril) -> bool {
        match at.and_then(|id| self.rec_mut(id)).map(|r| &mut r.data) {
            Some(Data::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    /// Puts text right before `sibling`, joining it to a text node just
    /// before that, if any.
    pub(crate) fn insert_text_before(&mut self, sibling: Id, text: StrTendril) {
        if self.parent(sibling).is_none() {
            return;
        }
        if self.join_text(self.prev_sibling(sibling), &text) {
            return;
        }
        let node = self.push(Data::Text(text));
        self.insert_before(sibling, node);
    }

    /// Moves all children of `node` to the end of `new_parent`'s.
    pub(crate) fn reparent_children(&mut self, node: Id, new_parent: Id) {
        if node == new_parent || self.rec(node).is_none() || self.rec(new_parent).is_none() {
            return;
        }
        let first = self.nodes[node as usize].first_child;
        if first == NONE {
            return;
        }
        let last = self.nodes[node as usize].last_child;
        let mut cur = first;
        while cur != NONE {
            let r = &mut self.nodes[cur as usize];
            r.parent = new_parent;
            cur = r.next_sibling;
        }
        let tail = self.nodes[new_parent as usize].last_child;
        match self.rec_mut(tail) {
            Some(t) => t.next_sibling = first,
            None => self.nodes[new_parent as usize].first_child = first,
        }
        self.nodes[first as usize].prev_sibling = tail;
        self.nodes[new_parent as usize].last_child = last;
        let n = &mut self.nodes[node as usize];
        n.first_child = NONE;
        n.last_child = NONE;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn children(t: &Tree, id: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut c = t.first_child(id);
        while let Some(x) = c {
            assert_eq!(t.parent(x), Some(id));
            out.push(x);
            c = t.next_sibling(x);
        }
        let mut back = Vec::new();
        let mut c = t.last_child(id);
        while let Some(x) = c {
            back.push(x);
            c = t.prev_sibling(x);
        }
        back.reverse();
        assert_eq!(out, back, "links disagree");
        out
    }

    fn el(t: &mut Tree, name: &str) -> Id {
        let name = QualName::new(None, ns!(html), LocalName::from(name));
        t.push_element(name, Vec::new(), false, false)
    }

    #[test]
    fn links_stay_consistent_through_every_edit() {
        let mut t = Tree::new();
        let (a, b, c, d) = (
            el(&mut t, "a"),
            el(&mut t, "b"),
            el(&mut t, "c"),
            el(&mut t, "d"),
        );
        t.append(ROOT, a);
        t.append(a, b);
        t.append(a, c);
        t.insert_before(c, d);
        assert_eq!(children(&t, a), [b, d, c]);
        t.detach(d);
        assert_eq!(children(&t, a), [b, c]);
        assert_eq!(t.parent(d), None);
        t.append(ROOT, d);
        t.reparent_children(a, d);
        assert!(children(&t, a).is_empty());
        assert_eq!(children(&t, d), [b, c]);
        t.append(b, c); // moving a node detaches it first
        assert_eq!(children(&t, d), [b]);
        assert_eq!(children(&t, b), [c]);
        assert!(t.is_inclusive_ancestor(d, c) && !t.is_inclusive_ancestor(c, d));
    }

    #[test]
    fn adjacent_text_is_joined() {
        let mut t = Tree::new();
        let p = el(&mut t, "p");
        t.append(ROOT, p);
        t.append_text(p, StrTendril::from_slice("a"));
        t.append_text(p, StrTendril::from_slice("b"));
        let i = el(&mut t, "i");
        t.append(p, i);
        t.insert_text_before(i, StrTendril::from_slice("c"));
        t.append_text(p, StrTendril::from_slice("d"));
        let kids = children(&t, p);
        assert_eq!(kids.len(), 3);
        assert_eq!(t.text(kids[0]), Some("abc"));
        assert_eq!(t.text(kids[2]), Some("d"));
    }

    #[test]
    fn bad_indices_are_ignored() {
        let mut t = Tree::new();
        t.append(ROOT, 99);
        t.insert_before(99, ROOT);
        t.reparent_children(99, ROOT);
        t.detach(99);
        assert!(t.text(99).is_none() && t.parent(99).is_none());
        assert_eq!(t.len(), 1);
    }
}
