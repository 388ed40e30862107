//! Parse, write, parse again: every article of a stream, written in the
//! dump format, reads back as an equal article, and writing it again gives
//! the same text.
#![no_main]

use article_dump::{parse_str, Reader};
use article_dump_fuzz::{check_stream, collect, standalone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let items = collect(Reader::new(data), data);
    check_stream(data, &items);
    for a in items.iter().flatten() {
        let written = a.to_string();
        // Invalid UTF-8 included: article starts are judged on lines as
        // they will be written (tests/fuzz_regressions.rs, `lossy_*`), and
        // title lines drop CRs before their end (`title_line_ending_in_cr_*`).
        let again = parse_str(&written).unwrap_or_else(|e| {
            panic!(
                "article {} written back does not parse: {e}\n{written:?}",
                a.location
            )
        });
        assert_eq!(again, standalone(a), "written: {written:?}");
        assert_eq!(again.to_string(), written, "writing is not a fixpoint");
    }
});
