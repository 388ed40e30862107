//! The Markdown and plain-text renderings, read back: the Markdown with
//! pulldown-cmark (plain CommonMark, no extensions), on every corpus file
//! and on hostile texts.

mod common;

use std::path::{Path, PathBuf};

use article_dump::{Article, Block, Content, Reader};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One block of the rendered document as CommonMark reads it: `h1`…`h6`,
/// `p`, `quote` (a paragraph in a block quote), `img` (a paragraph holding
/// an image), `ul` / `ol` (a list starts), `li`. `text` joins the text
/// events, `\n` for a hard break and `\u{1}` for a soft one (the renderer
/// never writes a bare line end inside a block); `urls` are the link and
/// image destinations inside it.
#[derive(Debug, Clone, PartialEq)]
struct Unit {
    tag: String,
    text: String,
    urls: Vec<String>,
}

impl Unit {
    fn new(tag: &str) -> Unit {
        Unit {
            tag: tag.to_string(),
            text: String::new(),
            urls: Vec::new(),
        }
    }
}

/// The blocks of `md`; an error names any markup the model cannot have
/// produced (emphasis, code, HTML, a rule, a nested list…).
fn read_back(md: &str) -> Result<Vec<Unit>, String> {
    let mut units = Vec::new();
    let mut current: Option<Unit> = None;
    let mut quotes = 0;
    let mut in_list = false;
    fn open(current: &mut Option<Unit>) -> Result<&mut Unit, String> {
        current
            .as_mut()
            .ok_or_else(|| "content outside any block".to_string())
    }
    for event in Parser::new_ext(md, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some(Unit::new(&format!("h{}", level as usize)));
            }
            Event::Start(Tag::Paragraph) if !in_list => {
                current = Some(Unit::new(if quotes > 0 { "quote" } else { "p" }));
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) if !in_list => {
                units.extend(current.take());
            }
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::BlockQuote(_)) if quotes == 0 && !in_list => quotes += 1,
            Event::End(TagEnd::BlockQuote(_)) => quotes -= 1,
            Event::Start(Tag::List(first)) if !in_list && quotes == 0 => {
                in_list = true;
                units.push(Unit::new(if first.is_some() { "ol" } else { "ul" }));
            }
            Event::End(TagEnd::List(_)) => in_list = false,
            Event::Start(Tag::Item) => current = Some(Unit::new("li")),
            Event::End(TagEnd::Item) => units.extend(current.take()),
            Event::Start(Tag::Image { dest_url, .. }) => {
                let unit = open(&mut current)?;
                unit.tag = "img".to_string();
                unit.urls.push(dest_url.to_string());
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                open(&mut current)?.urls.push(dest_url.to_string())
            }
            Event::End(TagEnd::Image) | Event::End(TagEnd::Link) => {}
            Event::Text(text) => open(&mut current)?.text.push_str(&text),
            Event::HardBreak => open(&mut current)?.text.push('\n'),
            Event::SoftBreak => open(&mut current)?.text.push('\u{1}'),
            other => return Err(format!("markup the model does not have: {other:?}")),
        }
    }
    Ok(units)
}

