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
/// # Errors
/// The error of a malformed article; [`Error::NoArticle`] for a text with no
/// article, [`Error::MultipleArticles`] for one with more than one.
pub fn parse_str(text: &str) -> Result<Article, Error> {
    parse_str_with(text, Options::default())
}

/// [`parse_str`] with options.
///
/// # Errors
/// As [`parse_str`].
pub fn parse_str_with(text: &str, options: Options) -> Result<Article, Error> {
    let mut reader = Reader::with_options(text.as_bytes(), options);
    let first = match reader.next() {
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
