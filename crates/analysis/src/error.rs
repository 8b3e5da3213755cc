//! Errors that name the file, and the line where there is one.

use std::fmt;
use std::path::PathBuf;

/// Why an article could not be read. Every error names its file; most name the line too.
#[derive(Debug)]
pub struct Error {
    /// The file, as the user named it.
    pub path: PathBuf,
    /// The 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What went wrong.
    pub problem: Problem,
}

/// What went wrong with a file.
#[derive(Debug)]
pub enum Problem {
    /// The file could not be read at all.
    Io(std::io::Error),
    /// The bytes are not UTF-8.
    NotUtf8 {
        /// The 1-based byte column of the first bad byte.
        column: usize,
        /// That byte.
        byte: u8,
    },
    /// A folder was given that holds no `.txt` file.
    NoArticles,
    /// Two files share a file name, which must be unique: it is the source's id.
    DuplicateName,
    /// The file is larger than the 4 GiB that span offsets can address.
    TooLarge,
}

impl Error {
    pub(crate) fn new(path: impl Into<PathBuf>, line: Option<usize>, problem: Problem) -> Self {
        Error { path: path.into(), line, problem }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        match &self.problem {
            Problem::Io(error) => write!(f, ": cannot read: {error}"),
            Problem::NotUtf8 { column, byte } => {
                write!(f, ":{column}: not UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8")
            }
            Problem::NoArticles => write!(f, ": no .txt articles in this folder"),
            Problem::DuplicateName => {
                write!(f, ": another source has the same file name; file names must be unique")
            }
            Problem::TooLarge => write!(f, ": larger than 4 GiB"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Io(error) => Some(error),
            _ => None,
        }
    }
}
