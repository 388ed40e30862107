//! A streaming guard that cuts a tag's attributes after [`MAX_ATTRIBUTES`]:
//! html5ever's tokenizer checks each new attribute name against all earlier
//! ones of the same tag, which is quadratic in the number of attributes.

/// Most attributes kept on one tag; the rest are cut before parsing.
pub(crate) const MAX_ATTRIBUTES: usize = 1024;

/// Where the attribute guard stands in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum GuardState {
    /// Text between tags.
    #[default]
    Data,
    /// Just after `<`.
    Open,
    /// Inside a tag, outside quotes; `space` when the last byte was white space.
    Tag { space: bool },
    /// Inside a quoted attribute value.
    Quoted(u8),
    /// Inside `<!-- … -->`; counts the dashes just seen.
    Comment(u8),
    /// Inside `<!…>` or `<?…>` other than a comment.
    Bogus,
}

/// Cuts the attributes of a tag after [`MAX_ATTRIBUTES`], streaming.
///
/// It follows the tokenizer's states only as far as it needs to count
/// attributes; everything else passes through untouched, and where it could
/// be wrong (inside `<script>`, say) the worst outcome is that it counts
/// words of a run of text with no `>` for 1024 words.
#[derive(Debug, Default)]
pub(crate) struct AttrGuard {
    state: GuardState,
    attrs: usize,
    /// Past the limit: bytes are dropped until the tag ends.
    cutting: bool,
    /// Unquoted bytes of the current tag seen on the fast path. A tag of
    /// fewer than two bytes per attribute cannot hold too many, so
    /// attributes are only counted once a tag grows past that.
    unquoted: usize,
    /// Counting attributes byte by byte in the current tag.
    precise: bool,
    /// Whether anything was ever cut.
    pub cut: bool,
    /// Bytes of `<!-` seen so far after `<`, to recognise comments.
    bang: u8,
}

/// Where the scan goes after one state's step.
enum Step {
    /// To the next byte.
    Next,
    /// To this byte.
    To(usize),
    /// To the end of the text.
    End,
}

/// What a byte inside a tag did to the cutting.
enum Cut {
    /// Cutting starts at this byte: what came before it is passed on.
    Begins,
    /// The tag ended while cutting: passing on resumes at this byte.
    Ends,
}

/// How many bytes are tried one by one before a search is handed to
/// `memchr`: most runs between tags and most attribute values are short,
/// and a call costs more than looking at a few bytes.
const SHORT: usize = 8;

/// The first `b` in `hay`.
#[inline]
fn find_byte(b: u8, hay: &[u8]) -> Option<usize> {
    let head = &hay[..hay.len().min(SHORT)];
    match head.iter().position(|&x| x == b) {
        Some(p) => Some(p),
        None if head.len() == hay.len() => None,
        None => memchr::memchr(b, &hay[SHORT..]).map(|p| p + SHORT),
    }
}

/// The first `>` or quote in `hay`: where skimming a tag stops.
#[inline]
fn find_tag_stop(hay: &[u8]) -> Option<usize> {
    let head = &hay[..hay.len().min(SHORT)];
    match head.iter().position(|&x| matches!(x, b'>' | b'"' | b'\'')) {
        Some(p) => Some(p),
        None if head.len() == hay.len() => None,
        None => memchr::memchr3(b'>', b'"', b'\'', &hay[SHORT..]).map(|p| p + SHORT),
    }
}

