//! Extraction apart from reading: [`Article::extract`], so that a reader can
//! split a stream into articles cheaply on one thread and their bodies can
//! be parsed on others.

use crate::html::HtmlParser;
use crate::{body, Article, Options};

impl Article {
    /// Extracts the content from the raw body, as the [`Reader`](crate::Reader)
    /// does while reading when [`Options::extract`] is on, with the limits of
    /// `options`; then drops the raw body unless [`Options::raw_body`] is
    /// on. Read with [`Options::deferred`], an article is cheap to read and
    /// this does the rest, on any thread: the result is equal to the article
    /// read with `options` (warnings of the parser's limits included).
    ///
    /// Does nothing when the article already has its content or has no raw
    /// body to extract it from.
    ///
    /// ```
    /// use article_dump::{Options, Reader};
    /// let dump = "<!--1600000000000-->\n[t](https://www.dw.com/zh/a-1)\n------\n\n<p>正文。</p>\n";
    /// let options = Options::new();
    /// let mut article = Reader::with_options(dump.as_bytes(), options.deferred())
    ///     .next()
    ///     .unwrap()?;
    /// assert!(article.content.is_none() && article.raw_body().is_some());
    /// article.extract(&options);
    /// assert_eq!(article.content.as_ref().unwrap().paragraphs, ["正文。"]);
    /// assert_eq!(article, Reader::with_options(dump.as_bytes(), options).next().unwrap()?);
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    pub fn extract(&mut self, options: &Options) {
        if self.content.is_some() {
            return;
        }
        let Some(raw) = self.raw_body.take() else {
            return;
        };
        if options.extract {
            let mut parser = HtmlParser::new(options);
            parser.push(&raw);
            let doc = parser.finish();
            self.warnings.extend(doc.warnings());
            self.content = Some(body::extract(&doc, &self.header, &self.site));
        }
        if options.raw_body {
            self.raw_body = Some(raw);
        }
    }
}
