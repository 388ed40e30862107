//! What changed between two versions of an article: a typed change set.
//!
//! The sequence and text diffs come from the `similar` crate (Myers with
//! git-style bounds on hard inputs); this module decides what to compare,
//! pairs edited paragraphs, and puts the edits in one canonical order so
//! that `diff(a, b)` and `diff(b, a)` are exact mirrors.

use std::collections::HashMap;

use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::{Article, Block, Content, Image, Link, ShareLink};

/// Two paragraphs at the same place count as one edited paragraph when at
/// least this share of their characters is common (similar's ratio:
/// twice the common characters over both lengths); below it, one was
/// removed and another added.
const CHANGED_RATIO: f32 = 0.5;

/// A value before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Change<T> {
    /// The old value.
    pub from: T,
    /// The new value.
    pub to: T,
}

impl<T> Change<T> {
    fn reversed(self) -> Change<T> {
        Change {
            from: self.to,
            to: self.from,
        }
    }
}

/// Items that one version has and the other has not.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListChange<T> {
    /// In the new version only, in its order.
    pub added: Vec<T>,
    /// In the old version only, in its order.
    pub removed: Vec<T>,
}

impl<T> Default for ListChange<T> {
    fn default() -> Self {
        ListChange {
            added: Vec::new(),
            removed: Vec::new(),
        }
    }
}

impl<T> ListChange<T> {
    /// Whether nothing was added or removed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    fn reversed(self) -> ListChange<T> {
        ListChange {
            added: self.removed,
            removed: self.added,
        }
    }
}

/// One run of characters of an edited paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "op", content = "text", rename_all = "snake_case")
)]
pub enum TextEdit {
    /// Kept.
    Equal(String),
    /// Only in the new text.
    Insert(String),
    /// Only in the old text.
    Delete(String),
}

impl TextEdit {
    fn reversed(self) -> TextEdit {
        match self {
            TextEdit::Equal(t) => TextEdit::Equal(t),
            TextEdit::Insert(t) => TextEdit::Delete(t),
            TextEdit::Delete(t) => TextEdit::Insert(t),
        }
    }
}

/// One edit of the body's paragraphs.
///
/// Every edit has a place in both versions: `old_index` and `new_index`.
/// For a removed paragraph `old_index` is its own index and `new_index`
/// the index in the new paragraphs where the run of edits it belongs to
/// starts; for an added one the other way round. Edits are in reading
/// order; where a paragraph gave way to a different one, the removal comes
/// just before the addition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "op", rename_all = "snake_case"))]
pub enum ParagraphEdit {
    /// A paragraph only the new version has.
    Added {
        /// The place in the old paragraphs.
        old_index: usize,
        /// Its index in the new paragraphs.
        new_index: usize,
        /// Its text.
        text: String,
    },
    /// A paragraph only the old version has.
    Removed {
        /// Its index in the old paragraphs.
        old_index: usize,
        /// The place in the new paragraphs.
        new_index: usize,
        /// Its text.
        text: String,
    },
    /// A paragraph rewritten in place (at least half its characters kept).
    Changed {
        /// Its index in the old paragraphs.
        old_index: usize,
        /// Its index in the new paragraphs.
        new_index: usize,
        /// The old text.
        from: String,
        /// The new text.
        to: String,
        /// From `from` to `to` character by character, as runs: the
        /// `Equal` and `Delete` runs spell `from`, the `Equal` and
        /// `Insert` runs spell `to`.
        edits: Vec<TextEdit>,
    },
}

impl ParagraphEdit {
    fn reversed(self) -> ParagraphEdit {
        match self {
            ParagraphEdit::Added {
                old_index,
                new_index,
                text,
            } => ParagraphEdit::Removed {
                old_index: new_index,
                new_index: old_index,
                text,
            },
            ParagraphEdit::Removed {
                old_index,
                new_index,
                text,
            } => ParagraphEdit::Added {
                old_index: new_index,
                new_index: old_index,
                text,
            },
            ParagraphEdit::Changed {
                old_index,
                new_index,
                from,
                to,
                edits,
            } => ParagraphEdit::Changed {
                old_index: new_index,
                new_index: old_index,
                from: to,
                to: from,
                edits: reverse_text_edits(edits),
            },
        }
    }

