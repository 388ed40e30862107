//! Every version of every article, read from an archive's git history
//! (behind the `history` feature).
//!
//! The walk goes over the first-parent history of `HEAD`, oldest commit
//! first, comparing each commit's `articles/` tree with the one before:
//! subtrees and files whose object id did not change are skipped without
//! being read, and only the files that changed are read and parsed. It
//! holds the paths of one commit's articles and, per article, the ids of
//! the contents seen so far; the versions themselves are handed out one at
//! a time.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use gix::ObjectId;

use crate::single::parse_bytes_with;
use crate::{Article, Error, Options};

/// What can go wrong while reading a repository's history (a file that
/// does not parse is not one of them: see [`Version::article`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HistoryError {
    /// The path is not a git repository (a work tree or a bare one).
    #[error("{path}: not a git repository that can be opened: {source}")]
    Open {
        /// The path given.
        path: PathBuf,
        /// Why it could not be opened.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Reading an object of the repository failed.
    #[error("{what}: {source}")]
    Git {
        /// What was being read (`commit 1a2b…`, `the tree of …`).
        what: String,
        /// The git library's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// The error of reading `what`.
fn git<E: std::error::Error + Send + Sync + 'static>(
    what: impl FnOnce() -> String,
) -> impl FnOnce(E) -> HistoryError {
    move |e| HistoryError::Git {
        what: what(),
        source: Box::new(e),
    }
}

/// An archive's git repository, opened for reading its history.
///
/// ```no_run
/// use article_dump::{History, HistoryEvent};
/// let history = History::open("path/to/archive")?;
/// for event in history.walk()? {
///     match event? {
///         HistoryEvent::Version(v) => {
///             let title = v.article.as_ref().map_or("(unreadable)", |a| a.title());
///             println!("{} {} {} {title}", v.id, &v.commit[..8], v.time);
///         }
///         HistoryEvent::Deleted { id, path } => println!("{id} deleted (last at {path})"),
///         _ => {}
///     }
/// }
/// # Ok::<(), article_dump::HistoryError>(())
/// ```
pub struct History {
    repo: gix::Repository,
    options: Options,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History")
            .field("git_dir", &self.repo.git_dir())
            .field("options", &self.options)
            .finish()
    }
}

/// One distinct content of an article's file.
#[derive(Debug)]
pub struct Version {
    /// The article's id: the file name's leading digits, after the folders
    /// below `articles/` when there are any (`rfi/1048000` for
    /// `articles/rfi/1048000.md`, `399577` for `articles/399577_标题.md`).
    pub id: String,
    /// The commit that first had this content, as 40 hex digits.
    pub commit: String,
    /// The commit's time (the committer's).
    pub time: DateTime<Utc>,
    /// The file's path in that commit.
    pub path: String,
    /// The id of the file's content (the git blob), as hex digits.
    pub blob: String,
    /// The file read as one article, or why it could not be.
    pub article: Result<Article, Error>,
}

/// What a [`HistoryWalk`] yields.
#[derive(Debug)]
#[non_exhaustive]
pub enum HistoryEvent {
    /// A content of an article's file not seen before for that article, in
    /// commit order (in path order within a commit). Boxed: an article
    /// is large next to a deletion.
    Version(Box<Version>),
    /// After the last version: an article none of whose files is in the
    /// newest commit.
    Deleted {
        /// The article's id.
        id: String,
        /// The last path it had.
        path: String,
    },
}

/// One article's versions and whether it was deleted, from
/// [`History::articles`].
#[derive(Debug)]
pub struct ArticleHistory {
    /// The article's id (see [`Version::id`]).
    pub id: String,
    /// Its distinct versions, oldest first.
    pub versions: Vec<Version>,
    /// Whether none of its files is in the newest commit.
    pub deleted: bool,
}

