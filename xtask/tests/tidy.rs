//! Tidy: project rules that no compiler or linter checks, run with `cargo test --workspace`.
//! Each test names the file and line that breaks a rule.

// Paths here are the repository's own, spelled in lower case.
#![allow(clippy::case_sensitive_file_extension_comparisons, reason = "our own file names")]

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[allow(clippy::panic, reason = "a test helper: a file it cannot read fails the test")]
fn read(path: &Path) -> String {
    match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Files under `dir` (relative to the root) ending in `ext`, recursively, sorted.
fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let skip = name.to_str().is_none_or(|n| {
                n.starts_with('.') || matches!(n, "node_modules" | "target" | "dist" | "corpus" | "data")
            });
            if path.is_dir() && !skip {
                walk(&path, ext, out);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), ext, &mut out);
    out.sort();
    out
}

fn rust_sources() -> Vec<PathBuf> {
    [
        "src",
        "crates/analysis/src",
        "crates/analysis/tests",
        "crates/analysis/benches",
        "xtask",
        "tests",
        "build.rs",
    ]
    .iter()
    .flat_map(|d| if d.ends_with(".rs") { vec![root().join(d)] } else { files(d, "rs") })
    .collect()
}

/// Every lint `allow` or `expect` says why (rust-analyzer's rule): `reason = "…"`.
#[test]
fn lint_exceptions_give_reasons() {
    let mut bad = Vec::new();
    for path in rust_sources() {
        let text = read(&path);
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start();
            let opens =
                ["#[allow(", "#![allow(", "#[expect(", "#![expect("].iter().any(|a| line.starts_with(a));
            if opens {
                // The attribute may run over several lines: read up to its closing bracket.
                let rest: String = text.lines().skip(i).take(6).collect::<Vec<_>>().join(" ");
                let attribute = rest.split(")]").next().unwrap_or_default();
                if !attribute.contains("reason") {
                    bad.push(format!("{}:{}: {line}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(bad.is_empty(), "lint exceptions without a reason:\n{}", bad.join("\n"));
}

/// Every style sheet is inlined by `index.html`, and everything it inlines exists.
#[test]
fn every_style_sheet_is_used() {
    let html = read(&root().join("index.html"));
    for sheet in files("style", "css") {
        let name = sheet.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert!(html.contains(&format!("href=\"style/{name}\"")), "index.html does not inline style/{name}");
    }
    for (i, line) in html.lines().enumerate() {
        if let Some(at) = line.find("href=\"style/") {
            let href = &line[at + 6..];
            let href = &href[..href.find('"').unwrap_or(href.len())];
            assert!(root().join(href).exists(), "index.html:{}: {href} does not exist", i + 1);
        }
    }
}

/// `ARCHITECTURE.md` names only files that exist, and names each stage of the pipeline.
#[test]
fn architecture_names_real_files() {
    let text = read(&root().join("ARCHITECTURE.md"));
    let everywhere: Vec<PathBuf> = ["rs", "mjs"].iter().flat_map(|ext| files(".", ext)).collect();
    for (i, line) in text.lines().enumerate() {
        for (n, span) in line.split('`').enumerate() {
            let is_file =
                n % 2 == 1 && !span.contains(' ') && (span.ends_with(".rs") || span.ends_with(".mjs"));
            if !is_file {
                continue;
            }
            let found = if span.contains('/') {
                root().join(span).exists() || everywhere.iter().any(|p| p.ends_with(span))
            } else {
                everywhere.iter().any(|p| p.file_name().is_some_and(|f| f == span))
            };
            assert!(found, "ARCHITECTURE.md:{}: `{span}` does not exist", i + 1);
        }
    }
    for stage in ["article.rs", "passage.rs", "mention.rs", "entity.rs", "view.rs"] {
        assert!(root().join("crates/analysis/src").join(stage).exists(), "no pipeline stage file {stage}");
        assert!(text.contains(&format!("`{stage}`")), "ARCHITECTURE.md does not name {stage}");
    }
}

/// Every component is documented, and its file says what it holds.
#[test]
fn components_are_documented() {
    for path in files("src/components", "rs") {
        let text = read(&path);
        assert!(text.starts_with("//!"), "{}: no module doc", path.display());
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() == "#[component]" {
                let above = lines[..i].iter().rev().find(|l| !l.trim_start().starts_with("#["));
                assert!(
                    above.is_some_and(|l| l.trim_start().starts_with("///")),
                    "{}:{}: a component without a `///` doc",
                    path.display(),
                    i + 1
                );
            }
        }
    }
}

/// The hooks the browser tests select by are a contract: the components still write them.
#[test]
fn test_hooks_are_rendered() {
    let components: String = files("src/components", "rs").iter().map(|p| read(p)).collect();
    for hook in ["data-source=", "data-passage", "data-entity=", "data-kind=", "data-filter-bar"] {
        assert!(components.contains(hook), "no component renders {hook}");
    }
}

/// Trunk runs offline with the wasm-bindgen CLI the crate is pinned to: the pin in
/// `Cargo.toml`, the version in `Cargo.lock` and Trunk's tool version are one version.
#[test]
fn wasm_bindgen_versions_agree() {
    let manifest = read(&root().join("Cargo.toml"));
    let pinned = manifest
        .lines()
        .find_map(|l| l.trim().strip_prefix("wasm-bindgen = \"="))
        .and_then(|v| v.strip_suffix('"'))
        .expect("Cargo.toml pins wasm-bindgen with `=`");
    let lock = read(&root().join("Cargo.lock"));
    let locked = lock
        .split("[[package]]")
        .find(|p| p.contains("\nname = \"wasm-bindgen\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .and_then(|v| v.strip_suffix('"'))
        .expect("Cargo.lock has wasm-bindgen");
    let trunk = read(&root().join("Trunk.toml"));
    let tool = trunk
        .lines()
        .find_map(|l| l.trim().strip_prefix("wasm_bindgen = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("Trunk.toml names its wasm_bindgen");
    assert_eq!(pinned, locked, "Cargo.toml pins wasm-bindgen {pinned}, Cargo.lock has {locked}");
    assert_eq!(tool, locked, "Trunk.toml wants wasm-bindgen {tool}, Cargo.lock has {locked}");
}

/// No trailing whitespace in the files no formatter checks.
#[test]
fn no_trailing_whitespace() {
    let mut bad = Vec::new();
    let paths = ["css", "mjs", "toml", "html"].iter().flat_map(|ext| files(".", ext));
    for path in paths.chain([root().join(".ci/run")]) {
        for (i, line) in read(&path).lines().enumerate() {
            if line.ends_with(' ') || line.ends_with('\t') {
                bad.push(format!("{}:{}", path.display(), i + 1));
            }
        }
    }
    assert!(bad.is_empty(), "trailing whitespace:\n{}", bad.join("\n"));
}
