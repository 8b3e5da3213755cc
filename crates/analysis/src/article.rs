//! Stage 1: an article is one plain-text file, read and checked, its bytes kept as they are.
//!
//! Every later offset (passages, mentions) is a byte offset into [`Article::text`], which is the
//! file's original bytes: a BOM or CRLF line ends are kept, and skipped by the stages that read.

use crate::error::{Error, Problem};
use std::path::{Path, PathBuf};

/// The UTF-8 byte order mark some editors put at the start of a file.
const BOM: &str = "\u{FEFF}";

/// One source file: its name and its exact text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Where it was read from, for error messages.
    pub path: PathBuf,
    /// The file name: the source's id in the app, in URLs and in `data-source` hooks.
    pub file: String,
    /// The file's bytes, checked to be UTF-8 and otherwise untouched.
    pub text: String,
}

impl Article {
    /// Reads a file.
    ///
    /// # Errors
    /// If the file cannot be read, is not UTF-8 (the error names the line and column of the
    /// first bad byte) or is too large for 32-bit offsets.
    pub fn read(path: &Path) -> Result<Article, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::new(path, None, Problem::Io(e)))?;
        Article::from_bytes(path, bytes)
    }

    /// Checks bytes that came from `path`.
    ///
    /// # Errors
    /// As [`Article::read`], but never an I/O error.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Article, Error> {
        if u32::try_from(bytes.len()).is_err() {
            return Err(Error::new(path, None, Problem::TooLarge));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let line = 1 + bytes[..at].split(|&b| b == b'\n').count() - 1;
            let problem = Problem::NotUtf8 { column: at - line_start + 1, byte: bytes[at] };
            Error::new(path, Some(line), problem)
        })?;
        let file = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned());
        Ok(Article { path: path.to_path_buf(), file, text })
    }

    /// An article made from text already in memory (tests, generators).
    #[must_use]
    pub fn from_text(file: &str, text: &str) -> Article {
        Article { path: PathBuf::from(file), file: file.to_owned(), text: text.to_owned() }
    }

    /// Where the readable text starts: after a byte order mark, if the file has one.
    #[must_use]
    pub fn body_start(&self) -> usize {
        if self.text.starts_with(BOM) { BOM.len() } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_bytes_and_names_the_file() {
        let article = Article::from_bytes(Path::new("seeds/a.txt"), b"Homs\r\n".to_vec()).unwrap();
        assert_eq!(article.file, "a.txt");
        assert_eq!(article.text, "Homs\r\n");
        assert_eq!(article.body_start(), 0);
    }

    #[test]
    fn a_bom_is_kept_but_skipped() {
        let article = Article::from_text("b.txt", "\u{FEFF}Homs");
        assert_eq!(article.body_start(), 3);
        assert_eq!(&article.text[article.body_start()..], "Homs");
    }

    #[test]
    fn bad_utf8_names_file_line_and_column() {
        let error =
            Article::from_bytes(Path::new("seeds/bad.txt"), b"ok\nfine\nab\xFFc".to_vec()).unwrap_err();
        assert_eq!(error.line, Some(3));
        let message = error.to_string();
        assert!(message.starts_with("seeds/bad.txt:3:3: not UTF-8"), "{message}");
        assert!(message.contains("0xFF"), "{message}");
    }
}
