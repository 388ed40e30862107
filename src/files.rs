//! Reading dump files: a path or `-` opened, a directory tree listed in a
//! stable order, many files read one after another.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Article, Error, Options, Reader};

/// Opens a dump for reading: the file at `path`, or stdin when `path` is
/// `-` (as command-line tools do).
///
/// The result is buffered and `Send`, ready for
/// [`Reader::with_options`]:
///
/// ```
/// use article_dump::{open, Options, Reader};
/// # let args = ["examples/data/voa/1033000.md"];
/// for input in args {
///     for article in Reader::with_options(open(input)?, Options::new()) {
///         println!("{}", article?.title());
///     }
/// }
/// # Ok::<(), article_dump::Error>(())
/// ```
///
/// # Errors
/// [`Error::Open`], naming the path, when the file cannot be opened.
pub fn open(path: impl AsRef<Path>) -> Result<Box<dyn BufRead + Send>, Error> {
    let path = path.as_ref();
    if path == Path::new("-") {
        // `Stdin` (not its lock, which is not `Send`) behind a large buffer,
        // as files get one.
        return Ok(Box::new(BufReader::with_capacity(64 << 10, io::stdin())));
    }
    let file = File::open(path).map_err(|source| open_error(path, source))?;
    Ok(Box::new(BufReader::with_capacity(64 << 10, file)))
}

fn open_error(path: &Path, source: io::Error) -> Error {
    Error::Open {
        path: path.to_path_buf(),
        source,
    }
}

/// The dump files (`*.md`) at or under `root`, recursively, sorted by path
/// (component by component), so that every run reads them in the same order.
///
/// A `root` that is a file is returned as it is, whatever its name. Entries
/// whose names start with `.` (such as `.git`) are skipped; symbolic links to
/// directories are not followed, so a link cycle cannot trap the walk.
///
/// ```
/// let files = article_dump::find_dump_files("examples/data")?;
/// assert!(files.iter().all(|p| p.extension().is_some_and(|e| e == "md")));
/// let missing = article_dump::find_dump_files("no/such/dir").unwrap_err();
/// assert!(missing.to_string().starts_with("cannot open no/such/dir: "));
/// # Ok::<(), article_dump::Error>(())
/// ```
///
/// # Errors
/// [`Error::Open`], naming the path, when `root` or a directory under it
/// cannot be read.
pub fn find_dump_files(root: impl AsRef<Path>) -> Result<Vec<PathBuf>, Error> {
    let root = root.as_ref();
    let meta = std::fs::metadata(root).map_err(|e| open_error(root, e))?;
    if !meta.is_dir() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| open_error(&dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| open_error(&dir, e))?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| open_error(&path, e))?;
            if kind.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && (kind.is_file() || std::fs::metadata(&path).is_ok_and(|m| m.is_file()))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads the articles of many files, one file after another.
///
/// Each item names the file it comes from; article indexes, offsets and lines
/// count within that file. A file that cannot be opened gives one
/// [`Error::Open`] and the next file is read.
///
/// ```
/// use article_dump::{find_dump_files, FileReader, Options};
/// let files = find_dump_files("examples/data")?;
/// for (path, article) in FileReader::new(files, Options::new().extract(false)) {
///     let article = article.expect("the bundled sample is well-formed");
///     println!("{}: {}", path.display(), article.title());
/// }
/// // Any list of paths will do.
/// let n = FileReader::new(["examples/data/bbc/1047000.md"], Options::new()).count();
/// assert_eq!(n, 1);
/// # Ok::<(), article_dump::Error>(())
/// ```
pub struct FileReader {
    paths: std::vec::IntoIter<PathBuf>,
    options: Options,
    current: Option<(Arc<Path>, Reader<BufReader<File>>)>,
}

impl FileReader {
    /// A reader of `paths`, in the order given.
    pub fn new(paths: impl IntoIterator<Item = impl Into<PathBuf>>, options: Options) -> Self {
        // Collected, so that the reader stays one `Send` type whatever
        // iterator it was given.
        let paths: Vec<PathBuf> = paths.into_iter().map(Into::into).collect();
        FileReader {
            paths: paths.into_iter(),
            options,
            current: None,
        }
    }
}

impl Iterator for FileReader {
    type Item = (Arc<Path>, Result<Article, Error>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((path, reader)) = &mut self.current {
                if let Some(item) = reader.next() {
                    return Some((path.clone(), item));
                }
                self.current = None;
            }
            let path: Arc<Path> = self.paths.next()?.into();
            match Reader::from_path(&path, self.options) {
                Ok(reader) => self.current = Some((path, reader)),
                Err(e) => return Some((path, Err(e))),
            }
        }
    }
}
