//! Where an article starts: the look-ahead that decides whether the line at
//! the current line start opens one.
//!
//! Every decision here is made on lines as they will be written back (a
//! line's invalid UTF-8 counted as U+FFFD), so that a line starts an article
//! in a written text exactly when it did in the text it was read from.

use std::io::{self, BufRead};

use super::input::Input;
use crate::header;

/// How much of a line is looked at to decide whether it starts an article.
pub(super) const PEEK: usize = 4096;
/// Most lines a front matter block may have.
const MAX_FRONT_MATTER_LINES: usize = 200;

/// What kind of article start the look-ahead found.
#[derive(Debug, Clone, Copy)]
pub(super) enum Start {
    /// `<!--…-->` then `[`.
    Header,
    /// `---`, YAML lines, `---` (the `close`-th line), then a header.
    FrontMatter { close: usize },
}

/// Whether the line at the current line start begins an article.
pub(super) fn article_start<R: BufRead>(input: &mut Input<R>) -> io::Result<Option<Start>> {
    let Some(first) = input.peek(0, PEEK)? else {
        return Ok(None);
    };
    if first.more {
        return Ok(None);
    }
    let first = strip_bom(first.content());
    if is_timestamp_line(first) {
        return Ok(starts_link(input, 1)?.then_some(Start::Header));
    }
    if trim_end(first) != b"---" {
        return Ok(None);
    }
    let Some(close) = front_matter_close(input)? else {
        return Ok(None);
    };
    let header = match input.peek(close + 1, PEEK)? {
        Some(p) => !p.more && is_timestamp_line(strip_bom(p.content())),
        None => false,
    };
    let found = header && starts_link(input, close + 2)?;
    Ok(found.then_some(Start::FrontMatter { close }))
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
