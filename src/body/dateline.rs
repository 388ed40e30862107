//! Datelines: the time a page prints, as written and parsed.
//!
//! Apart from bylines because a dateline is read everywhere a time may
//! stand (a `<time>`, the mirror's `<i>` line, a card's date line), not
//! only where names are.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::model::Dateline;

/// Parses a dateline text; `attr` is a `<time datetime>` value, which wins.
pub(crate) fn dateline(text: &str, attr: Option<&str>) -> Dateline {
    let mut d = Dateline {
        text: text.to_string(),
        relative: Dateline::is_relative_text(text),
        datetime: None,
        local: None,
        date: None,
    };
    for source in attr.into_iter().chain(Some(text)) {
        let s = source.trim();
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            d.datetime = Some(t);
        } else if let Ok(t) = DateTime::parse_from_rfc2822(s) {
            d.datetime = Some(t);
        } else if let Some(t) = [
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dT%H:%M:%S",
            "%d/%m/%Y - %H:%M",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        {
            d.local = Some(t);
        } else if let Some(day) = ["%Y-%m-%d", "%Y年%m月%d日", "%Y.%m.%d", "%Y/%m/%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        {
            d.date = Some(day);
        } else {
            continue;
        }
        break;
    }
    d.date = d
        .date
        .or(d.datetime.map(|t| t.date_naive()))
        .or(d.local.map(|t| t.date()));
    d
}

/// Whether a text parses as a date or time (for datelines without markup).
pub(crate) fn looks_like_time(text: &str) -> bool {
    let d = dateline(text, None);
    d.date.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert!(dateline("2025-02-12T10:44:45.261Z", None)
            .datetime
            .is_some());
        assert!(dateline("Sat, 15 Feb 2025 08:17:25 GMT", None)
            .datetime
            .is_some());
        let rfi = dateline("12/10/2023 - 15:53", None);
        assert_eq!(rfi.local.unwrap().to_string(), "2023-10-12 15:53:00");
        let bbc = dateline("30 分钟前", Some("2024-08-02"));
        assert_eq!(bbc.date.unwrap().to_string(), "2024-08-02");
        assert_eq!(bbc.text, "30 分钟前");
        assert!(dateline("2024年3月29日", None).date.is_some());
        assert!(!looks_like_time("文山"));
    }
}
