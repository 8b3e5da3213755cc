//! `cargo xtask bench [--sources 3,30,300] [--runs 10]`: builds the release site for the seeds
//! and for generated corpora, measures size and speed in headless Chromium and the analysis
//! natively, prints a table with how each figure grows with the number of sources, and writes
//! the figures to `target/bench/report.json` (comparing with the previous report if there is
//! one). Timings live here, not in tests.

use crate::shell::{self, cmd};
use crate::{corpus, tools};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One built site to measure.
struct Site {
    sources: usize,
    dist: PathBuf,
    build_seconds: f64,
}

/// Runs the benchmark.
pub fn run(args: &[String]) -> Result<(), String> {
    tools::setup_all()?;
    let source_counts = option(args, "--sources").unwrap_or_else(|| "3,30,300".into());
    let runs = option(args, "--runs").unwrap_or_else(|| "10".into());
    let root = shell::root();
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    let mut sites = Vec::new();
    for n in source_counts.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let n: usize = n.parse().map_err(|_| format!("--sources: {n:?} is not a number"))?;
        sites.push(build(n, &out)?);
    }
    let mut measure = cmd("node");
    measure.args(["tests/bench/measure.mjs", "--runs", &runs]);
    for site in &sites {
        measure.arg(format!("{}={}", site.sources, site.dist.display()));
    }
    eprintln!("measuring in headless Chromium ({runs} runs per site)");
    let chromium = tools::chromium().ok_or("chromium is not installed")?;
    let output =
        shell::output(measure.env("PARALLAX_CHROMIUM", chromium)).ok_or("the browser measurements failed")?;
    let browser: Vec<Value> = output.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    if browser.len() != sites.len() {
        return Err(format!("expected {} measurements, got {}:\n{output}", sites.len(), browser.len()));
    }
    let throughput = analysis_throughput()?;

    let report = json!({
        "commit": shell::output(cmd("git").args(["rev-parse", "--short", "HEAD"])).unwrap_or_default().trim(),
        "analysis_mb_per_s": throughput,
        "sites": sites.iter().zip(&browser).map(|(site, b)| {
            let mut b = b.clone();
            b["sources"] = json!(site.sources);
            b["build_seconds"] = json!(site.build_seconds);
            b
        }).collect::<Vec<_>>(),
    });
    let path = out.join("report.json");
    let previous: Option<Value> =
        std::fs::read_to_string(&path).ok().and_then(|text| serde_json::from_str(&text).ok());
    print_table(&report, previous.as_ref());
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("figures written to {}", path.display());
    Ok(())
}

fn option(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// Builds the release site for `n` sources: the seeds themselves for 3, a generated corpus
/// otherwise, each into its own folder so they can be measured side by side.
fn build(n: usize, out: &Path) -> Result<Site, String> {
    let seeds = if n == 3 {
        shell::root().join("seeds")
    } else {
        let dir = out.join(format!("corpus-{n}"));
        corpus::write(n, &dir)?;
        dir
    };
    let dist = out.join(format!("dist-{n}"));
    let started = Instant::now();
    shell::run(
        cmd("trunk")
            .args(["build", "--release", "--public-url", "/", "--dist"])
            .arg(&dist)
            .env("PARALLAX_SEEDS", &seeds),
    )?;
    Ok(Site { sources: n, dist, build_seconds: started.elapsed().as_secs_f64() })
}

/// MB/s of the native analysis on the largest corpus the throughput benchmark runs.
fn analysis_throughput() -> Result<f64, String> {
    eprintln!("measuring the native analysis");
    let output = shell::output(cmd("cargo").args([
        "bench",
        "--quiet",
        "-p",
        "parallax-analysis",
        "--bench",
        "throughput",
    ]))
    .ok_or("the analysis benchmark failed")?;
    eprint!("{output}");
    output
        .lines()
        .rev()
        .find_map(|line| line.split_whitespace().next_back()?.parse::<f64>().ok())
        .ok_or_else(|| format!("no MB/s figure in:\n{output}"))
}

/// A row of the table: its label, how to read the figure from a site's report, and a note.
type Row<'a> = (&'a str, &'a dyn Fn(&Value) -> Option<f64>, &'a str);

/// The table: one row per figure, one column per corpus size, and the change since the
/// previous report when there is one.
fn print_table(report: &Value, previous: Option<&Value>) {
    let sites = report["sites"].as_array().cloned().unwrap_or_default();
    let rows: [Row; 14] = [
        ("site gzip KB", &|s| s["bytes"]["total"]["gzip"].as_f64().map(|b| b / 1024.0), "{:.1}"),
        ("site brotli KB", &|s| s["bytes"]["total"]["brotli"].as_f64().map(|b| b / 1024.0), "{:.1}"),
        ("site raw KB", &|s| s["bytes"]["total"]["raw"].as_f64().map(|b| b / 1024.0), "{:.1}"),
        ("first paint ms", &|s| s["first_paint_ms"].as_f64(), "{:.1}"),
        ("static page first paint ms", &|s| s["static_first_paint_ms"].as_f64(), "{:.1}"),
        ("startup ratio (app / static)", &|s| s["startup_ratio"].as_f64(), "{:.2}"),
        ("interactive ms", &|s| s["interactive_ms"].as_f64(), "{:.1}"),
        ("first click to DOM ms", &|s| s["click_to_dom_ms"].as_f64(), "{:.2}"),
        ("first click to paint ms", &|s| s["click_to_paint_ms"].as_f64(), "{:.1}"),
        ("later click to DOM ms", &|s| s["later_click_to_dom_ms"].as_f64(), "{:.2}"),
        ("later click to paint ms", &|s| s["later_click_to_paint_ms"].as_f64(), "{:.1}"),
        ("first click DOM, precompiled", &|s| s["first_click_precompiled_to_dom_ms"].as_f64(), "{:.2}"),
        ("JS heap MB", &|s| s["js_heap_bytes"].as_f64().map(|b| b / 1e6), "{:.1}"),
        ("release build s", &|s| s["build_seconds"].as_f64(), "{:.0}"),
    ];
    let mut head = format!("{:<30}", "sources");
    for site in &sites {
        // A JSON value ignores the width; its text does not.
        let _ = write!(head, "{:>12}", site["sources"].to_string());
    }
    println_out(&head);
    for (name, get, _) in rows {
        let mut line = format!("{name:<30}");
        for site in &sites {
            let now = get(site);
            let before = previous
                .and_then(|p| {
                    p["sites"].as_array()?.iter().find(|s| s["sources"] == site["sources"]).cloned()
                })
                .and_then(|s| get(&s));
            let cell = match (now, before) {
                (Some(n), Some(b)) if (n - b).abs() > f64::EPSILON => {
                    format!("{n:.2} ({:+.0}%)", (n - b) / b * 100.0)
                }
                (Some(n), _) => format!("{n:.2}"),
                (None, _) => "-".into(),
            };
            let _ = write!(line, "{cell:>12}");
        }
        println_out(&line);
    }
    let highlighted = sites.iter().all(|s| s["highlighted_at_first_paint"] == json!(true));
    println_out(&format!("first paint shows highlighted text: {}", if highlighted { "yes" } else { "no" }));
    let shift = sites.iter().filter_map(|s| s["clicked_mention_shift_px"].as_f64()).fold(0.0, f64::max);
    println_out(&format!("largest shift of a clicked mention: {shift:.1} px"));
    println_out(&format!("native analysis: {:.1} MB/s", report["analysis_mb_per_s"].as_f64().unwrap_or(0.0)));
}

fn println_out(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