    /// Where the edit stands in reading order. A run of edits starting at
    /// old paragraph `o` and new paragraph `n` puts its `i`-th removal at
    /// `(o + i, n)` and its `i`-th addition at `(o, n + i)`: both at
    /// `o + n + i`, the removal first. The key is the same in the mirrored
    /// diff, which is what makes the order canonical.
    fn order_key(&self) -> (usize, u8) {
        match self {
            ParagraphEdit::Removed {
                old_index,
                new_index,
                ..
            } => (old_index + new_index, 0),
            ParagraphEdit::Changed {
                old_index,
                new_index,
                ..
            } => (old_index + new_index, 1),
            ParagraphEdit::Added {
                old_index,
                new_index,
                ..
            } => (old_index + new_index, 2),
        }
    }
}

/// One edit of the article's images, matched by their address
/// ([`Image::url`]; the `k`-th image of an address in one version with the
/// `k`-th of the same address in the other).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "op", rename_all = "snake_case"))]
pub enum ImageEdit {
    /// An image only the new version has.
    Added {
        /// Its index in the new [`Content::images`].
        index: usize,
        /// The image.
        image: Image,
    },
    /// An image only the old version has.
    Removed {
        /// Its index in the old [`Content::images`].
        index: usize,
        /// The image.
        image: Image,
    },
    /// An image both versions have, with another caption or credit.
    Changed {
        /// Its index in the old images.
        old_index: usize,
        /// Its index in the new images.
        new_index: usize,
        /// Its address.
        url: String,
        /// The caption, when it changed.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        caption: Option<Change<Option<String>>>,
        /// The credit, when it changed.
        #[cfg_attr(
            feature = "serde",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        credit: Option<Change<Option<String>>>,
    },
}

impl ImageEdit {
    fn reversed(self) -> ImageEdit {
        match self {
            ImageEdit::Added { index, image } => ImageEdit::Removed { index, image },
            ImageEdit::Removed { index, image } => ImageEdit::Added { index, image },
            ImageEdit::Changed {
                old_index,
                new_index,
                url,
                caption,
                credit,
            } => ImageEdit::Changed {
                old_index: new_index,
                new_index: old_index,
                url,
                caption: caption.map(Change::reversed),
                credit: credit.map(Change::reversed),
            },
        }
    }

    /// Removals in old order, then additions in new order, then changes by
    /// position; the same order whichever version is called old.
    fn order_key(&self) -> (u8, usize, usize, &str) {
        match self {
            ImageEdit::Removed { index, .. } => (0, *index, 0, ""),
            ImageEdit::Added { index, .. } => (1, *index, 0, ""),
            ImageEdit::Changed {
                old_index,
                new_index,
                url,
                ..
            } => (
                2,
                old_index + new_index,
                *old_index.min(new_index),
                url.as_str(),
            ),
        }
    }
}

