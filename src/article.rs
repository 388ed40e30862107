//! One article: its header, its site, its body and what was odd about it.

use chrono::{DateTime, Utc};
use url::Url;

use crate::{Content, Header, Image, Location, Site, Warning};

/// How the lines of an article's header end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum LineEnding {
    /// `\n`
    #[default]
    Lf,
    /// `\r\n`, as after a checkout on Windows.
    CrLf,
}

impl LineEnding {
    /// The line end itself.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
        }
    }
}

/// One article of a dump.
///
/// ```
/// use article_dump::{Article, Site};
/// let text = "<!--1697125502000-->\n[标题](https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/x)\n------\n\n<p>正文</p>\n";
/// let article: Article = text.parse()?;
/// assert_eq!(article.site, Site::Rfi);
/// assert_eq!(article.title(), "标题");
/// assert_eq!(article.published().unwrap().to_rfc3339(), "2023-10-12T15:45:02+00:00");
/// assert_eq!(article.raw_body(), Some("<p>正文</p>\n"));
/// assert_eq!(article.to_string(), text); // written back in the dump format
/// # Ok::<(), article_dump::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Article {
    /// Front matter, timestamp, title, URL, separator.
    pub header: Header,
    /// The outlet, from the URL's host.
    pub site: Site,
    /// How the header's lines end.
    pub line_ending: LineEnding,
    /// Oddities that did not stop the article from being read.
    pub warnings: Vec<Warning>,
    /// Where the article starts in the stream it was read from. Not compared
    /// by `==`: the same article read from two streams is the same article.
    pub location: Location,
    /// What was extracted from the HTML body: dateline, authors, lead,
    /// blocks, paragraphs, images, related links, share links. `None` when
    /// the article was read with [`Options::extract`](crate::Options::extract) off (headers only).
    pub content: Option<Content>,
    pub(crate) raw_body: Option<String>,
}

impl PartialEq for Article {
    fn eq(&self, other: &Self) -> bool {
        // Destructured so that a new field cannot be forgotten here.
        let Article {
            header,
            site,
            line_ending,
            warnings,
            location: _,
            content,
            raw_body,
        } = self;
        *header == other.header
            && *site == other.site
            && *line_ending == other.line_ending
            && *warnings == other.warnings
            && *content == other.content
            && *raw_body == other.raw_body
    }
}

impl Article {
    /// The body exactly as it stands in the dump, from the byte after the
    /// header to the next article or the end of the input (its final line end
    /// included). `None` when [`Options::raw_body`](crate::Options::raw_body) is off. Invalid UTF-8 is
    /// replaced by U+FFFD (and a [`Warning::InvalidUtf8`] is on the article).
    pub fn raw_body(&self) -> Option<&str> {
        self.raw_body.as_deref()
    }

    /// Drops the raw body, returning it.
    pub fn take_raw_body(&mut self) -> Option<String> {
        self.raw_body.take()
    }

    /// Sets the raw body (what [`Display`](std::fmt::Display) writes after
    /// the header).
    pub fn set_raw_body(&mut self, body: Option<String>) {
        self.raw_body = body;
    }

    /// The title as written.
    pub fn title(&self) -> &str {
        &self.header.title
    }

    /// The article's URL, parsed.
    pub fn url(&self) -> &Url {
        &self.header.url
    }

    /// The publication time; `None` when the timestamp is `NaN`.
    pub fn published(&self) -> Option<DateTime<Utc>> {
        self.header.timestamp.datetime()
    }

    /// The texts of the paragraphs ([`Content::paragraphs`]); empty when
    /// the article was read without extraction.
    ///
    /// ```
    /// let text = "<!--0-->\n[t](https://www.dw.com/zh/x/a-1)\n------\n\n<p>一。</p><p>二。</p>\n";
    /// let article: article_dump::Article = text.parse()?;
    /// assert_eq!(article.paragraphs(), ["一。", "二。"]);
    /// assert_eq!(article.text(), "一。\n\n二。");
    /// assert!(article.images().is_empty());
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    pub fn paragraphs(&self) -> &[String] {
        self.content.as_ref().map_or(&[], |c| &c.paragraphs)
    }

    /// The article's images ([`Content::images`]); empty when the article
    /// was read without extraction.
    pub fn images(&self) -> &[Image] {
        self.content.as_ref().map_or(&[], |c| &c.images)
    }

    /// The whole text of the body ([`Content::text`]: the lead, paragraphs,
    /// headings, quotes and lists in reading order); empty when the article
    /// was read without extraction.
    pub fn text(&self) -> String {
        self.content.as_ref().map(Content::text).unwrap_or_default()
    }
}
