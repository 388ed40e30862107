//! The progress line the examples show on stderr when it is a terminal:
//! files, articles, megabytes and throughput, at most four times a second,
//! ended with a final count and a line end however the run ends.

use std::time::Instant;

use crate::args::count;
use crate::{note, note_inline};

/// Counts of what was read so far, shown by [`Progress::tick`].
pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    pub files: u64,
    pub articles: u64,
    pub bytes: u64,
}

impl Progress {
    /// A progress line shown only when `enabled` (stderr is a terminal).
    pub fn new(enabled: bool) -> Progress {
        Progress {
            enabled,
            start: Instant::now(),
            last: Instant::now(),
            files: 0,
            articles: 0,
            bytes: 0,
        }
    }

    /// Redraws the line, when a quarter of a second has passed or `force`.
    pub fn tick(&mut self, force: bool) {
        if !self.enabled || (!force && self.last.elapsed().as_millis() < 250) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        note_inline!(
            "\r{}, {}, {:.1} MB, {:.1} MB/s   ",
            count(self.files, "file"),
            count(self.articles, "article"),
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }
}

/// The final count and the line end, however the run ends (an error
/// included), so that the shell's prompt starts on a line of its own.
impl Drop for Progress {
    fn drop(&mut self) {
        if self.enabled {
            self.tick(true);
            note!();
        }
    }
}