/// What changed from one version of an article to another: the header
/// (title, URL as written, timestamp), the lead, dateline and authors, the
/// paragraphs (and the subheadings and quotations) as edits in reading
/// order, the links inside the paragraphs, the images and embeds, the
/// related and share links. A field is `None` or empty when that part did not change.
///
/// An article read without its content ([`Options::extract`](crate::Options::extract)
/// off) compares as one with empty content.
///
/// ```
/// use article_dump::{Article, ParagraphEdit};
/// let old: Article = "<!--1697125502000-->\n[旧标题](https://www.rfi.fr/cn/x)\n------\n\n\
///     <p>第一段。</p><p>第二段，原来的文字。</p><p>第三段。</p>\n".parse()?;
/// let new: Article = "<!--1697125502000-->\n[【更新】旧标题](https://www.rfi.fr/cn/x)\n------\n\n\
///     <p>第一段。</p><p>第二段，改过的文字。</p>\n".parse()?;
/// let diff = Article::diff(&old, &new);
/// assert_eq!(diff.title.as_ref().unwrap().to, "【更新】旧标题");
/// assert!(matches!(&diff.paragraphs[0], ParagraphEdit::Changed { old_index: 1, .. }));
/// assert!(matches!(&diff.paragraphs[1], ParagraphEdit::Removed { text, .. } if text == "第三段。"));
/// assert_eq!(Article::diff(&new, &old), diff.clone().reversed());
/// assert!(Article::diff(&old, &old).is_empty());
/// # Ok::<(), article_dump::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ArticleDiff {
    /// The title as written.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<Change<String>>,
    /// The URL exactly as written.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<Change<String>>,
    /// The timestamp in milliseconds since 1970 (`None` for `NaN`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub timestamp: Option<Change<Option<i64>>>,
    /// The lead.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub lead: Option<Change<Option<String>>>,
    /// The dateline as written.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub dateline: Option<Change<Option<String>>>,
    /// The authors, in byline order.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub authors: Option<Change<Vec<String>>>,
    /// The paragraphs ([`Content::paragraphs`]) as edits in reading order.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub paragraphs: Vec<ParagraphEdit>,
    /// The texts of the subheadings ([`Block::Heading`]) as edits in
    /// reading order; the indices count headings.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub headings: Vec<ParagraphEdit>,
    /// The texts of the block quotations ([`Block::Quote`]) as edits in
    /// reading order; the indices count quotations.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub quotes: Vec<ParagraphEdit>,
    /// The images: removals, additions, then changed captions and credits.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub images: Vec<ImageEdit>,
    /// The links inside the paragraphs (matched by address and text): a
    /// link put on words that stay the same shows here only.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ListChange::is_empty")
    )]
    pub links: ListChange<Link>,
    /// The addresses of the embedded players and posts (videos, tweets).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ListChange::is_empty")
    )]
    pub embeds: ListChange<String>,
    /// The related links (matched by address and text).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ListChange::is_empty")
    )]
    pub related: ListChange<Link>,
    /// The share links (matched by their `href` as written).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ListChange::is_empty")
    )]
    pub share_links: ListChange<ShareLink>,
}

impl ArticleDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        // Destructured so that a new field cannot be forgotten here.
        let ArticleDiff {
            title,
            url,
            timestamp,
            lead,
            dateline,
            authors,
            paragraphs,
            headings,
            quotes,
            images,
            links,
            embeds,
            related,
            share_links,
        } = self;
        title.is_none()
            && url.is_none()
            && timestamp.is_none()
            && lead.is_none()
            && dateline.is_none()
            && authors.is_none()
            && paragraphs.is_empty()
            && headings.is_empty()
            && quotes.is_empty()
            && images.is_empty()
            && links.is_empty()
            && embeds.is_empty()
            && related.is_empty()
            && share_links.is_empty()
    }

    /// The change set from the new version back to the old one: what
    /// `Article::diff(new, old)` gives, exactly.
    pub fn reversed(self) -> ArticleDiff {
        let ArticleDiff {
            title,
            url,
            timestamp,
            lead,
            dateline,
            authors,
            paragraphs,
            headings,
            quotes,
            images,
            links,
            embeds,
            related,
            share_links,
        } = self;
        let mut images: Vec<_> = images.into_iter().map(ImageEdit::reversed).collect();
        sort_images(&mut images);
        ArticleDiff {
            title: title.map(Change::reversed),
            url: url.map(Change::reversed),
            timestamp: timestamp.map(Change::reversed),
            lead: lead.map(Change::reversed),
            dateline: dateline.map(Change::reversed),
            authors: authors.map(Change::reversed),
            paragraphs: reverse_edits(paragraphs),
            headings: reverse_edits(headings),
            quotes: reverse_edits(quotes),
            images,
            links: links.reversed(),
            embeds: embeds.reversed(),
            related: related.reversed(),
            share_links: share_links.reversed(),
        }
    }
}