/// What the rendering of `article` must read back as, from the model alone.
/// `text` is whitespace-normalised, `*` for an embed's label (any text).
fn expected(article: &Article) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut push = |tag: &str, text: &str, urls: Vec<String>| {
        units.push(Unit {
            tag: tag.to_string(),
            text: normalize(text),
            urls,
        })
    };
    push("h1", &article.header.title, vec![]);
    if let Some(content) = &article.content {
        let dateline = content.dateline.as_ref().map(|d| d.text.as_str());
        let authors = content.authors.join(", ");
        let line: Vec<&str> = dateline
            .into_iter()
            .chain(Some(authors.as_str()))
            .filter(|s| !s.trim().is_empty())
            .collect();
        push("p", &line.join(" · "), vec![]);
        if let Some(lead) = &content.lead {
            push("quote", lead, vec![]);
        }
        for block in &content.blocks {
            match block {
                Block::Paragraph { links, .. } => push(
                    "p",
                    paragraph_text(content, block),
                    links.iter().map(|l| l.url.as_str().to_string()).collect(),
                ),
                Block::Heading { level, text } => push(&format!("h{level}"), text, vec![]),
                Block::Quote { text } => push("quote", text, vec![]),
                Block::Image { index } => {
                    let image = &content.images[*index];
                    let text = [&image.alt, &image.caption, &image.credit]
                        .into_iter()
                        .flatten()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(" ");
                    push("img", &text, vec![image.url.as_str().to_string()]);
                }
                Block::List { ordered, items } => {
                    let items: Vec<&String> =
                        items.iter().filter(|i| !i.trim().is_empty()).collect();
                    if !items.is_empty() {
                        push(if *ordered { "ol" } else { "ul" }, "", vec![]);
                    }
                    for item in items {
                        push("li", item, vec![]);
                    }
                }
                Block::Embed { url, .. } => push("p", "*", vec![url.as_str().to_string()]),
                other => panic!("a block kind this test does not know: {other:?}"),
            }
        }
        if !content.related.is_empty() {
            push("ul", "", vec![]);
            for link in &content.related {
                let text = if link.text.is_empty() {
                    link.url.as_str()
                } else {
                    &link.text
                };
                push("li", text, vec![link.url.as_str().to_string()]);
            }
        }
    }
    push(
        "p",
        &article.header.url_decoded(),
        vec![article.header.url_raw.clone()],
    );
    // Blocks without text are left out, except images and list starts.
    units.retain(|u| !u.text.is_empty() || u.tag == "img" || u.tag == "ul" || u.tag == "ol");
    units
}

/// The one place this test reads a paragraph block's text.
fn paragraph_text<'a>(content: &'a Content, block: &'a Block) -> &'a str {
    match block {
        Block::Paragraph { .. } => block.text(content).unwrap_or(""),
        _ => "",
    }
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares the read-back blocks with the model; a paragraph's links need
/// only be some of the model's, in order (a link whose text is not in the
/// paragraph is left out).
fn check(article: &Article) -> Result<(), String> {
    let md = article.to_markdown();
    let got = read_back(&md)?;
    let want = expected(article);
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let text_ok = w.text == "*" || normalize(&g.text) == w.text;
        let urls_ok = if w.tag == "p" && w.text != "*" && i + 1 < want.len() {
            let mut model = w.urls.iter();
            g.urls.iter().all(|u| model.any(|m| m == u))
        } else {
            g.urls == w.urls
        };
        if g.tag != w.tag || !text_ok || !urls_ok || g.text.contains('\u{1}') {
            return Err(format!(
                "block {i}: read back {g:?}\n  the model has {w:?}\n--- markdown:\n{md}"
            ));
        }
    }
    if got.len() != want.len() {
        return Err(format!(
            "{} blocks read back, the model has {}\n--- markdown:\n{md}",
            got.len(),
            want.len()
        ));
    }
    Ok(())
}

fn dialect_files() -> Vec<PathBuf> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/dialects/cdt2020"
    ));
    if !dir.is_dir() {
        eprintln!("SKIPPED: no dialect corpus at {}", dir.display());
        return Vec::new();
    }
    article_dump::find_dump_files(dir).expect("the dialect corpus can be listed")
}

