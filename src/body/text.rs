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

/// The width in bytes of the collapsible white space character at `b[i]`
/// (ASCII white space, and U+00A0, which the sites use as filler,
/// `<p>&nbsp;</p>`, rather than as glue), or 0 if there is none there.
fn space_width(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c) => 1,
        Some(0xc2) if b.get(i + 1) == Some(&0xa0) => 2,
        _ => 0,
    }
}

/// The length of the collapsible white space at the start of `b`.
fn collapsible_len(b: &[u8]) -> usize {
    let mut i = 0;
    loop {
        match space_width(b, i) {
            0 => return i,
            width => i += width,
        }
    }
}

const ONES: u128 = u128::from_le_bytes([0x01; 16]);
const HIGHS: u128 = u128::from_le_bytes([0x80; 16]);

/// A mask with the high bit of each byte of `block` (little-endian) that
/// may start collapsible white space, i.e. is at most 0x20 or is 0xC2, so
/// that text with none of those is passed over sixteen bytes at a time.
///
/// A borrow can carry only towards higher bytes, so the lowest bit set
/// marks a real candidate and is 0 only if there is none; higher bits can be
/// false alarms. Candidates include solid bytes (0x01, the 0xC2 of U+00B7),
/// which the caller sorts out with [`space_width`].
fn candidates(block: u128) -> u128 {
    let low = block.wrapping_sub(ONES * 0x21) & !block;
    let c2 = block ^ (ONES * 0xc2);
    let c2 = c2.wrapping_sub(ONES) & !c2;
    (low | c2) & HIGHS
}

/// The first collapsible white space in `b[start..end]`, whose candidates
/// are `mask`. It may be a U+00A0 whose second byte lies past `end`.
fn first_space(b: &[u8], start: usize, end: usize, mask: u128) -> Option<usize> {
    if mask == 0 {
        return None;
    }
    let first = start + mask.trailing_zeros() as usize / 8;
    (first..end).find(|&i| space_width(b, i) > 0)
}

/// The length of the run at the start of `b` that holds no collapsible
/// white space.
///
/// This is where the time goes: CJK text has no byte the block test flags,
/// so whole paragraphs are skipped a block at a time.
fn solid_len(b: &[u8]) -> usize {
    let blocks = b.chunks_exact(16);
    let rest = blocks.remainder();
    for (n, chunk) in blocks.enumerate() {
        let mask = candidates(block(chunk));
        let start = n * 16;
        if let Some(end) = first_space(b, start, start + 16, mask) {
            return end;
        }
    }
    if rest.is_empty() {
        return b.len();
    }
    // Most runs end a text node, so the last bytes are tested as a block
    // too rather than one by one: the last sixteen bytes of `b` if there
    // are that many (those before `rest` hold no space, so the first space
    // found is in `rest`), else all of `b` padded with 0xFF, which is never
    // a candidate.
    let (start, last) = match b.len().checked_sub(16) {
        Some(start) => (start, block(&b[start..])),
        None => {
            let mut padded = [0xff; 16];
            padded[..b.len()].copy_from_slice(b);
            (0, u128::from_le_bytes(padded))
        }
    };
    first_space(b, start, b.len(), candidates(last)).unwrap_or(b.len())
}