impl Article {
    /// What changed from `old` to `new`. See [`ArticleDiff`].
    pub fn diff(old: &Article, new: &Article) -> ArticleDiff {
        let empty = Content::default();
        let old_content = old.content.as_ref().unwrap_or(&empty);
        let new_content = new.content.as_ref().unwrap_or(&empty);
        let dateline = |c: &Content| c.dateline.as_ref().map(|d| d.text.clone());
        let mut images = image_edits(&old_content.images, &new_content.images);
        sort_images(&mut images);
        ArticleDiff {
            title: change(&old.header.title, &new.header.title),
            url: change(&old.header.url_raw, &new.header.url_raw),
            timestamp: change(
                &old.header.timestamp.millis(),
                &new.header.timestamp.millis(),
            ),
            lead: change(&old_content.lead, &new_content.lead),
            dateline: change(&dateline(old_content), &dateline(new_content)),
            authors: change(&old_content.authors, &new_content.authors),
            paragraphs: paragraph_edits(&old_content.paragraphs, &new_content.paragraphs),
            headings: paragraph_edits(&headings(old_content), &headings(new_content)),
            quotes: paragraph_edits(&quotes(old_content), &quotes(new_content)),
            images,
            links: list_change(&body_links(old_content), &body_links(new_content), link_key),
            embeds: list_change(&embeds(old_content), &embeds(new_content), String::clone),
            related: list_change(&old_content.related, &new_content.related, link_key),
            share_links: list_change(&old_content.share_links, &new_content.share_links, |s| {
                s.href.clone()
            }),
        }
    }
}

fn link_key(link: &Link) -> (String, String) {
    (link.url.as_str().to_string(), link.text.clone())
}

/// The links inside the paragraph blocks, in reading order.
fn body_links(content: &Content) -> Vec<Link> {
    content
        .blocks
        .iter()
        .flat_map(|block| match block {
            Block::Paragraph { links, .. } => links.as_slice(),
            _ => &[],
        })
        .cloned()
        .collect()
}

/// What `pick` takes of each block, in reading order: the texts of the
/// headings or of the quotations, the addresses of the embeds.
fn of_blocks(content: &Content, pick: impl Fn(&Block) -> Option<&str>) -> Vec<String> {
    content
        .blocks
        .iter()
        .filter_map(|block| pick(block).map(str::to_string))
        .collect()
}

/// The texts of the heading blocks, in reading order.
fn headings(content: &Content) -> Vec<String> {
    of_blocks(content, |block| match block {
        Block::Heading { text, .. } => Some(text),
        _ => None,
    })
}

/// The texts of the quotation blocks, in reading order.
fn quotes(content: &Content) -> Vec<String> {
    of_blocks(content, |block| match block {
        Block::Quote { text, .. } => Some(text),
        _ => None,
    })
}

/// The addresses of the embed blocks, in reading order.
fn embeds(content: &Content) -> Vec<String> {
    of_blocks(content, |block| match block {
        Block::Embed { url, .. } => Some(url),
        _ => None,
    })
}

fn change<T: PartialEq + Clone>(from: &T, to: &T) -> Option<Change<T>> {
    (from != to).then(|| Change {
        from: from.clone(),
        to: to.clone(),
    })
}

