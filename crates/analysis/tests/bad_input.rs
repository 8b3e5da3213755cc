//! Bad input: every file either gives a correct result or a clear error naming it (and the
//! line, where there is one). Never a panic, never anything silently dropped.

#![allow(clippy::unwrap_used, reason = "a failed unwrap in a test is a failed test")]

use parallax_analysis::Corpus;
use parallax_analysis::passage::Role;
use std::path::PathBuf;

/// A fresh folder with the given files.
fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-bad-input-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

#[test]
fn not_utf8_names_the_file_line_and_column() {
    let dir = folder("latin1", &[("good.txt", b"Homs fell."), ("bad.txt", b"Line one.\nCaf\xE9 in Homs.\n")]);
    let error = Corpus::from_paths(&[&dir]).unwrap_err().to_string();
    assert!(error.contains("bad.txt:2:4: not UTF-8"), "{error}");
}

#[test]
fn an_empty_file_is_a_source_with_no_passages() {
    let dir =
        folder("empty", &[("empty.txt", b""), ("blank.txt", b" \n\r\n\t\n"), ("news.txt", b"Homs fell.")]);
    let corpus = Corpus::from_paths(&[&dir]).unwrap();
    assert_eq!(corpus.sources.len(), 3);
    let empty = corpus.sources.iter().find(|s| s.file() == "empty.txt").unwrap();
    assert!(empty.passages.is_empty());
    assert_eq!(empty.title(), "empty.txt");
}

#[test]
fn bom_and_crlf_are_read_and_offsets_stay_in_the_original_bytes() {
    let text = "\u{FEFF}Fighters entered Homs.\r\n\r\nThe army left Hama.\r\n";
    let dir = folder("crlf", &[("crlf.txt", text.as_bytes())]);
    let corpus = Corpus::from_paths(&[&dir]).unwrap();
    let source = &corpus.sources[0];
    let passages: Vec<&str> = source.passages.iter().map(|p| &source.text()[p.start..p.end]).collect();
    assert_eq!(passages, ["Fighters entered Homs.", "The army left Hama."]);
    let names: Vec<&str> = corpus.mentions.iter().map(|m| corpus.text_of(m)).collect();
    assert_eq!(names, ["Homs", "Hama"]);
    assert_eq!(&text.as_bytes()[corpus.mentions[0].start..corpus.mentions[0].end], b"Homs");
}

#[test]
fn markup_is_text() {
    let text = "<script>alert('Homs')</script> <b>Aleppo</b> fell.";
    let dir = folder("markup", &[("markup.txt", text.as_bytes())]);
    let corpus = Corpus::from_paths(&[&dir]).unwrap();
    let source = &corpus.sources[0];
    assert_eq!(&source.text()[source.passages[0].start..source.passages[0].end], text);
    let view = corpus.view();
    assert_eq!(view.sources[0].passages[0].text, text, "the view carries the text as text");
}

#[test]
fn very_long_lines_arabic_script_and_no_names() {
    let long = "word ".repeat(200_000);
    let arabic = "سقطت حمص في أيدي المعارضة. قال الأسد إن الجيش انسحب.";
    let dir = folder(
        "odd",
        &[
            ("long.txt", long.as_bytes()),
            ("arabic.txt", arabic.as_bytes()),
            ("none.txt", b"it rained all day, and then it stopped."),
        ],
    );
    let corpus = Corpus::from_paths(&[&dir]).unwrap();
    assert_eq!(corpus.sources.len(), 3);
    for source in &corpus.sources {
        let text = source.text();
        let covered: usize =
            source.passages.iter().map(|p| text[p.start..p.end].split_whitespace().count()).sum();
        assert_eq!(covered, text.split_whitespace().count(), "{}: every word is in a passage", source.file());
    }
    assert!(corpus.mentions.iter().all(|m| corpus.sources[m.source].file() != "none.txt"));
}

#[test]
fn furniture_is_kept_not_dropped() {
    let dir =
        folder("furniture", &[("page.txt", "×\n\nHoms fell.\n\nAlso read | More news\n\nTAGS".as_bytes())]);
    let corpus = Corpus::from_paths(&[&dir]).unwrap();
    let roles: Vec<Role> = corpus.sources[0].passages.iter().map(|p| p.role).collect();
    assert_eq!(roles.iter().filter(|r| **r == Role::Furniture).count(), 3, "{roles:?}");
}

#[test]
fn a_missing_path_or_a_folder_without_articles_is_an_error_naming_it() {
    let missing = std::env::temp_dir().join("parallax-no-such-folder/x.txt");
    let error = Corpus::from_paths(&[&missing]).unwrap_err().to_string();
    assert!(error.contains("x.txt") && error.contains("cannot read"), "{error}");
    let dir = folder("no-txt", &[("notes.md", b"# not an article")]);
    let error = Corpus::from_paths(&[&dir]).unwrap_err().to_string();
    assert!(error.contains("no .txt articles"), "{error}");
}

#[test]
fn two_sources_with_one_file_name_are_refused() {
    let a = folder("dup-a", &[("same.txt", b"Homs.")]);
    let b = folder("dup-b", &[("same.txt", b"Hama.")]);
    let error = Corpus::from_paths(&[&a, &b]).unwrap_err().to_string();
    assert!(error.contains("same.txt") && error.contains("unique"), "{error}");
}
