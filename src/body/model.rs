//! The extracted content's types.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

use super::image::{DroppedImage, Image};
use crate::ShareLink;

/// What an article's HTML body says, cleaned of boilerplate.
///
/// ```
/// use article_dump::{Block, Content};
/// let url = url::Url::parse("https://www.rfi.fr/cn/中国/20230101-x").unwrap();
/// let html = "<div>01/02/2023 - 10:44</div>\
///   <p><strong>The standfirst.  </strong></p>\
///   <div><p>First <a href=\"/cn/y\">line</a>.</p><p>Second.</p></div>\
///   <div><span>作者：</span><a href=\"/cn/a\">特约记者 王五</a></div>\
///   <div><div>分享 :</div><div><a href=\"https://x.com/intent/tweet?url=u\"></a></div></div>";
/// let content = Content::from_html(html, &url);
/// assert_eq!(content.dateline.as_ref().unwrap().text, "01/02/2023 - 10:44");
/// assert_eq!(content.lead.as_deref(), Some("The standfirst."));
/// assert_eq!(content.paragraphs, ["First line.", "Second."]);
/// assert_eq!(content.authors, ["王五"]);
/// assert_eq!(content.contributors[0].role.as_deref(), Some("特约记者"));
/// assert_eq!(content.share_links.len(), 1);
/// assert_eq!(content.summary(), Some("The standfirst."));
/// match &content.blocks[0] {
///     Block::Paragraph { links, .. } => assert_eq!(links[0].url.as_str(), "https://www.rfi.fr/cn/y"),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Content {
    /// The time the page shows, as written and as parsed (for a site whose
    /// pages show none but whose addresses carry one, RFA's, that one; for
    /// an article of a Jekyll archive whose body shows none, the front
    /// matter's `date`).
    pub dateline: Option<Dateline>,
    /// The names of the people who wrote the article, in byline order (for
    /// an article of a Jekyll archive whose body names none, the front
    /// matter's `author` as written, which may be the outlet).
    pub authors: Vec<String>,
    /// Everyone the page credits, with the role or title the page gives
    /// (`BBC中文记者`, `责编`, `译者`): the authors and also editors and
    /// translators, who are not in [`authors`](Content::authors).
    #[cfg_attr(feature = "serde", serde(default))]
    pub contributors: Vec<Contributor>,
    /// The byline as the page writes it, when it has one in text.
    #[cfg_attr(feature = "serde", serde(default))]
    pub byline: Option<String>,
    /// The standfirst the page marks as such, whitespace-normalised.
    pub lead: Option<String>,
    /// The article in reading order.
    pub blocks: Vec<Block>,
    /// The texts of the paragraph blocks, in order; [`Block::Paragraph`]
    /// points here (each text is held once).
    pub paragraphs: Vec<String>,
    /// Every article image once, in order; [`Block::Image`] points here.
    pub images: Vec<Image>,
    /// Links to other articles that the page lists apart from the text.
    pub related: Vec<Link>,
    /// The post's tags (CDT's 2020 feed footer); empty when the page
    /// gives none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub tags: Vec<String>,
    /// The page's share buttons (Facebook, X, WhatsApp…), decoded; kept out
    /// of every other field.
    #[cfg_attr(feature = "serde", serde(default))]
    pub share_links: Vec<ShareLink>,
    /// The `<img>`s of the body left out of [`images`](Content::images), and
    /// why; absent from JSON when empty.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub dropped_images: Vec<DroppedImage>,
    /// The raw `href`s of the share buttons, while the walk collects them.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) share_hrefs: Vec<String>,
}

impl Content {
    /// The lead, or else the first paragraph.
    pub fn summary(&self) -> Option<&str> {
        self.lead
            .as_deref()
            .or_else(|| self.paragraphs.first().map(String::as_str))
    }

    /// The article's text as plain text: the lead, then every block with
    /// text in reading order (paragraphs, headings, quotes, lists), a blank
    /// line between two, a list's items one per line. Images, embeds,
    /// bylines and related links are left out.
    ///
    /// ```
    /// use article_dump::{url::Url, Content};
    /// let html = "<p><strong>导语。</strong></p><div><p>第一段。</p><h2>小标题</h2>\
    ///             <blockquote>引文。</blockquote><ul><li>甲</li><li>乙</li></ul></div>";
    /// let base = Url::parse("https://www.rfi.fr/cn/x").unwrap();
    /// let content = Content::from_html(html, &base);
    /// assert_eq!(content.text(), "导语。\n\n第一段。\n\n小标题\n\n引文。\n\n甲\n乙");
    /// ```
    pub fn text(&self) -> String {
        let mut parts: Vec<String> = self.lead.iter().cloned().collect();
        for block in &self.blocks {
            let text = match block {
                Block::List { items, .. } => Some(items.join("\n")),
                _ => block.text(self).map(str::to_string),
            };
            parts.extend(text.filter(|t| !t.is_empty()));
        }
        parts.join("\n\n")
    }
}

