//! Readable renderings of an article: CommonMark Markdown and plain text.
//!
//! Both follow the same order: the title, a line with the dateline and the
//! authors, the lead, the blocks in reading order, the related links, and
//! the address of the original. Share buttons and the page's boilerplate
//! are not in the model, so they are not in the output either.

mod escape;
mod markdown;
mod parts;
mod text;

use crate::{Article, Content};

impl Article {
    /// The article as CommonMark Markdown: `# title`, a line with the
    /// dateline and the authors, the lead as a block quote, the blocks in
    /// reading order (paragraphs with their links, headings at their level,
    /// lists, quotes, images as `![alt](url)` with their caption and credit,
    /// embeds as links), the related links as a list, and a link to the
    /// original address as written in the header. An article read headers
    /// only gives its title and link.
    ///
    /// Text that would read as markup is escaped, and a `<br>` in a
    /// paragraph is a hard line break.
    ///
    /// ```
    /// let article: article_dump::Article = "<!--1700000000000-->\n\
    ///     [标题 *重要*](https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231114-x)\n------\n\n\
    ///     <div>14/11/2023 - 22:13</div><p><strong>导语。</strong></p>\
    ///     <div><p>第一行<br>第二行</p><h2>小标题</h2><p>1. 不是列表</p></div>\n"
    ///     .parse()?;
    /// assert_eq!(
    ///     article.to_markdown(),
    ///     "# 标题 \\*重要\\*\n\n\
    ///      14/11/2023 - 22:13\n\n\
    ///      > 导语。\n\n\
    ///      第一行\\\n第二行\n\n## 小标题\n\n\
    ///      1\\. 不是列表\n\n\
    ///      [https://www.rfi.fr/cn/中国/20231114-x](https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231114-x)\n"
    /// );
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::article(self)
    }

    /// The article as plain text, in the order of
    /// [`to_markdown`](Article::to_markdown) and without markup: the title,
    /// the dateline and authors, the lead, the texts of the blocks (a list
    /// item or an image's caption and credit on a line each), the titles of
    /// the related links and the original address, separated by blank lines.
    /// Embedded players, which have no text, are left out.
    ///
    /// ```
    /// let article: article_dump::Article = "<!--1700000000000-->\n\
    ///     [标题](https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231114-x)\n------\n\n\
    ///     <div>14/11/2023 - 22:13</div><div><p>第一段<br>续行</p><p>*第二段*</p></div>\n"
    ///     .parse()?;
    /// assert_eq!(
    ///     article.to_text(),
    ///     "标题\n\n14/11/2023 - 22:13\n\n第一段\n续行\n\n*第二段*\n\n\
    ///      https://www.rfi.fr/cn/中国/20231114-x\n"
    /// );
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    pub fn to_text(&self) -> String {
        text::article(self)
    }
}

impl Content {
    /// The content alone as Markdown, as in [`Article::to_markdown`] without
    /// the title and the link to the original.
    ///
    /// ```
    /// use article_dump::Content;
    /// let url = url::Url::parse("https://www.bbc.com/zhongwen/simp/x-1").unwrap();
    /// let content = Content::from_html("<p>- 不是列表项</p><p>a_b</p>", &url);
    /// assert_eq!(content.to_markdown(), "\\- 不是列表项\n\na\\_b\n");
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::content(self)
    }

    /// The content alone as plain text, as in [`Article::to_text`] without
    /// the title and the original address.
    ///
    /// ```
    /// use article_dump::Content;
    /// let url = url::Url::parse("https://www.bbc.com/zhongwen/simp/x-1").unwrap();
    /// let content = Content::from_html("<p>第一段</p><p>第二段</p>", &url);
    /// assert_eq!(content.to_text(), "第一段\n\n第二段\n");
    /// ```
    pub fn to_text(&self) -> String {
        text::content(self)
    }
}
