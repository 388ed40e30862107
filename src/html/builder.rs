//! html5ever driven with limits: a nesting cap, and a guard against tags
//! with huge numbers of attributes.
//!
//! html5ever's tree builder scans its stack of open elements on many tags,
//! which makes it quadratic in nesting depth, and nothing caps that depth
//! (html5ever issue #788: 512 KB of nested `<ul><li>` took 94 s). Browsers
//! stop nesting at 512. We do the same between the tokenizer and the tree
//! builder: [`CapTokens`] drops a start tag (and later its end tag) whenever
//! the element would land deeper than the cap, so its text goes to the
//! deepest allowed element and the tree builder's stack stays bounded.
//!
//! The depth is measured on the tree itself ([`CapSink`] walks the ancestors
//! of each insertion point, at most `cap + 1` steps), not by re-implementing
//! the tree builder's rules: the open-element stack is a subsequence of the
//! current node's ancestors (fostered elements aside), so what we measure is
//! what html5ever's scans cost. Template contents hang off a fragment whose
//! depth would restart at zero, so nested `<template>`s are capped by count.
//!
//! The tokenizer checks each new attribute name against all earlier ones of
//! the same tag, which is quadratic in the number of attributes: [`AttrGuard`]
//! cuts a tag's attributes after a limit before the text reaches
//! html5ever. Parse errors are ignored: nothing reads them, and a hostile
//! page must not grow a list of them without bound.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashSet;

