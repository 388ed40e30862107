//! The words the walk and the rules share: what an element is, what a
//! paragraph is, what a card, a footer line or an image holds.

use crate::body::model::EmbedKind;

/// What an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Ordinary markup: walk into it.
    Normal,
    /// Boilerplate (ads, promotion, widgets, furniture): drop it whole.
    Skip,
    /// A share bar: keep its hrefs in `share_hrefs`, nothing else.
    Share,
    /// A list of links to other articles.
    Related,
    /// The printed time (and, before a `<br>`, a byline).
    Dateline,
    /// A byline: names and roles.
    Byline,
    /// The standfirst.
    Lead,
    /// The caption of the last image.
    Caption,
    /// The credit of the last image.
    Credit,
    /// A subheading.
    Heading(u8),
    /// A metadata card (CDT's 档案卡): byline and date, not text.
    Card,
    /// The article's footer (contribution notes, author bios): each of its
    /// paragraphs is asked of [`Rules::footer_line`], the rest dropped.
    Footer,
    /// A picture and its caption in one element (`<div><img>caption</div>`):
    /// the images inside are images, the rest of its text their caption.
    Figure,
    /// A list whose items are paragraphs (a briefing's items): walked
    /// into, each paragraph a paragraph, instead of read as a list.
    Paragraphs,
    /// An embedded player or post.
    Embed(EmbedKind),
}

/// What a finished paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Text of the article.
    Keep,
    /// Boilerplate.
    Drop,
    /// A subheading.
    Heading,
    /// The standfirst.
    Lead,
    /// A byline.
    Byline,
    /// A pointer to another article (its links go to `related`).
    Related,
    /// A place line (`澳门 —`) that opens the next paragraph.
    PrefixNext,
    /// The article's footer written as a paragraph (bio, translator and
    /// original's link on `<br>`-separated lines): each line is asked of
    /// [`Rules::footer_line`].
    Footer,
}

/// A finished paragraph, as the rules see it.
pub(crate) struct Para<'a> {
    /// Its text; rules may trim markers off it.
    pub text: &'a mut String,
    /// All its visible text was bold.
    pub all_bold: bool,
    /// It came from a `<p>` (not loose text between blocks).
    pub from_p: bool,
}

/// A line of a metadata card that the walk keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CardLine {
    /// A byline: the line as written and the names in it.
    Byline { text: String, names: String },
    /// The publication date as written.
    Date(String),
}

/// What the walk keeps of a footer paragraph; nothing by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FooterLine {
    /// A byline written there (a translator's credit).
    pub byline: Option<String>,
    /// The paragraph's links go to `related` (the original's address).
    pub related: bool,
}

/// What an `<img>` that was read shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ImageKind {
    /// A picture of the article.
    Picture,
    /// A site's generic picture (a default social card): kept, flagged.
    Placeholder,
    /// A user-interface icon: not content, dropped.
    Icon,
    /// A rule drawn as a picture (a 1–2 px line): not content, dropped.
    Divider,
}