#[test]
fn every_corpus_article_reads_back_as_its_model() {
    let mut articles = 0;
    let mut images = 0;
    let mut failures = Vec::new();
    for (path, text) in common::corpus_files() {
        for article in Reader::new(text.as_bytes()) {
            let article = article.expect("the dev corpus reads without errors");
            articles += 1;
            images += article.content.as_ref().map_or(0, |c| c.images.len());
            if let Err(e) = check(&article) {
                failures.push(format!("{}: {e}", path.display()));
            }
        }
    }
    // The dialect files are checked where the crate reads them.
    let mut dialect = 0;
    for path in dialect_files() {
        let text = std::fs::read(&path).expect("dialect files can be read");
        for article in Reader::new(text.as_slice()).flatten() {
            dialect += 1;
            if let Err(e) = check(&article) {
                failures.push(format!("{}: {e}", path.display()));
            }
        }
    }
    eprintln!(
        "{articles} corpus articles ({images} images) and {dialect} dialect articles rendered"
    );
    assert!(
        failures.is_empty(),
        "{} of the articles do not read back:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// An article of the generic site with these paragraphs.
fn article_with(title: &str, body: &str) -> Article {
    format!("<!--1700000000000-->\n[{title}](https://news.example.com/a/1)\n------\n\n{body}\n")
        .parse()
        .expect("a valid article")
}

const HOSTILE: &[(&str, &str)] = &[
    ("1. x", "1. x"),
    ("# x", "# x"),
    ("- x", "- x"),
    ("&gt; x", "> x"),
    ("*x*", "*x*"),
    ("_x_", "_x_"),
    ("`x`", "`x`"),
    ("&lt;b&gt;x&lt;/b&gt;", "<b>x</b>"),
    ("[x](y)", "[x](y)"),
    ("a \\ b \\", "a \\ b \\"),
    ("\\*x\\*", "\\*x\\*"),
    ("&amp;amp; &amp;#42; &amp;copy", "&amp; &#42; &copy"),
    ("2) x", "2) x"),
    ("+ x", "+ x"),
    // The extractor drops a paragraph without a letter: these lines come
    // with one.
    ("===<br>x", "===\nx"),
    ("---<br>x", "---\nx"),
    ("* * *<br>x", "* * *\nx"),
    ("~~~<br>x", "~~~\nx"),
    ("```<br>x", "```\nx"),
    (
        "x<br>---<br>y<br>-<br>z<br>=<br>- - -<br>```<br>~~~ x",
        "x\n---\ny\n-\nz\n=\n- - -\n```\n~~~ x",
    ),
    ("![x](y)", "![x](y)"),
    ("[x]: /url", "[x]: /url"),
    ("&lt;!-- x --&gt;", "<!-- x -->"),
    ("&lt;https://e.com&gt;", "<https://e.com>"),
    ("~~x~~ a_b_c 2*3*4", "~~x~~ a_b_c 2*3*4"),
    (
        "x<br>- y<br>===<br># z<br>    w<br>1) v<br>2) u<br>01. t",
        "x\n- y\n===\n# z\n    w\n1) v\n2) u\n01. t",
    ),
    ("x   <br>y", "x   \ny"),
];

#[test]
fn hostile_paragraphs_read_back_exactly() {
    let body: String = HOSTILE
        .iter()
        .map(|(html, _)| format!("<p>{html}</p>"))
        .collect();
    let article = article_with("标题 *一* # [二] 三", &body);
    let content = article.content.as_ref().unwrap();
    let model: Vec<&str> = content.paragraphs.iter().map(String::as_str).collect();
    let texts: Vec<&str> = HOSTILE.iter().map(|(_, text)| *text).collect();
    // The extractor's reading of the HTML, so that the Markdown is tested
    // on exactly these texts (it trims the outer spaces of a line).
    let texts: Vec<String> = texts
        .iter()
        .map(|t| t.split('\n').map(str::trim).collect::<Vec<_>>().join("\n"))
        .collect();
    assert_eq!(model, texts, "the extractor's paragraphs");
    let md = article.to_markdown();
    let units = read_back(&md).unwrap_or_else(|e| panic!("{e}\n{md}"));
    assert_eq!(units[0].tag, "h1");
    assert_eq!(units[0].text, "标题 *一* # [二] 三", "{md}");
    let paragraphs: Vec<&str> = units[1..units.len() - 1]
        .iter()
        .map(|u| {
            assert_eq!(u.tag, "p", "{md}");
            assert!(u.urls.is_empty(), "{u:?}\n{md}");
            u.text.as_str()
        })
        .collect();
    assert_eq!(paragraphs, texts, "{md}");
    check(&article).unwrap();
}

/// The same texts in every other place text is written: headings, list
/// items, quotes, captions, link texts.
#[test]
fn hostile_texts_read_back_in_every_container() {
    for (html, text) in HOSTILE {
        if text.contains('\n') {
            continue;
        }
        let body = format!(
            "<h2>{html}</h2><ul><li>{html}</li><li>{html}</li></ul><blockquote>{html}</blockquote>\
             <p>a <a href=\"https://news.example.com/b\">{html}</a> b</p>\
             <figure><img src=\"https://news.example.com/i.jpg\" alt=\"{html}\"><figcaption>{html}</figcaption></figure>"
        );
        let article = article_with(text.replace(['[', ']'], "").as_str(), &body);
        check(&article).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

#[test]
fn urls_with_spaces_and_parentheses_survive() {
    let body =
        "<p>见<a href=\"https://news.example.com/wiki/A_(b)?q=x y&amp;amp;z\">维基</a>。</p>\
                <figure><img src=\"https://news.example.com/i/a b(1).jpg\" alt=\"图\"></figure>";
    let article: Article =
        format!("<!--0-->\n[t](https://news.example.com/a_(1)/x)\n------\n\n{body}\n")
            .parse()
            .unwrap();
    let content = article.content.as_ref().unwrap();
    let link = match &content.blocks[0] {
        Block::Paragraph { links, .. } => links[0].url.as_str().to_string(),
        other => panic!("{other:?}"),
    };
    let image = content.images[0].url.as_str().to_string();
    assert!(
        link.contains("(b)") && image.contains("(1)"),
        "{link} {image}"
    );
    let md = article.to_markdown();
    let units = read_back(&md).unwrap();
    let urls: Vec<&str> = units
        .iter()
        .flat_map(|u| u.urls.iter().map(String::as_str))
        .collect();
    assert_eq!(
        urls,
        [
            link.as_str(),
            image.as_str(),
            "https://news.example.com/a_(1)/x"
        ],
        "{md}"
    );
    check(&article).unwrap();
}

#[test]
fn headers_only_articles_render_title_and_link() {
    let text = "<!--0-->\n[标题 [一]](https://www.rfi.fr/cn/x)\n------\n\n<p>正文</p>\n";
    let article = Reader::headers_only(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert!(article.content.is_none());
    assert_eq!(
        article.to_markdown(),
        "# 标题 \\[一\\]\n\n[https://www.rfi.fr/cn/x](https://www.rfi.fr/cn/x)\n"
    );
    assert_eq!(article.to_text(), "标题 [一]\n\nhttps://www.rfi.fr/cn/x\n");
}

/// Plain text: the title first, the address last, and every paragraph a
/// block of its own, in order, between blank lines.
#[test]
fn plain_text_has_every_paragraph_in_order() {
    let mut articles = 0;
    for (path, text) in common::corpus_files() {
        for article in Reader::new(text.as_bytes()) {
            let article = article.unwrap();
            let plain = article.to_text();
            let chunks: Vec<&str> = plain.trim_end_matches('\n').split("\n\n").collect();
            assert!(
                chunks.iter().all(|c| !c.trim().is_empty()),
                "{}: an empty block\n{plain}",
                path.display()
            );
            assert_eq!(chunks[0], normalize(article.title()));
            assert_eq!(*chunks.last().unwrap(), article.header.url_decoded());
            let content = article.content.as_ref().unwrap();
            let mut rest = chunks.iter();
            for paragraph in &content.paragraphs {
                let want: Vec<&str> = paragraph
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect();
                if want.is_empty() {
                    continue;
                }
                let want = want.join("\n");
                assert!(
                    rest.any(|c| *c == want),
                    "{}: paragraph {want:?} not found in order\n{plain}",
                    path.display()
                );
            }
            articles += 1;
        }
    }
    eprintln!("{articles} corpus articles checked as plain text");
}