use html5ever::interface::{Attribute, ElementFlags, NodeOrText, QualName, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;
use html5ever::{local_name, LocalName};

use super::attr_guard::AttrGuard;
use super::tree::{Data, Id, Tree, ROOT};

/// Most `<template>`s open at once.
const MAX_TEMPLATES: usize = 64;

type Handle = Id;

/// Number of ancestors of `node`, counting at most `limit + 1`.
fn depth(tree: &Tree, node: Handle, limit: usize) -> usize {
    let mut d = 0;
    let mut cur = node;
    while d <= limit {
        match tree.parent(cur) {
            Some(p) => {
                d += 1;
                cur = p;
            }
            None => break,
        }
    }
    d
}

/// The [`Tree`] being built, and what the caps need to know about it.
pub(crate) struct CapSink {
    tree: RefCell<Tree>,
    cap: usize,
    /// An upper bound of the depth of the current node. Walking the
    /// ancestors on every insertion would cost a pointer chase per level, so
    /// the bound grows by one per inserted element and the tree is only
    /// measured once it nears the cap.
    current: Cell<usize>,
    /// Elements were left out because of the node cap.
    limited: Cell<bool>,
    /// Elements and comments created so far.
    nodes: Cell<usize>,
    /// Most elements and comments kept in the tree.
    max_nodes: usize,
    /// Most records of any kind; past it the tree is frozen (see
    /// [`CapTokens::frozen`]).
    max_records: usize,
}

impl CapSink {
    /// Past the cap, start tags and comments are dropped.
    fn over_node_cap(&self) -> bool {
        self.nodes.get() >= self.max_nodes
    }

    /// Past twice the cap (elements the tree builder makes on its own, such
    /// as clones of formatting elements, which no dropped tag prevents),
    /// new elements are left out of the tree.
    fn over_hard_cap(&self) -> bool {
        self.nodes.get() >= self.max_nodes.saturating_mul(2)
    }

    /// Whether moving `child` under `parent` would make a cycle. Only
    /// possible once the hard cap has left nodes out, so that the tree
    /// builder's idea of the tree and the tree differ; before that html5ever
    /// never asks for one, and the check is skipped.
    fn would_cycle(&self, parent: Handle, child: Handle) -> bool {
        self.limited.get() && self.tree.borrow().is_inclusive_ancestor(child, parent)
    }

    /// Tracks the depth bound for an insertion under `parent`.
    fn note_insertion(&self, parent: Handle, is_element: bool) {
        let is_element = usize::from(is_element);
        let bound = self.current.get() + is_element;
        if bound + 1 >= self.cap {
            let d = depth(&self.tree.borrow(), parent, self.cap);
            self.current.set(d + is_element);
        } else {
            self.current.set(bound);
        }
    }
}

impl TreeSink for CapSink {
    type Handle = Handle;
    type Output = Tree;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Tree {
        self.tree.into_inner()
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn get_document(&self) -> Handle {
        ROOT
    }
    fn elem_name<'a>(&'a self, target: &'a Handle) -> Ref<'a, QualName> {
        // html5ever holds a name only while it compares it, never across
        // another call into the sink, so this borrow never meets a mutable
        // one.
        Ref::map(self.tree.borrow(), |t| t.name(*target))
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.nodes.set(self.nodes.get() + 1);
        // Past the hard cap the element stays out of the tree: its
        // attributes would only cost memory.
        let attrs = if self.over_hard_cap() {
            Vec::new()
        } else {
            attrs
        };
        self.tree.borrow_mut().push_element(
            name,
            attrs,
            flags.template,
            flags.mathml_annotation_xml_integration_point,
        )
    }
    fn create_comment(&self, text: StrTendril) -> Handle {
        self.nodes.set(self.nodes.get() + 1);
        self.tree.borrow_mut().push(Data::Comment(text))
    }
    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.tree.borrow_mut().push(Data::ProcessingInstruction)
    }
    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendText(text) => {
                self.note_insertion(*parent, false);
                self.tree.borrow_mut().append_text(*parent, text);
            }
            NodeOrText::AppendNode(node) => {
                // Past the hard cap, elements the tree builder makes on its
                // own (the adoption agency's clones, reconstructed
                // formatting elements) are left out of the tree. Text put
                // into them is lost; text put elsewhere still goes where it
                // belongs.
                if self.over_hard_cap() {
                    self.limited.set(true);
                    return;
                }
                if self.would_cycle(*parent, node) {
                    return;
                }
                self.note_insertion(*parent, true);
                self.tree.borrow_mut().append(*parent, node);
            }
        }
    }
    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.tree.borrow().parent(*element).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }
    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        let mut tree = self.tree.borrow_mut();
        let node = tree.push(Data::Doctype);
        tree.append(ROOT, node);
    }
    fn pop(&self, node: &Handle) {
        // Far from the cap the bound may stay loose; near it, measure.
        if self.current.get() + 1 >= self.cap {
            let d = depth(&self.tree.borrow(), *node, self.cap);
            self.current.set(d.saturating_sub(1));
        }
    }
    fn get_template_contents(&self, target: &Handle) -> Handle {
        // html5ever asks only for `<template>`s; anything else gets the
        // element itself rather than a panic.
        self.tree
            .borrow()
            .template_contents(*target)
            .unwrap_or(*target)
    }
    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, _mode: QuirksMode) {}
    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        match new_node {
            NodeOrText::AppendText(text) => {
                self.tree.borrow_mut().insert_text_before(*sibling, text);
            }
            NodeOrText::AppendNode(node) => {
                if self.over_hard_cap() {
                    self.limited.set(true);
                    return;
                }
                let parent = self.tree.borrow().parent(*sibling);
                if parent.is_some_and(|p| self.would_cycle(p, node)) {
                    return;
                }
                self.tree.borrow_mut().insert_before(*sibling, node);
            }
        }
    }
    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut tree = self.tree.borrow_mut();
        let Some(existing) = tree.attrs_mut(*target) else {
            return;
        };
        let names: HashSet<QualName> = existing.iter().map(|a| a.name.clone()).collect();
        existing.extend(attrs.into_iter().filter(|a| !names.contains(&a.name)));
    }
    fn remove_from_parent(&self, target: &Handle) {
        self.tree.borrow_mut().detach(*target);
    }
    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        if self.would_cycle(*new_parent, *node) {
            return;
        }
        self.tree.borrow_mut().reparent_children(*node, *new_parent);
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.tree
            .borrow()
            .is_mathml_annotation_xml_integration_point(*handle)
    }
}

