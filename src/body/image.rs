//! Article images: where they are, what they show, who took them.

use url::Url;

use crate::html::Node;
use crate::links::resolve;

/// One image of an article.
///
/// `<img>`, its lazy-loading attributes (`data-src`, `data-srcset`,
/// `data-lazy-src`), the `<source>`s of its `<picture>` and a `<noscript>`
/// copy of the same picture all make one `Image`.
///
/// ```
/// use article_dump::Content;
/// let url = url::Url::parse("https://www.bbc.com/zhongwen/simp/x-1").unwrap();
/// let html = r#"<div><img src="https://images.weserv.nl/?url=ichef.bbci.co.uk/ace/ws/640/a.jpg"
///   srcSet="https://ichef.bbci.co.uk/ace/ws/240/a.jpg 240w, https://ichef.bbci.co.uk/ace/ws/800/a.jpg 800w"
///   alt="A cat" width="640" height="360">
///   <p role="text"><span>图像来源，</span><span>Getty Images</span></p></div>
///   <span data-testid="caption-paragraph">A cat on a mat.</span>
///   <p>Some text.</p>"#;
/// let content = Content::from_html(html, &url);
/// let image = &content.images[0];
/// assert_eq!(image.url.as_str(), "https://ichef.bbci.co.uk/ace/ws/640/a.jpg");
/// assert_eq!(image.srcset[1].width, Some(800));
/// assert_eq!(image.credit.as_deref(), Some("Getty Images"));
/// assert_eq!(image.caption.as_deref(), Some("A cat on a mat."));
/// assert_eq!(content.paragraphs, ["Some text."]);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Image {
    /// The image address as the page gives it, resolved against the
    /// article URL. Like every address of the content, it is kept as the
    /// text `url::Url` gives for it (resolved and normalised), which
    /// `url::Url::parse` reads back when a parsed form is needed.
    pub src: String,
    /// The original image: `src` with image proxies (weserv, thumbor, …)
    /// unwrapped; the same as `src` when there is no proxy.
    pub url: String,
    /// The candidates of `srcset` (of the `<img>` and its `<picture>`'s
    /// `<source>`s), in order.
    pub srcset: Vec<SrcsetCandidate>,
    /// The alternative text, whitespace-normalised; `None` when absent or empty.
    pub alt: Option<String>,
    /// The caption the page shows with the image.
    pub caption: Option<String>,
    /// Who the image is credited to (photographer, agency).
    pub credit: Option<String>,
    /// The `width` attribute, when it is a number of pixels.
    pub width: Option<u32>,
    /// The `height` attribute, when it is a number of pixels.
    pub height: Option<u32>,
    /// The image is a site's generic picture (a default social card), not a
    /// photograph of this article.
    pub placeholder: bool,
}

/// One candidate of a `srcset`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SrcsetCandidate {
    /// The candidate's address, resolved and with proxies unwrapped.
    pub url: String,
    /// Its width descriptor (`640w`).
    pub width: Option<u32>,
    /// Its pixel density descriptor (`2x`).
    pub density: Option<f32>,
}

/// An `<img>` of the body that is not in
/// [`Content::images`](crate::Content::images), and why: kept so that a
/// reader can tell a picture the extraction refused from one the page
/// never had.
///
/// Images inside dropped boilerplate (ads, media players, podcast
/// promotions) are not listed: the walk never reads them.
///
/// ```
/// use article_dump::{Content, DropReason};
/// let url = url::Url::parse("https://example.org/a").unwrap();
/// let content = Content::from_html(r#"<p>Text.</p><img src="data:image/gif;base64,R0lG">"#, &url);
/// assert!(content.images.is_empty());
/// assert_eq!(content.dropped_images[0].reason, DropReason::NoSource);
/// assert_eq!(content.dropped_images[0].src, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DroppedImage {
    /// Why it was left out.
    pub reason: DropReason,
    /// Its address (resolved when it could be); `None` when it has none or
    /// only an inline `data:` placeholder, which is not copied (it can be
    /// kilobytes long and says nothing).
    pub src: Option<String>,
}

/// Why an `<img>` is not an article image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DropReason {
    /// No usable address: none at all, only an inline `data:` placeholder,
    /// or one that does not resolve to a URL.
    NoSource,
    /// A user-interface icon (a zoom button), not content.
    Icon,
    /// A line drawn as a picture (a section divider), not content.
    Divider,
}

/// Parses a `srcset` value (`url 240w, url 2x, url`).
fn parse_srcset(base: &Url, value: &str, out: &mut Vec<SrcsetCandidate>) {
    for item in value.split(',') {
        let mut parts = item.split_ascii_whitespace();
        let Some(raw) = parts.next() else { continue };
        let Some(url) = resolve(base, raw) else {
            continue;
        };
        let url = crate::links::unwrap_resolved(&url).unwrap_or(url);
        let (mut width, mut density) = (None, None);
        if let Some(d) = parts.next() {
            if let Some(w) = d.strip_suffix('w') {
                width = w.parse().ok();
            } else if let Some(x) = d.strip_suffix('x') {
                density = x.parse().ok();
            }
        }
        if !out.iter().any(|c| c.url == url) {
            out.push(SrcsetCandidate {
                url,
                width,
                density,
            });
        }
    }
}

fn pixels(node: &Node, name: &str) -> Option<u32> {
    node.attr_str(name)
        .and_then(|v| v.trim().trim_end_matches("px").parse().ok())
}

