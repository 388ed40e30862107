//! Every edit an archive recorded: the versions of its articles, read from
//! its git history.
//!
//! ```text
//! cargo run --release --features history --example versions -- [--all] [--text] PATH_TO_REPO
//! ```
//! PATH_TO_REPO is a clone of an archive (a work tree or a bare
//! repository). The first-parent history of `HEAD` is read oldest commit
//! first; every distinct content of an article's file is a version (an
//! article's id is its file name's leading digits, after its folder below
//! `articles/`, so a file renamed for a new title is the same article).
//!
//! Prints JSON Lines, one object per article that has more than one
//! version or was deleted (every article with `--all`), in the order of
//! their first version: `id`; `paths`; `versions`, oldest first (`commit`,
//! `time`, `path`, `title`, `url`, `paragraphs` and `images` counted, or
//! `error` when the file could not be read as an article); `changes`, one
//! per consecutive pair of versions (`commit` of the newer one, then what
//! changed: `title`, `url`, `timestamp`, `lead`, `dateline`, `authors` as
//! `{"from", "to"}`, `paragraphs` as `{"added": [...], "removed": [...],
//! "changed": [{"from", "to"}]}` (and `headings` and `quotes` alike), `images`, `links` (inside the
//! paragraphs), `embeds`, `related` and `share_links` as added and removed
//! addresses; `unreadable` when either version could not
//! be read); `deleted`, when no file of the article is in the newest
//! commit. `--text` prints a report for people instead, with the changed
//! paragraphs' edits marked `[-removed-]{+added+}`.
//!
//! On a terminal, stderr shows a progress line. The exit status is 1 when a
//! version could not be read as an article (said in one line on stderr),
//! 2 for a bad command line.

use std::collections::HashMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use article_dump::{
    Article, ArticleDiff, Change, History, HistoryEvent, ImageEdit, Options, ParagraphEdit,
    TextEdit, Version,
};
use clap::Parser;
use serde::Serialize;

// Only the `note!` macros are used here.
#[allow(dead_code)]
#[path = "common/args.rs"]
mod args;

/// Every edit an archive's git history recorded: the versions of its articles, as JSON Lines.
#[derive(Parser)]
#[command(name = "versions", version)]
struct Cli {
    /// Every article, not only those edited or deleted
    #[arg(long)]
    all: bool,
    /// A report for people instead of JSON, edits marked [-removed-]{+added+}
    #[arg(long)]
    text: bool,
    /// A clone of the archive: a work tree or a bare repository
    #[arg(value_name = "PATH_TO_REPO")]
    repo: String,
}

/// One article's line.
#[derive(Serialize)]
struct Record {
    id: String,
    paths: Vec<String>,
    versions: Vec<VersionOut>,
    changes: Vec<ChangeOut>,
    deleted: bool,
}

