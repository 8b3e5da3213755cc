//! Trunk's post-build hook: renders the app to HTML natively and writes it into the built
//! `index.html`, so the first paint shows the articles and their highlights before the wasm
//! has loaded, and the page stays readable with scripts off. The browser then hydrates it.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok());
    let Some(dir) = dir else {
        eprintln!("prerender: give the built site's folder, or run as Trunk's hook (TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let index = PathBuf::from(dir).join("index.html");
    let page = match std::fs::read_to_string(&index) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", index.display());
            return ExitCode::FAILURE;
        }
    };
    match parallax::prerender::into_page(&page) {
        Ok(page) => match std::fs::write(&index, page) {
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
