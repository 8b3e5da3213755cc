//! `evaluate [--errors] DIR...`: scores the recogniser against gold annotations (folders of
//! `*.ann.txt`, one folder per story, see `tests/corpus/GUIDELINES.md`).
//!
//! Prints precision, recall and F1 of exact mentions, and the share of multi-mention entities
//! linked correctly. `--errors` also lists every miss; leave it off for held-out sets, whose
//! errors must not guide tuning.

use parallax_analysis::eval;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if dirs.is_empty() {
        eprintln!("usage: evaluate [--errors] DIR...");
        return ExitCode::from(2);
    }
    for dir in dirs {
        let stories = match eval::read_set(std::path::Path::new(dir)) {
            Ok(stories) => stories,
            Err(error) => {
                eprintln!("evaluate: {error}");
                return ExitCode::FAILURE;
            }
        };
        let scores = eval::score(&stories);
        let mut out = format!("== {dir} ({} stories)\n{scores}\n", stories.len());
        if show_errors {
            for error in &scores.errors {
                out.push_str(error);
                out.push('\n');
            }
        }
        print_out(&out);
    }
    ExitCode::SUCCESS
}

fn print_out(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