impl History {
    /// Opens the repository at `path`: the top of a work tree, its `.git`,
    /// or a bare repository.
    ///
    /// # Errors
    /// [`HistoryError::Open`] when `path` is not a repository.
    pub fn open(path: impl AsRef<Path>) -> Result<History, HistoryError> {
        let path = path.as_ref();
        let mut repo = gix::open(path).map_err(|e| HistoryError::Open {
            path: path.to_path_buf(),
            source: Box::new(e),
        })?;
        // Consecutive commits share most trees; a small cache spares
        // decoding them again from the pack.
        repo.object_cache_size_if_unset(16 << 20);
        Ok(History {
            repo,
            options: Options::default(),
        })
    }

    /// Reads the articles with these options (the default keeps each raw
    /// body; `Options::new().raw_body(false)` halves what a version holds).
    pub fn with_options(mut self, options: Options) -> History {
        self.options = options;
        self
    }

    /// Walks the first-parent history of `HEAD`, oldest commit first.
    ///
    /// # Errors
    /// When `HEAD` or one of its commits cannot be read.
    pub fn walk(&self) -> Result<HistoryWalk<'_>, HistoryError> {
        let head = self
            .repo
            .head_id()
            .map_err(git(|| "HEAD".to_string()))?
            .detach();
        let mut commits = Vec::new();
        let mut next = Some(head);
        while let Some(id) = next {
            let commit = self
                .repo
                .find_commit(id)
                .map_err(git(|| format!("commit {id}")))?;
            next = commit.parent_ids().next().map(|p| p.detach());
            commits.push(id);
        }
        commits.reverse();
        Ok(HistoryWalk {
            history: self,
            total: commits.len(),
            commits: commits.into_iter(),
            articles_tree: None,
            live: HashMap::new(),
            seen: HashMap::new(),
            pending: VecDeque::new(),
            done: false,
        })
    }

    /// Every article with all its versions, in the order of their first
    /// version. This holds every version in memory; [`walk`](History::walk)
    /// hands them out one at a time.
    ///
    /// # Errors
    /// As [`walk`](History::walk).
    pub fn articles(&self) -> Result<Vec<ArticleHistory>, HistoryError> {
        let mut out: Vec<ArticleHistory> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for event in self.walk()? {
            match event? {
                HistoryEvent::Version(v) => {
                    let i = *at.entry(v.id.clone()).or_insert_with(|| {
                        out.push(ArticleHistory {
                            id: v.id.clone(),
                            versions: Vec::new(),
                            deleted: false,
                        });
                        out.len() - 1
                    });
                    out[i].versions.push(*v);
                }
                HistoryEvent::Deleted { id, .. } => {
                    if let Some(&i) = at.get(&id) {
                        out[i].deleted = true;
                    }
                }
            }
        }
        Ok(out)
    }
}

/// The walk over a history: an iterator of [`HistoryEvent`]s. After an
/// error it ends.
pub struct HistoryWalk<'h> {
    history: &'h History,
    total: usize,
    commits: std::vec::IntoIter<ObjectId>,
    /// The `articles` tree of the commit before.
    articles_tree: Option<ObjectId>,
    /// The articles of the commit before: path to id.
    live: HashMap<String, String>,
    /// Per id, the contents seen so far and the last path.
    seen: HashMap<String, Seen>,
    /// What the current commit still has to hand out.
    pending: VecDeque<Pending>,
    done: bool,
}

impl std::fmt::Debug for HistoryWalk<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (done, total) = self.progress();
        f.debug_struct("HistoryWalk")
            .field("commits_done", &done)
            .field("commits", &total)
            .finish_non_exhaustive()
    }
}

struct Seen {
    blobs: HashSet<ObjectId>,
    last_path: String,
}

enum Pending {
    Read {
        id: String,
        path: String,
        blob: ObjectId,
        commit: ObjectId,
        time: DateTime<Utc>,
    },
    Deleted {
        id: String,
        path: String,
    },
}

/// A file of the `articles` tree that changed from one commit to the next.
struct Changed {
    path: String,
    /// The new content, `None` when the file is gone.
    blob: Option<ObjectId>,
}

