//! `annotate PATH...`: finds and links the names in `.txt` articles (files or folders) and
//! prints a table of entities with their kind, spellings and mentions per source; with
//! `--json`, the whole analysis as JSON (see the README for its shape).

use parallax_analysis::Corpus;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: annotate [--json] PATH...\n\
    PATH: .txt files, or folders whose .txt files are read (in file-name order)";

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => {
                eprintln!("annotate: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            path => paths.push(path.to_owned()),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let corpus = match Corpus::from_paths(&paths) {
        Ok(corpus) => corpus,
        Err(error) => {
            eprintln!("annotate: {error}");
            return ExitCode::FAILURE;
        }
    };
    let output = if json { corpus.to_json() + "\n" } else { table(&corpus) };
    // A closed pipe (`annotate … | head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(output.as_bytes());
    ExitCode::SUCCESS
}

/// The readable table: sources numbered, then one row per entity.
fn table(corpus: &Corpus) -> String {
    let mut out = String::new();
    let n = corpus.sources.len();
    let mut counts = vec![vec![0usize; n]; corpus.entities.len()];
    for m in &corpus.mentions {
        counts[m.entity][m.source] += 1;
    }
    let _ = writeln!(out, "Sources");
    for (i, source) in corpus.sources.iter().enumerate() {
        let _ = writeln!(out, "  S{}  {}  {}", i + 1, source.file(), source.title());
    }
    let name_width = corpus.entities.iter().map(|e| e.name.chars().count()).max().unwrap_or(4).clamp(4, 40);
    let _ = writeln!(out);
    let mut header = format!("{:<13} {:<name_width$}", "KIND", "ENTITY");
    for i in 0..n {
        let _ = write!(header, " {:>4}", format!("S{}", i + 1));
    }
    let _ = writeln!(out, "{header} {:>5}  SPELLINGS", "TOTAL");
    for (entity, counts) in corpus.entities.iter().zip(&counts) {
        let mut row = format!("{:<13} {:<name_width$}", entity.kind.as_str(), entity.name);
        for count in counts {
            let cell = if *count == 0 { "·".to_owned() } else { count.to_string() };
            let _ = write!(row, " {cell:>4}");
        }
        let total: usize = counts.iter().sum();
        let spellings = std::iter::once(entity.name.as_str())
            .chain(entity.aliases.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" | ");
        let _ = writeln!(out, "{row} {total:>5}  {spellings}");
    }
    let _ = writeln!(
        out,
        "\n{} entities, {} mentions in {} sources",
        corpus.entities.len(),
        corpus.mentions.len(),
        n
    );
    out
}
