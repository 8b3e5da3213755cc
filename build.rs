//! Runs the analysis on the articles in `seeds/` (or `$PARALLAX_SEEDS`) at build time and
//! writes the view the app embeds. The browser never analyses anything: it decodes and renders.

use parallax_analysis::Corpus;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=PARALLAX_SEEDS");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let seeds = std::env::var_os("PARALLAX_SEEDS").map_or_else(|| manifest.join("seeds"), PathBuf::from);
    // A directory in rerun-if-changed makes Cargo rerun when any file in it changes or a file
    // is added: a new article appears after a rebuild, with no code change.
    println!("cargo::rerun-if-changed={}", seeds.display());

    let corpus = match Corpus::from_paths(&[&seeds]) {
        Ok(corpus) => corpus,
        Err(error) => fail(&error.to_string()),
    };
    let bytes = match corpus.view().to_bytes() {
        Ok(bytes) => bytes,
        Err(error) => fail(&format!("cannot encode the view: {error}")),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("view.bin");
    if let Err(error) = std::fs::write(&out, bytes) {
        fail(&format!("cannot write {}: {error}", out.display()));
    }
}

/// Stops the build with a message that names the file and line, as Cargo shows it.
fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}
