//! Where an article starts: the look-ahead that decides whether the line at
//! the current line start opens one.
//!
//! Every decision here is made on lines as they will be written back (a
//! line's invalid UTF-8 counted as U+FFFD), so that a line starts an article
//! in a written text exactly when it did in the text it was read from.

use std::io::{self, BufRead};

use super::input::Input;
use crate::header::{self, Dialect};

/// How much of a line is looked at to decide whether it starts an article.
pub(super) const PEEK: usize = 4096;
/// Most lines a front matter block may have.
const MAX_FRONT_MATTER_LINES: usize = 200;

/// An article start the look-ahead found.
#[derive(Debug, Clone, Copy)]
pub(super) struct Start {
    /// The index (from the start) of the `---` line that closes the front
    /// matter block the article opens with.
    pub front_matter: Option<usize>,
    /// The dialect of the header.
    pub dialect: Dialect,
}

impl Start {
    /// Whether the article opens with a 2020 dialect header (no front
    /// matter before it).
    pub fn opens_2020_header(&self) -> bool {
        self.front_matter.is_none() && self.dialect == Dialect::Cdt2020
    }
}

/// Whether the line at the current line start begins an article: a header
/// of either dialect, or a front matter block followed by one.
pub(super) fn article_start<R: BufRead>(input: &mut Input<R>) -> io::Result<Option<Start>> {
    if let Some(dialect) = header_at(input, 0)? {
        return Ok(Some(Start {
            front_matter: None,
            dialect,
        }));
    }
    let fence = match input.peek(0, PEEK)? {
        Some(p) => !p.more && trim_end(strip_bom(p.content())) == b"---",
        None => false,
    };
    if !fence {
        return Ok(None);
    }
    let Some(close) = front_matter_close(input)? else {
        return Ok(None);
    };
    Ok(header_at(input, close + 1)?.map(|dialect| Start {
        front_matter: Some(close),
        dialect,
    }))
}

/// The dialect of the header that starts at the `i`-th line, if one does:
/// `<!--…-->` then a line starting with `[` (today's), or a line starting
/// with `[`, a separator line and a `日期：` line (2020). A `[` line after a
/// timestamp line is today's header: the timestamp line, one line earlier,
/// is met first.
fn header_at<R: BufRead>(input: &mut Input<R>, i: usize) -> io::Result<Option<Dialect>> {
    let Some(first) = input.peek(i, PEEK)? else {
        return Ok(None);
    };
    let line = strip_bom(first.content());
    // Most lines are body text: the first bytes tell, before the whole
    // line is validated below.
    if !line.starts_with(b"<!--") && !line.starts_with(b"[") {
        return Ok(None);
    }
    // The dialect's link line is read whole: it must fit the look-ahead,
    // also once written back lossily.
    if first.more || lossy_len(&first.bytes) > PEEK {
        return Ok(None);
    }
    if is_timestamp_line(line) {
        return Ok(starts_link(input, i + 1)?.then_some(Dialect::News));
    }
    if !line.starts_with(b"[") {
        return Ok(None);
    }
    let separator = input
        .peek(i + 1, PEEK)?
        .is_some_and(|p| !p.more && header::separator_dashes_bytes(p.content()).is_some());
    let dated = separator
        && input
            .peek(i + 2, PEEK)?
            .is_some_and(|p| p.bytes.starts_with(header::DATE_LABEL.as_bytes()));
    Ok(dated.then_some(Dialect::Cdt2020))
}

/// The index of the `---` line that closes the front matter block opened
/// at the current line, when it comes within the limits.
fn front_matter_close<R: BufRead>(input: &mut Input<R>) -> io::Result<Option<usize>> {
    for close in 1..=MAX_FRONT_MATTER_LINES {
        let Some(line) = input.peek(close, PEEK)? else {
            return Ok(None);
        };
        // A line that would outgrow the look-ahead once written back
        // lossily is too long here as well.
        if line.more || lossy_len(&line.bytes) > PEEK {
            return Ok(None);
        }
        if trim_end(line.content()) == b"---" {
            return Ok(Some(close));
        }
    }
    Ok(None)
}

/// Whether the current line opens what can only be meant as a front matter
/// block: `---` followed by a `key: value` line. Asked only where no article
/// starts, to tell a broken block from any other text.
pub(super) fn opens_front_matter<R: BufRead>(input: &mut Input<R>) -> io::Result<bool> {
    let fence = match input.peek(0, PEEK)? {
        Some(p) => !p.more && trim_end(strip_bom(p.content())) == b"---",
        None => false,
    };
    if !fence {
        return Ok(false);
    }
    Ok(input
        .peek(1, PEEK)?
        .is_some_and(|p| header::is_front_matter_field(&String::from_utf8_lossy(p.content()))))
}

fn starts_link<R: BufRead>(input: &mut Input<R>, i: usize) -> io::Result<bool> {
    Ok(input
        .peek(i, PEEK)?
        .is_some_and(|p| p.bytes.starts_with(b"[")))
}

/// Skips the blank lines at the current line start.
pub(super) fn skip_blank_lines<R: BufRead>(input: &mut Input<R>) -> io::Result<()> {
    while let Some(p) = input.peek(0, PEEK)? {
        if p.more || !trim_end(strip_bom(p.content())).is_empty() {
            break;
        }
        input.next_line(PEEK)?;
    }
    Ok(())
}

pub(super) fn strip_bom(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
}

pub(super) fn trim_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    &line[..end]
}

/// Whether `line` has the shape of a timestamp line. Invalid UTF-8 is
/// judged as it will be written back (each bad sequence a U+FFFD).
pub(super) fn is_timestamp_line(line: &[u8]) -> bool {
    line.starts_with(b"<!--") && header::timestamp_inner(&String::from_utf8_lossy(line)).is_some()
}

/// The length in bytes `line` will have once decoded lossily.
fn lossy_len(line: &[u8]) -> usize {
    match std::str::from_utf8(line) {
        Ok(_) => line.len(),
        Err(_) => String::from_utf8_lossy(line).len(),
    }
}