impl HistoryWalk<'_> {
    /// Commits read so far and in all, for a progress display.
    pub fn progress(&self) -> (usize, usize) {
        (self.total - self.commits.len(), self.total)
    }

    /// Compares the next commit with the one before and queues what it
    /// brings; `Ok(false)` when there is no commit left.
    fn next_commit(&mut self) -> Result<bool, HistoryError> {
        let Some(id) = self.commits.next() else {
            return Ok(false);
        };
        let repo = &self.history.repo;
        let commit = repo
            .find_commit(id)
            .map_err(git(|| format!("commit {id}")))?;
        let seconds = commit
            .time()
            .map_err(git(|| format!("the time of {id}")))?
            .seconds;
        let time = DateTime::<Utc>::from_timestamp(seconds, 0).unwrap_or_default();
        let root = commit
            .tree_id()
            .map_err(git(|| format!("the tree of {id}")))?
            .detach();
        let articles = self.entry_tree(root, "articles")?;
        if articles == self.articles_tree {
            return Ok(true);
        }
        let mut changes = Vec::new();
        self.compare(self.articles_tree, articles, "articles", &mut changes)?;
        self.articles_tree = articles;
        for Changed { path, blob } in changes {
            let Some(blob) = blob else {
                self.live.remove(&path);
                continue;
            };
            let Some(article_id) = article_id(&path) else {
                continue;
            };
            self.live.insert(path.clone(), article_id.clone());
            let seen = self.seen.entry(article_id.clone()).or_insert_with(|| Seen {
                blobs: HashSet::new(),
                last_path: String::new(),
            });
            seen.last_path.clone_from(&path);
            if seen.blobs.insert(blob) {
                self.pending.push_back(Pending::Read {
                    id: article_id,
                    path,
                    blob,
                    commit: id,
                    time,
                });
            }
        }
        Ok(true)
    }

    /// The id of the tree `name` in the tree `tree`, if there is one.
    fn entry_tree(&self, tree: ObjectId, name: &str) -> Result<Option<ObjectId>, HistoryError> {
        let tree = self
            .history
            .repo
            .find_tree(tree)
            .map_err(git(|| format!("tree {tree}")))?;
        let entry = tree.find_entry(name);
        Ok(entry
            .filter(|e| e.mode().is_tree())
            .map(|e| e.oid().to_owned()))
    }

    /// The files that differ between the trees `old` and `new` (either may
    /// be absent) at `prefix`, in path order; equal subtrees are skipped.
    fn compare(
        &self,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
        prefix: &str,
        out: &mut Vec<Changed>,
    ) -> Result<(), HistoryError> {
        if old == new {
            return Ok(());
        }
        let old = self.entries(old)?;
        let new = self.entries(new)?;
        let old_by_name: HashMap<&str, &Entry> = old.iter().map(|e| (e.name.as_str(), e)).collect();
        let new_names: HashSet<&str> = new.iter().map(|e| e.name.as_str()).collect();
        let mut names: Vec<&str> = new_names.iter().copied().collect();
        names.extend(
            old.iter()
                .map(|e| e.name.as_str())
                .filter(|n| !new_names.contains(n)),
        );
        names.sort_unstable();
        let new_by_name: HashMap<&str, &Entry> = new.iter().map(|e| (e.name.as_str(), e)).collect();
        for name in names {
            let (before, after) = (old_by_name.get(name), new_by_name.get(name));
            if let (Some(b), Some(a)) = (before, after) {
                if b.id == a.id && b.is_tree == a.is_tree {
                    continue;
                }
            }
            let path = format!("{prefix}/{name}");
            let tree = |e: Option<&&Entry>| e.filter(|e| e.is_tree).map(|e| e.id);
            let file = |e: Option<&&Entry>| e.filter(|e| !e.is_tree).map(|e| e.id);
            self.compare(tree(before), tree(after), &path, out)?;
            match (file(before), file(after)) {
                (None, None) => {}
                (_, Some(blob)) => out.push(Changed {
                    path,
                    blob: Some(blob),
                }),
                (Some(_), None) => out.push(Changed { path, blob: None }),
            }
        }
        Ok(())
    }

    /// The entries of a tree (none for an absent one): subtrees and
    /// regular files; links and submodules are not articles.
    fn entries(&self, tree: Option<ObjectId>) -> Result<Vec<Entry>, HistoryError> {
        let Some(id) = tree else {
            return Ok(Vec::new());
        };
        let tree = self
            .history
            .repo
            .find_tree(id)
            .map_err(git(|| format!("tree {id}")))?;
        let decoded = tree.decode().map_err(git(|| format!("tree {id}")))?;
        Ok(decoded
            .entries
            .iter()
            .filter(|e| e.mode.is_tree() || e.mode.is_blob())
            .map(|e| Entry {
                name: String::from_utf8_lossy(e.filename).into_owned(),
                id: e.oid.to_owned(),
                is_tree: e.mode.is_tree(),
            })
            .collect())
    }

    /// Reads and parses one queued version.
    fn read(&self, pending: Pending) -> Result<HistoryEvent, HistoryError> {
        let (id, path, blob, commit, time) = match pending {
            Pending::Deleted { id, path } => return Ok(HistoryEvent::Deleted { id, path }),
            Pending::Read {
                id,
                path,
                blob,
                commit,
                time,
            } => (id, path, blob, commit, time),
        };
        let data = self
            .history
            .repo
            .find_blob(blob)
            .map_err(git(|| format!("{path} in commit {commit}")))?;
        Ok(HistoryEvent::Version(Box::new(Version {
            id,
            commit: commit.to_string(),
            time,
            path,
            blob: blob.to_string(),
            article: parse_bytes_with(&data.data, self.history.options),
        })))
    }

    /// Queues the deleted articles, once the last commit is read.
    fn queue_deleted(&mut self) {
        let live: HashSet<&String> = self.live.values().collect();
        let mut deleted: Vec<(String, String)> = self
            .seen
            .iter()
            .filter(|(id, _)| !live.contains(id))
            .map(|(id, seen)| (id.clone(), seen.last_path.clone()))
            .collect();
        deleted.sort_unstable();
        self.pending.extend(
            deleted
                .into_iter()
                .map(|(id, path)| Pending::Deleted { id, path }),
        );
    }
}