/// The paragraph edits from `old` to `new`, in canonical order.
///
/// A sequence diff may break ties differently when its inputs are swapped,
/// so the diff is always computed from the smaller list to the larger one
/// and mirrored when needed: `diff(b, a)` is then `diff(a, b)` reversed.
fn paragraph_edits(old: &[String], new: &[String]) -> Vec<ParagraphEdit> {
    if old > new {
        return reverse_edits(paragraph_edits(new, old));
    }
    let mut edits = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => push_run(
                &mut edits,
                old,
                old_index..old_index + old_len,
                new,
                new_index..new_index,
            ),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => push_run(
                &mut edits,
                old,
                old_index..old_index,
                new,
                new_index..new_index + new_len,
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // Paragraphs at the same offset in the replaced range are
                // paired when they are alike; each pair splits the range.
                let (mut o, mut n) = (old_index, new_index);
                for k in 0..old_len.min(new_len) {
                    let (i, j) = (old_index + k, new_index + k);
                    let Some(text) = changed_text(&old[i], &new[j]) else {
                        continue;
                    };
                    push_run(&mut edits, old, o..i, new, n..j);
                    if !text.is_empty() {
                        edits.push(ParagraphEdit::Changed {
                            old_index: i,
                            new_index: j,
                            from: old[i].clone(),
                            to: new[j].clone(),
                            edits: text,
                        });
                    }
                    (o, n) = (i + 1, j + 1);
                }
                push_run(
                    &mut edits,
                    old,
                    o..old_index + old_len,
                    new,
                    n..new_index + new_len,
                );
            }
        }
    }
    edits.sort_by_key(ParagraphEdit::order_key);
    edits
}

/// Mirrors paragraph edits, in canonical order.
fn reverse_edits(edits: Vec<ParagraphEdit>) -> Vec<ParagraphEdit> {
    let mut edits: Vec<_> = edits.into_iter().map(ParagraphEdit::reversed).collect();
    edits.sort_by_key(ParagraphEdit::order_key);
    edits
}

/// The removals of `old[olds]` and the additions of `new[news]`, one run
/// of edits starting at `(olds.start, news.start)`.
fn push_run(
    edits: &mut Vec<ParagraphEdit>,
    old: &[String],
    olds: std::ops::Range<usize>,
    new: &[String],
    news: std::ops::Range<usize>,
) {
    let (o, n) = (olds.start, news.start);
    for i in olds {
        edits.push(ParagraphEdit::Removed {
            old_index: i,
            new_index: n,
            text: old[i].clone(),
        });
    }
    for j in news {
        edits.push(ParagraphEdit::Added {
            old_index: o,
            new_index: j,
            text: new[j].clone(),
        });
    }
}

/// The character edits from `from` to `to` when the two are alike enough
/// to be one paragraph rewritten (empty when they are equal), `None` when
/// they are two different paragraphs.
fn changed_text(from: &str, to: &str) -> Option<Vec<TextEdit>> {
    if from == to {
        return Some(Vec::new());
    }
    let total = from.chars().count() + to.chars().count();
    // `total` is not 0: the texts differ.
    let alike = |common: usize| 2.0 * common as f32 / total as f32 >= CHANGED_RATIO;
    // Characters in common regardless of order bound those in order from
    // above, in linear time: two unrelated paragraphs (a whole article
    // replaced) fail here without a character diff.
    if !alike(shared_chars(from, to)) {
        return None;
    }
    let (edits, common) = text_edits(from, to);
    alike(common).then_some(edits)
}

/// How many characters the two texts share as multisets.
fn shared_chars(a: &str, b: &str) -> usize {
    let mut counts: HashMap<char, isize> = HashMap::new();
    for c in a.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut shared = 0;
    for c in b.chars() {
        if let Some(n) = counts.get_mut(&c) {
            if *n > 0 {
                *n -= 1;
                shared += 1;
            }
        }
    }
    shared
}

