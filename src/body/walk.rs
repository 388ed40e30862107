//! The block walk: one iterative pass over the tree, in reading order.
//!
//! The walk knows structure only (blocks, paragraphs, links, bold, line
//! breaks); what an element or a paragraph means is the site's rules' to
//! say, and so is every site's vocabulary (credits, cards, icons).

use html5ever::{local_name, LocalName};
use url::Url;

use crate::html::{Event, Node};
use crate::links;

use super::byline;
use super::context::Context;
use super::dateline;
use super::image::{self, DropReason};
use super::model::{Block, Content, Contributor, EmbedKind, Link};
use super::rules::{attrs_of, CardLine, FooterLine, ImageKind, Para, Role, Rules, Verdict};
use super::text::{normalize, TextBuf};

/// How an open element must be closed.
enum Frame {
    Inline,
    Consumed,
    Block,
    Paragraph,
    Bold,
    Anchor,
}

/// Elements that end the paragraph before them and start a new one.
fn is_block(name: &LocalName) -> bool {
    // Atoms compare as integers; a list of `&str` cost a string compare
    // per entry for every element of a body.
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("div")
            | local_name!("figure")
            | local_name!("figcaption")
            | local_name!("footer")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("html")
            | local_name!("li")
            | local_name!("main")
            | local_name!("noscript")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("picture")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
            | local_name!("ul")
    )
}

