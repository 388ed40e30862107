//! The extracted content's types.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use url::Url;

use super::image::Image;
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
    /// pages show none but whose addresses carry one, RFA's, that one).
    pub dateline: Option<Dateline>,
    /// The names of the people who wrote the article, in byline order.
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
    /// The texts of the paragraph blocks, in order.
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
}

/// The time printed on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Dateline {
    /// As written (`12/10/2023 - 15:53`, `2024年3月29日`, `30 分钟前`).
    pub text: String,
    /// The instant, when the page gives a time with its zone.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The wall-clock time, when the page gives a time without a zone.
    #[cfg_attr(feature = "serde", serde(default))]
    pub local: Option<NaiveDateTime>,
    /// The calendar date, whenever one is known.
    pub date: Option<NaiveDate>,
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
    /// The target, resolved against the article URL.
    pub url: Url,
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
    /// A paragraph: its text (`\n` for a `<br>`) and its inline links.
    Paragraph {
        /// The text.
        text: String,
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
        /// Its address.
        url: Url,
    },
}
