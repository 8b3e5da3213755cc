//! Parallax's project tasks, run as `cargo xtask <task>` (rust-analyzer's convention): the
//! two commands the README promises, and the ones behind them.
//!
//! Every task installs what it needs that is missing (see [`tools`]), so a fresh machine needs
//! only Rust, Node.js and apt.

mod bench;
mod check;
mod corpus;
mod data;
mod shell;
mod site;
mod tools;

use std::process::ExitCode;

const HELP: &str = "\
usage: cargo xtask <task> [args]

  serve        install what is missing, then build and serve the app (trunk serve)
  test         install what is missing, then run every check and test (what CI runs)
  build        build the release site into dist/ [--public-url /path/]
  setup        install the pinned tools only (wasm target, trunk, wasm-bindgen-cli, npm
               packages with wasm-opt, terser and playwright-core, chromium)
  bench        build the release site for 3, 30 and 300 sources and measure size and speed
               (prints a table, writes target/bench/report.json) [--sources 3,30,300] [--runs 10]
  corpus       write N sources derived from the seeds into DIR: corpus N DIR
  screenshots  take the README's screenshots (docs/) from the release build
  data         regenerate the recogniser's data files from pinned packages
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(task) = args.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match task.as_str() {
        "serve" => site::serve(rest),
        "build" => site::build(rest),
        "setup" => tools::setup_all(),
        "test" => check::all(rest),
        "bench" => bench::run(rest),
        "corpus" => corpus::run(rest),
        "screenshots" => site::screenshots(rest),
        "data" => data::run(rest),
        #[allow(clippy::print_stdout, reason = "asked-for help goes to stdout, like any command's --help")]
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown task {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}