type Builder = TreeBuilder<Handle, CapSink>;

/// Sits between the tokenizer and the tree builder and drops start tags that
/// would nest deeper than the cap.
pub(crate) struct CapTokens {
    builder: Builder,
    cap: usize,
    /// Start tags dropped and not yet matched by an end tag, by name.
    dropped: std::cell::RefCell<Vec<(LocalName, usize)>>,
    templates: Cell<usize>,
    limited: Cell<bool>,
    /// Where text goes once the tree is frozen.
    frozen_at: Cell<Option<Handle>>,
}

fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

impl CapTokens {
    /// Remembers a dropped start tag, so that its end tag is dropped too.
    fn count_dropped(&self, name: &LocalName) {
        let mut dropped = self.dropped.borrow_mut();
        match dropped.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => dropped.push((name.clone(), 1)),
        }
    }

    /// Whether this token is to be dropped.
    fn drop_token(&self, token: &Token) -> bool {
        let sink = &self.builder.sink;
        if let Token::CommentToken(_) = token {
            return sink.over_node_cap();
        }
        let Token::TagToken(tag) = token else {
            return false;
        };
        if tag.kind == TagKind::StartTag && sink.over_node_cap() {
            sink.limited.set(true);
            if !is_void(&tag.name) {
                self.count_dropped(&tag.name);
            }
            return true;
        }
        match tag.kind {
            TagKind::StartTag => {
                if is_void(&tag.name) {
                    return false;
                }
                let too_deep = self.builder.sink.current.get() >= self.cap;
                let is_template = tag.name == local_name!("template");
                let too_many_templates = is_template && self.templates.get() >= MAX_TEMPLATES;
                if too_deep || too_many_templates {
                    self.limited.set(true);
                    self.count_dropped(&tag.name);
                    return true;
                }
                if is_template {
                    self.templates.set(self.templates.get() + 1);
                }
                false
            }
            TagKind::EndTag => {
                let mut dropped = self.dropped.borrow_mut();
                if let Some(i) = dropped.iter().position(|(n, _)| *n == tag.name) {
                    dropped[i].1 -= 1;
                    if dropped[i].1 == 0 {
                        dropped.swap_remove(i);
                    }
                    return true;
                }
                if tag.name == local_name!("template") {
                    self.templates.set(self.templates.get().saturating_sub(1));
                }
                false
            }
        }
    }
}

impl CapTokens {
    /// Past [`CapSink::max_records`] the tree is frozen: the tree builder
    /// sees no more tokens (it would go on making clones of formatting
    /// elements), tags and comments are dropped and text is appended to the
    /// `<body>`, so that memory stays bounded and the text is still there.
    /// Returns whether `token` was handled here.
    fn frozen(&self, token: &Token) -> bool {
        let sink = &self.builder.sink;
        if self.frozen_at.get().is_none() {
            if sink.tree.borrow().len() < sink.max_records {
                return false;
            }
            sink.limited.set(true);
            let tree = sink.tree.borrow();
            let body = tree
                .children(ROOT)
                .find(|&n| tree.local_name(n) == Some(&local_name!("html")))
                .and_then(|html| {
                    tree.children(html)
                        .find(|&n| tree.local_name(n) == Some(&local_name!("body")))
                })
                .unwrap_or(ROOT);
            self.frozen_at.set(Some(body));
        }
        let Some(body) = self.frozen_at.get() else {
            return false;
        };
        match token {
            Token::CharacterTokens(text) => {
                sink.tree.borrow_mut().append_text(body, text.clone());
                true
            }
            Token::EOFToken => false,
            _ => true,
        }
    }
}

