//! The read-only view of a parsed document: [`Node`], its children and a
//! pre-order [`Traversal`] that keeps no stack.

use html5ever::interface::Attribute;
use html5ever::LocalName;

use super::tree::{Id, Tree};

/// A node of a [`Document`](super::Document): a reference to the tree and an index.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a> {
    tree: &'a Tree,
    id: Id,
}

impl<'a> Node<'a> {
    /// The node `id` of `tree`.
    pub(super) fn new(tree: &'a Tree, id: Id) -> Node<'a> {
        Node { tree, id }
    }

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
    pub(crate) fn traverse(&self) -> Traversal<'a> {
        Traversal {
            tree: self.tree,
            root: self.id,
            state: State::Start,
        }
    }

    /// Whether a descendant element satisfies `f`.
    pub(crate) fn any_descendant(&self, mut f: impl FnMut(&Node<'a>) -> bool) -> bool {
        for ev in self.traverse().skip(1) {
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
        for ev in self.traverse() {
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
        for ev in self.traverse() {
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

/// One step of a [`Traversal`].
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
pub(crate) struct Traversal<'a> {
    tree: &'a Tree,
    root: Id,
    state: State,
}

impl Traversal<'_> {
    /// Do not descend into the node just entered: its `Leave` comes next.
    pub(crate) fn skip_children(&mut self) {
        if let State::Entered(n) = self.state {
            self.state = State::Skipping(n);
        }
    }
}

impl<'a> Iterator for Traversal<'a> {
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
