//! The header of an article: front matter, timestamp, title link, separator.
//!
//! The functions here work on single lines that the [`Reader`](crate::Reader)
//! has already cut out of the stream; they never touch the body.

use chrono::{DateTime, Utc};
use url::Url;

use crate::error::{excerpt, Error, Location};

/// Everything before an article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The Jekyll front matter block (`---` … `---`) when the article has one.
    pub front_matter: Option<FrontMatter>,
    /// The publication time from the `<!--…-->` line.
    pub timestamp: Timestamp,
    /// The title exactly as written between `[` and `](`; a title that spans
    /// lines keeps its line breaks as `\n`.
    pub title: String,
    /// The URL exactly as written between `](` and the final `)`.
    pub url_raw: String,
    /// The URL, parsed.
    pub url: Url,
    /// How many dashes the separator line has (3 or more; the archives write 6).
    pub separator_dashes: usize,
    /// Whether the separator is followed by the usual empty line.
    pub blank_line: bool,
}

impl Header {
    /// The URL for people to read: percent-encoded UTF-8 decoded, ASCII
    /// escapes such as `%20` or `%2F` kept as written so that the result
    /// still reads back as the same URL.
    ///
    /// ```
    /// let h = "<!--0-->\n[t](https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/a%20b)\n------\n\n"
    ///     .parse::<article_dump::Article>().unwrap().header;
    /// assert_eq!(h.url_decoded(), "https://www.rfi.fr/cn/国际/a%20b");
    /// ```
    pub fn url_decoded(&self) -> String {
        crate::links::decode_non_ascii(&self.url_raw)
    }
}

/// The publication time of the `<!--…-->` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    raw: String,
    millis: Option<i64>,
}

impl Timestamp {
    /// A timestamp of `millis` milliseconds since 1970-01-01T00:00:00Z, or
    /// `None` when the value is out of chrono's range.
    pub fn from_millis(millis: i64) -> Option<Timestamp> {
        DateTime::<Utc>::from_timestamp_millis(millis)?;
        Some(Timestamp {
            raw: millis.to_string(),
            millis: Some(millis),
        })
    }

    /// The `NaN` timestamp: the writer could not read the feed's date.
    pub fn nan() -> Timestamp {
        Timestamp {
            raw: "NaN".to_string(),
            millis: None,
        }
    }

    /// The text between `<!--` and `-->` as written.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// Milliseconds since the Unix epoch; `None` for `NaN`.
    pub fn millis(&self) -> Option<i64> {
        self.millis
    }

    /// The time in UTC, to the millisecond; `None` for `NaN`.
    pub fn datetime(&self) -> Option<DateTime<Utc>> {
        self.millis.and_then(DateTime::<Utc>::from_timestamp_millis)
    }

    /// Whether the timestamp is `NaN`.
    pub fn is_nan(&self) -> bool {
        self.millis.is_none()
    }

    /// Parses the text between `<!--` and `-->`.
    pub(crate) fn parse(inner: &str, line: &str, at: Location) -> Result<Timestamp, Error> {
        if inner == "NaN" {
            return Ok(Timestamp::nan());
        }
        let digits = inner.strip_prefix('-').unwrap_or(inner);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::BadTimestamp {
                at,
                found: excerpt(line, 80),
            });
        }
        let out_of_range = || Error::TimestampOutOfRange {
            at,
            value: excerpt(inner, 40),
        };
        let millis: i64 = inner.parse().map_err(|_| out_of_range())?;
        DateTime::<Utc>::from_timestamp_millis(millis).ok_or_else(out_of_range)?;
        Ok(Timestamp {
            raw: inner.to_string(),
            millis: Some(millis),
        })
    }
}

/// The inside of a timestamp line `<!--…-->` (BOM, trailing white space and
/// line end removed), when the line has that shape at all.
pub(crate) fn timestamp_inner(line: &str) -> Option<&str> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let inner = line.trim_end().strip_prefix("<!--")?.strip_suffix("-->")?;
    // A candidate header line is short and holds no markup: a body line that
    // happens to be an HTML comment with markup in it is not a header.
    (inner.chars().nth(64).is_none() && !inner.contains(['<', '>', '\n'])).then_some(inner)
}

/// The number of dashes when `line` is a separator (3 or more dashes, then
/// only white space).
pub(crate) fn separator_dashes_bytes(line: &[u8]) -> Option<usize> {
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let t = &line[..end];
    (t.len() >= 3 && t.iter().all(|&b| b == b'-')).then_some(t.len())
}