/// The runs from `from` to `to` and the number of characters kept; the
/// same runs, mirrored, whichever way round (see [`paragraph_edits`]).
fn text_edits(from: &str, to: &str) -> (Vec<TextEdit>, usize) {
    if from > to {
        let (edits, common) = text_edits(to, from);
        return (reverse_text_edits(edits), common);
    }
    let a: Vec<char> = from.chars().collect();
    let b: Vec<char> = to.chars().collect();
    let mut runs = Vec::new();
    let mut common = 0;
    let text = |s: &[char]| s.iter().collect::<String>();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index: _,
                len,
            } => {
                common += len;
                runs.push(TextEdit::Equal(text(&a[old_index..old_index + len])));
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => runs.push(TextEdit::Delete(text(&a[old_index..old_index + old_len]))),
            DiffOp::Insert {
                new_index, new_len, ..
            } => runs.push(TextEdit::Insert(text(&b[new_index..new_index + new_len]))),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                runs.push(TextEdit::Delete(text(&a[old_index..old_index + old_len])));
                runs.push(TextEdit::Insert(text(&b[new_index..new_index + new_len])));
            }
        }
    }
    (canonical_runs(runs), common)
}

/// Mirrors runs of character edits.
fn reverse_text_edits(edits: Vec<TextEdit>) -> Vec<TextEdit> {
    canonical_runs(edits.into_iter().map(TextEdit::reversed).collect())
}

