//! Trunk's post-build hook: renders the app to HTML natively and writes it into the built
//! `index.html`, so the first paint shows the articles and their highlights before the wasm
//! has loaded, and the page stays readable with scripts off. The browser then hydrates it.
//! In release builds it then has `tools/minify-glue.mjs` minify wasm-bindgen's JS glue: one
//! hook, since Trunk runs a stage's hooks at the same time and both rewrite `index.html`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok());
    let Some(dir) = dir else {
        eprintln!("prerender: give the built site's folder, or run as Trunk's hook (TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let index = PathBuf::from(&dir).join("index.html");
    let page = match std::fs::read_to_string(&index) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", index.display());
            return ExitCode::FAILURE;
        }
    };
    match parallax::prerender::into_page(&page) {
        Ok(page) => match std::fs::write(&index, page) {
            Ok(()) if std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release") => {
                minify_glue(Path::new(&dir))
            }
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("prerender: cannot write {}: {error}", index.display());
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("prerender: {}: {error}", index.display());
            ExitCode::FAILURE
        }
    }
}

/// Runs `tools/minify-glue.mjs` (terser, from the npm packages `cargo xtask setup` installs)
/// on the built site.
fn minify_glue(dir: &Path) -> ExitCode {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/minify-glue.mjs");
    match Command::new("node").arg(&script).arg(dir).status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!(
                "prerender: cannot run node {}: {error} (`cargo xtask setup` installs it)",
                script.display()
            );
            ExitCode::FAILURE
        }
    }
}
