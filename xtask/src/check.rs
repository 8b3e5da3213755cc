//! `cargo xtask test`: everything CI checks, in the order that fails fastest.

use crate::shell::{cmd, run};
use crate::{site, tools};

/// Where the test build is served from: a sub-path, as GitHub Pages serves the site, so the
/// browser tests catch any absolute asset path.
pub const TEST_PUBLIC_URL: &str = "/parallax/";

/// Runs every check: formatting, lints on both targets, native tests, component tests in
/// Chromium, the release build, its size budget, and the end-to-end tests against it.
pub fn all(_args: &[String]) -> Result<(), String> {
    tools::setup_all()?;
    run(cmd("cargo").args(["fmt", "--all", "--", "--check"]))?;
    run(cmd("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    run(cmd("cargo").args([
        "clippy",
        "--package",
        "parallax",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cmd("cargo").args(["test", "--workspace"]))?;
    component_tests()?;
    site::release(TEST_PUBLIC_URL)?;
    end_to_end()?;
    // Last, so that a size overrun still lets every functional test report.
    run(cmd("node").arg("tests/e2e/support/size.mjs").arg("--check"))
}

/// The `wasm-bindgen-test` component tests, in headless Chromium through `ChromeDriver`.
fn component_tests() -> Result<(), String> {
    let chromedriver = crate::shell::output(cmd("which").arg("chromedriver"))
        .map(|p| p.trim().to_owned())
        .ok_or("chromedriver is not installed")?;
    run(cmd("cargo")
        .args(["test", "--package", "parallax", "--target", "wasm32-unknown-unknown"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", chromedriver)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

/// The end-to-end tests: Node's test runner driving Debian's Chromium with playwright-core.
fn end_to_end() -> Result<(), String> {
    let chromium = tools::chromium().ok_or("chromium is not installed")?;
    run(cmd("node")
        .args(["--test", "--test-concurrency=1", "tests/e2e/"])
        .env("PARALLAX_CHROMIUM", chromium)
        .env("PARALLAX_PUBLIC_URL", TEST_PUBLIC_URL))
}
