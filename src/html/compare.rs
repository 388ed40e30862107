//! The RcDom comparison: our arena against `html5ever::parse_document` into
//! a `markup5ever_rcdom::RcDom`, node by node (the `rcdom` feature, for
//! `tests/tree_equivalence.rs` and the `tree` fuzz target).

use html5ever::interface::{Attribute, QualName};

use super::tree::{Data, Id, Tree, ROOT};

/// One line per node, in document order and indented by depth: the form in
/// which a [`Tree`] and an `RcDom` are compared.
fn describe(out: &mut String, depth: usize, what: std::fmt::Arguments) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{:depth$}{what}", "");
}

fn describe_element(name: &QualName, attrs: &[Attribute]) -> String {
    let mut s = format!("<{:?} {}", name.ns, name.local);
    for a in attrs {
        s.push_str(&format!(
            " {:?}:{}={:?}",
            a.name.ns, a.name.local, &*a.value
        ));
    }
    s
}

impl Tree {
    /// The tree in the form of [`describe`], template contents included.
    pub(crate) fn describe(&self) -> String {
        let mut out = String::new();
        let mut stack = vec![(ROOT, 0usize)];
        while let Some((id, depth)) = stack.pop() {
            match self.data(id) {
                Data::Document => describe(&mut out, depth, format_args!("#document")),
                Data::Doctype => describe(&mut out, depth, format_args!("<!DOCTYPE>")),
                Data::Text(t) => describe(&mut out, depth, format_args!("{:?}", &**t)),
                Data::Comment(t) => describe(&mut out, depth, format_args!("<!--{:?}", &**t)),
                Data::ProcessingInstruction => describe(&mut out, depth, format_args!("<?")),
                Data::Element { name, attrs, .. } => {
                    let line = describe_element(name, attrs);
                    describe(&mut out, depth, format_args!("{line}"));
                }
            }
            let kids: Vec<Id> = self.children(id).collect();
            stack.extend(kids.into_iter().rev().map(|c| (c, depth + 1)));
            if let Some(t) = self.template_contents(id) {
                stack.push((t, depth + 1));
            }
        }
        out
    }
}

/// `html` parsed into an `RcDom` by `html5ever::parse_document` (scripting
/// off, as here), in the form of [`describe`].
pub(crate) fn describe_rcdom(html: &str) -> String {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom = html5ever::parse_document(RcDom::default(), opts).one(html);
    let mut out = String::new();
    let mut stack: Vec<(Handle, usize)> = vec![(dom.document.clone(), 0)];
    while let Some((node, depth)) = stack.pop() {
        let mut template = None;
        match &node.data {
            NodeData::Document => describe(&mut out, depth, format_args!("#document")),
            NodeData::Doctype { .. } => describe(&mut out, depth, format_args!("<!DOCTYPE>")),
            NodeData::Text { contents } => {
                describe(&mut out, depth, format_args!("{:?}", &**contents.borrow()))
            }
            NodeData::Comment { contents } => {
                describe(&mut out, depth, format_args!("<!--{:?}", &**contents))
            }
            NodeData::ProcessingInstruction { .. } => describe(&mut out, depth, format_args!("<?")),
            NodeData::Element {
                name,
                attrs,
                template_contents,
                ..
            } => {
                let line = describe_element(name, &attrs.borrow());
                describe(&mut out, depth, format_args!("{line}"));
                template = template_contents.borrow().clone();
            }
        }
        let kids = node.children.borrow();
        stack.extend(kids.iter().rev().map(|c| (c.clone(), depth + 1)));
        if let Some(t) = template {
            stack.push((t, depth + 1));
        }
    }
    out
}
