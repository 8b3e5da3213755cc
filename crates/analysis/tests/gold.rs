//! The recogniser measured against gold annotations (see `tests/corpus/GUIDELINES.md`).
//!
//! The seeds carry the targets. The dev sets were used to develop the rules and hold
//! their current level, so a change that loses ground fails here. The unseen set was never
//! read while developing: only its scores were looked at. `dev3` and `dev4` were written later
//! as fresh development sets (six stories, three outlets each) on text the rules were never
//! tuned on; their first scores are noted below and their floors hold what the rules they
//! prompted reached. For the full report run
//! `cargo run --release --bin evaluate -- crates/analysis/tests/corpus/<set>`.

#![allow(clippy::unwrap_used, reason = "a failed unwrap in a test is a failed test")]
#![allow(clippy::print_stdout, reason = "the scores are worth seeing with --nocapture")]

use parallax_analysis::eval::{self, Scores};
use std::path::Path;

fn scores(set: &str) -> Scores {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(set);
    let stories = eval::read_set(&dir).unwrap();
    assert!(!stories.is_empty(), "no stories in {set}");
    eval::score(&stories)
}

fn check(set: &str, f1: f64, linking: f64) {
    let s = scores(set);
    println!("{set}: {s}");
    assert!(s.f1() >= f1, "{set}: mention F1 {:.3} is below {f1}\n{s}", s.f1());
    assert!(s.linking() >= linking, "{set}: linking {:.3} is below {linking}\n{s}", s.linking());
}

#[test]
fn seeds_meet_the_targets() {
    // The targets for the seeds: F1 >= 0.95, >= 95% of multi-mention entities linked.
    check("seeds", 0.95, 0.95);
}

#[test]
fn dev_holds_its_level() {
    check("dev", 0.955, 0.964);
}

#[test]
fn dev2_holds_its_level() {
    check("dev2", 0.941, 0.946);
}

#[test]
fn dev3_holds_its_level() {
    // Written after the rules for dev and dev2; its first scores were F1 0.8588 and 114 of 149
    // linked. The rules it prompted (spans, kinds, linking) took it to F1 0.941 and 132 of
    // 149; floors: those, rounded down.
    check("dev3", 0.940, 0.885);
}

#[test]
fn dev4_holds_its_level() {
    // Written after the rules for dev3; its first scores were F1 0.858 and 134 of 164 linked.
    // The rules it prompted took it to F1 0.895 and 142 of 164; floors: those, rounded down.
    check("dev4", 0.894, 0.865);
}

#[test]
fn unseen_articles() {
    // Targets: F1 >= 0.85 and >= 85% linked; met at F1 0.898 and 105 of 123 linked (0.854),
    // after the rules dev3 and dev4 prompted (it was 102 of 123 before them). The linking
    // floor stays below that: tuning rules until a floor here held would mean developing on
    // held-out text.
    check("unseen", 0.85, 0.82);
}

#[test]
fn the_seed_gold_is_the_seed_text() {
    // The annotations must describe the files the app embeds, byte for byte.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/seeds");
    let story = eval::read_story(&dir).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    for article in &story.articles {
        let seed = std::fs::read_to_string(seeds.join(&article.article.file)).unwrap();
        assert_eq!(article.article.text, seed, "{}", article.article.file);
    }
    assert_eq!(story.articles.len(), std::fs::read_dir(&seeds).unwrap().count());
}