#[derive(Serialize)]
struct VersionOut {
    commit: String,
    time: String,
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    images: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// What changed from one version to the next, flattened for reading.
#[derive(Serialize)]
struct ChangeOut {
    commit: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unreadable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Change<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<Change<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<Change<Option<i64>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lead: Option<Change<Option<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<Change<Option<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authors: Option<Change<Vec<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<ParagraphsOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headings: Option<ParagraphsOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quotes: Option<ParagraphsOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    images: Option<ImagesOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    links: Option<Addresses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    embeds: Option<Addresses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related: Option<Addresses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    share_links: Option<Addresses>,
    /// The paragraph, heading and quotation edits as they are, for
    /// `--text` (not in the JSON).
    #[serde(skip)]
    edits: [(&'static str, Vec<ParagraphEdit>); 3],
}

#[derive(Serialize)]
struct ParagraphsOut {
    added: Vec<String>,
    removed: Vec<String>,
    changed: Vec<Change<String>>,
}

#[derive(Serialize)]
struct ImagesOut {
    added: Vec<String>,
    removed: Vec<String>,
    changed: Vec<ImageChangeOut>,
}

#[derive(Serialize)]
struct ImageChangeOut {
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<Change<Option<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credit: Option<Change<Option<String>>>,
}

#[derive(Serialize)]
struct Addresses {
    added: Vec<String>,
    removed: Vec<String>,
}

impl ChangeOut {
    fn unreadable(commit: &str) -> ChangeOut {
        ChangeOut::new(commit, ArticleDiff::default(), true)
    }

    fn new(commit: &str, diff: ArticleDiff, unreadable: bool) -> ChangeOut {
        let paragraphs = ParagraphsOut::new(&diff.paragraphs);
        let headings = ParagraphsOut::new(&diff.headings);
        let quotes = ParagraphsOut::new(&diff.quotes);
        let mut images = ImagesOut {
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
        };
        for edit in diff.images {
            match edit {
                ImageEdit::Added { image, .. } => images.added.push(image.url.as_str().into()),
                ImageEdit::Removed { image, .. } => images.removed.push(image.url.as_str().into()),
                ImageEdit::Changed {
                    url,
                    caption,
                    credit,
                    ..
                } => images.changed.push(ImageChangeOut {
                    url,
                    caption,
                    credit,
                }),
            }
        }
        let addresses = |added: Vec<String>, removed: Vec<String>| {
            (!added.is_empty() || !removed.is_empty()).then_some(Addresses { added, removed })
        };
        let urls = |links: &[article_dump::Link]| -> Vec<String> {
            links.iter().map(|l| l.url.as_str().to_string()).collect()
        };
        let shares = |links: &[article_dump::ShareLink]| -> Vec<String> {
            links.iter().map(|l| l.href.clone()).collect()
        };
        ChangeOut {
            commit: commit.to_string(),
            unreadable,
            title: diff.title,
            url: diff.url,
            timestamp: diff.timestamp,
            lead: diff.lead,
            dateline: diff.dateline,
            authors: diff.authors,
            paragraphs,
            headings,
            quotes,
            images: (!images.added.is_empty()
                || !images.removed.is_empty()
                || !images.changed.is_empty())
            .then_some(images),
            links: addresses(urls(&diff.links.added), urls(&diff.links.removed)),
            embeds: addresses(diff.embeds.added, diff.embeds.removed),
            related: addresses(urls(&diff.related.added), urls(&diff.related.removed)),
            share_links: addresses(
                shares(&diff.share_links.added),
                shares(&diff.share_links.removed),
            ),
            edits: [
                ("¶", diff.paragraphs),
                ("heading ", diff.headings),
                ("quote ", diff.quotes),
            ],
        }
    }
}

impl ParagraphsOut {
    /// The texts added, removed and changed; `None` for no edit.
    fn new(edits: &[ParagraphEdit]) -> Option<ParagraphsOut> {
        let mut out = ParagraphsOut {
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
        };
        for edit in edits {
            match edit {
                ParagraphEdit::Added { text, .. } => out.added.push(text.clone()),
                ParagraphEdit::Removed { text, .. } => out.removed.push(text.clone()),
                ParagraphEdit::Changed { from, to, .. } => out.changed.push(Change {
                    from: from.clone(),
                    to: to.clone(),
                }),
            }
        }
        (!edits.is_empty()).then_some(out)
    }
}

/// One article while the walk goes on: its record and its newest version,
/// to compare the next one with.
struct Tracked {
    record: Record,
    last: Option<Article>,
}

struct Progress {
    enabled: bool,
    last: Instant,
}

impl Progress {
    fn tick(&mut self, (done, total): (usize, usize), versions: usize, force: bool) {
        if !self.enabled || (!force && self.last.elapsed().as_millis() < 250) {
            return;
        }
        self.last = Instant::now();
        note_inline!("\rcommit {done}/{total}, {versions} versions   ");
    }
}

fn main() -> ExitCode {
    let Cli { all, text, repo } = Cli::parse();
    match run(&repo, all, text) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(unreadable) => {
            note!("versions: {unreadable} versions could not be read as articles (their `error` says why)");
            ExitCode::FAILURE
        }
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            note!("versions: writing the output failed: {e}");
            ExitCode::FAILURE
        }
        Err(Failure::History(e)) => {
            note!("versions: {e}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    History(article_dump::HistoryError),
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

impl From<article_dump::HistoryError> for Failure {
    fn from(e: article_dump::HistoryError) -> Self {
        Failure::History(e)
    }
}

/// Walks the history and prints the articles; returns how many versions
/// could not be read as articles.
fn run(repo: &str, all: bool, text: bool) -> Result<usize, Failure> {
    let history = History::open(repo)?.with_options(Options::new().raw_body(false));
    let mut walk = history.walk()?;
    let mut progress = Progress {
        enabled: io::stderr().is_terminal(),
        last: Instant::now(),
    };
    let mut tracked: Vec<Tracked> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let (mut versions, mut unreadable) = (0, 0);
    while let Some(event) = walk.next() {
        match event? {
            HistoryEvent::Version(v) => {
                versions += 1;
                unreadable += usize::from(v.article.is_err());
                let i = *at.entry(v.id.clone()).or_insert_with(|| {
                    tracked.push(Tracked {
                        record: Record {
                            id: v.id.clone(),
                            paths: Vec::new(),
                            versions: Vec::new(),
                            changes: Vec::new(),
                            deleted: false,
                        },
                        last: None,
                    });
                    tracked.len() - 1
                });
                add(&mut tracked[i], *v);
            }
            HistoryEvent::Deleted { id, .. } => {
                if let Some(&i) = at.get(&id) {
                    tracked[i].record.deleted = true;
                }
            }
            _ => {}
        }
        progress.tick(walk.progress(), versions, false);
    }
    progress.tick(walk.progress(), versions, true);
    if progress.enabled {
        note!();
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for t in &tracked {
        let r = &t.record;
        if !all && r.versions.len() < 2 && !r.deleted {
            continue;
        }
        if text {
            write_text(&mut out, r)?;
        } else {
            serde_json::to_writer(&mut out, r).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(unreadable)
}

/// Adds a version to its article: its summary, and what changed from the
/// version before.
fn add(t: &mut Tracked, v: Version) {
    let r = &mut t.record;
    if !r.paths.contains(&v.path) {
        r.paths.push(v.path.clone());
    }
    let (article, error) = match v.article {
        Ok(a) => (Some(a), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let content = article.as_ref().and_then(|a| a.content.as_ref());
    r.versions.push(VersionOut {
        commit: v.commit.clone(),
        time: v.time.to_rfc3339(),
        path: v.path,
        title: article.as_ref().map(|a| a.title().to_string()),
        url: article.as_ref().map(|a| a.header.url_raw.clone()),
        paragraphs: content.map(|c| c.paragraphs.len()),
        images: content.map(|c| c.images.len()),
        error,
    });
    if r.versions.len() > 1 {
        r.changes.push(match (&t.last, &article) {
            (Some(old), Some(new)) => ChangeOut::new(&v.commit, Article::diff(old, new), false),
            _ => ChangeOut::unreadable(&v.commit),
        });
    }
    t.last = article;
}

/// The report for people.
fn write_text(out: &mut impl Write, r: &Record) -> io::Result<()> {
    let deleted = if r.deleted { ", deleted" } else { "" };
    writeln!(out, "== {} ({} versions{deleted})", r.id, r.versions.len())?;
    for (i, v) in r.versions.iter().enumerate() {
        writeln!(out, "{}. {} {} {}", i + 1, v.time, &v.commit[..10], v.path)?;
        match (&v.title, &v.error) {
            (Some(title), _) => writeln!(out, "   title: {title}")?,
            (None, Some(e)) => writeln!(out, "   unreadable: {e}")?,
            (None, None) => {}
        }
        let Some(c) = i.checked_sub(1).and_then(|i| r.changes.get(i)) else {
            continue;
        };
        if c.unreadable {
            continue;
        }
        if let Some(t) = &c.title {
            writeln!(out, "   retitled, was: {}", t.from)?;
        }
        if let Some(u) = &c.url {
            writeln!(out, "   url: {} -> {}", u.from, u.to)?;
        }
        if let Some(l) = &c.lead {
            writeln!(out, "   lead: {:?} -> {:?}", l.from, l.to)?;
        }
        if let Some(a) = &c.authors {
            writeln!(out, "   authors: {:?} -> {:?}", a.from, a.to)?;
        }
        for (what, edits) in &c.edits {
            for edit in edits {
                match edit {
                    ParagraphEdit::Added {
                        new_index, text, ..
                    } => writeln!(out, "   + {what}{} {text}", new_index + 1)?,
                    ParagraphEdit::Removed {
                        old_index, text, ..
                    } => writeln!(out, "   - {what}{} {text}", old_index + 1)?,
                    ParagraphEdit::Changed {
                        new_index, edits, ..
                    } => writeln!(out, "   ~ {what}{} {}", new_index + 1, marked(edits))?,
                }
            }
        }
        if let Some(links) = &c.links {
            for url in &links.added {
                writeln!(out, "   + link {url}")?;
            }
            for url in &links.removed {
                writeln!(out, "   - link {url}")?;
            }
        }
        if let Some(embeds) = &c.embeds {
            for url in &embeds.added {
                writeln!(out, "   + embed {url}")?;
            }
            for url in &embeds.removed {
                writeln!(out, "   - embed {url}")?;
            }
        }
        if let Some(images) = &c.images {
            for url in &images.added {
                writeln!(out, "   + image {url}")?;
            }
            for url in &images.removed {
                writeln!(out, "   - image {url}")?;
            }
            for change in &images.changed {
                writeln!(out, "   ~ image {} (caption or credit)", change.url)?;
            }
        }
    }
    writeln!(out)
}

/// A changed paragraph with its edits marked as `git diff --word-diff` does.
fn marked(edits: &[TextEdit]) -> String {
    let mut s = String::new();
    for edit in edits {
        match edit {
            TextEdit::Equal(t) => s.push_str(t),
            TextEdit::Delete(t) => {
                s.push_str("[-");
                s.push_str(t);
                s.push_str("-]");
            }
            TextEdit::Insert(t) => {
                s.push_str("{+");
                s.push_str(t);
                s.push_str("+}");
            }
        }
    }
    s
}