impl TokenSink for CapTokens {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        if let Token::ParseError(_) = token {
            self.builder.sink.parse_error(Cow::Borrowed(""));
            return TokenSinkResult::Continue;
        }
        if self.frozen(&token) {
            return TokenSinkResult::Continue;
        }
        if self.drop_token(&token) {
            return TokenSinkResult::Continue;
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// A streaming HTML parser with the caps: feed it text, then finish it.
pub(crate) struct CappedParser {
    tokenizer: Tokenizer<CapTokens>,
    queue: BufferQueue,
    guard: AttrGuard,
    /// Some text was pushed (a BOM is only dropped before any).
    started: bool,
}

/// What [`CappedParser::finish`] gives.
pub(crate) struct Parsed {
    pub tree: Tree,
    /// Elements were dropped because of the nesting cap.
    pub depth_limited: bool,
    /// Attributes were cut because a tag had too many.
    pub attributes_cut: bool,
    /// Elements were left out because of the node cap.
    pub nodes_limited: bool,
}

impl CappedParser {
    /// A parser that nests elements at most `cap` deep, with scripting off
    /// (so that `<noscript>` content is parsed as markup).
    pub fn new(cap: usize, max_nodes: usize) -> Self {
        let max_nodes = max_nodes.max(8);
        let sink = CapSink {
            tree: RefCell::new(Tree::new()),
            cap: cap.max(4),
            current: Cell::new(0),
            limited: Cell::new(false),
            nodes: Cell::new(0),
            max_nodes,
            // Real pages have about as many text nodes as elements; the
            // tree builder's own elements are capped at twice `max_nodes`.
            max_records: max_nodes.saturating_mul(4).saturating_add(1024),
        };
        let opts = TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        };
        let tokens = CapTokens {
            builder: TreeBuilder::new(sink, opts),
            cap: cap.max(4),
            dropped: Default::default(),
            templates: Cell::new(0),
            limited: Cell::new(false),
            frozen_at: Cell::new(None),
        };
        // html5ever discards a U+FEFF at the start of every `feed`, not only
        // at the start of the document, so a chunk that happens to begin
        // with one would lose it: we discard the document's own BOM here.
        let opts = TokenizerOpts {
            discard_bom: false,
            ..Default::default()
        };
        CappedParser {
            tokenizer: Tokenizer::new(tokens, opts),
            queue: BufferQueue::default(),
            guard: AttrGuard::default(),
            started: false,
        }
    }

    /// Feeds the next piece of the document.
    pub fn push(&mut self, text: &str) {
        let text = if self.started {
            text
        } else {
            self.started = !text.is_empty();
            text.strip_prefix('\u{feff}').unwrap_or(text)
        };
        let queue = &self.queue;
        self.guard.filter(text, |piece| {
            if !piece.is_empty() {
                queue.push_back(StrTendril::from_slice(piece));
            }
        });
        self.run();
    }

    fn run(&self) {
        // `</script>` and encoding indicators only pause the tokenizer; with
        // scripting off there is nothing to run, so go on until done.
        while !matches!(self.tokenizer.feed(&self.queue), TokenizerResult::Done) {}
    }

    /// Ends the document and returns its tree.
    pub fn finish(self) -> Parsed {
        self.run();
        self.tokenizer.end();
        let tokens = self.tokenizer.sink;
        let depth_limited = tokens.limited.get();
        let nodes_limited = tokens.builder.sink.limited.get();
        Parsed {
            tree: tokens.builder.sink.finish(),
            depth_limited,
            attributes_cut: self.guard.cut,
            nodes_limited,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (node, depth) in document order.
    fn nodes(tree: &Tree) -> Vec<(Id, usize)> {
        let mut out = Vec::new();
        let mut stack = vec![(ROOT, 0)];
        while let Some((node, d)) = stack.pop() {
            out.push((node, d));
            let kids: Vec<Id> = tree.children(node).collect();
            stack.extend(kids.into_iter().rev().map(|c| (c, d + 1)));
        }
        out
    }

    fn text_of(tree: &Tree) -> String {
        nodes(tree)
            .iter()
            .filter_map(|&(n, _)| tree.text(n))
            .collect()
    }

    fn max_depth(tree: &Tree) -> usize {
        nodes(tree).iter().map(|&(_, d)| d).max().unwrap_or(0)
    }

    #[test]
    fn deep_nesting_is_capped_and_the_text_kept() {
        let n = 3000;
        let html = format!("{}x{}<p>after</p>", "<div>y".repeat(n), "</div>".repeat(n));
        let mut p = CappedParser::new(100, 1_000_000);
        p.push(&html);
        let parsed = p.finish();
        assert!(parsed.depth_limited);
        assert!(
            max_depth(&parsed.tree) <= 104,
            "{}",
            max_depth(&parsed.tree)
        );
        let text = text_of(&parsed.tree);
        assert_eq!(text.matches('y').count(), n);
        assert!(text.ends_with("xafter"), "{}", &text[text.len() - 20..]);
    }

    #[test]
    fn a_bom_is_dropped_at_the_start_only_whatever_the_chunks() {
        let text = |pieces: &[&str]| {
            let mut p = CappedParser::new(512, 1_000_000);
            for piece in pieces {
                p.push(piece);
            }
            text_of(&p.finish().tree)
        };
        assert_eq!(text(&["\u{feff}a\u{feff}b"]), "a\u{feff}b");
        assert_eq!(text(&["", "\u{feff}a", "\u{feff}b"]), "a\u{feff}b");
        assert_eq!(text(&["a", "\u{feff}", "b"]), "a\u{feff}b");
    }

    fn count_elements(tree: &Tree) -> usize {
        let all = nodes(tree);
        all.iter()
            .filter(|&&(n, _)| tree.local_name(n).is_some())
            .count()
    }

    #[test]
    fn the_node_cap_bounds_the_tree_and_keeps_the_text() {
        for unit in ["<a>x", "<b><a>x</b>y</a>", "<p>x<!--c-->", "<i>x"] {
            let html = unit.repeat(5_000);
            let mut p = CappedParser::new(512, 1_000);
            p.push(&html);
            let parsed = p.finish();
            assert!(parsed.nodes_limited || parsed.depth_limited, "{unit}");
            let n = count_elements(&parsed.tree);
            assert!(n <= 2_000, "{unit}: {n}");
            let text = text_of(&parsed.tree);
            assert_eq!(text.matches('x').count(), 5_000, "{unit}");
        }
    }

    #[test]
    fn the_record_cap_freezes_the_tree_and_keeps_the_text() {
        // Open formatting elements, then `</p>`s with no `<p>`: the tree
        // builder makes a `<p>` of its own for each (no start tag for the
        // element cap to drop), so records grow with the input, one per
        // five bytes (50 000 units: 50 200 records without the record
        // cap). Past the record cap the tree stops growing and the text
        // goes to <body>.
        let n = 50_000;
        let html = format!("<p><b><i><a>{}", "</p>x".repeat(n));
        let mut p = CappedParser::new(512, 100);
        p.push(&html);
        let parsed = p.finish();
        assert!(parsed.nodes_limited);
        let max_records = 100 * 4 + 1024;
        assert!(
            parsed.tree.len() <= max_records + 64,
            "{} records",
            parsed.tree.len()
        );
        let text = text_of(&parsed.tree);
        assert_eq!(text.matches('x').count(), n);
    }

    #[test]
    fn shallow_documents_are_untouched() {
        let html = "<ul><li>a<li>b</ul><table><tr><td>c</table><p>d<p>e";
        let mut p = CappedParser::new(512, 1_000_000);
        p.push(html);
        let parsed = p.finish();
        assert!(!parsed.depth_limited && !parsed.attributes_cut);
        assert_eq!(text_of(&parsed.tree), "abcde");
    }
}