/// Between two kept runs, one deletion then one insertion: adjacent runs
/// of a kind are joined, so that a change reads the same both ways round.
fn canonical_runs(runs: Vec<TextEdit>) -> Vec<TextEdit> {
    let mut out = Vec::with_capacity(runs.len());
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<TextEdit>, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            out.push(TextEdit::Delete(std::mem::take(deleted)));
        }
        if !inserted.is_empty() {
            out.push(TextEdit::Insert(std::mem::take(inserted)));
        }
    };
    for run in runs {
        match run {
            TextEdit::Equal(t) if t.is_empty() => {}
            TextEdit::Equal(t) => {
                flush(&mut out, &mut deleted, &mut inserted);
                match out.last_mut() {
                    Some(TextEdit::Equal(prev)) => prev.push_str(&t),
                    _ => out.push(TextEdit::Equal(t)),
                }
            }
            TextEdit::Delete(t) => deleted.push_str(&t),
            TextEdit::Insert(t) => inserted.push_str(&t),
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// Image edits, images matched by address and occurrence.
fn image_edits(old: &[Image], new: &[Image]) -> Vec<ImageEdit> {
    let old_keys = occurrence_keys(old.iter().map(|i| i.url.as_str()));
    let new_keys = occurrence_keys(new.iter().map(|i| i.url.as_str()));
    let new_at: HashMap<_, usize> = new_keys.iter().copied().zip(0..).collect();
    let old_at: HashMap<_, usize> = old_keys.iter().copied().zip(0..).collect();
    let mut edits = Vec::new();
    for (i, key) in old_keys.iter().enumerate() {
        let Some(&j) = new_at.get(key) else {
            edits.push(ImageEdit::Removed {
                index: i,
                image: old[i].clone(),
            });
            continue;
        };
        let caption = change(&old[i].caption, &new[j].caption);
        let credit = change(&old[i].credit, &new[j].credit);
        if caption.is_some() || credit.is_some() {
            edits.push(ImageEdit::Changed {
                old_index: i,
                new_index: j,
                url: key.0.to_string(),
                caption,
                credit,
            });
        }
    }
    for (j, key) in new_keys.iter().enumerate() {
        if !old_at.contains_key(key) {
            edits.push(ImageEdit::Added {
                index: j,
                image: new[j].clone(),
            });
        }
    }
    edits
}

fn sort_images(edits: &mut [ImageEdit]) {
    edits.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
}

/// Each key with the number of times it came before: `(key, k)` for its
/// `k`-th occurrence.
fn occurrence_keys<K: Eq + std::hash::Hash + Clone>(
    keys: impl Iterator<Item = K>,
) -> Vec<(K, usize)> {
    let mut seen: HashMap<K, usize> = HashMap::new();
    keys.map(|k| {
        let n = seen.entry(k.clone()).or_insert(0);
        *n += 1;
        (k, *n - 1)
    })
    .collect()
}

/// The items of `old` and `new` that the other lacks, matched by `key` and
/// occurrence, each in its own order.
fn list_change<T: Clone, K: Eq + std::hash::Hash + Clone>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> K,
) -> ListChange<T> {
    let old_keys = occurrence_keys(old.iter().map(&key));
    let new_keys = occurrence_keys(new.iter().map(&key));
    let in_old: std::collections::HashSet<_> = old_keys.iter().collect();
    let in_new: std::collections::HashSet<_> = new_keys.iter().collect();
    ListChange {
        added: new
            .iter()
            .zip(&new_keys)
            .filter(|(_, k)| !in_old.contains(k))
            .map(|(item, _)| item.clone())
            .collect(),
        removed: old
            .iter()
            .zip(&old_keys)
            .filter(|(_, k)| !in_new.contains(k))
            .map(|(item, _)| item.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn char_runs_spell_both_texts() {
        let (edits, common) = text_edits("今天天气很好。", "今天天气不好，下雨。");
        let old: String = edits
            .iter()
            .filter_map(|e| match e {
                TextEdit::Equal(t) | TextEdit::Delete(t) => Some(t.as_str()),
                TextEdit::Insert(_) => None,
            })
            .collect();
        let new: String = edits
            .iter()
            .filter_map(|e| match e {
                TextEdit::Equal(t) | TextEdit::Insert(t) => Some(t.as_str()),
                TextEdit::Delete(_) => None,
            })
            .collect();
        assert_eq!(old, "今天天气很好。");
        assert_eq!(new, "今天天气不好，下雨。");
        assert_eq!(common, 6); // 今天天气, 好, 。
        assert_eq!(
            text_edits("今天天气不好，下雨。", "今天天气很好。").0,
            reverse_text_edits(edits)
        );
    }

    #[test]
    fn unlike_paragraphs_in_a_replaced_range_are_removed_and_added() {
        let old = paras(&["甲。", "第二段，原来的文字。", "完全不同的一段话"]);
        let new = paras(&["甲。", "第二段，改过的文字。", "xyz"]);
        let edits = paragraph_edits(&old, &new);
        assert!(
            matches!(
                &edits[0],
                ParagraphEdit::Changed {
                    old_index: 1,
                    new_index: 1,
                    ..
                }
            ),
            "{edits:?}"
        );
        assert!(matches!(
            &edits[1],
            ParagraphEdit::Removed {
                old_index: 2,
                new_index: 2,
                ..
            }
        ));
        assert!(matches!(
            &edits[2],
            ParagraphEdit::Added {
                old_index: 2,
                new_index: 2,
                ..
            }
        ));
        assert_eq!(edits.len(), 3);
    }

    #[test]
    fn removal_comes_before_the_addition_that_took_its_place() {
        let old = paras(&["a", "bbbb", "cccc", "d"]);
        let new = paras(&["a", "xxxx", "yyyy", "zzzz", "d"]);
        let kinds: Vec<_> = paragraph_edits(&old, &new)
            .iter()
            .map(|e| match e {
                ParagraphEdit::Added { text, .. } => format!("+{text}"),
                ParagraphEdit::Removed { text, .. } => format!("-{text}"),
                ParagraphEdit::Changed { .. } => "~".to_string(),
            })
            .collect();
        assert_eq!(kinds, ["-bbbb", "+xxxx", "-cccc", "+yyyy", "+zzzz"]);
        let back = paragraph_edits(&new, &old);
        let mirrored: Vec<_> = paragraph_edits(&old, &new)
            .into_iter()
            .map(ParagraphEdit::reversed)
            .collect();
        let mut mirrored = mirrored;
        mirrored.sort_by_key(ParagraphEdit::order_key);
        assert_eq!(back, mirrored);
    }
}
