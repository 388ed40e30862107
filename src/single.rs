//! A text that holds exactly one article: [`parse_str`] and `FromStr`.

use std::str::FromStr;

use crate::article::Article;
use crate::error::Error;
use crate::Options;

use crate::stream::Reader;

/// Parses a text that holds exactly one article.
///
/// ```
/// let a = article_dump::parse_str("<!--NaN-->\n[t](https://www.bbc.com/zhongwen/simp/x)\n------\n")?;
/// assert!(a.published().is_none());
/// assert_eq!(a.warnings[0].code(), "nan-timestamp");
/// # Ok::<(), article_dump::Error>(())
/// ```
///
/// `str::parse` does the same (`Article: FromStr`):
///
/// ```
/// use article_dump::{Article, Error};
/// let err = "junk".parse::<Article>().unwrap_err();
/// assert!(matches!(err, Error::NoArticle { .. }));
/// assert_eq!(err.to_string(), "article #0 at line 1 (byte 4): the text holds no article \
///     (an article starts with `<!--timestamp-->` then `[title](url)`)");
/// ```
///
/// # Errors
/// The error of a malformed article; [`Error::NoArticle`] for a text with no
/// article (text that is not one included), [`Error::MultipleArticles`] for
/// one with more than one.
pub fn parse_str(text: &str) -> Result<Article, Error> {
    parse_str_with(text, Options::default())
}

/// [`parse_str`] with options.
///
/// # Errors
/// As [`parse_str`].
pub fn parse_str_with(text: &str, options: Options) -> Result<Article, Error> {
    parse_bytes_with(text.as_bytes(), options)
}

/// [`parse_str_with`] on bytes (a file read whole): bytes that are not
/// UTF-8 are read the way `options` say.
pub(crate) fn parse_bytes_with(data: &[u8], options: Options) -> Result<Article, Error> {
    let mut reader = Reader::with_options(data, options);
    let first = match reader.next() {
        // Text that is not an article and nothing after it: the text holds
        // no article, which says it better than "not an article header".
        Some(Err(Error::NotAnArticle { .. })) if reader.next().is_none() => {
            return Err(Error::NoArticle {
                at: reader.location(),
            })
        }
        Some(first) => first?,
        None => {
            return Err(Error::NoArticle {
                at: reader.location(),
            })
        }
    };
    match reader.next() {
        None => Ok(first),
        Some(Err(e)) => Err(e),
        Some(Ok(second)) => Err(Error::MultipleArticles {
            at: second.location,
        }),
    }
}

impl FromStr for Article {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_str(s)
    }
}
