//! Installing the pinned tools when they are missing. Each check is cheap, so every task
//! calls the ones it needs and a machine that has everything loses no time.
//!
//! Nothing comes from GitHub releases (unreachable here): Rust tools come from crates.io,
//! wasm-opt, terser and playwright-core from npm, Chromium from Debian.

use crate::shell::{self, cmd, run};
use std::path::Path;

/// Trunk 0.22 needs a newer rustc than this project's 1.95, so Trunk is pinned.
pub const TRUNK_VERSION: &str = "0.21.14";

/// Installs everything any task needs.
pub fn setup_all() -> Result<(), String> {
    build_tools()?;
    browser()
}

/// What building the site needs: the wasm target, Trunk, wasm-bindgen-cli, wasm-opt and terser.
pub fn build_tools() -> Result<(), String> {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm_packages()
}

fn wasm_target() -> Result<(), String> {
    let installed = shell::output(cmd("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result<(), String> {
    let version = shell::output(cmd("trunk").arg("--version")).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        return Ok(());
    }
    eprintln!("installing trunk {TRUNK_VERSION} (about 7 minutes on 2 cores)");
    run(cmd("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
}

/// wasm-bindgen-cli must be exactly the version of the `wasm-bindgen` crate in Cargo.lock.
fn wasm_bindgen() -> Result<(), String> {
    let wanted = locked_version("wasm-bindgen")?;
    let version = shell::output(cmd("wasm-bindgen").arg("--version")).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    eprintln!("installing wasm-bindgen-cli {wanted} (about 3 minutes on 2 cores)");
    // Not --locked: its lock file names a crate version the registry no longer has.
    run(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

/// The version Cargo.lock pins for a crate.
pub fn locked_version(name: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(shell::root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"")
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    Err(format!("Cargo.lock has no {name}"))
}

/// The npm packages in package-lock.json: binaryen (wasm-opt), terser (the JS glue),
/// playwright-core, axe-core.
fn npm_packages() -> Result<(), String> {
    let root = shell::root();
    let marker = root.join("node_modules/.package-lock.json");
    if fresh(&marker, &root.join("package-lock.json")) {
        return Ok(());
    }
    run(cmd("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// Whether `made` exists and is newer than `from`.
fn fresh(made: &Path, from: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(made), modified(from)), (Some(a), Some(b)) if a >= b)
}

/// Chromium and `ChromeDriver` from Debian, for the browser tests.
pub fn browser() -> Result<(), String> {
    if chromium().is_some() && shell::output(cmd("chromedriver").arg("--version")).is_some() {
        return Ok(());
    }
    eprintln!("installing Debian's chromium and chromium-driver");
    let root_user = shell::output(cmd("id").arg("-u")).is_some_and(|id| id.trim() == "0");
    let apt = |args: &[&str]| {
        let mut command = if root_user { cmd("apt-get") } else { cmd("sudo") };
        if !root_user {
            command.args(["-n", "apt-get"]);
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update"])?;
    apt(&["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
}

/// The path of Debian's Chromium, if installed.
pub fn chromium() -> Option<String> {
    ["chromium", "chromium-browser"]
        .iter()
        .find_map(|name| shell::output(cmd("which").arg(name)))
        .map(|path| path.trim().to_owned())
        .filter(|path| !path.is_empty())
}
