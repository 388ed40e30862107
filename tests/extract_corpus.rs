//! Data-driven checks over every file of the dev corpus.
//!
//! The corpus lives beside the repository (`../shared/corpus/dev`); when it
//! is absent the test says so and passes. Set `DUMP_CONTENT=<site>` to print
//! the extracted JSON of that site's files.

mod common;

use article_dump::{Content, Site};

/// Strings that only boilerplate contains.
const MARKERS: &[&str] = &[
    "分享 :",
    "获取更多RSS",
    "feedx",
    "Skip podcast",
    "你的器材不支持",
    "广告",
    "举报广告",
    "来自FT中文网的温馨提示",
    "德国之声版权声明",
    "addtoany",
    "data-tms",
];

/// One corpus file: its name in the corpus, its URL and its HTML body.
struct Sample {
    name: String,
    url: url::Url,
    body: String,
}

fn samples() -> Option<Vec<Sample>> {
    common::corpus_dir()?;
    let samples = common::corpus_set("dev")
        .iter()
        .map(|f| {
            let (url, body) = f.url_and_body();
            Sample {
                name: f.name.clone(),
                url,
                body: body.to_string(),
            }
        })
        .collect();
    Some(samples)
}

/// Every text field of the content, for marker checks.
fn texts(c: &Content) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    v.extend(c.dateline.iter().map(|d| d.text.clone()));
    v.extend(c.authors.iter().cloned());
    v.extend(
        c.contributors
            .iter()
            .flat_map(|c| [c.name.clone()].into_iter().chain(c.role.clone())),
    );
    v.extend(c.byline.iter().cloned());
    v.extend(c.lead.iter().cloned());
    v.extend(c.paragraphs.iter().cloned());
    for b in &c.blocks {
        v.push(format!("{b:?}"));
    }
    for i in &c.images {
        v.extend(i.caption.iter().cloned());
        v.extend(i.credit.iter().cloned());
        v.extend(i.alt.iter().cloned());
    }
    for l in &c.related {
        v.push(l.text.clone());
        v.push(l.url.to_string());
    }
    v
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        let before_ok = start == 0
            || !lower.as_bytes()[start - 1].is_ascii_alphanumeric()
                && lower.as_bytes()[start - 1] != b'-';
        let rest = &tag[start + name.len()..];
        if before_ok && rest.starts_with("=\"") {
            let v = &rest[2..];
            return v.find('"').map(|e| &v[..e]);
        }
        from = start + name.len();
    }
    None
}

/// The reason an `<img>` of the body is not among the images, if it has one.
fn drop_reason(tag: &str) -> Option<&'static str> {
    let src = ["data-src", "data-lazy-src", "src", "srcset"]
        .iter()
        .filter_map(|n| attr(tag, n))
        .find(|v| !v.is_empty() && !v.starts_with("data:"));
    match src {
        None => Some("no address but an inline data: placeholder"),
        Some(s) if s.contains("icon-zoom") => Some("user-interface icon"),
        // CNA's headline carousel (boilerplate in Jekyll archives).
        Some(_) if attr(tag, "class").is_some_and(|c| c.contains("owl-lazy")) => {
            Some("headline carousel")
        }
        Some(_)
            if attr(tag, "alt") == Some("line")
                || attr(tag, "height")
                    .and_then(|h| h.parse::<u32>().ok())
                    .is_some_and(|h| h <= 2) =>
        {
            Some("divider line")
        }
        // BBC's programme artwork service: the poster of a media player or
        // the cover of a podcast promotion, both boilerplate.
        Some(s) if s.contains("ichef.bbci.co.uk/images/ic/") => {
            Some("media player or podcast artwork")
        }
        Some(_) => None,
    }
}

