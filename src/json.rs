//! The JSON form of an article (behind the `serde` feature): a contract.
//!
//! One object per article with, in this order: `index`, `offset`, `line`
//! (where it starts in its stream), `timestamp_ms` (integer or null),
//! `published` (RFC 3339 UTC or null), `date_text` (the 2020 dialect's
//! date as written; only in that dialect), `title`, `url` (exactly as
//! written), `url_decoded`, `site`, `dialect` (`news` or `cdt2020`),
//! `front_matter` (object or null), `front_matter_raw` (the block as
//! written, only with front matter), `warnings` (array of strings), then
//! the extracted content when there is one (`dateline`, `authors`,
//! `contributors`, `byline`, `lead`, `blocks`, `paragraphs`, `images`,
//! `related`, `share_links`, `tags`), and `raw_body` whenever the article
//! holds its body ([`Options::raw_body`](crate::Options::raw_body), on by
//! default). Field names are never renamed; new fields may be added.
//!
//! Reading the JSON back gives an equal [`Article`] for every article whose
//! header has the usual shape (six dashes, the blank line, `\n` line
//! ends), which is all the JSON does not carry.

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::header::{Dialect, FrontMatter, FrontValue, Header, Timestamp};
use crate::{Article, Content, LineEnding, Location, Site, Warning};

#[derive(Serialize)]
struct ArticleOut<'a> {
    index: usize,
    offset: u64,
    line: u64,
    timestamp_ms: Option<i64>,
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_text: Option<&'a str>,
    title: &'a str,
    url: &'a str,
    url_decoded: String,
    site: &'a Site,
    dialect: Dialect,
    front_matter: Option<&'a FrontMatter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    front_matter_raw: Option<&'a str>,
    warnings: &'a [Warning],
    #[serde(flatten)]
    content: Option<&'a Content>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw_body: Option<&'a str>,
}

#[derive(Deserialize)]
struct ArticleIn {
    #[serde(default)]
    index: usize,
    #[serde(default)]
    offset: u64,
    #[serde(default)]
    line: u64,
    timestamp_ms: Option<i64>,
    #[serde(default)]
    date_text: Option<String>,
    title: String,
    url: String,
    #[serde(default)]
    dialect: Dialect,
    #[serde(default)]
    front_matter: Option<FrontMatter>,
    #[serde(default)]
    front_matter_raw: Option<String>,
    #[serde(default)]
    warnings: Vec<Warning>,
    #[serde(flatten)]
    content: Option<Content>,
    #[serde(default)]
    raw_body: Option<String>,
}

impl Serialize for Article {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let h = &self.header;
        ArticleOut {
            index: self.location.index,
            offset: self.location.offset,
            line: self.location.line,
            timestamp_ms: h.timestamp.millis(),
            published: h
                .timestamp
                .datetime()
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            date_text: (h.dialect == Dialect::Cdt2020).then(|| h.timestamp.raw()),
            title: &h.title,
            url: &h.url_raw,
            url_decoded: h.url_decoded(),
            site: &self.site,
            dialect: h.dialect,
            front_matter: h.front_matter.as_ref(),
            front_matter_raw: h.front_matter.as_ref().map(|f| f.raw.as_str()),
            warnings: &self.warnings,
            content: self.content.as_ref(),
            raw_body: self.raw_body(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Article {
    /// Reads the JSON form back. What it does not carry comes back as the
    /// usual: six dashes, the blank line, `\n` line ends.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut a = ArticleIn::deserialize(d)?;
        // The block as written, quotes included, and its fields read from it
        // in their order (a JSON object may come back in another); without
        // it (JSON from before the field) the block is written anew from
        // the fields.
        if let (Some(fm), Some(raw)) = (&mut a.front_matter, a.front_matter_raw) {
            *fm = front_matter_from_raw(raw);
        }
        let url = url::Url::parse(&a.url).map_err(D::Error::custom)?;
        let timestamp = match (a.timestamp_ms, &a.date_text) {
            (_, Some(text)) if a.dialect == Dialect::Cdt2020 => Timestamp::from_date_text(text),
            (Some(ms), _) => Timestamp::from_millis(ms)
                .ok_or_else(|| D::Error::custom("timestamp_ms out of range"))?,
            (None, _) => Timestamp::nan(),
        };
        Ok(Article {
            site: Site::from_url(&url),
            header: Header {
                front_matter: a.front_matter,
                timestamp,
                title: a.title,
                url_raw: a.url,
                url,
                separator_dashes: 6,
                blank_line: true,
                dialect: a.dialect,
            },
            line_ending: LineEnding::Lf,
            warnings: a.warnings,
            location: Location {
                index: a.index,
                offset: a.offset,
                line: a.line,
            },
            content: a.content,
            raw_body: a.raw_body,
        })
    }
}

/// The front matter block `raw` (fences included) with its fields, read as
/// the reader reads them.
fn front_matter_from_raw(raw: String) -> FrontMatter {
    let lines: Vec<&str> = raw
        .split_inclusive('\n')
        .map(|l| l.trim_end_matches(['\r', '\n']))
        .collect();
    let inner = lines.get(1..lines.len().saturating_sub(1)).unwrap_or(&[]);
    let (fields, _) = FrontMatter::parse_fields(inner);
    FrontMatter { raw, fields }
}

/// A front matter block is its `key: value` pairs as a JSON object, in order.
impl Serialize for FrontMatter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.fields.len()))?;
        for (key, value) in &self.fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for FrontMatter {
    /// Reads the object back; the raw block is written anew from the pairs.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = FrontMatter;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of front matter fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FrontMatter, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, FrontValue>()? {
                    fields.push((k, v));
                }
                Ok(FrontMatter::from_fields(fields))
            }
        }
        d.deserialize_map(Visit)
    }
}
