//! Whole articles on arbitrary bytes: `Reader::new` with the default
//! options (extraction on), then a variant with tiny `max_depth` and
//! `max_article_bytes` taken from the first byte.
#![no_main]

use article_dump::{LineEnding, Options, Reader, Warning};
use article_dump_fuzz::{check_stream, collect};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let items = collect(Reader::new(data), data);
    check_stream(data, &items);
    for a in items.iter().flatten() {
        let _ = a.to_string();
        serde_json::to_string(a).expect("an article serialises");
    }

    let Some((&control, rest)) = data.split_first() else {
        return;
    };
    let limit = 64 + u64::from(control >> 4) * 64;
    let options = Options::new()
        .max_depth(usize::from(control & 0x0f))
        .max_article_bytes(limit);
    let items = collect(Reader::with_options(rest, options), rest);
    check_stream(rest, &items);
    for a in items.iter().flatten() {
        // Written back, an article is at most as long as it was read
        // (trailing white space is dropped), so within the limit, except
        // that U+FFFD (three bytes) may stand for one invalid byte, and a
        // CRLF article writes `\r\n` after header lines that ended in `\n`.
        if a.warnings
            .iter()
            .any(|w| matches!(w, Warning::InvalidUtf8 { .. }))
        {
            continue;
        }
        let written = a.to_string();
        let body = a.raw_body().map_or(0, str::len);
        let header = &written[..written.len() - body];
        // (header lines the look-ahead took once escaped the limit:
        // tests/fuzz_regressions.rs, `header_over_the_size_limit_is_too_large`)
        let slack = match a.line_ending {
            LineEnding::CrLf => header.matches('\n').count(),
            LineEnding::Lf => 0,
        };
        assert!(
            (written.len() - slack) as u64 <= limit,
            "{} bytes read under a limit of {limit}",
            written.len()
        );
    }
});