/// Splits the accumulated link text `[title](url)` (without its final line
/// end) into title, raw URL and parsed URL.
///
/// The title may itself hold `](`, and the URL `(`, `)`, `[`, `]` and `](`:
/// the split is the leftmost `](` after which the rest, up to the final `)`,
/// is an absolute URL (a scheme, then no white space). The writer serialises
/// URLs as WHATWG URLs, which are ASCII, so a split whose rest holds
/// non-ASCII text is only taken when no ASCII one exists.
pub(crate) fn split_link(text: &str) -> Option<(&str, &str, Url)> {
    // Most `](` candidates whose rest is handed to the URL parser: each try
    // costs the rest's length, so a hostile title of many `](x:` could make
    // the split quadratic without a bound.
    const MAX_TRIES: usize = 16;
    let text = text.trim_end();
    let inner = text.strip_prefix('[')?.strip_suffix(')')?;
    // The URL holds no white space, so only a `](` after the last white
    // space can start it; whether the rest is ASCII is known from the last
    // non-ASCII byte. Both are found once, keeping the scan linear.
    let bytes = inner.as_bytes();
    let after_space = inner
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let last_non_ascii = bytes.iter().rposition(|b| !b.is_ascii());
    let mut fallback = None;
    let mut tries = 0;
    let mut from = after_space;
    while let Some(p) = memchr::memmem::find(&bytes[from..], b"](") {
        let at = from + p;
        from = at + 2;
        let (title, url_raw) = (&inner[..at], &inner[at + 2..]);
        if !has_scheme(url_raw) {
            continue;
        }
        tries += 1;
        if tries > MAX_TRIES {
            break;
        }
        let ascii = last_non_ascii.is_none_or(|i| i < at + 2);
        if ascii {
            if let Ok(url) = Url::parse(url_raw) {
                return Some((title, url_raw, url));
            }
        } else if fallback.is_none() {
            if let Ok(url) = Url::parse(url_raw) {
                fallback = Some((title, url_raw, url));
            }
        }
    }
    fallback
}

/// Whether `s` starts with a URL scheme and a colon (`https:`).
fn has_scheme(s: &str) -> bool {
    let mut chars = s.bytes();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    for c in chars {
        match c {
            b':' => return true,
            c if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.') => {}
            _ => return false,
        }
    }
    false
}

/// A Jekyll front matter block: `---`, `key: value` lines, `---`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// The whole block as written, from the opening `---` to the line end of
    /// the closing one.
    pub raw: String,
    /// The `key: value` pairs in order.
    pub fields: Vec<(String, FrontValue)>,
}

impl FrontMatter {
    /// The value of the first field named `key`.
    ///
    /// ```
    /// let text = "---\ntitle: \"A\"\ntags: [ x, y ]\n---\n<!--0-->\n[A](https://example.com/)\n------\n\n";
    /// let article: article_dump::Article = text.parse().unwrap();
    /// let fm = article.header.front_matter.unwrap();
    /// assert_eq!(fm.get("title").and_then(|v| v.as_text()), Some("A"));
    /// assert_eq!(fm.get("tags").unwrap().as_list().unwrap(), ["x", "y"]);
    /// ```
    pub fn get(&self, key: &str) -> Option<&FrontValue> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A block with these fields, its raw text written as YAML.
    pub fn from_fields(fields: Vec<(String, FrontValue)>) -> FrontMatter {
        let mut raw = String::from("---\n");
        for (key, value) in &fields {
            let value = match value {
                FrontValue::Text(t) => quote(t),
                FrontValue::List(items) => {
                    let items: Vec<String> = items.iter().map(|i| quote(i)).collect();
                    format!("[ {} ]", items.join(", "))
                }
            };
            raw.push_str(&format!("{key}: {value}\n"));
        }
        raw.push_str("---\n");
        FrontMatter { raw, fields }
    }

    /// Reads the lines between the fences; returns the fields and the
    /// indexes (0-based, among `lines`) of the lines that are not `key: value`.
    pub(crate) fn parse_fields(lines: &[&str]) -> (Vec<(String, FrontValue)>, Vec<usize>) {
        let mut fields = Vec::new();
        let mut odd = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            match line.split_once(':') {
                Some((key, value)) if is_front_matter_field(line) => {
                    fields.push((key.trim().to_string(), FrontValue::parse(value.trim())));
                }
                _ => odd.push(i),
            }
        }
        (fields, odd)
    }
}

/// Whether `line` is a `key: value` line of a front matter block (a key
/// without white space, then a colon).
pub(crate) fn is_front_matter_field(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(key, _)| !key.trim().is_empty() && !key.contains(char::is_whitespace))
}

