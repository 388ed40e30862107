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
    /// The archive format the header is written in; the article is written
    /// back in it.
    pub dialect: Dialect,
}

/// The archive format of an article's header.
///
/// A front matter block is not a dialect: it is an optional block before
/// the header of either ([`Header::front_matter`]).
///
/// ```
/// use article_dump::Dialect;
/// let text = "[标题](https://chinadigitaltimes.net/chinese/2020/07/%e6%a0%87/)\n------\n\
///             日期：Thu, 2 Jul 2020 18:28:24 +0000\n\n<p>正文</p>\n";
/// let article: article_dump::Article = text.parse()?;
/// assert_eq!(article.header.dialect, Dialect::Cdt2020);
/// assert_eq!(article.header.timestamp.raw(), "Thu, 2 Jul 2020 18:28:24 +0000");
/// assert_eq!(article.header.timestamp.millis(), Some(1593714504000));
/// assert_eq!(article.header.url_decoded(), "https://chinadigitaltimes.net/chinese/2020/07/标/");
/// assert_eq!(article.to_string(), text); // written back in its dialect
/// # Ok::<(), article_dump::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Dialect {
    /// `duty-machine/news` (2020 on): `<!--milliseconds-->`, `[title](url)`,
    /// the separator, a blank line. JSON `"news"`.
    #[default]
    News,
    /// `duty-machine/chinadigitaltimes` (2020): `[title](url)`, the
    /// separator, `日期：` and the feed's RFC 2822 date, a blank line; no
    /// timestamp comment. JSON `"cdt2020"`.
    Cdt2020,
}

impl Dialect {
    /// The name used in JSON: `news`, `cdt2020`.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::News => "news",
            Dialect::Cdt2020 => "cdt2020",
        }
    }
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

    /// A timestamp of the 2020 dialect: the feed's date as written after
    /// `日期：`, read as JavaScript's `Date.parse` reads RFC 2822 text on a
    /// machine set to UTC (the writer's): the weekday is not checked, a
    /// missing zone is UTC, an unreadable text is `NaN` (`millis` `None`).
    ///
    /// ```
    /// use article_dump::Timestamp;
    /// let t = Timestamp::from_date_text("Thu, 02 Jul 2020 18:28:24 GMT");
    /// assert_eq!(t.millis(), Some(1593714504000));
    /// let t = Timestamp::from_date_text("2 Jul 2020 20:28:24 +0200");
    /// assert_eq!((t.raw(), t.millis()), ("2 Jul 2020 20:28:24 +0200", Some(1593714504000)));
    /// assert!(Timestamp::from_date_text("soon").is_nan());
    /// ```
    pub fn from_date_text(text: &str) -> Timestamp {
        Timestamp {
            raw: text.to_string(),
            millis: rfc2822_millis(text),
        }
    }

    /// The text between `<!--` and `-->` as written, or in the 2020 dialect
    /// the date text after `日期：`.
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

/// The label that opens the 2020 dialect's date line.
pub(crate) const DATE_LABEL: &str = "日期：";

/// The date text of a 2020 dialect's `日期：…` line (line end and trailing
/// white space removed), when the line has that shape.
pub(crate) fn date_text(line: &str) -> Option<&str> {
    Some(line.strip_prefix(DATE_LABEL)?.trim_end())
}

/// The instant, in milliseconds since the epoch, that JavaScript's
/// `Date.parse` gives for an RFC 2822 date on a machine set to UTC:
/// `[weekday,] day month year hh:mm[:ss[.fff]] [zone] [(comment)]`, with any
/// weekday word (not checked against the date), a month's name or its first
/// three letters in any case, a two-digit year read as 19xx from 50 and
/// 20xx below, a zone `+hhmm`, `+hh:mm`, `UT`, `UTC`, `GMT`, `Z` or one of
/// the US zones (`EST` … `PDT`), none meaning UTC. A day past the month's
/// end runs into the next month and `24:00` is the next midnight, as in
/// JavaScript. Anything else is `None` (JavaScript's `NaN`).
pub(crate) fn rfc2822_millis(text: &str) -> Option<i64> {
    let text = text.trim();
    // A trailing comment, `(UTC)`, is ignored.
    let text = match text.find('(') {
        Some(i) if text.ends_with(')') => text[..i].trim_end(),
        _ => text,
    };
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .peekable();
    if words
        .peek()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        words.next();
    }
    let day: i64 = number(words.next()?, 1, 2)?;
    let month = month(words.next()?)?;
    let year_word = words.next()?;
    let mut year: i64 = number(year_word, 1, 6)?;
    if year_word.len() <= 2 {
        year += if year < 50 { 2000 } else { 1900 };
    }
    let ms_of_day = time_of_day(words.next()?)?;
    let offset_minutes = match words.next() {
        Some(zone) => zone_minutes(zone)?,
        None => 0,
    };
    if words.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    let first = chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, 1)?;
    let days = first.and_hms_opt(0, 0, 0)?.and_utc().timestamp() / 86_400 + day - 1;
    let millis = days * 86_400_000 + ms_of_day - offset_minutes * 60_000;
    DateTime::<Utc>::from_timestamp_millis(millis).map(|_| millis)
}

