//! Building and serving the site.

use crate::shell::{cmd, run};
use crate::tools;

/// `cargo xtask serve`: installs what is missing, then `trunk serve` (rebuilds on change).
pub fn serve(args: &[String]) -> Result<(), String> {
    tools::build_tools()?;
    run(cmd("trunk").arg("serve").args(args))
}

/// `cargo xtask build [--public-url /path/]`: the release site in `dist/`.
pub fn build(args: &[String]) -> Result<(), String> {
    tools::build_tools()?;
    release(public_url(args).as_deref().unwrap_or("/"))
}

/// Builds the release site for a public URL (`/` locally, `/<repo>/` on GitHub Pages).
pub fn release(public_url: &str) -> Result<(), String> {
    run(cmd("trunk").args(["build", "--release", "--public-url", public_url]))
}

/// The value of `--public-url` in `args`.
pub fn public_url(args: &[String]) -> Option<String> {
    args.iter()
        .position(|a| a == "--public-url")
        .and_then(|i| args.get(i + 1).cloned())
        .or_else(|| args.iter().find_map(|a| a.strip_prefix("--public-url=").map(str::to_owned)))
}

/// `cargo xtask screenshots`: the README's desktop and phone screenshots (`docs/`), taken
/// from the release build in headless Chromium.
pub fn screenshots(_args: &[String]) -> Result<(), String> {
    tools::setup_all()?;
    release(crate::check::TEST_PUBLIC_URL)?;
    let chromium = tools::chromium().ok_or("chromium is not installed")?;
    run(cmd("node")
        .arg("tests/e2e/support/screenshots.mjs")
        .env("PARALLAX_CHROMIUM", chromium)
        .env("PARALLAX_PUBLIC_URL", crate::check::TEST_PUBLIC_URL))
}
