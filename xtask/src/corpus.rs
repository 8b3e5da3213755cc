//! `cargo xtask corpus N DIR`: writes a corpus of N sources derived from the seeds, for
//! measuring how the build and the reader scale (30 and 300 sources: about 1 MB at 300).
//!
//! Each generated source is a seed reworked the way other outlets rework wire copy: paragraphs
//! dropped and reordered, names spelled the other outlets' ways, numbers and days changed. The
//! output is deterministic (a seeded generator), so a benchmark run can be repeated.

use crate::shell;
use std::path::{Path, PathBuf};

/// Spellings outlets use for the same names, swapped in at random.
const VARIANTS: &[(&str, &str)] = &[
    ("al-Jolani", "al-Golani"),
    ("Talbisseh", "Talbisa"),
    ("Tartus", "Tartous"),
    ("Hezbollah", "Hizbollah"),
    ("al-Assad", "Assad"),
    ("Abu Mohammed", "Abu Muhammad"),
    ("al-Qaeda", "al Qaeda"),
];

/// Words whose replacement changes the facts, not the names.
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Runs the task: `corpus N DIR`.
pub fn run(args: &[String]) -> Result<(), String> {
    let (Some(n), Some(dir)) = (args.first(), args.get(1)) else {
        return Err("usage: cargo xtask corpus N DIR".into());
    };
    let n: usize = n.parse().map_err(|_| format!("N must be a number, not {n:?}"))?;
    let bytes = write(n, Path::new(dir))?;
    eprintln!("wrote {n} sources ({bytes} bytes) to {dir}");
    Ok(())
}

/// Writes `n` sources into `dir` (emptied first of `.txt` files); returns the bytes written.
pub fn write(n: usize, dir: &Path) -> Result<usize, String> {
    let seeds = read_seeds()?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            std::fs::remove_file(entry.path()).map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    let mut random = Random(0x5eed_2024);
    let mut total = 0;
    for i in 0..n {
        let (name, text) = &seeds[i % seeds.len()];
        let text = if i < seeds.len() { text.clone() } else { rework(text, &mut random) };
        let file = dir.join(format!("{i:04}_{name}"));
        std::fs::write(&file, &text).map_err(|e| format!("{}: {e}", file.display()))?;
        total += text.len();
    }
    Ok(total)
}

fn read_seeds() -> Result<Vec<(String, String)>, String> {
    let dir: PathBuf = shell::root().join("seeds");
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            seeds.push((name, text));
        }
    }
    seeds.sort();
    if seeds.is_empty() {
        return Err(format!("no seeds in {}", dir.display()));
    }
    Ok(seeds)
}

/// One reworked copy: each paragraph kept with probability 11/12, neighbours swapped now and
/// then, spellings and days varied, figures changed.
fn rework(text: &str, random: &mut Random) -> String {
    let separator = if text.contains("\n\n") { "\n\n" } else { "\n" };
    let mut paragraphs = Vec::new();
    for paragraph in text.split(separator) {
        if random.below(12) != 0 {
            paragraphs.push(vary(paragraph, random));
        }
    }
    for i in 1..paragraphs.len() {
        if random.below(6) == 0 {
            paragraphs.swap(i - 1, i);
        }
    }
    paragraphs.join(separator)
}

fn vary(paragraph: &str, random: &mut Random) -> String {
    let mut out = paragraph.to_owned();
    for (a, b) in VARIANTS {
        if random.below(2) == 0 {
            out = out.replace(a, b);
        }
    }
    for day in DAYS {
        if out.contains(day) && random.below(3) == 0 {
            out = out.replace(day, DAYS[random.below(DAYS.len())]);
        }
    }
    // Figures differ between outlets: rewrite each run of digits now and then.
    let mut changed = String::with_capacity(out.len());
    let mut digits = String::new();
    for c in out.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            if random.below(3) == 0 && digits.len() < 9 {
                let n: u64 = digits.parse().unwrap_or(0);
                changed.push_str(&(n + random.below(9) as u64 + 1).to_string());
            } else {
                changed.push_str(&digits);
            }
            digits.clear();
        }
        changed.push(c);
    }
    changed.pop();
    changed
}

/// A small deterministic generator (xorshift64*): the same corpus on every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        usize::try_from(x >> 33).unwrap_or(0) % n.max(1)
    }
}
