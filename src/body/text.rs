//! Text collection: whitespace collapsed the way a browser renders it.

/// Accumulates the text of one block.
///
/// Runs of whitespace become one space, leading and trailing whitespace is
/// dropped, nothing is inserted between adjacent inline elements (so CJK
/// text split across `<span>`s comes back unbroken), and a line break is
/// `\n` with no spaces around it.
#[derive(Default)]
pub(crate) struct TextBuf {
    text: String,
    pending_space: bool,
    bold_chars: usize,
    plain_chars: usize,
}

/// Whitespace a browser collapses; U+00A0 is included on purpose, since the
/// sites use `&nbsp;` as filler (`<p>&nbsp;</p>` spacers) rather than as glue.
fn collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{a0}')
}

impl TextBuf {
    /// Appends source text; `bold` says whether it sits in `<b>`/`<strong>`.
    pub(crate) fn push(&mut self, source: &str, bold: bool) {
        for c in source.chars() {
            if collapsible(c) {
                if !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.pending_space = true;
                }
                continue;
            }
            if self.pending_space {
                self.text.push(' ');
                self.pending_space = false;
            }
            self.text.push(c);
            if c.is_whitespace() {
                continue;
            }
            if bold {
                self.bold_chars += 1;
            } else {
                self.plain_chars += 1;
            }
        }
    }

    /// A `<br>`: a line break inside the block.
    pub(crate) fn line_break(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() {
            self.text.push('\n');
        }
    }

    /// Whether the last thing pushed was a line break (so a second `<br>`
    /// in a row ends the paragraph).
    pub(crate) fn ends_with_break(&self) -> bool {
        self.text.ends_with('\n')
    }

    /// Whether nothing but whitespace was pushed.
    pub(crate) fn is_empty(&self) -> bool {
        self.bold_chars + self.plain_chars == 0
    }

    /// Whether all visible text was bold (and there was some).
    pub(crate) fn all_bold(&self) -> bool {
        self.bold_chars > 0 && self.plain_chars == 0
    }

    /// Takes the text out, trimmed, and resets the buffer.
    pub(crate) fn take(&mut self) -> String {
        let mut text = std::mem::take(&mut self.text);
        self.pending_space = false;
        self.bold_chars = 0;
        self.plain_chars = 0;
        let end = text.trim_end().len();
        text.truncate(end);
        let start = text.len() - text.trim_start().len();
        if start > 0 {
            text.drain(..start);
        }
        text
    }
}

/// Collapses whitespace in a short string (attribute values, captions).
pub(crate) fn normalize(source: &str) -> String {
    let mut buf = TextBuf::default();
    buf.push(source, false);
    buf.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_like_a_browser() {
        let mut b = TextBuf::default();
        b.push("  a \n\t b", false);
        b.push("中", false);
        b.push("文 ", true);
        b.line_break();
        b.push("  next  ", false);
        assert_eq!(b.take(), "a b中文\nnext");
        assert!(b.is_empty());
        assert_eq!(normalize("\u{a0}x\u{a0}\u{a0}y "), "x y");
        assert_eq!(normalize("海域　矿"), "海域　矿");
    }
}
