//! What holds for every site, and for sites never seen.

#[allow(unused_imports)]
use super::prelude::*;

fn first_text_starts_with(n: &Node, prefix: &str) -> bool {
    n.children()
        .find_map(|c| c.text().map(|t| t.trim_start().starts_with(prefix)))
        .unwrap_or(false)
}

/// An element whose only content is one `<small>` (the feed mirror's
/// caption under an image).
fn only_small(n: &Node) -> bool {
    let mut smalls = 0;
    for c in n.children() {
        if let Some(t) = c.text() {
            if !t.trim().is_empty() {
                return false;
            }
        } else if c.is("small") {
            smalls += 1;
        } else if c.tag().is_some() {
            return false;
        }
    }
    smalls == 1
}

/// A `<ul>`/`<ol>` whose every item is a single link: a related list. A
/// `<br>` between the items (RFA 2020's `<li>…</li><br/></ul>`) is no item.
fn is_link_list(n: &Node) -> bool {
    let mut items = 0;
    for li in n.element_children().filter(|c| !c.is("br")) {
        if !li.is("li") {
            return false;
        }
        let mut links = 0;
        let ok = !li.any_descendant(|d| {
            if d.is("a") {
                links += 1;
            }
            d.is("img") || d.is("p")
        });
        if !ok || links != 1 {
            return false;
        }
        items += 1;
    }
    items > 0
}

/// Dateline wrappers of the feed mirror: `<div><i>[names<br>]time</i></div>`.
fn is_mirror_dateline(n: &Node, cx: &Context) -> bool {
    if cx.blocks > 0 || cx.has_dateline {
        return false;
    }
    let mut it = n.element_children();
    let (Some(i), None) = (it.next(), it.next()) else {
        return false;
    };
    if !i.is("i") {
        return false;
    }
    if i.short_text(200).is_none() {
        return false;
    }
    let last_line = i
        .children()
        .filter_map(|c| c.text().map(|t| t.trim().to_string()))
        .filter(|t| !t.is_empty())
        .last()
        .unwrap_or_default();
    dateline::looks_like_time(&last_line)
}

/// What an element is, by what holds on every site.
pub(crate) fn classify(n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
    // Atoms: one integer compare per arm instead of a string compare.
    let Some(name) = n.local_name() else {
        return Role::Normal;
    };
    if let Some(role) = by_name(name, n, tag, a, cx) {
        return role;
    }
    // Ads whose attributes are glued to the tag name parse as elements
    // named like `divdata-tms-ad-type="box"data-…`. Other glued names
    // (RFI's `<sourcetype="image/webp"srcset=…>`, left open around the
    // real `<img>`) are walked through.
    if tag.contains("data-tms-ad") || (tag.contains('=') && tag.contains("-ad-")) {
        return Role::Skip;
    }
    // Most elements of these bodies have no attributes: skip the
    // attribute scans for them (the answers would all be no).
    if a.any {
        if let Some(role) = by_attrs(tag, a) {
            return role;
        }
    }
    if tag == "div" || tag == "p" {
        if let Some(role) = mirror_block(n, tag, cx) {
            return role;
        }
    }
    // The mirror's `<small>` caption written beside the picture inside one
    // element (NYT's `<p><img><small>caption</small></p>`), not in a
    // `<div>` of its own.
    if tag == "small" && cx.right_after_image() && !cx.collecting && follows_image(n) {
        return Role::Caption;
    }
    if tag == "td" && cx.right_after_image() && !cx.collecting && is_caption_cell(n) {
        return Role::Caption;
    }
    if cx.in_caption && is_caption_credit(n, tag, a) {
        return Role::Credit;
    }
    if !a.any {
        return Role::Normal;
    }
    by_class(a, cx)
}