/// Little-endian, so that the lowest bit of a mask is the first byte.
fn block(bytes: &[u8]) -> u128 {
    u128::from_le_bytes(bytes.try_into().expect("16 bytes"))
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
            // Checked only until the first visible run of each kind.
            let seen = if bold { self.any_bold } else { self.any_plain };
            if !seen && run.chars().any(|c| !c.is_whitespace()) {
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

    /// Takes the text out, trimmed, and resets the buffer, which keeps its
    /// allocation: the text is copied out at its length, once, instead of
    /// the next block growing a new buffer from nothing.
    pub(crate) fn take(&mut self) -> String {
        let text = self.text.trim().to_string();
        self.clear();
        text
    }

    /// Empties the buffer, keeping its allocation.
    pub(crate) fn clear(&mut self) {
        self.text.clear();
        self.pending_space = false;
        self.any_bold = false;
        self.any_plain = false;
    }

    /// The text, trimmed, for a buffer used once.
    pub(crate) fn into_text(self) -> String {
        let mut text = self.text;
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
    // The text is at most as long as its source: one allocation.
    let mut buf = TextBuf {
        text: String::with_capacity(source.len()),
        ..TextBuf::default()
    };
    buf.push(source, false);
    buf.into_text()
}

/// `char::is_alphanumeric`, with the answers for the characters Chinese
/// text is made of found without its table search: ASCII, the unified
/// ideographs (every one of U+4E00..=U+9FFF is assigned, a letter) and
/// the common full-width punctuation. Same answer for every `char`.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{4e00}'..='\u{9fff}' => true,
        '。' | '，' | '、' | '：' | '；' | '！' | '？' | '“' | '”' | '‘' | '’' | '（' | '）'
        | '《' | '》' | '「' | '」' | '…' | '—' | '·' | '\u{3000}' => false,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_alphanumeric_agrees_with_std_on_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

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

    /// The byte-at-a-time implementation that the block-at-a-time one
    /// replaced, kept as the definition of the output.
    fn reference_collapsible_len(b: &[u8]) -> usize {
        let mut i = 0;
        loop {
            match b.get(i) {
                Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c) => i += 1,
                Some(0xc2) if b.get(i + 1) == Some(&0xa0) => i += 2,
                _ => return i,
            }
        }
    }

    fn reference_solid_len(b: &[u8]) -> usize {
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

    fn reference_push(buf: &mut TextBuf, source: &str, bold: bool) {
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let space = reference_collapsible_len(&bytes[i..]);
            if space > 0 {
                if !buf.text.is_empty() && !buf.text.ends_with('\n') {
                    buf.pending_space = true;
                }
                i += space;
            }
            let solid = reference_solid_len(&bytes[i..]);
            if solid == 0 {
                continue;
            }
            let run = &source[i..i + solid];
            i += solid;
            if buf.pending_space {
                buf.text.push(' ');
                buf.pending_space = false;
            }
            buf.text.push_str(run);
            let seen = if bold { buf.any_bold } else { buf.any_plain };
            if !seen && run.chars().any(|c| !c.is_whitespace()) {
                if bold {
                    buf.any_bold = true;
                } else {
                    buf.any_plain = true;
                }
            }
        }
    }

    fn reference_normalize(source: &str) -> String {
        let mut buf = TextBuf::default();
        reference_push(&mut buf, source, false);
        buf.take()
    }

    /// Pieces that exercise every branch: each kind of collapsible white
    /// space, solid bytes the block test flags (0x01, 0x0B, the 0xC2 of
    /// U+00B7), white space that is kept (U+3000), and CJK runs longer than
    /// a block so that the block test meets them at every alignment.
    const PIECES: &[&str] = &[
        "a",
        "中文",
        " ",
        "\t",
        "\n",
        "\r",
        "\u{c}",
        "\u{a0}",
        "\u{3000}",
        "\u{b7}",
        "\u{1}",
        "\u{b}",
        "\u{0}",
        "\u{7f}",
        "\u{c0}",
        "x y",
        "中华人民共和国外交部",
        "新冠疫情下的香港与台湾社会",
        "é",
        "\u{ff}",
    ];

    /// Xorshift64: deterministic, so a failure can be replayed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_text(rng: &mut Rng) -> String {
        let mut s = String::new();
        for _ in 0..rng.below(16) {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
        s
    }

    /// Feeds the same calls to `push` and to `reference_push` and checks the
    /// buffers agree after each one, then on what they hand out.
    struct Pair {
        new: TextBuf,
        old: TextBuf,
    }

    impl Pair {
        fn new() -> Self {
            Pair {
                new: TextBuf::default(),
                old: TextBuf::default(),
            }
        }

        fn push(&mut self, source: &str, bold: bool) {
            self.new.push(source, bold);
            reference_push(&mut self.old, source, bold);
            self.check(source);
        }

        fn line_break(&mut self) {
            self.new.line_break();
            self.old.line_break();
            self.check("<br>");
        }

        fn check(&self, context: &str) {
            let (new, old) = (&self.new, &self.old);
            assert_eq!(new.text, old.text, "after {context:?}");
            assert_eq!(new.pending_space, old.pending_space, "after {context:?}");
            assert_eq!(new.any_bold, old.any_bold, "after {context:?}");
            assert_eq!(new.any_plain, old.any_plain, "after {context:?}");
            assert_eq!(new.is_empty(), old.is_empty(), "after {context:?}");
            assert_eq!(new.all_bold(), old.all_bold(), "after {context:?}");
            assert_eq!(
                new.ends_with_break(),
                old.ends_with_break(),
                "after {context:?}"
            );
        }

        fn take(&mut self, context: &str) {
            assert_eq!(self.new.take(), self.old.take(), "{context:?}");
            self.check(context);
        }
    }

    #[test]
    fn push_matches_reference_on_random_calls() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut pair = Pair::new();
        for case in 0..20_000 {
            let mut pushed = Vec::new();
            for _ in 0..1 + rng.below(6) {
                if rng.below(8) == 0 {
                    pair.line_break();
                }
                let text = random_text(&mut rng);
                pair.push(&text, rng.below(2) == 0);
                assert_eq!(normalize(&text), reference_normalize(&text), "{text:?}");
                pushed.push(text);
            }
            pair.take(&format!("case {case}: {pushed:?}"));
        }
    }

    #[test]
    fn push_matches_reference_at_every_split() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..2_000 {
            let text = random_text(&mut rng);
            let (bold_left, bold_right) = (rng.below(2) == 0, rng.below(2) == 0);
            let splits = text.char_indices().map(|(i, _)| i).chain([text.len()]);
            for split in splits {
                let (left, right) = text.split_at(split);
                let mut pair = Pair::new();
                pair.push(left, bold_left);
                pair.push(right, bold_right);
                pair.take(&format!("{left:?} | {right:?}"));
            }
        }
    }

    #[test]
    fn candidates_flags_exactly_the_blocks_with_one_first() {
        let edges = [
            0x00, 0x01, 0x20, 0x21, 0x7f, 0x80, 0xa0, 0xc1, 0xc2, 0xc3, 0xff,
        ];
        let mut rng = Rng(0xdead_beef_cafe_f00d);
        for _ in 0..200_000 {
            // Mostly bytes of CJK characters, so that the first candidate
            // falls anywhere in the block and some blocks have none.
            let bytes: [u8; 16] = std::array::from_fn(|_| match rng.below(8) {
                0 => edges[rng.below(edges.len())],
                1 => rng.next() as u8,
                _ => 0x80 | rng.next() as u8,
            });
            let first = bytes.iter().position(|&c| c <= 0x20 || c == 0xc2);
            let mask = candidates(u128::from_le_bytes(bytes));
            let found = (mask != 0).then(|| mask.trailing_zeros() as usize / 8);
            assert_eq!(found, first, "{bytes:02x?}");
        }
    }

    #[test]
    fn block_test_at_every_alignment() {
        for pad in 0..33 {
            for piece in PIECES {
                for filler in ["", "中", "ab", "\u{b7}"] {
                    let text = format!("{}{piece}{}", "国".repeat(pad), filler.repeat(9));
                    let text = format!("{}{text}", "x".repeat(pad % 3));
                    assert_eq!(normalize(&text), reference_normalize(&text), "{text:?}");
                    let mut pair = Pair::new();
                    pair.push(&text, false);
                    pair.take(&text);
                }
            }
        }
    }
}