/// The time printed on the page.
///
/// Read the parsed fields, not `text`: a page may print a time relative to
/// when it was saved (BBC's `30 分钟前`, "30 minutes ago") while its markup
/// holds the date; then [`relative`](Dateline::relative) is true, and `date`
/// (or `datetime`) comes from the markup.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Dateline {
    /// As written (`12/10/2023 - 15:53`, `2024年3月29日`, `30 分钟前`).
    pub text: String,
    /// `text` is a time relative to when the page was saved (`30 分钟前`,
    /// `1 小时前`, `昨天`), not a date: never parse it. In JSON the field is
    /// present only when true.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "std::ops::Not::not")
    )]
    pub relative: bool,
    /// The instant, when the page gives a time with its zone.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The wall-clock time, when the page gives a time without a zone.
    #[cfg_attr(feature = "serde", serde(default))]
    pub local: Option<NaiveDateTime>,
    /// The calendar date, whenever one is known.
    pub date: Option<NaiveDate>,
}

impl Dateline {
    /// Whether a dateline's text is a time relative to when the page was
    /// saved: a number and a unit then `前` (`30 分钟前`, `2 小時前`), or a
    /// word such as `昨天` or `刚刚`.
    pub(crate) fn is_relative_text(text: &str) -> bool {
        const WORDS: &[&str] = &["刚刚", "剛剛", "刚才", "剛才", "今天", "昨天", "前天"];
        #[rustfmt::skip]
        const UNITS: &[&str] = &[
            "秒钟", "秒鐘", "秒", "分钟", "分鐘", "分", "个小时", "個小時", "小时", "小時",
            "天", "日", "周", "週", "星期", "个月", "個月", "月", "年",
        ];
        let text = text.trim();
        if WORDS.contains(&text) {
            return true;
        }
        let Some(rest) = text.strip_suffix('前') else {
            return false;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let unit = rest[digits..].trim_start();
        digits > 0 && UNITS.contains(&unit)
    }
}

/// A person the page credits.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Contributor {
    /// The name.
    pub name: String,
    /// The role or job title written with it (`BBC中文记者`, `责编`).
    pub role: Option<String>,
}

/// A link: its text and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The link text, whitespace-normalised.
    pub text: String,
    /// The target, resolved against the article URL (as the text
    /// `url::Url` gives for it: see [`Image::src`]).
    pub url: String,
}

/// What an embed is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EmbedKind {
    /// A `<video>` file.
    Video,
    /// An `<audio>` file.
    Audio,
    /// A YouTube player.
    Youtube,
    /// A tweet.
    Tweet,
    /// Any other `<iframe>`.
    Iframe,
}

/// One unit of the article, in reading order.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// A paragraph: an index into [`Content::paragraphs`], which holds its
    /// text (`\n` for a `<br>`), and its inline links. [`Block::text`]
    /// gives the text.
    Paragraph {
        /// The index.
        index: usize,
        /// The links inside it, in order.
        links: Vec<Link>,
    },
    /// A subheading.
    Heading {
        /// 1 to 6, as `<h1>`…`<h6>`; 3 for a bold-only or `**…**` paragraph.
        level: u8,
        /// The text.
        text: String,
    },
    /// An image: an index into [`Content::images`].
    Image {
        /// The index.
        index: usize,
    },
    /// A block quotation.
    Quote {
        /// The text.
        text: String,
    },
    /// A list that is part of the text (lists of related links are in
    /// [`Content::related`] instead).
    List {
        /// Whether it is numbered (`<ol>`).
        ordered: bool,
        /// The items' texts.
        items: Vec<String>,
    },
    /// An embedded player or post.
    Embed {
        /// What it is.
        kind: EmbedKind,
        /// Its address (as the text `url::Url` gives for it).
        url: String,
    },
}

impl Block {
    /// The block's text: a paragraph's (from `content`, which holds it), a
    /// heading's or a quote's; `None` for lists (see their items), images
    /// and embeds.
    ///
    /// ```
    /// use article_dump::{Block, Content};
    /// let url = url::Url::parse("https://www.dw.com/zh/a-1").unwrap();
    /// let content = Content::from_html("<h2>小标题</h2><p>第一段。</p><blockquote>引文</blockquote>", &url);
    /// let texts: Vec<_> = content.blocks.iter().filter_map(|b| b.text(&content)).collect();
    /// assert_eq!(texts, ["小标题", "第一段。", "引文"]);
    /// assert!(matches!(content.blocks[1], Block::Paragraph { index: 0, .. }));
    /// ```
    pub fn text<'a>(&'a self, content: &'a Content) -> Option<&'a str> {
        match self {
            Block::Paragraph { index, .. } => content.paragraphs.get(*index).map(String::as_str),
            Block::Heading { text, .. } | Block::Quote { text } => Some(text),
            Block::Image { .. } | Block::List { .. } | Block::Embed { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Dateline;

    #[test]
    fn relative_datelines() {
        for text in [
            "30 分钟前",
            "1 小时前",
            "2小時前",
            " 3 天前 ",
            "昨天",
            "刚刚",
        ] {
            assert!(Dateline::is_relative_text(text), "{text}");
        }
        for text in [
            "2024年3月29日",
            "12/10/2023 - 15:53",
            "前",
            "分钟前",
            "30 分钟",
            "x 天前",
        ] {
            assert!(!Dateline::is_relative_text(text), "{text}");
        }
    }
}
