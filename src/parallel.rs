//! One stream on every core (the `rayon` feature): the reader splits the
//! stream into articles on the calling thread, a thread pool parses and
//! extracts their bodies, and the results come back in input order.

use std::collections::VecDeque;
use std::io::BufRead;
use std::sync::mpsc;
use std::sync::Arc;

use crate::{Article, Error, Options, Reader};

/// How many articles per thread may be in flight ahead of the one the
/// caller waits for: enough to keep every thread busy while the caller
/// writes, few enough that memory stays a handful of articles per thread.
const AHEAD_PER_THREAD: usize = 8;

impl<R: BufRead> Reader<R> {
    /// Reads the stream here and extracts its articles on `threads` threads
    /// (0: one per core), yielding them in input order; the same items as
    /// the reader itself would yield.
    ///
    /// See [`Reader::par_map`] for the memory bound and for doing more of
    /// the work (serialising, say) on the pool too.
    ///
    /// ```
    /// use article_dump::Reader;
    /// let mut dump = String::new();
    /// for i in 0..20 {
    ///     dump.push_str(&format!(
    ///         "<!--1600000000000-->\n[{i}](https://www.dw.com/zh/a-{i})\n------\n\n<p>第{i}段。</p>\n"
    ///     ));
    /// }
    /// let titles: Vec<String> = Reader::new(dump.as_bytes())
    ///     .par_extract(2)?
    ///     .map(|a| a.map(|a| a.content.unwrap().paragraphs[0].clone()))
    ///     .collect::<Result<_, _>>()?;
    /// assert_eq!(titles[0], "第0段。");
    /// assert_eq!(titles[19], "第19段。");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// When the thread pool cannot be started.
    pub fn par_extract(self, threads: usize) -> Result<ParMap<R, Result<Article, Error>>, Error> {
        self.par_map(threads, |item| item)
    }

    /// Reads the stream here, and on `threads` threads (0: one per core)
    /// extracts each article with this reader's options and passes it (or
    /// the reader's error for it) to `f`; yields what `f` returns, in input
    /// order.
    ///
    /// The reader itself switches to [`Options::deferred`], which costs
    /// little more than a byte scan, so one thread keeps several busy.
    /// Memory holds at most 8 articles per thread besides the one being
    /// read (each bounded by [`Options::max_article_bytes`]), whatever the
    /// stream's length.
    ///
    /// ```
    /// use article_dump::Reader;
    /// let dump = "<!--1600000000000-->\n[a](https://www.dw.com/zh/a-1)\n------\n\n<p>一</p>\n\
    ///             <!--1600000000001-->\n[b](https://www.dw.com/zh/a-2)\n------\n\n<p>二</p>\n";
    /// // Work that would otherwise wait for the caller's thread, done on the pool.
    /// let lines: Vec<String> = Reader::new(dump.as_bytes())
    ///     .par_map(2, |item| match item {
    ///         Ok(a) => format!("{}: {}", a.title(), a.content.as_ref().unwrap().paragraphs.join("")),
    ///         Err(e) => format!("error: {e}"),
    ///     })?
    ///     .collect();
    /// assert_eq!(lines, ["a: 一", "b: 二"]);
    /// # Ok::<(), article_dump::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the thread pool cannot be started.
    pub fn par_map<T, F>(mut self, threads: usize, f: F) -> Result<ParMap<R, T>, Error>
    where
        T: Send + 'static,
        F: Fn(Result<Article, Error>) -> T + Send + Sync + 'static,
    {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("article-dump-{i}"))
            .build()
            .map_err(|e| Error::Io {
                at: self.location(),
                source: std::io::Error::other(e),
            })?;
        let options = *self.options();
        self.set_options(options.deferred());
        let window = pool.current_num_threads().max(1) * AHEAD_PER_THREAD;
        Ok(ParMap {
            reader: self,
            options: Arc::new(options),
            f: Arc::new(f),
            pool,
            pending: VecDeque::with_capacity(window),
            window,
        })
    }
}

/// The iterator of [`Reader::par_map`] and [`Reader::par_extract`]: items in
/// input order, computed on a thread pool.
pub struct ParMap<R, T> {
    reader: Reader<R>,
    options: Arc<Options>,
    #[allow(clippy::type_complexity)]
    f: Arc<dyn Fn(Result<Article, Error>) -> T + Send + Sync>,
    pool: rayon::ThreadPool,
    /// One receiver per article in flight, oldest first.
    pending: VecDeque<mpsc::Receiver<T>>,
    window: usize,
}

impl<R: BufRead, T> ParMap<R, T> {
    /// Where the reader stands: the next byte it will read (articles up to
    /// there are read, some of them maybe not yet yielded).
    pub fn location(&self) -> crate::Location {
        self.reader.location()
    }
}

impl<R: BufRead, T: Send + 'static> ParMap<R, T> {
    /// Hands articles to the pool until the window is full or the stream ends.
    fn fill(&mut self) {
        while self.pending.len() < self.window {
            let Some(item) = self.reader.next() else {
                return;
            };
            let (tx, rx) = mpsc::sync_channel(1);
            let (options, f) = (Arc::clone(&self.options), Arc::clone(&self.f));
            self.pool.spawn(move || {
                let item = item.map(|mut article| {
                    article.extract(&options);
                    article
                });
                // The receiver is gone only when the iterator was dropped.
                let _ = tx.send(f(item));
            });
            self.pending.push_back(rx);
        }
    }
}

impl<R: BufRead, T: Send + 'static> Iterator for ParMap<R, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.fill();
        // A task that panicked drops its sender (rayon's pool aborts the
        // process on a panic by default, so this does not happen): the
        // iteration ends rather than hang.
        self.pending.pop_front()?.recv().ok()
    }
}
