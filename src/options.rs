//! Limits and choices of the [`Reader`](crate::Reader).

/// What the reader does and how far it goes, with documented defaults.
///
/// Build it with the chained setters:
///
/// ```
/// use article_dump::{Options, Reader};
/// let options = Options::new()
///     .max_article_bytes(1 << 20) // 1 MiB
///     .raw_body(false)
///     .extract(false); // header only: the HTML parser is never started
/// let dump = "<!--0-->\n[t](https://example.com/)\n------\n\n<p>x</p>\n";
/// let article = Reader::with_options(dump.as_bytes(), options).next().unwrap().unwrap();
/// assert_eq!(article.raw_body(), None);
/// ```
///
/// `Options` is `Copy` (a few numbers and switches), so the readers take it
/// by value and one value serves any number of them:
///
/// ```
/// use article_dump::{FileReader, Options, Reader};
/// let options = Options::new().raw_body(false);
/// let one = Reader::from_path("examples/data/rfi/1048000.md", options)?;
/// let all = FileReader::new(["examples/data/dw/1030100.md"], options);
/// assert_eq!(one.options(), &options);
/// assert_eq!(one.count() + all.count(), 2);
/// # Ok::<(), article_dump::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Largest article (header and body, in bytes) that is read; a larger
    /// one is skipped with [`Error::ArticleTooLarge`](crate::Error::ArticleTooLarge)
    /// and memory never holds more than this of its text. Default 16 MiB
    /// (real articles are under 1 MiB). With extraction on, the parsed tree
    /// and the extracted content take about 12 times the body's size on
    /// top (measured: a 100 MB body of short paragraphs peaks at 1.25 GB),
    /// so this limit also bounds the parser's memory.
    pub max_article_bytes: u64,
    /// Keep each body byte-exact in [`Article::raw_body`](crate::Article::raw_body).
    /// Default `true`.
    pub raw_body: bool,
    /// Parse each body with html5ever while it streams in and extract its
    /// content. `false` reads headers only. Default `true`.
    pub extract: bool,
    /// Bytes that are not UTF-8 make the article an
    /// [`Error::InvalidUtf8`](crate::Error::InvalidUtf8) instead of being
    /// replaced by U+FFFD with a [`Warning::InvalidUtf8`](crate::Warning::InvalidUtf8).
    /// Default `false` (lossy).
    pub strict_utf8: bool,
    /// Deepest HTML element nesting kept as elements; deeper elements are
    /// flattened into their parent (their text is kept) and the article gets
    /// a [`Warning::DepthLimited`](crate::Warning::DepthLimited). Browsers use
    /// 512. Default 512.
    pub max_depth: usize,
    /// Most elements and comments of one body kept in the parsed tree;
    /// past it, start tags and comments are dropped (their text is kept)
    /// and the article gets a [`Warning::ElementsLimited`](crate::Warning::ElementsLimited).
    /// Real articles have a few thousand; a hostile body of 10 MB of
    /// unclosed `<a>` would otherwise build millions of nodes (over 500 MB).
    /// Elements the parser makes on its own (clones of misnested formatting
    /// elements) are left out of the tree past twice this number, so the
    /// tree never holds more than that. Default 100 000.
    pub max_elements: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_article_bytes: 16 << 20,
            raw_body: true,
            extract: true,
            strict_utf8: false,
            max_depth: 512,
            max_elements: 100_000,
        }
    }
}

impl Options {
    /// The defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`Options::max_article_bytes`].
    pub fn max_article_bytes(mut self, bytes: u64) -> Self {
        self.max_article_bytes = bytes;
        self
    }

    /// Sets [`Options::raw_body`].
    pub fn raw_body(mut self, keep: bool) -> Self {
        self.raw_body = keep;
        self
    }

    /// Sets [`Options::extract`].
    pub fn extract(mut self, extract: bool) -> Self {
        self.extract = extract;
        self
    }

    /// Sets [`Options::strict_utf8`].
    pub fn strict_utf8(mut self, strict: bool) -> Self {
        self.strict_utf8 = strict;
        self
    }

    /// Sets [`Options::max_elements`].
    pub fn max_elements(mut self, elements: usize) -> Self {
        self.max_elements = elements;
        self
    }

    /// Sets [`Options::max_depth`].
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// These options for reading only: the bodies are kept raw and not
    /// parsed ([`Options::extract`] off, [`Options::raw_body`] on), so that
    /// [`Article::extract`](crate::Article::extract) with the original
    /// options can parse them later, on another thread. The limits stay.
    /// Options that read headers only (neither extraction nor raw bodies)
    /// are returned as they are: there is nothing to do later, and reading
    /// the bodies would check their UTF-8, which reading headers does not.
    ///
    /// ```
    /// use article_dump::Options;
    /// let o = Options::new().raw_body(false).deferred();
    /// assert!(!o.extract && o.raw_body);
    /// let headers = Options::new().extract(false).raw_body(false);
    /// assert_eq!(headers.deferred(), headers);
    /// ```
    pub fn deferred(self) -> Options {
        if !self.extract && !self.raw_body {
            return self;
        }
        self.extract(false).raw_body(true)
    }
}