pub(crate) struct Walker<'a> {
    rules: &'static dyn Rules,
    base: &'a Url,
    cx: Context<'a>,
    out: Content,
    buf: TextBuf,
    buf_in_p: bool,
    links: Vec<Link>,
    link: Option<(Option<String>, String)>,
    bold: usize,
    in_p: usize,
    prefix: Option<String>,
    last_image: Option<usize>,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(rules: &'static dyn Rules, base: &'a Url) -> Walker<'a> {
        Walker {
            rules,
            base,
            cx: Context::default(),
            out: Content::default(),
            buf: TextBuf::default(),
            buf_in_p: false,
            links: Vec::new(),
            link: None,
            bold: 0,
            in_p: 0,
            prefix: None,
            last_image: None,
        }
    }

    pub(crate) fn run(mut self, root: &Node<'a>) -> Content {
        let mut frames: Vec<Frame> = Vec::new();
        let mut walk = root.traverse();
        while let Some(event) = walk.next() {
            match event {
                Event::Enter(n) => {
                    if let Some(t) = n.text() {
                        self.text(t);
                        continue;
                    }
                    let Some(tag) = n.tag() else { continue };
                    let tag = if image::is_glued_img(tag) { "img" } else { tag };
                    let role = self.rules.classify(&n, tag, &attrs_of(&n), &self.cx);
                    let consumed = match role {
                        Role::Normal => matches!(tag, "img" | "br" | "ul" | "ol" | "blockquote"),
                        Role::Paragraphs => false,
                        _ => true,
                    };
                    let frame = if consumed {
                        self.consume(&n, tag, role);
                        walk.skip_children();
                        Frame::Consumed
                    } else {
                        self.open(&n, tag)
                    };
                    frames.push(frame);
                }
                Event::Leave(n) => {
                    if n.tag().is_none() {
                        continue;
                    }
                    match frames.pop() {
                        Some(Frame::Bold) => self.bold = self.bold.saturating_sub(1),
                        Some(Frame::Anchor) => self.close_link(),
                        Some(Frame::Paragraph) => {
                            self.flush();
                            self.in_p = self.in_p.saturating_sub(1);
                        }
                        Some(Frame::Block) => self.flush(),
                        _ => {}
                    }
                }
            }
        }
        self.flush();
        if let Some(prefix) = self.prefix.take() {
            self.emit_paragraph(prefix, Vec::new());
        }
        self.out
    }

    fn open(&mut self, n: &Node<'a>, tag: &str) -> Frame {
        match tag {
            "b" | "strong" => {
                self.bold += 1;
                Frame::Bold
            }
            "a" => {
                let url = n
                    .attr_str("href")
                    .and_then(|h| links::resolve(self.base, h));
                self.link = Some((url, String::new()));
                Frame::Anchor
            }
            "p" => {
                self.flush();
                self.in_p += 1;
                Frame::Paragraph
            }
            _ if n.local_name().is_some_and(is_block) => {
                self.flush();
                Frame::Block
            }
            _ => Frame::Inline,
        }
    }

    fn text(&mut self, t: &str) {
        if self.buf.is_empty() {
            self.buf_in_p = self.in_p > 0;
        }
        self.buf.push(t, self.bold > 0);
        if let Some((_, text)) = &mut self.link {
            text.push_str(t);
        }
    }

    fn close_link(&mut self) {
        if let Some((Some(url), text)) = self.link.take() {
            let text = normalize(&text);
            if !text.is_empty() {
                self.links.push(Link { text, url });
            }
        }
    }

    /// Ends the current paragraph and hands it to the rules.
    fn flush(&mut self) {
        if self.buf.is_empty() {
            self.buf.clear();
            self.links.clear();
            return;
        }
        let all_bold = self.buf.all_bold();
        let mut text = self.buf.take();
        if let Some(prefix) = self.prefix.take() {
            text = format!("{prefix} {text}");
        }
        let links = std::mem::take(&mut self.links);
        let mut para = Para {
            text: &mut text,
            all_bold,
            from_p: self.buf_in_p,
        };
        match self.rules.paragraph(&mut para, &self.cx) {
            Verdict::Keep => self.emit_paragraph(text, links),
            Verdict::Drop => {}
            Verdict::Heading => self.emit(Block::Heading { level: 3, text }),
            Verdict::Lead => self.set_lead(text),
            Verdict::Byline => self.add_byline(&text),
            Verdict::Related => self.out.related.extend(links),
            Verdict::PrefixNext => self.prefix = Some(text),
            Verdict::Footer => {
                for line in text.lines() {
                    let FooterLine { byline, related } = self.rules.footer_line(line);
                    if let Some(byline) = byline {
                        self.add_byline(&byline);
                    }
                    if related {
                        let here = links.iter().filter(|l| line.contains(&l.text));
                        self.out.related.extend(here.cloned());
                    }
                }
            }
        }
    }

    fn emit_paragraph(&mut self, text: String, links: Vec<Link>) {
        if text.is_empty() {
            return;
        }
        let index = self.out.paragraphs.len();
        self.out.paragraphs.push(text);
        self.cx.paragraphs += 1;
        self.emit(Block::Paragraph { index, links });
    }

    fn emit(&mut self, block: Block) {
        if let Block::Heading { text, .. } = &block {
            if text.is_empty() {
                return;
            }
        }
        self.cx.blocks += 1;
        self.cx.since_image = self.cx.since_image.map(|k| k + 1);
        self.out.blocks.push(block);
    }

    fn set_lead(&mut self, mut text: String) {
        if text.is_empty() || self.cx.has_lead {
            return;
        }
        // A byline written at the head of the standfirst (FT's `何越：…`).
        if let Some(names) = self.rules.lead_byline(&mut text) {
            self.set_byline_text(&names);
            for name in byline::names(&names) {
                self.add_contributor(Contributor { name, role: None }, true);
            }
        }
        if !text.is_empty() {
            self.cx.has_lead = true;
            self.out.lead = Some(text);
        }
    }

    fn add_contributor(&mut self, c: Contributor, author: bool) {
        if c.name.is_empty() || self.out.contributors.iter().any(|o| o.name == c.name) {
            return;
        }
        if author && !self.out.authors.contains(&c.name) {
            self.out.authors.push(c.name.clone());
        }
        self.out.contributors.push(c);
    }

    fn add_byline(&mut self, text: &str) {
        self.set_byline_text(text);
        for (c, author) in byline::labelled(&byline::relabel(text)) {
            self.add_contributor(c, author);
        }
    }

    fn set_byline_text(&mut self, text: &str) {
        let text = text.replace('\n', " ");
        match &mut self.out.byline {
            Some(b) => {
                b.push_str("  ");
                b.push_str(&text);
            }
            None => self.out.byline = Some(text),
        }
    }

    /// Handles an element whose subtree the main walk skips.
    fn consume(&mut self, n: &Node<'a>, tag: &str, role: Role) {
        match role {
            Role::Skip => {}
            Role::Share => {
                for a in links_below(n) {
                    if let Some(h) = a.attr("href") {
                        self.out.share_hrefs.push(h);
                    }
                }
            }
            Role::Related => {
                self.flush();
                for a in links_below(n) {
                    self.related_link(&a);
                }
            }
            Role::Dateline => self.dateline(n, tag),
            Role::Byline => {
                self.flush();
                self.byline(n, tag);
            }
            Role::Lead => {
                self.flush();
                let (text, _) = self.collect(n, false);
                self.set_lead(text);
            }
            Role::Caption => {
                let (caption, credit) = self.collect(n, true);
                self.caption(caption, credit);
            }
            Role::Credit => {
                let text = normalize(&n.raw_text());
                self.caption(String::new(), Some(text));
            }
            Role::Heading(level) => {
                self.flush();
                let (text, _) = self.collect(n, false);
                self.emit(Block::Heading { level, text });
            }
            Role::Card => self.card(n),
            Role::Footer => self.footer(n),
            Role::Figure => self.figure(n),
            Role::Embed(kind) => {
                self.flush();
                self.embed(n, kind);
            }
            Role::Normal | Role::Paragraphs => match tag {
                "img" => self.image(n),
                "br" => {
                    if self.buf.ends_with_break() {
                        // A blank line: the paragraph ends here.
                        self.flush();
                    } else if !self.buf.is_empty() {
                        self.buf.line_break();
                    }
                }
                "ul" | "ol" => self.list(n, tag == "ol"),
                _ => {
                    self.flush();
                    let (text, _) = self.collect(n, false);
                    if !text.is_empty() {
                        self.emit(Block::Quote { text });
                    }
                    // A quoted post's pictures (CDT's): after its text.
                    self.quoted_images(n);
                }
            },
        }
    }

    fn dateline(&mut self, n: &Node<'a>, tag: &str) {
        if self.cx.has_dateline {
            return;
        }
        let (text, _) = self.collect(n, false);
        let mut lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let Some(time) = lines.pop() else { return };
        let attr = if tag == "time" {
            n.attr("datetime")
        } else {
            None
        };
        self.out.dateline = Some(dateline::dateline(time, attr.as_deref()));
        self.cx.has_dateline = true;
        // The mirror's `<i>names<br>time</i>`: the lines before the time.
        for line in lines {
            let line = self.rules.dateline_names(line);
            if line.is_empty() {
                continue;
            }
            self.set_byline_text(line);
            for name in byline::names(line) {
                self.add_contributor(byline::name_and_title(&name), true);
            }
        }
    }

    fn byline(&mut self, n: &Node<'a>, tag: &str) {
        if tag == "ul" || tag == "ol" {
            self.byline_list(n);
            return;
        }
        let links: Vec<String> = links_below(n)
            .map(|a| normalize(&a.raw_text()))
            .filter(|t| !t.is_empty())
            .collect();
        let (text, _) = self.collect(n, false);
        if byline::starts_labelled(&text) && !links.is_empty() {
            // RFI: `<span>作者：</span><a>曼谷特约记者 江枫</a>`.
            self.set_byline_text(&text);
            for l in links {
                self.add_contributor(byline::name_and_title(&l), true);
            }
        } else if byline::starts_labelled(&text) {
            self.add_byline(&text);
        } else {
            self.set_byline_text(&text);
            for name in byline::names(&text) {
                self.add_contributor(byline::name_and_title(&name), true);
            }
        }
    }

    /// A byline written as a list: one item per name or title, a title
    /// belonging to the name before it.
    fn byline_list(&mut self, n: &Node<'a>) {
        let items: Vec<String> = n
            .element_children()
            .map(|li| normalize(&li.raw_text()))
            .filter(|t| !t.is_empty())
            .collect();
        self.set_byline_text(&items.join(" "));
        for item in items {
            if byline::is_title(&item) {
                if let Some(last) = self.out.contributors.last_mut() {
                    if last.role.is_none() {
                        last.role = Some(item);
                    }
                }
            } else {
                let c = Contributor {
                    name: item,
                    role: None,
                };
                self.add_contributor(c, true);
            }
        }
    }

    /// A metadata card: what the rules read in it; the rest is not text.
    fn card(&mut self, n: &Node<'a>) {
        let (text, _) = self.collect(n, false);
        for line in self.rules.card(&text) {
            match line {
                CardLine::Byline { text, names } => {
                    self.set_byline_text(&text);
                    for name in byline::names(&names) {
                        self.add_contributor(Contributor { name, role: None }, true);
                    }
                }
                CardLine::Date(date) if !self.cx.has_dateline => {
                    self.out.dateline = Some(dateline::dateline(&date, None));
                    self.cx.has_dateline = true;
                }
                CardLine::Date(_) => {}
            }
        }
    }

    /// A picture with its caption in one element.
    fn figure(&mut self, n: &Node<'a>) {
        self.flush();
        let before = self.last_image.take();
        for d in n.traverse().filter_map(|ev| match ev {
            Event::Enter(d) if d.is("img") => Some(d),
            _ => None,
        }) {
            self.image(&d);
        }
        let (text, credit) = self.collect(n, true);
        if self.last_image.is_some() {
            self.caption(text, credit);
        } else {
            // No picture was kept: what was its caption is all there is.
            self.last_image = before;
            self.emit_paragraph(text, Vec::new());
        }
    }

    /// A footer: only what the rules pick out of its paragraphs is kept.
    fn footer(&mut self, n: &Node<'a>) {
        self.flush();
        // Its lines: paragraphs, and links standing loose beside them.
        let mut parts: Vec<Node<'a>> = Vec::new();
        let mut walk = n.traverse();
        walk.next();
        while let Some(ev) = walk.next() {
            if let Event::Enter(d) = ev {
                if d.is("p") || d.is("a") {
                    parts.push(d);
                    walk.skip_children();
                }
            }
        }
        for p in parts {
            let (text, _) = self.collect(&p, false);
            let FooterLine { byline, related } = self.rules.footer_line(&text);
            if let Some(byline) = byline {
                self.add_byline(&byline);
            }
            if related {
                for a in links_below(&p) {
                    self.related_link(&a);
                }
            }
        }
    }

    fn related_link(&mut self, a: &Node<'a>) {
        let url = a
            .attr_str("href")
            .and_then(|h| links::resolve(self.base, h));
        let text = normalize(&a.raw_text());
        if let (Some(url), false) = (url, text.is_empty()) {
            self.out.related.push(Link { text, url });
        }
    }

    fn caption(&mut self, mut caption: String, mut credit: Option<String>) {
        let Some(index) = self.last_image else { return };
        if credit.is_none() {
            credit = self.rules.caption_credit(&mut caption);
        }
        let credit = credit.map(|c| self.rules.credit_text(c));
        let Some(image) = self.out.images.get_mut(index) else {
            return;
        };
        if !caption.is_empty() && image.caption.is_none() {
            image.caption = Some(caption);
        }
        if let Some(credit) = credit {
            if !credit.is_empty() && image.credit.is_none() {
                image.credit = Some(credit);
            }
        }
    }

    fn image(&mut self, n: &Node<'a>) {
        match image::from_img(n, self.base) {
            Ok(img) => self.add_judged_image(img, n),
            Err(dropped) => self.out.dropped_images.push(dropped),
        }
    }

    /// Adds an image unless the rules call it an icon, flagged when they
    /// call it a placeholder.
    fn add_judged_image(&mut self, mut img: image::Image, n: &Node<'a>) {
        match self.rules.image_kind(&img) {
            ImageKind::Icon => self.out.dropped_images.push(img.dropped(DropReason::Icon)),
            ImageKind::Divider => self
                .out
                .dropped_images
                .push(img.dropped(DropReason::Divider)),
            kind => {
                img.placeholder = kind == ImageKind::Placeholder;
                self.add_image(img, n);
            }
        }
    }

    /// Adds an image (or merges it into an earlier copy) found at `n`.
    fn add_image(&mut self, img: image::Image, n: &Node<'a>) {
        self.flush();
        let index = match self.out.images.iter().position(|i| i.same_picture(&img)) {
            Some(i) => {
                self.out.images[i].absorb(img);
                i
            }
            None => {
                self.out.images.push(img);
                let index = self.out.images.len() - 1;
                self.out.blocks.push(Block::Image { index });
                index
            }
        };
        self.last_image = Some(index);
        self.cx.since_image = Some(0);
        self.cx.image_ancestors.clear();
        let mut up = n.parent();
        while let (Some(p), true) = (up, self.cx.image_ancestors.len() < 6) {
            up = p.parent();
            self.cx.image_ancestors.push(p);
        }
    }

    fn embed(&mut self, n: &Node<'a>, kind: EmbedKind) {
        // A video's poster is the article's picture where the page has a
        // video instead of a photo (VOA): an image, and what follows as a
        // caption belongs to it.
        let poster = if kind == EmbedKind::Video {
            image::from_poster(n, self.base)
        } else {
            None
        };
        let has_poster = poster.is_some();
        if let Some(img) = poster {
            self.add_judged_image(img, n);
        }
        let mut found = None;
        for ev in n.traverse() {
            let Event::Enter(d) = ev else { continue };
            let href = match d.tag() {
                Some("iframe" | "video" | "audio" | "source" | "embed") => d.attr("src"),
                Some("a") if kind == EmbedKind::Tweet => {
                    d.attr("href").filter(|h| h.contains("/status/"))
                }
                _ => None,
            };
            if let Some(url) = href.and_then(|h| links::resolve(self.base, &h)) {
                found = Some(url);
                if kind != EmbedKind::Tweet {
                    break;
                }
            }
        }
        let Some(url) = found else { return };
        let kind = match kind {
            EmbedKind::Iframe | EmbedKind::Youtube
                if {
                    let host = links::host_and_path(&url).0;
                    host.contains("youtube") || host == "youtu.be"
                } =>
            {
                EmbedKind::Youtube
            }
            EmbedKind::Youtube => EmbedKind::Iframe,
            k => k,
        };
        self.emit(Block::Embed { kind, url });
        if kind == EmbedKind::Tweet {
            self.tweet_text(n);
        }
        if has_poster {
            self.cx.since_image = Some(0);
        }
    }

    /// An embedded post's own text (its `<p>`s; the attribution line after
    /// them is the embed's), kept as a quotation: without a script to draw
    /// the post, the address alone would lose what the article quotes.
    fn tweet_text(&mut self, n: &Node<'a>) {
        let ps: Vec<Node<'a>> = n
            .traverse()
            .filter_map(|ev| match ev {
                Event::Enter(d) if d.is("p") => Some(d),
                _ => None,
            })
            .collect();
        for p in ps {
            let (text, _) = self.collect(&p, false);
            if !text.is_empty() {
                self.emit(Block::Quote { text });
            }
        }
    }

    fn list(&mut self, n: &Node<'a>, ordered: bool) {
        self.flush();
        let mut items = Vec::new();
        for li in n.element_children() {
            let (text, _) = self.collect(&li, false);
            if !text.is_empty() {
                items.push(text);
            }
        }
        if !items.is_empty() {
            self.emit(Block::List { ordered, items });
        }
    }

    /// The text of a subtree (captions, headings, leads): what the site's
    /// rules call boilerplate left out, `<br>` as `\n`; with
    /// `split_credit` (a caption), what they call its credit comes back
    /// apart.
    fn collect(&mut self, n: &Node<'a>, split_credit: bool) -> (String, Option<String>) {
        let mut buf = TextBuf::default();
        let mut credit = None;
        let mut walk = n.traverse();
        walk.next();
        self.cx.in_caption = split_credit;
        self.cx.collecting = true;
        while let Some(ev) = walk.next() {
            let Event::Enter(d) = ev else { continue };
            if let Some(t) = d.text() {
                buf.push(t, false);
                continue;
            }
            let Some(tag) = d.tag() else { continue };
            if tag == "br" {
                buf.line_break();
                continue;
            }
            if d.local_name().is_some_and(is_block) && !buf.is_empty() && !buf.ends_with_break() {
                buf.line_break();
            }
            // Only boilerplate and credits count here: the rest is text of
            // the caption, lead or heading being read.
            match self.rules.classify(&d, tag, &attrs_of(&d), &self.cx) {
                Role::Skip | Role::Share => walk.skip_children(),
                Role::Credit => {
                    credit = Some(normalize(&d.raw_text()));
                    walk.skip_children();
                }
                _ => {}
            }
        }
        self.cx.in_caption = false;
        self.cx.collecting = false;
        (buf.into_text(), credit.filter(|c| !c.is_empty()))
    }
}

impl<'a> Walker<'a> {
    /// The images inside a quote that the rules keep.
    fn quoted_images(&mut self, quote: &Node<'a>) {
        for img in quote.traverse().filter_map(|ev| match ev {
            Event::Enter(d) if d.is("img") => Some(d),
            _ => None,
        }) {
            if self.rules.classify(&img, "img", &attrs_of(&img), &self.cx) == Role::Normal {
                self.image(&img);
            }
        }
    }
}

/// The `<a>` elements of a subtree, the root included.
fn links_below<'a>(n: &Node<'a>) -> impl Iterator<Item = Node<'a>> {
    n.traverse().filter_map(|ev| match ev {
        Event::Enter(d) if d.is("a") => Some(d),
        _ => None,
    })
}