/// The element just before `n` (line breaks and blank text aside) is an
/// `<img>`.
fn follows_image(n: &Node) -> bool {
    let Some(parent) = n.parent() else {
        return false;
    };
    let mut last_is_img = false;
    for c in parent.children() {
        if c.same(n) {
            return last_is_img;
        }
        match c.text() {
            Some(t) if t.trim().is_empty() => {}
            Some(_) => last_is_img = false,
            None if c.is("br") => {}
            None => last_is_img = c.is("img"),
        }
    }
    false
}

/// A table cell in the row under the picture's row, holding a short line
/// only: the picture's caption (layouts copied into Jekyll archives).
fn is_caption_cell(n: &Node) -> bool {
    let row_above_has_img = n
        .parent()
        .filter(|tr| tr.is("tr"))
        .and_then(|tr| tr.prev_element_sibling())
        .is_some_and(|above| above.is("tr") && above.any_descendant(|d| d.is("img")));
    row_above_has_img
        && !n.any_descendant(|d| matches!(d.tag(), Some("p" | "div" | "img" | "table" | "ul")))
        && n.short_text(300).is_some_and(|t| !t.trim().is_empty())
}

/// Inside a caption, the element holding its credit: `<cite>`,
/// `.copyright`, or a `<span>` starting with `©` (RFI 2022's
/// `<figcaption><span>caption</span><span>© credit</span>`).
fn is_caption_credit(n: &Node, tag: &str, a: &Attrs) -> bool {
    tag == "cite"
        || a.has_class("copyright")
        || (tag == "span" && n.raw_text().trim_start().starts_with('©'))
}

