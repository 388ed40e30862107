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
    /// Some visible text was pushed in bold / not in bold.
    any_bold: bool,
    any_plain: bool,
}

/// The length of the collapsible white space at the start of `b` (ASCII
/// white space and U+00A0, which the sites use as filler, `<p>&nbsp;</p>`,
/// rather than as glue).
fn collapsible_len(b: &[u8]) -> usize {
    let mut i = 0;
    loop {
        match b.get(i) {
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c) => i += 1,
            Some(0xc2) if b.get(i + 1) == Some(&0xa0) => i += 2,
            _ => return i,
        }
    }
}

/// The length of the run at the start of `b` that holds no collapsible
/// white space.
fn solid_len(b: &[u8]) -> usize {
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => break,
            0xc2 if b.get(i + 1) == Some(&0xa0) => break,
            _ => i += 1,
        }
    }
    i
}

impl TextBuf {
    /// Appends source text; `bold` says whether it sits in `<b>`/`<strong>`.
    ///
    /// Works on runs rather than characters: the text of a page is mostly
    /// long runs between single spaces.
    pub(crate) fn push(&mut self, source: &str, bold: bool) {
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let space = collapsible_len(&bytes[i..]);
            if space > 0 {
                if !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.pending_space = true;
                }
                i += space;
            }
            let solid = solid_len(&bytes[i..]);
            if solid == 0 {
                continue;
            }
            // Runs start and end at ASCII bytes or at U+00A0, so both ends
            // are character boundaries.
            let run = &source[i..i + solid];
            i += solid;
            if self.pending_space {
                self.text.push(' ');
                self.pending_space = false;
            }
            self.text.push_str(run);
            // Visible unless it is only white space the browser keeps
            // (U+3000, say).
            let visible = run.bytes().any(|b| b > b' ' && b < 0x80)
                || run.chars().any(|c| !c.is_whitespace());
            if visible {
                if bold {
                    self.any_bold = true;
                } else {
                    self.any_plain = true;
                }
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
        !self.any_bold && !self.any_plain
    }

    /// Whether all visible text was bold (and there was some).
    pub(crate) fn all_bold(&self) -> bool {
        self.any_bold && !self.any_plain
    }

    /// Takes the text out, trimmed, and resets the buffer.
    pub(crate) fn take(&mut self) -> String {
        let mut text = std::mem::take(&mut self.text);
        self.pending_space = false;
        self.any_bold = false;
        self.any_plain = false;
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
