//! Hostile inputs of a chosen size, shared by `tests/adversarial.rs` and
//! `examples/adversarial_gen.rs`.
//!
//! Each shape is a prefix, a unit repeated `n` times, and a suffix. All
//! shapes but `tiny_articles` are one article whose body (or title) is the
//! repeated unit.
#![allow(dead_code)]

use std::io::{self, Write};

/// The header every single-article shape starts with.
const HEADER: &str =
    "<!--1700000000000-->\n[Adversarial](https://www.rfi.fr/cn/adversarial)\n------\n\n";

/// A hostile input shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `<div>` nested `n` deep, never closed.
    Div,
    /// `<ul><li>` nested `n` deep (html5ever issue #788).
    UlLi,
    /// `<span>` nested `n` deep.
    Span,
    /// `<table><tr><td>` nested `n` deep.
    Table,
    /// `<b>x` `n` times, never closed: the adoption agency's list of active
    /// formatting elements at its longest.
    UnclosedB,
    /// `<a href=#>x` `n` times: each `<a>` runs the adoption agency on the
    /// one before it.
    UnclosedA,
    /// `<b><a>x</b>` `n` times: misnested end tags.
    Misnested,
    /// One `<p>` with `n` distinct attributes.
    Attributes,
    /// `n` share links in one body.
    ShareLinks,
    /// A one-line title of `n` CJK characters.
    Title,
    /// A title of `n` `](` pairs before the real `](url)`: every pair is a
    /// candidate split of the link.
    TitleBrackets,
    /// `n` tiny articles in one stream.
    TinyArticles,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 12] = [
        Shape::Div,
        Shape::UlLi,
        Shape::Span,
        Shape::Table,
        Shape::UnclosedB,
        Shape::UnclosedA,
        Shape::Misnested,
        Shape::Attributes,
        Shape::ShareLinks,
        Shape::Title,
        Shape::TitleBrackets,
        Shape::TinyArticles,
    ];

    /// The name used on the command line of `adversarial_gen`.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Div => "div",
            Shape::UlLi => "ul-li",
            Shape::Span => "span",
            Shape::Table => "table",
            Shape::UnclosedB => "unclosed-b",
            Shape::UnclosedA => "unclosed-a",
            Shape::Misnested => "misnested",
            Shape::Attributes => "attributes",
            Shape::ShareLinks => "share-links",
            Shape::Title => "title",
            Shape::TitleBrackets => "title-brackets",
            Shape::TinyArticles => "tiny-articles",
        }
    }

    /// The shape called `name`.
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|s| s.name() == name)
    }

    /// How many articles the input holds.
    pub fn articles(self, n: usize) -> usize {
        match self {
            Shape::TinyArticles => n,
            _ => 1,
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Shape::Title | Shape::TitleBrackets => "<!--1700000000000-->\n[",
            Shape::Attributes => "<!--1700000000000-->\n[Adversarial](https://www.rfi.fr/cn/adversarial)\n------\n\n<p",
            Shape::TinyArticles => "",
            _ => HEADER,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Shape::Title | Shape::TitleBrackets => {
                "](https://www.rfi.fr/cn/x)\n------\n\n<p>body</p>\n"
            }
            Shape::Attributes => ">text</p>\n",
            Shape::TinyArticles => "",
            _ => "text\n",
        }
    }

    /// Writes unit `i` of the shape.
    fn unit(self, i: usize, out: &mut Vec<u8>) {
        use std::io::Write as _;
        let _ = match self {
            Shape::Div => write!(out, "<div>"),
            Shape::UlLi => write!(out, "<ul><li>"),
            Shape::Span => write!(out, "<span>"),
            Shape::Table => write!(out, "<table><tr><td>"),
            Shape::UnclosedB => write!(out, "<b>x"),
            Shape::UnclosedA => write!(out, "<a href=#>x"),
            Shape::Misnested => write!(out, "<b><a>x</b>"),
            Shape::Attributes => write!(out, " a{i:x}=1"),
            Shape::ShareLinks => write!(
                out,
                "<a href=\"https://t.me/share/url?url=https%3A%2F%2Frfi.my%2F{i:x}\">t</a>"
            ),
            Shape::Title => write!(out, "标"),
            Shape::TitleBrackets => write!(out, "]("),
            Shape::TinyArticles => write!(
                out,
                "<!--{i}-->\n[t{i}](https://www.dw.com/zh/a-{i})\n------\n\n<p>{i}</p>\n"
            ),
        };
    }

    /// Writes the shape with `n` units to `out`.
    pub fn write(self, n: usize, out: &mut impl Write) -> io::Result<()> {
        out.write_all(self.prefix().as_bytes())?;
        let mut buf = Vec::with_capacity(64 << 10);
        for i in 0..n {
            self.unit(i, &mut buf);
            if buf.len() >= 60 << 10 {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
        out.write_all(&buf)?;
        out.write_all(self.suffix().as_bytes())
    }

    /// The shape with `n` units.
    pub fn bytes(self, n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(n, &mut out).expect("writing to a Vec");
        out
    }

    /// How many units make at least `bytes` bytes (units grow with their
    /// index, so they are counted, not estimated).
    pub fn units_for(self, bytes: usize) -> usize {
        let mut unit = Vec::new();
        let mut total = 0;
        let mut n = 0;
        while total < bytes {
            unit.clear();
            self.unit(n, &mut unit);
            total += unit.len();
            n += 1;
        }
        n.max(1)
    }
}