fn found(c: &Content, base: &url::Url, tag: &str) -> bool {
    let candidates: Vec<String> = ["data-src", "data-lazy-src", "src", "srcset", "srcSet"]
        .iter()
        .filter_map(|n| attr(tag, n))
        .flat_map(|v| {
            v.split(',')
                .map(|p| p.split_whitespace().next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty() && !v.starts_with("data:"))
        .filter_map(|v| base.join(&v.replace("&amp;", "&")).ok())
        .map(|u| u.to_string())
        .collect();
    c.images.iter().any(|i| {
        candidates.iter().any(|u| {
            *u == i.src.as_str()
                || *u == i.url.as_str()
                || i.srcset.iter().any(|s| s.url.as_str() == *u)
        })
    })
}

/// Text without tags (entities left as written).
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[derive(Default)]
struct Row {
    articles: usize,
    lead: usize,
    dateline: usize,
    authors: usize,
    paragraphs: usize,
    images: usize,
    captioned: usize,
    credited: usize,
}

#[test]
fn every_corpus_file() {
    let Some(samples) = samples() else { return };
    let dump = std::env::var("DUMP_CONTENT").ok();
    let mut table: Vec<(String, Row)> = Vec::new();
    let mut failures = Vec::new();
    for s in &samples {
        let c = Content::from_html(&s.body, &s.url);
        let name = &s.name;
        if dump.as_deref().is_some_and(|d| name.starts_with(d)) {
            eprintln!("== {name}\n{c:#?}");
        }
        for t in texts(&c) {
            for m in MARKERS {
                // `广告` is also an ordinary word; alone or nearly so it is an ad label.
                let hit = if *m == "广告" {
                    t.contains(m) && t.chars().count() <= 8
                } else {
                    t.contains(m)
                };
                if hit {
                    failures.push(format!(
                        "{name}: boilerplate {m:?} in {:?}",
                        t.chars().take(60).collect::<String>()
                    ));
                }
            }
        }
        let mut rest = s.body.as_str();
        while let Some(at) = rest.find("<img") {
            let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
            let tag = &rest[at..end];
            if drop_reason(tag).is_none() && !found(&c, &s.url, tag) {
                failures.push(format!(
                    "{name}: image lost: {}",
                    tag.chars().take(120).collect::<String>()
                ));
            }
            rest = &rest[end..];
        }
        let has_p_text = s.body.split("<p").skip(1).any(|p| {
            if p.split('>').next().is_some_and(|a| a.contains("caption")) {
                return false;
            }
            let inner = p.split("</p>").next().unwrap_or("");
            let mut text = String::new();
            let mut in_tag = true;
            for ch in inner.chars() {
                match ch {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag && !c.is_whitespace() => text.push(c),
                    _ => {}
                }
            }
            text.chars().count() >= 20
        });
        if has_p_text && c.paragraphs.is_empty() {
            failures.push(format!("{name}: paragraph text but no paragraph"));
        }
        // A caption is the image's, not also a paragraph (unless the page
        // writes it twice).
        for img in &c.images {
            if let Some(cap) = img.caption.as_deref() {
                if c.paragraphs.iter().any(|p| p == cap) && s.body.matches(cap).count() < 2 {
                    failures.push(format!("{name}: caption as a paragraph: {cap:.30}"));
                }
            }
        }
        // The mirror's `<small>` caption written right after the picture
        // (`<img …><small>caption</small>`) is never a paragraph.
        for piece in s.body.split("<img").skip(1) {
            let after = piece.split_once('>').map_or("", |(_, rest)| rest);
            let after = after.trim_start_matches("<br>").trim_start();
            if let Some(small) = after.strip_prefix("<small") {
                let inner = small.split_once('>').map_or("", |(_, rest)| rest);
                let cap = strip_tags(inner.split("</small>").next().unwrap_or(""));
                let cap = cap.trim();
                if !cap.is_empty() && c.paragraphs.iter().any(|p| p.trim() == cap) {
                    failures.push(format!("{name}: <small> caption as a paragraph: {cap:.30}"));
                }
            }
        }
        // NYT: nothing of `<footer>` (bios, contribution notes) is text.
        if name.starts_with("nyt/") {
            for footer in s.body.split("<footer").skip(1) {
                let footer = strip_tags(footer.split("</footer>").next().unwrap_or(""));
                for p in c.paragraphs.iter().filter(|p| p.chars().count() >= 10) {
                    if footer.contains(p.as_str()) {
                        failures.push(format!("{name}: footer text as a paragraph: {p:.30}"));
                    }
                }
            }
        }
        let site = Site::from_url(&s.url).name().to_string();
        let site = if name.starts_with("frontmatter") {
            format!("{site} (jekyll)")
        } else {
            site
        };
        let row = match table.iter().position(|(k, _)| *k == site) {
            Some(i) => &mut table[i].1,
            None => {
                table.push((site, Row::default()));
                &mut table.last_mut().unwrap().1
            }
        };
        row.articles += 1;
        row.lead += usize::from(c.lead.is_some());
        row.dateline += usize::from(c.dateline.is_some());
        row.authors += usize::from(!c.authors.is_empty());
        row.paragraphs += c.paragraphs.len();
        row.images += c.images.len();
        row.captioned += c.images.iter().filter(|i| i.caption.is_some()).count();
        row.credited += c.images.iter().filter(|i| i.credit.is_some()).count();
    }
    eprintln!("| site | articles | lead | dateline | authors | mean paragraphs | images | captioned | credited |");
    eprintln!("|---|---|---|---|---|---|---|---|---|");
    for (site, r) in &table {
        let f = |k: usize| format!("{:.0}%", 100.0 * k as f64 / r.articles as f64);
        eprintln!(
            "| {site} | {} | {} | {} | {} | {:.1} | {} | {} | {} |",
            r.articles,
            f(r.lead),
            f(r.dateline),
            f(r.authors),
            r.paragraphs as f64 / r.articles as f64,
            r.images,
            r.captioned,
            r.credited
        );
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