/// Roles that the element's name alone gives.
fn by_name(name: &LocalName, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Option<Role> {
    let role = match *name {
        local_name!("script")
        | local_name!("style")
        | local_name!("svg")
        | local_name!("button")
        | local_name!("template")
        | local_name!("form")
        | local_name!("input")
        | local_name!("select")
        | local_name!("textarea")
        | local_name!("head")
        | local_name!("title")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("nav")
        | local_name!("aside")
        | local_name!("hr")
        | local_name!("object")
        | local_name!("canvas")
        | local_name!("math") => Role::Skip,
        local_name!("time") if !cx.has_dateline => Role::Dateline,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6") => Role::Heading(tag.as_bytes()[1] - b'0'),
        local_name!("figcaption") => Role::Caption,
        local_name!("video") => Role::Embed(EmbedKind::Video),
        local_name!("audio") => Role::Embed(EmbedKind::Audio),
        local_name!("iframe") => Role::Embed(EmbedKind::Iframe),
        local_name!("blockquote") if a.has_class("twitter-tweet") => Role::Embed(EmbedKind::Tweet),
        local_name!("ul") | local_name!("ol") if is_link_list(n) => Role::Related,
        // One answer to "is this a share button?", the one that decodes
        // share links: a VK, Pinterest or mail button outside a share bar
        // is one too.
        local_name!("a") if a.href.is_some_and(links::is_share_button) => Role::Share,
        _ if matches!(tag, "share-button" | "share-modal") => Role::Skip,
        _ => return None,
    };
    Some(role)
}

/// Roles that attribute names and values give: ads, promotion, share
/// containers, embeds.
fn by_attrs(tag: &str, a: &Attrs) -> Option<Role> {
    let boiler = a.boilerplate_name
        || a.data_e2e
            .is_some_and(|v| v == "advertisement" || v.starts_with("podcast"))
        || a.aria_labelledby.is_some_and(|v| v.contains("podcast"))
        || a.class
            .is_some_and(|c| c.split_ascii_whitespace().any(is_boilerplate_class))
        || (a.aria_hidden == Some("true") && matches!(tag, "section" | "div"));
    if boiler {
        return Some(
            if a.has_class("addtoany_share_save_container") || a.data_a2a_url {
                Role::Share
            } else {
                Role::Skip
            },
        );
    }
    let v = a.data_e2e?;
    if v == "media-player" || v.starts_with("youtube-embed") {
        Some(Role::Embed(EmbedKind::Youtube))
    } else if v.starts_with("twitter-embed") {
        Some(Role::Embed(EmbedKind::Tweet))
    } else {
        None
    }
}

fn is_boilerplate_class(c: &str) -> bool {
    matches!(
        c,
        "o-self-promo" | "o-ads" | "in-article-advert" | "print-only" | "t-copyright"
        // CNA pages copied into Jekyll archives: the tag list and the
        // headline carousel.
        | "articlekeywordGroup" | "bottomBox" | "topNews" | "owl-carousel"
    ) || c.starts_with("addtoany")
        || c.starts_with("a2a_")
        || c.starts_with("sharedaddy")
}

/// The feed mirror's own blocks: its footer, its `<small>` captions, its
/// `<i>` datelines.
fn mirror_block(n: &Node, tag: &str, cx: &Context) -> Option<Role> {
    if first_text_starts_with(n, "获取更多RSS") {
        return Some(Role::Skip);
    }
    if tag == "div" && cx.right_after_image() && only_small(n) {
        return Some(Role::Caption);
    }
    if tag == "div" && is_mirror_dateline(n, cx) {
        return Some(Role::Dateline);
    }
    None
}

/// Roles that classes give.
fn by_class(a: &Attrs, cx: &Context) -> Role {
    if a.has_class("wp-caption-text") || a.has_class("image-caption") {
        return Role::Caption;
    }
    // CNA: `<div class="picinfo">` under the picture, `moreArticle` links.
    if a.has_class("picinfo") && cx.right_after_image() {
        return Role::Caption;
    }
    if a.has_class("moreArticle") {
        return Role::Related;
    }
    if a.has_class("copyright") && cx.right_after_image() {
        return Role::Credit;
    }
    Role::Normal
}

pub(crate) fn paragraph(p: &mut Para, _cx: &Context) -> Verdict {
    let t = p.text.as_str();
    // Rules and stray dots (`——————`, `.`): no letter, digit or Han.
    if t.starts_with("获取更多RSS") || !t.chars().any(text::is_alphanumeric) {
        return Verdict::Drop;
    }
    // Copyright notices (`版权声明：…`, Nikkei's in Jekyll archives).
    if t.starts_with("版权声明") || t.starts_with("版權聲明") {
        return Verdict::Drop;
    }
    // The feed's own artefact: a PHP array printed as loose text between
    // the dateline and the lead (RFI 2020–21), never text of the article.
    // Its cousin `null` (an empty field printed) opens some Jekyll copies.
    if !p.from_p && (t == "Array" || t == "null") {
        return Verdict::Drop;
    }
    // A credit line in brackets: `. （翻译编辑：RFI法广电台 尼古拉）.`
    let core = t.trim_matches(|c: char| !text::is_alphanumeric(c));
    if core.len() < t.len()
        && byline::starts_labelled(core)
        && core.chars().count() < 40
        && !core.contains(['。', '，', '？', '?', '\n'])
    {
        *p.text = core.to_string();
        return Verdict::Byline;
    }
    // `记者：` also opens interview questions; a byline has no sentences.
    if byline::starts_labelled(t) && t.chars().count() < 80 && !t.contains(['？', '。', '，', '?'])
    {
        return Verdict::Byline;
    }
    if p.from_p && p.all_bold && t.chars().count() <= 40 && !t.ends_with(['。', '.', '！', '？'])
    {
        return Verdict::Heading;
    }
    Verdict::Keep
}

/// `<div><img>[<br>]caption</div>`: a picture first, then inline text only.
pub(crate) fn is_picture_with_text(n: &Node) -> bool {
    let mut children = n
        .children()
        .filter(|c| c.text().is_none_or(|t| !t.trim().is_empty()));
    let first_is_img = children.next().is_some_and(|c| c.is("img"));
    first_is_img
        && !n.any_descendant(|d| {
            matches!(
                d.tag(),
                Some("p" | "div" | "figure" | "ul" | "ol" | "table" | "section")
            )
        })
        && n.element_children().filter(|c| c.is("img")).count() == 1
        && n.short_text(2000).is_some_and(|t| !t.trim().is_empty())
}

/// A source in brackets at the end of a caption (`…。（RFA摄）`, `（法新社）`,
/// `（中央社檔案照片）`, ` (台师大网)`): cuts it off `caption` and returns it.
/// A position marker (`（右）`) is not a source.
pub(crate) fn bracketed_credit(caption: &mut String) -> Option<String> {
    let body = caption.trim_end();
    let (open, close) = if body.ends_with('）') {
        ('（', '）')
    } else if body.ends_with(')') {
        ('(', ')')
    } else {
        return None;
    };
    let at = body.rfind(open)?;
    let inner = body[at + open.len_utf8()..body.len() - close.len_utf8()].trim();
    let chars = inner.chars().count();
    let positional = chars <= 4 && inner.contains(['左', '右', '中', '前', '后']);
    if !(2..=24).contains(&chars)
        || positional
        || inner.contains(['。', '，', open, close])
        || body[..at].trim().is_empty()
        // `左图：…（甲） 右图：…（乙）`: two pictures, two sources.
        || body.contains("图：")
    {
        return None;
    }
    let credit = inner.to_string();
    caption.truncate(at);
    let keep = caption.trim_end().len();
    caption.truncate(keep);
    Some(credit)
}

/// The feed mirror's own promotion and copyright lines, per site.
pub(crate) fn mirror_drop(text: &str, markers: &[&str]) -> bool {
    markers.iter().any(|m| text.contains(m))
}

/// Labels written before a credit, which are not part of it.
pub(crate) const CREDIT_LABELS: &[&str] = &["图片来源：", "Photo: ", "©"];

/// `credit` without the `labels` it starts with.
pub(crate) fn strip_credit_label(mut credit: String, labels: &[&str]) -> String {
    for label in labels {
        if let Some(rest) = credit.strip_prefix(label) {
            credit = rest.trim().to_string();
        }
    }
    credit
}

/// Cuts a credit written after the caption itself off `caption`: from
/// `marker` to the end (`marker` kept, as in `REUTERS/Name`), or after one
/// of `labels` (`图源：受访者提供`, the label dropped).
pub(crate) fn split_trailing_credit(
    caption: &mut String,
    marker: Option<&str>,
    labels: &[&str],
) -> Option<String> {
    let (at, skip) = marker
        .and_then(|m| caption.rfind(m).map(|at| (at, 0)))
        .or_else(|| {
            labels
                .iter()
                .find_map(|l| caption.find(l).map(|at| (at, l.len())))
        })?;
    let credit = caption[at + skip..].trim().to_string();
    caption.truncate(at);
    let keep = caption.trim_end().len();
    caption.truncate(keep);
    Some(credit)
}

/// Generic pictures that sites put where an article has no photo of its
/// own, and lines drawn as pictures (at most 2 px high or wide).
pub(crate) fn image_kind(img: &Image) -> ImageKind {
    if img.height.is_some_and(|h| h <= 2) || img.width.is_some_and(|w| w <= 2) {
        return ImageKind::Divider;
    }
    let path = host_and_path(&img.url).1;
    if path.contains("placeholder") || path.contains("default-image") {
        ImageKind::Placeholder
    } else {
        ImageKind::Picture
    }
}

/// Attribute names that mark ads, promotions and share containers
/// (`data-selfpromo…`, `data-tms-ad…`, `data-o-ads…`, `data-root-share`,
/// `data-a2a-url`), wherever they are met.
pub(crate) fn is_boilerplate_attr(name: &str) -> bool {
    match name.strip_prefix("data-") {
        Some(rest) => {
            rest.starts_with("selfpromo")
                || rest.starts_with("tms-ad")
                || rest.starts_with("o-ads")
                || rest == "root-share"
                || rest == "a2a-url"
        }
        None => false,
    }
}
