//! Writing an article back in the dump format.

use std::fmt;

use crate::header::{Dialect, DATE_LABEL};
use crate::{Article, Warning};

/// Writes the article in the dump format of its
/// [`dialect`](crate::Header::dialect): front matter, `<!--timestamp-->`,
/// `[title](url)`, the separator (in the 2020 dialect: `[title](url)`, the
/// separator, `日期：` and the date text), the blank line when there was
/// one, then the raw body (nothing when it was not kept). Line ends are the article's
/// [`line_ending`](Article::line_ending); a byte order mark is written back
/// when the article had one. For an article read from valid UTF-8 without
/// trailing white space in its header, the output is the input byte for
/// byte; in every case reading the output gives an equal article.
impl fmt::Display for Article {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let eol = self.line_ending.as_str();
        let h = &self.header;
        if self.warnings.contains(&Warning::ByteOrderMark) {
            f.write_str("\u{feff}")?;
        }
        if let Some(fm) = &h.front_matter {
            f.write_str(&fm.raw)?;
        }
        if h.dialect != Dialect::Cdt2020 {
            write!(f, "<!--{}-->{eol}", h.timestamp.raw())?;
        }
        f.write_str("[")?;
        let mut lines = h.title.split('\n');
        if let Some(first) = lines.next() {
            f.write_str(first)?;
        }
        for line in lines {
            write!(f, "{eol}{line}")?;
        }
        write!(f, "]({}){eol}", h.url_raw)?;
        for _ in 0..h.separator_dashes {
            f.write_str("-")?;
        }
        f.write_str(eol)?;
        if h.dialect == Dialect::Cdt2020 {
            write!(f, "{DATE_LABEL}{}{eol}", h.timestamp.raw())?;
        }
        if h.blank_line {
            f.write_str(eol)?;
        }
        if let Some(body) = self.raw_body() {
            f.write_str(body)?;
        }
        Ok(())
    }
}

impl Article {
    /// Writes the article in the dump format (see its
    /// [`Display`](#impl-Display-for-Article)) to `out`.
    ///
    /// # Errors
    /// The writer's.
    pub fn write_to(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        write!(out, "{self}")
    }
}
