//! Analysis throughput: `cargo bench -p parallax-analysis`. Prints the knowledge base's load
//! time and MB/s of text analysed (passages, mentions, entities), the median of several runs.
//! Goal: at least 10 MB/s on one core. A benchmark prints figures; it does not pass or fail.

#![allow(clippy::print_stdout, reason = "a benchmark prints its figures")]
#![allow(clippy::cast_precision_loss, reason = "byte counts far below 2^52")]

use parallax_analysis::Corpus;
use parallax_analysis::article::Article;
use parallax_analysis::knowledge::Knowledge;
use std::time::{Duration, Instant};

fn main() {
    let started = Instant::now();
    let knowledge = Knowledge::builtin();
    let load = started.elapsed();

    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut originals = Vec::new();
    for entry in std::fs::read_dir(&seeds).into_iter().flatten().flatten() {
        if let Ok(article) = Article::read(&entry.path()) {
            originals.push(article);
        }
    }
    originals.sort_by(|a, b| a.file.cmp(&b.file));
    println!("knowledge base loaded in {:.0} ms (once per process)", load.as_secs_f64() * 1e3);
    println!("{:>9} {:>10} {:>10} {:>10}", "sources", "bytes", "median ms", "MB/s");
    for copies in [1usize, 10, 100] {
        let articles: Vec<Article> = (0..copies)
            .flat_map(|c| {
                originals.iter().map(move |a| Article::from_text(&format!("{c}-{}", a.file), &a.text))
            })
            .collect();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let runs = if copies >= 100 { 5 } else { 15 };
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let articles = articles.clone();
                let start = Instant::now();
                let corpus = Corpus::with_knowledge(articles, knowledge);
                let elapsed = start.elapsed();
                std::hint::black_box(corpus);
                elapsed
            })
            .collect();
        times.sort();
        let median = times[times.len() / 2];
        let mb_per_s = bytes as f64 / 1e6 / median.as_secs_f64();
        println!(
            "{:>9} {:>10} {:>10.2} {:>10.1}",
            articles.len(),
            bytes,
            median.as_secs_f64() * 1e3,
            mb_per_s
        );
    }
}
