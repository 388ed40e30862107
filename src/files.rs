//! Reading the dump files of a directory tree in a stable order.

use std::fs::File;
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Article, Error, Location, Options, Reader};

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
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
/// When `root` or a directory under it cannot be read.
pub fn find_dump_files(root: impl AsRef<Path>) -> io::Result<Vec<PathBuf>> {
    let root = root.as_ref();
    if !std::fs::metadata(root)?.is_dir() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let kind = entry.file_type()?;
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
/// [`Error::Io`] and the next file is read.
///
/// ```
/// use article_dump::{find_dump_files, FileReader, Options};
/// let files = find_dump_files("examples/data")?;
/// for (path, article) in FileReader::new(files, Options::new().extract(false)) {
///     let article = article.expect("the bundled sample is well-formed");
///     println!("{}: {}", path.display(), article.title());
/// }
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct FileReader {
    paths: std::vec::IntoIter<PathBuf>,
    options: Options,
    current: Option<(Arc<Path>, Reader<BufReader<File>>)>,
}

impl FileReader {
    /// A reader of `paths`, in the order given.
    pub fn new(paths: Vec<PathBuf>, options: Options) -> Self {
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
            match Reader::from_path(&path, self.options.clone()) {
                Ok(reader) => self.current = Some((path, reader)),
                Err(source) => {
                    let at = Location::default();
                    return Some((path, Err(Error::Io { at, source })));
                }
            }
        }
    }
}