/// The attributes that may hold an `<img>`'s address, lazy-loading ones first.
const SRC_ATTRS: [&str; 4] = ["data-src", "data-lazy-src", "data-original", "src"];

/// Why `img` has no image: its address as written, unless it is `data:`.
fn no_source(img: &Node) -> DroppedImage {
    let src = SRC_ATTRS
        .iter()
        .find_map(|name| img.attr_str(name))
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("data:")))
        .map(str::to_string);
    DroppedImage {
        reason: DropReason::NoSource,
        src,
    }
}

/// An `<img>` whose `src` the mirror glued to its name
/// (`<imgsrc="data:image/gif;…" alt=… srcset=…>`, RFI 2023): the parser
/// reads an element named `imgsrc="data:image`, whose other attributes
/// (`alt`, `srcset`) are whole.
pub(crate) fn is_glued_img(tag: &str) -> bool {
    tag.starts_with("imgsrc=")
}

/// Builds the image of an `<img>` element; whether it is a placeholder or
/// an icon is for the site's rules to say.
pub(crate) fn from_img(img: &Node, base: &Url) -> Result<Image, DroppedImage> {
    let mut srcset = Vec::new();
    for name in ["srcset", "data-srcset", "data-lazy-srcset"] {
        if let Some(v) = img.attr(name) {
            parse_srcset(base, &v, &mut srcset);
        }
    }
    // <picture><source srcset> siblings.
    if let Some(picture) = img.parent().filter(|p| p.is("picture")) {
        for source in picture.element_children().filter(|c| c.is("source")) {
            if let Some(v) = source.attr("srcset") {
                parse_srcset(base, &v, &mut srcset);
            }
        }
    }
    let src = SRC_ATTRS
        .iter()
        .find_map(|name| img.attr_str(name).and_then(|v| resolve(base, v)))
        .or_else(|| {
            // Only a srcset: take its widest candidate as the source.
            srcset
                .iter()
                .max_by_key(|c| c.width.unwrap_or(0))
                .map(|c| c.url.clone())
        })
        .ok_or_else(|| no_source(img))?;
    let url = crate::links::unwrap_resolved(&src).unwrap_or_else(|| src.clone());
    let alt = img
        .attr_str("alt")
        .map(super::text::normalize)
        .filter(|a| !a.is_empty());
    Ok(Image {
        placeholder: false,
        src,
        url,
        srcset,
        alt,
        caption: None,
        credit: None,
        width: pixels(img, "width"),
        height: pixels(img, "height"),
    })
}

/// Builds the image of a `<video poster=…>`: the still shown before the
/// video plays.
pub(crate) fn from_poster(video: &Node, base: &Url) -> Option<Image> {
    let src = video.attr_str("poster").and_then(|v| resolve(base, v))?;
    let url = crate::links::unwrap_resolved(&src).unwrap_or_else(|| src.clone());
    Some(Image {
        placeholder: false,
        src,
        url,
        srcset: Vec::new(),
        alt: None,
        caption: None,
        credit: None,
        width: None,
        height: None,
    })
}

impl Image {
    /// Why this image is left out as `reason`.
    pub(crate) fn dropped(&self, reason: DropReason) -> DroppedImage {
        DroppedImage {
            reason,
            src: Some(self.src.clone()),
        }
    }

    /// Whether `other` is another copy of this image (noscript copy, lazy
    /// twin, the same picture at another size).
    pub(crate) fn same_picture(&self, other: &Image) -> bool {
        self.url == other.url
            || self.src == other.src
            || other.srcset.iter().any(|c| c.url == self.url)
            || self.srcset.iter().any(|c| c.url == other.url)
    }

    /// Merges what a copy knows and this one does not.
    pub(crate) fn absorb(&mut self, other: Image) {
        for c in other.srcset {
            if !self.srcset.iter().any(|s| s.url == c.url) {
                self.srcset.push(c);
            }
        }
        self.alt = self.alt.take().or(other.alt);
        self.caption = self.caption.take().or(other.caption);
        self.credit = self.credit.take().or(other.credit);
        self.width = self.width.or(other.width);
        self.height = self.height.or(other.height);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies() {
        let u = |s| crate::links::unwrap_url(s).map(|u| u.to_string());
        assert_eq!(
            u("https://images.weserv.nl/?url=ichef.bbci.co.uk/ace/ws/640/a.jpg.webp").as_deref(),
            Some("https://ichef.bbci.co.uk/ace/ws/640/a.jpg.webp")
        );
        assert_eq!(
            u("https://images.weserv.nl?url=gdb.voanews.com/x_w900.jpg").as_deref(),
            Some("https://gdb.voanews.com/x_w900.jpg")
        );
        assert_eq!(
            u("https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/6/1_piclink.jpg").as_deref(),
            Some("https://thumbor.ftacademy.cn/unsafe/picture/6/1_piclink.jpg")
        );
        assert_eq!(u("https://example.com/a.jpg"), None);
        assert_eq!(
            u("https://l.facebook.com/l.php?u=https%3A%2F%2Fa.org%2Fb").as_deref(),
            Some("https://a.org/b")
        );
    }

    #[test]
    fn srcset() {
        let base = Url::parse("https://a.org/x/").unwrap();
        let mut out = Vec::new();
        parse_srcset(&base, "s.jpg 240w, /t.jpg 2x,u.jpg", &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].width, Some(240));
        assert_eq!(out[1].density, Some(2.0));
        assert_eq!(out[1].url.as_str(), "https://a.org/t.jpg");
    }
}
