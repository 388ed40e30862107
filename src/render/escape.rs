//! CommonMark escaping: text written so that a CommonMark reader gives it
//! back as the same text, with as few backslashes as that allows.
//!
//! Inline, the characters that can open markup anywhere (`\`, `` ` ``, `*`,
//! `_`, `[`, `]`, `<`, `~`) are always escaped, and `&` only where it would
//! start an entity reference. At the start of a line, what would begin a
//! block (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`) is escaped only in the shapes
//! that do begin one. Chinese text, which uses full-width punctuation, thus
//! comes out untouched.

/// Writes `text` as inline content. A `\n` in it becomes a hard line break
/// (backslash, line end) followed by `prefix`, the continuation of the
/// container (`> ` in a quote, spaces in a list item).
///
/// `starts_line` and `ends_line` say whether the text begins and ends a line
/// of the output: only there can it be read as the start of a block, and
/// only there are leading and trailing spaces lost.
pub(super) fn inline(
    out: &mut String,
    text: &str,
    prefix: &str,
    starts_line: bool,
    ends_line: bool,
) {
    let mut lines = text.split('\n').peekable();
    let mut first = true;
    while let Some(line) = lines.next() {
        let last = lines.peek().is_none();
        if !first {
            out.push_str("\\\n");
            out.push_str(prefix);
        }
        line_text(out, line, !first || starts_line, !last || ends_line, !first);
        first = false;
    }
}

/// One line of text (no `\n`); `continuation` when it follows a line of
/// the same paragraph.
fn line_text(out: &mut String, line: &str, at_start: bool, at_end: bool, continuation: bool) {
    let mut rest = line;
    // Spaces and tabs at either end of a line are trimmed by CommonMark, and
    // four of them at the start would make code: the outermost one is
    // written as a character reference, which keeps it and the rest.
    let mut tail = "";
    if at_end {
        if let Some(c) = rest.chars().next_back().filter(|&c| is_blank(c)) {
            tail = entity(c);
            rest = &rest[..rest.len() - 1];
        }
    }
    if at_start {
        match rest.chars().next() {
            Some(c) if is_blank(c) => {
                out.push_str(entity(c));
                rest = &rest[1..];
            }
            _ => {
                let (head, escaped) = block_start(rest, continuation);
                out.push_str(&rest[..head]);
                if escaped {
                    out.push('\\');
                }
                rest = &rest[head..];
            }
        }
    }
    let bytes = rest.as_bytes();
    for (i, c) in rest.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'#') =>
            {
                out.push_str("\\&");
            }
            // A lone carriage return is a line end to CommonMark.
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out.push_str(tail);
}

/// Where a backslash goes when `line`, at the start of a line, would begin
/// a block: `(n, true)` asks for one before byte `n`; `(0, false)` for none.
/// On a `continuation` line, only a list numbered 1 could start (`2.` in
/// the middle of a paragraph is text).
fn block_start(line: &str, continuation: bool) -> (usize, bool) {
    let b = line.as_bytes();
    let Some(&first) = b.first() else {
        return (0, false);
    };
    // What follows a marker for it to be one: nothing, a space or a tab.
    let ends_marker = |i: usize| b.get(i).is_none_or(|&c| c == b' ' || c == b'\t');
    let only = |mark: u8| b.iter().all(|&c| c == mark || c == b' ' || c == b'\t');
    let escape = match first {
        // ATX heading.
        b'#' => {
            let run = b.iter().take_while(|&&c| c == b'#').count();
            run <= 6 && ends_marker(run)
        }
        b'>' => true,
        // A list item; `-` and `=` lines are also setext underlines, and
        // `---` a thematic break.
        b'-' => ends_marker(1) || only(b'-'),
        b'+' => ends_marker(1),
        b'=' => only(b'='),
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            let one = line[..digits].trim_start_matches('0') == "1";
            if digits <= 9
                && matches!(b.get(digits), Some(b'.' | b')'))
                && ends_marker(digits + 1)
                && (one || !continuation)
            {
                return (digits, true);
            }
            false
        }
        _ => false,
    };
    (0, escape)
}

/// Writes a link destination so that it reads back as `url`: bare when it
/// can be, else between `<` and `>` (which then cannot appear inside: they
/// are percent-encoded, as are line ends).
pub(super) fn destination(out: &mut String, url: &str) {
    let angle = url.is_empty()
        || url
            .chars()
            .any(|c| c.is_ascii_control() || matches!(c, ' ' | '(' | ')' | '<' | '>'));
    if angle {
        out.push('<');
    }
    let bytes = url.as_bytes();
    for (i, c) in url.char_indices() {
        match c {
            '\\' => out.push_str("\\\\"),
            '&' if bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'#') =>
            {
                out.push_str("\\&");
            }
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            _ => out.push(c),
        }
    }
    if angle {
        out.push('>');
    }
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn entity(c: char) -> &'static str {
    if c == '\t' {
        "&#9;"
    } else {
        "&#32;"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(text: &str) -> String {
        let mut out = String::new();
        inline(&mut out, text, "", true, true);
        out
    }

    #[test]
    fn chinese_text_is_left_alone() {
        let text =
            "美国总统拜登（Joe Biden）周三表示：“这是一个好消息。” 10月12日-13日，#话题 1.5%";
        assert_eq!(esc(text), text);
    }

    #[test]
    fn block_starts_are_escaped_only_in_their_shapes() {
        assert_eq!(esc("# x"), "\\# x");
        assert_eq!(esc("#x"), "#x");
        assert_eq!(esc("####### x"), "####### x");
        assert_eq!(esc("- x"), "\\- x");
        assert_eq!(esc("-5度"), "-5度");
        assert_eq!(esc("---"), "\\---");
        assert_eq!(esc("2023. x"), "2023\\. x");
        assert_eq!(esc("2) x"), "2\\) x");
        assert_eq!(esc("2023.10"), "2023.10");
        assert_eq!(esc("1234567890. x"), "1234567890. x");
        assert_eq!(esc("a\n> b"), "a\\\n\\> b");
        assert_eq!(esc("2. a\n2. b\n01. c"), "2\\. a\\\n2. b\\\n01\\. c");
    }

    #[test]
    fn outer_blanks_become_references() {
        assert_eq!(esc("    code  "), "&#32;   code &#32;");
        assert_eq!(esc("\tx"), "&#9;x");
    }

    #[test]
    fn destinations_with_spaces_or_parentheses_use_angle_brackets() {
        let mut out = String::new();
        destination(&mut out, "https://e.com/a b(c)<d>");
        assert_eq!(out, "<https://e.com/a b(c)%3Cd%3E>");
        out.clear();
        destination(&mut out, "https://e.com/?a=1&amp;b=2");
        assert_eq!(out, "https://e.com/?a=1\\&amp;b=2");
    }
}
