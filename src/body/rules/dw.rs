//! Dw.

use super::*;

/// Dw's rules.
pub(crate) struct Dw;
impl Rules for Dw {
    fn paragraph(&self, p: &mut Para, cx: &Context) -> Verdict {
        if mirror_drop(
            p.text,
            &["DW中文有Instagram", "德国之声版权声明", "DW中文有Facebook"],
        ) {
            return Verdict::Drop;
        }
        generic::paragraph(p, cx)
    }
}