/// A front matter value: text, or a `[ a, b ]` list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum FrontValue {
    /// A scalar, unquoted.
    Text(String),
    /// A flow list `[ a, b ]`, items trimmed and unquoted.
    List(Vec<String>),
}

impl FrontValue {
    /// The text of a scalar value.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FrontValue::Text(t) => Some(t),
            FrontValue::List(_) => None,
        }
    }

    /// The items of a list value.
    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            FrontValue::Text(_) => None,
            FrontValue::List(items) => Some(items),
        }
    }

    fn parse(value: &str) -> FrontValue {
        if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            let items = inner
                .split(',')
                .map(|item| unquote(item.trim()))
                .filter(|item| !item.is_empty())
                .collect();
            return FrontValue::List(items);
        }
        FrontValue::Text(unquote(value))
    }
}

fn quote(v: &str) -> String {
    let plain = !v.is_empty()
        && !v.starts_with([
            ' ', '"', '\'', '[', '{', '#', '&', '*', '!', '|', '>', '%', '@',
        ])
        && !v.ends_with(' ')
        && !v.contains([',', ']', '\n', '\\']);
    if plain {
        v.to_string()
    } else {
        format!(
            "\"{}\"",
            v.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        )
    }
}

fn unquote(v: &str) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        let inner = &v[1..v.len() - 1];
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        v[1..v.len() - 1].replace("''", "'")
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_linear_on_hostile_titles() {
        // Each of these would take minutes if the split were quadratic.
        let many = format!("[{}](https://a.org/)", "](x:".repeat(200_000));
        let (t, u, _) = split_link(&many).unwrap_or(("", "", Url::parse("x:").unwrap()));
        // Past the tries the split gives up rather than go quadratic.
        assert!(t.is_empty() || u == "https://a.org/");
        let brackets = format!("[{}](https://a.org/)", "](".repeat(500_000));
        assert_eq!(split_link(&brackets).unwrap().1, "https://a.org/");
        let spaced = format!("[{}](https://a.org/)", "a ](b ".repeat(200_000));
        assert_eq!(split_link(&spaced).unwrap().1, "https://a.org/");
    }

    #[test]
    fn split_prefers_ascii_url_after_leftmost_bracket() {
        let (t, u, _) = split_link("[a](b) c](https://x.org/p(1)[2])").unwrap();
        assert_eq!((t, u), ("a](b) c", "https://x.org/p(1)[2]"));
        let (t, u, _) = split_link("[视频](http://a.org/x)报道](https://b.org/)").unwrap();
        assert_eq!((t, u), ("视频](http://a.org/x)报道", "https://b.org/"));
        let (t, u, _) = split_link("[t](https://a.org/x](y))").unwrap();
        assert_eq!((t, u), ("t", "https://a.org/x](y)"));
        assert!(split_link("[t](not a url)").is_none());
        assert!(split_link("[t]").is_none());
    }

    #[test]
    fn timestamp_shapes() {
        assert_eq!(timestamp_inner("<!--12-->  \r\n"), Some("12"));
        assert_eq!(timestamp_inner("\u{feff}<!--NaN-->"), Some("NaN"));
        assert_eq!(timestamp_inner("<!--<p>-->"), None);
        let at = Location::default();
        assert_eq!(Timestamp::parse("-1", "", at).unwrap().millis(), Some(-1));
        assert!(matches!(
            Timestamp::parse("99999999999999999999", "", at),
            Err(Error::TimestampOutOfRange { .. })
        ));
        assert!(matches!(
            Timestamp::parse(i64::MAX.to_string().as_str(), "", at),
            Err(Error::TimestampOutOfRange { .. })
        ));
        assert!(matches!(
            Timestamp::parse(" 12", "", at),
            Err(Error::BadTimestamp { .. })
        ));
        assert!(matches!(
            Timestamp::parse("-", "", at),
            Err(Error::BadTimestamp { .. })
        ));
    }

    #[test]
    fn front_matter_values() {
        let (f, odd) = FrontMatter::parse_fields(&[
            "layout: post",
            "title: \"a \\\"b\\\"\"",
            "tags: [ x, 'y' ]",
            "nonsense",
            "from: https://a.org/x",
        ]);
        assert_eq!(odd, vec![3]);
        assert_eq!(f[1].1, FrontValue::Text("a \"b\"".into()));
        assert_eq!(f[2].1, FrontValue::List(vec!["x".into(), "y".into()]));
        assert_eq!(f[3].1, FrontValue::Text("https://a.org/x".into()));
    }
}