struct Entry {
    name: String,
    id: ObjectId,
    is_tree: bool,
}

impl Iterator for HistoryWalk<'_> {
    type Item = Result<HistoryEvent, HistoryError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(pending) = self.pending.pop_front() {
                let event = self.read(pending);
                self.done |= event.is_err();
                return Some(event);
            }
            if self.done {
                return None;
            }
            match self.next_commit() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    self.queue_deleted();
                }
                Err(e) => {
                    self.done = true;
                    self.pending.clear();
                    return Some(Err(e));
                }
            }
        }
    }
}

/// The article id of a path below `articles/`: the file name's leading
/// digits after the folders between; `None` for a file that is not an
/// article (no leading digits, not `.md`).
fn article_id(path: &str) -> Option<String> {
    let rest = path.strip_prefix("articles/")?;
    let (folders, name) = match rest.rsplit_once('/') {
        Some((folders, name)) => (Some(folders), name),
        None => (None, rest),
    };
    if !name.ends_with(".md") {
        return None;
    }
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let number = &name[..digits];
    Some(match folders {
        Some(folders) => format!("{folders}/{number}"),
        None => number.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::article_id;

    #[test]
    fn ids_from_paths() {
        assert_eq!(
            article_id("articles/rfi/1048000.md").as_deref(),
            Some("rfi/1048000")
        );
        assert_eq!(
            article_id("articles/399577_标题.md").as_deref(),
            Some("399577")
        );
        assert_eq!(
            article_id("articles/399577_标题 2.md").as_deref(),
            Some("399577")
        );
        assert_eq!(article_id("articles/README.md"), None);
        assert_eq!(article_id("articles/rfi/1048000.json"), None);
        assert_eq!(article_id("other/1048000.md"), None);
    }
}