impl AttrGuard {
    /// Passes `text` on to `out` in pieces, leaving out what is cut.
    pub fn filter<'a>(&mut self, text: &'a str, mut out: impl FnMut(&'a str)) {
        let bytes = text.as_bytes();
        let mut start = 0; // start of the piece not yet passed on
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let step = match self.state {
                GuardState::Data => match find_byte(b'<', &bytes[i..]) {
                    Some(p) => {
                        self.state = GuardState::Open;
                        self.bang = 0;
                        Step::To(i + p + 1)
                    }
                    None => Step::End,
                },
                GuardState::Open => self.open(b),
                GuardState::Bogus => self.bogus(b),
                GuardState::Comment(dashes) => {
                    self.state = match b {
                        b'-' => GuardState::Comment(dashes.saturating_add(1)),
                        b'>' if dashes >= 2 => GuardState::Data,
                        _ => GuardState::Comment(0),
                    };
                    Step::Next
                }
                GuardState::Quoted(q) => match find_byte(q, &bytes[i..]) {
                    Some(p) => {
                        self.state = GuardState::Tag { space: false };
                        self.unquoted += 1;
                        Step::To(i + p + 1)
                    }
                    None => Step::End,
                },
                GuardState::Tag { .. } if !self.precise => self.skim_tag(bytes, i),
                GuardState::Tag { space } => {
                    match self.tag_byte(b, space) {
                        Some(Cut::Begins) => out(&text[start..i]),
                        Some(Cut::Ends) => start = i,
                        None => {}
                    }
                    Step::Next
                }
            };
            match step {
                Step::Next => i += 1,
                Step::To(next) => i = next,
                Step::End => break,
            }
        }
        if !self.cutting {
            out(&text[start..]);
        }
    }

    /// The byte after `<`.
    fn open(&mut self, b: u8) -> Step {
        self.state = if b.is_ascii_alphabetic() || b == b'/' {
            self.attrs = 0;
            self.unquoted = 0;
            self.precise = false;
            GuardState::Tag { space: false }
        } else if b == b'!' {
            self.bang = 1;
            GuardState::Bogus
        } else if b == b'?' {
            GuardState::Bogus
        } else if b == b'<' {
            GuardState::Open
        } else {
            GuardState::Data
        };
        Step::Next
    }

    /// A byte of `<!…>` or `<?…>`, watching for the `<!--` of a comment.
    fn bogus(&mut self, b: u8) -> Step {
        if self.bang > 0 && self.bang < 3 && b == b'-' {
            self.bang += 1;
            if self.bang == 3 {
                self.state = GuardState::Comment(0);
            }
        } else {
            self.bang = 0;
            if b == b'>' {
                self.state = GuardState::Data;
            }
        }
        Step::Next
    }

    /// The fast path through a tag: jumps to its next `>` or quote, and
    /// switches to counting once the tag is long enough to hold too many
    /// attributes.
    fn skim_tag(&mut self, bytes: &[u8], i: usize) -> Step {
        let rest = &bytes[i..];
        let (p, found) = match find_tag_stop(rest) {
            Some(p) => (p, true),
            None => (rest.len(), false),
        };
        let before = self.unquoted;
        self.unquoted += p;
        if self.unquoted > 2 * MAX_ATTRIBUTES {
            // Long enough to hold too many: count from the byte that
            // crossed the line. It depends on the text alone, not on where
            // the pieces it came in were cut (the start of this run does).
            self.precise = true;
            self.attrs = 0;
            self.state = GuardState::Tag { space: false };
            return Step::To(i + (2 * MAX_ATTRIBUTES).saturating_sub(before));
        }
        if !found {
            return Step::End;
        }
        self.state = match bytes[i + p] {
            b'>' => GuardState::Data,
            q => GuardState::Quoted(q),
        };
        Step::To(i + p + 1)
    }

    /// One byte of a tag on the counting path.
    fn tag_byte(&mut self, b: u8, space: bool) -> Option<Cut> {
        let mut cut = None;
        if b == b'>' {
            if self.cutting {
                self.cutting = false;
                cut = Some(Cut::Ends); // resume passing on at the `>`
            }
            self.state = GuardState::Data;
        } else if b.is_ascii_whitespace() || b == b'/' {
            self.state = GuardState::Tag { space: true };
        } else {
            if space && b != b'=' {
                self.attrs += 1;
                if self.attrs > MAX_ATTRIBUTES && !self.cutting {
                    self.cutting = true;
                    self.cut = true;
                    cut = Some(Cut::Begins);
                }
            }
            self.state = match b {
                b'"' | b'\'' => GuardState::Quoted(b),
                _ => GuardState::Tag { space: false },
            };
        }
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(pieces: &[&str]) -> (String, bool) {
        let mut g = AttrGuard::default();
        let mut out = String::new();
        for p in pieces {
            g.filter(p, |s| out.push_str(s));
        }
        (out, g.cut)
    }

    #[test]
    fn guard_passes_ordinary_html_untouched() {
        let html =
            "<p class=\"a b\" id='x'>t &lt; <b>u</b><!-- <a b c> --></p><img src=x alt=\"a > b\"/>";
        assert_eq!(guard(&[html]), (html.to_string(), false));
        let pieces: Vec<String> = html.chars().map(String::from).collect();
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        assert_eq!(guard(&pieces), (html.to_string(), false));
    }

    /// The cut must not depend on how the text is cut into pieces (the
    /// reader hands the body over in chunks that depend on its input's
    /// reads; the `reader` fuzz target found a tag cut in two ways).
    #[test]
    fn guard_cuts_the_same_whatever_the_pieces() {
        let bare: String = (0..1500).map(|i| format!(" b{i}")).collect();
        let quoted: String = (0..1500).map(|i| format!(" q{i}=\">\"")).collect();
        let mixed: String = (0..3000)
            .map(|i| {
                if i % 3 == 0 {
                    format!(" m{i}='v'")
                } else {
                    format!(" m{i}")
                }
            })
            .collect();
        for attrs in [bare, quoted, mixed] {
            let html = format!("<p>a</p><div{attrs}>text</div><img src=x{attrs}><p>end</p>");
            let whole = guard(&[&html]);
            assert!(whole.1, "nothing cut");
            for size in [1, 2, 3, 7, 64, 1000, 4097] {
                let pieces: Vec<&str> = html
                    .as_bytes()
                    .chunks(size)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect();
                assert_eq!(guard(&pieces), whole, "pieces of {size} bytes");
            }
        }
    }

    #[test]
    fn guard_cuts_after_the_limit_and_keeps_the_rest() {
        let attrs: String = (0..3000).map(|i| format!(" a{i}=\"v\"")).collect();
        let html = format!("<div{attrs}>text</div><p x=1>more</p>");
        let (out, cut) = guard(&[&html]);
        assert!(cut);
        assert!(
            out.ends_with(">text</div><p x=1>more</p>"),
            "{}",
            &out[out.len() - 60..]
        );
        // The count starts once the tag is long enough to need one.
        let kept = out.matches("=\"v\"").count();
        assert!(
            (MAX_ATTRIBUTES..=2 * MAX_ATTRIBUTES).contains(&kept),
            "{kept}"
        );
        // Attributes without values or quotes are counted too.
        let bare: String = (0..5000).map(|i| format!(" b{i}")).collect();
        let (out, cut) = guard(&[&format!("<p{bare}>t</p>")]);
        assert!(cut && out.ends_with(">t</p>"));
        assert!(out.len() < 2 * MAX_ATTRIBUTES * 7);
    }
}
