//! The crate's own tree against `markup5ever_rcdom`: any text parsed both
//! ways gives the same nodes, attributes and text in the same order (unless
//! one of the crate's limits changed the tree on purpose).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // RcDom's side is quadratic on deep nesting below our cap; 64 KiB keeps
    // each run short.
    let data = &data[..data.len().min(64 * 1024)];
    let html = String::from_utf8_lossy(data);
    if let Err(diff) = article_dump::__compare_tree_with_rcdom(&html) {
        panic!("{diff}");
    }
});
