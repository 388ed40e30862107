//! Voa.

use super::*;

/// Voa's rules.
pub(crate) struct Voa;
impl Rules for Voa {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        let t = p.text.trim_end();
        if !p.from_p && (t.ends_with('—') || t.ends_with("－")) && t.chars().count() <= 20 {
            return Verdict::PrefixNext;
        }
        generic::paragraph(p, cx)
    }
}
