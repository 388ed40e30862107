//! RFA: what its pages look like and what the extraction makes of them.
//!
//! Dateline: none in the body: taken from the URL (`…-04242024050127.html`,
//! month day year hour minute second) as `local` time and `date`, the text
//! being those 14 digits; only when the body has no dateline.
//!
//! Byline: last `<p>`: `记者：… 责编：… 网编：…`, also without colons (`记者 甲 责编 乙`)
//! and as `自由亚洲电台记者甲华盛顿报道 …` (the place, from a list of bureaus, is cut off;
//! with no known place a single word is a name only if at most 3 characters);
//! editors kept as roles.
//!
//! Lead: none marked.
//!
//! Images, captions, credits: `.image-caption` captions with `.copyright`
//! credits; zoom icons dropped; link lists → `related`.

use super::generic;
use super::hooks::Rules;
#[allow(unused_imports)] // each site uses a part of it
use super::prelude::*;

/// Rfa's rules.
pub(crate) struct Rfa;
impl Rules for Rfa {
    fn classify(&self, n: &Node, tag: &str, a: &Attrs, cx: &Context) -> Role {
        if a.has_class("searchresultdate") || a.id == Some("zoomattribute") {
            return Role::Skip;
        }
        generic::classify(n, tag, a, cx)
    }

    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        // The closing byline, with or without colons:
        // `记者：甲 责编：乙`, `记者 甲 责编 乙`,
        // `自由亚洲电台记者甲华盛顿报道 责编：乙 网编：丙`.
        // `…华盛顿报道。 责编：乙` (2020): the full stop closes the
        // reporters' part, not a sentence.
        let t = p.text.replace("报道。", "报道 ");
        if (t.contains("责编") || t.contains("网编"))
            && t.chars().count() < 80
            && !t.contains(['。', '，', '？', '?'])
        {
            // `(记者：甲 责编：乙)`: the brackets are not part of the names.
            let core = p.text.trim_matches(['(', ')', '（', '）', ' ']);
            if core.len() < p.text.len() {
                *p.text = core.to_string();
            }
            return Verdict::Byline;
        }
        generic::paragraph(p, cx)
    }

    /// Captions end with their source in brackets: `…。（RFA摄）`,
    /// `（法新社）`, `（视频截图/CCTV）`, ` (台师大网)`.
    fn caption_credit(&self, caption: &mut String) -> Option<String> {
        generic::bracketed_credit(caption)
    }

    /// The zoom button drawn over pictures.
    fn image_kind(&self, img: &Image) -> ImageKind {
        if host_and_path(&img.src).1.contains("icon-zoom") {
            return ImageKind::Icon;
        }
        generic::image_kind(img)
    }

    /// `…/ql1-04242024050127.html`: month, day, year, hour, minute and
    /// second of publication, in a zone the address does not give.
    fn url_dateline(&self, url: &Url) -> Option<Dateline> {
        let name = url.path_segments()?.next_back()?;
        let stem = name.strip_suffix(".html")?;
        let digits = stem.rsplit('-').next()?;
        if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let local = NaiveDateTime::parse_from_str(digits, "%m%d%Y%H%M%S").ok()?;
        Some(Dateline {
            text: digits.to_string(),
            relative: false,
            datetime: None,
            local: Some(local),
            date: Some(local.date()),
        })
    }
}
