//! Parallax's project tasks, run as `cargo xtask <task>` (rust-analyzer's convention): the
//! two commands the README promises, and the ones behind them.
//!
//! Every task installs what it needs that is missing (see [`tools`]), so a fresh machine needs
//! only Rust, Node.js and apt.

mod check;
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
               packages with wasm-opt and playwright-core, chromium)
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
        "data" => data::run(rest),
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