/// A run of `min` to `max` ASCII digits.
fn number(word: &str, min: usize, max: usize) -> Option<i64> {
    let ok = (min..=max).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| word.parse().ok()).flatten()
}

/// A month's English name (or its first three letters), any case: 1 to 12.
fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = word.to_ascii_lowercase();
    let i = MONTHS.iter().position(|m| lower.starts_with(m))?;
    lower
        .bytes()
        .all(|b| b.is_ascii_lowercase())
        .then_some(i as u32 + 1)
}

/// `hh:mm[:ss[.fff]]` in milliseconds; `24:00` (and nothing later) is the
/// end of the day.
fn time_of_day(word: &str) -> Option<i64> {
    let mut parts = word.split(':');
    let hour = number(parts.next()?, 1, 2)?;
    let minute = number(parts.next()?, 2, 2)?;
    let (second, milli) = match parts.next() {
        None => (0, 0),
        Some(s) => match s.split_once('.') {
            None => (number(s, 2, 2)?, 0),
            Some((whole, fraction)) => {
                if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                // Milliseconds: the first three digits, the rest ignored.
                let digits = format!("{:0<3}", &fraction[..fraction.len().min(3)]);
                (number(whole, 2, 2)?, digits.parse().ok()?)
            }
        },
    };
    let in_range = hour < 24 && minute < 60 && second < 60
        || hour == 24 && minute == 0 && second == 0 && milli == 0;
    (parts.next().is_none() && in_range)
        .then_some(((hour * 60 + minute) * 60 + second) * 1000 + milli)
}

/// A zone's offset from UTC in minutes.
fn zone_minutes(zone: &str) -> Option<i64> {
    let named = match zone.to_ascii_uppercase().as_str() {
        "UT" | "UTC" | "GMT" | "Z" => Some(0),
        "EDT" => Some(-4 * 60),
        "EST" | "CDT" => Some(-5 * 60),
        "CST" | "MDT" => Some(-6 * 60),
        "MST" | "PDT" => Some(-7 * 60),
        "PST" => Some(-8 * 60),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = zone[1..].chars().filter(|&c| c != ':').collect();
    let hhmm = number(&digits, 4, 4)?;
    let (hours, minutes) = (hhmm / 100, hhmm % 100);
    (minutes < 60).then_some(sign * (hours * 60 + minutes))
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

    #[test]
    fn rfc2822_dates_read_as_javascript_reads_them() {
        // Expected values from node's `Date.parse` with TZ=UTC.
        let cases = [
            ("Thu, 02 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thu, 2 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("02 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 GMT", Some(1593714504000)),
            ("Fri, 02 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thursday, 02 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thu,02 Jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("thu, 02 jul 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thu, 02 July 2020 18:28:24 +0000", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28 +0000", Some(1593714480000)),
            ("Thu, 02 Jul 2020 8:28:24 +0000", Some(1593678504000)),
            ("Thu, 02 Jul 2020 18:28:24.123 +0000", Some(1593714504123)),
            ("Thu, 02 Jul 20 18:28:24 +0000", Some(1593714504000)),
            ("Thu, 02 Jul 70 18:28:24 +0000", Some(15791304000)),
            ("Thu, 02 Jul 2020 18:28:24 EST", Some(1593732504000)),
            ("Thu, 02 Jul 2020 18:28:24 EDT", Some(1593728904000)),
            ("Thu, 02 Jul 2020 18:28:24 PST", Some(1593743304000)),
            ("Thu, 02 Jul 2020 18:28:24 -0000", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 UT", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 UTC", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 Z", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 +0530", Some(1593694704000)),
            ("Thu, 02 Jul 2020 18:28:24 -08:00", Some(1593743304000)),
            ("Thu, 02 Jul 2020 18:28:24", Some(1593714504000)),
            ("Thu, 02 Jul 2020 18:28:24 +0000 (UTC)", Some(1593714504000)),
            ("  Thu, 02 Jul 2020 18:28:24 +0000  ", Some(1593714504000)),
            ("Thu, 31 Jun 2020 18:28:24 +0000", Some(1593628104000)),
            ("Thu, 30 Feb 2020 18:28:24 +0000", Some(1583087304000)),
            ("Thu, 02 Jul 2020 24:00:00 +0000", Some(1593734400000)),
            ("Thu, 02 Jul 1969 18:28:24 +0000", Some(-15744696000)),
            ("Thu, 02 Jul 2020 18:28:24 A", None),
            ("Thu, 32 Jul 2020 18:28:24 +0000", None),
            ("Thu, 02 Jux 2020 18:28:24 +0000", None),
            ("garbage", None),
            ("", None),
        ];
        for (text, millis) in cases {
            assert_eq!(rfc2822_millis(text), millis, "{text:?}");
        }
        // Past the representable range, or nonsense numbers: no panic.
        assert_eq!(rfc2822_millis("1 Jan 999999 00:00 +0000"), None);
        assert_eq!(rfc2822_millis("1 Jan 2020 00:00:00.é +0000"), None);
        assert_eq!(rfc2822_millis("1 Jan 2020 00:00 +99999"), None);
    }
}
