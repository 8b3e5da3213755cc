//! Measuring the recogniser against gold annotations (`tests/corpus/`, see its
//! `GUIDELINES.md`): mention precision, recall and F1 on exact spans and kinds, and the share
//! of multi-mention entities linked correctly.

use crate::article::Article;
use crate::corpus::Corpus;
use crate::kind::Kind;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// One gold mention: a byte range of the plain text, its kind and its entity key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// First byte in the plain text.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// The annotated kind.
    pub kind: Kind,
    /// The annotator's entity key, shared across a story's files.
    pub key: String,
}

/// An annotated article: its plain text and gold mentions.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    /// The article as it would be in a `.txt` file, markup removed.
    pub article: Article,
    /// The gold mentions, in order.
    pub mentions: Vec<GoldMention>,
}

/// Parses `[[surface|kind|key]]` markup.
///
/// # Errors
/// A message naming the line when the markup is malformed.
pub fn parse_annotated(file: &str, annotated: &str) -> Result<GoldArticle, String> {
    let mut text = String::with_capacity(annotated.len());
    let mut mentions = Vec::new();
    let mut rest = annotated;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let line = 1 + text.matches('\n').count();
        let close = after.find("]]").ok_or_else(|| format!("{file}:{line}: unclosed [["))?;
        let mut parts = after[..close].split('|');
        let (Some(surface), Some(kind), Some(key), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format!("{file}:{line}: expected [[surface|kind|key]]"));
        };
        let kind = Kind::parse(kind).ok_or_else(|| format!("{file}:{line}: unknown kind {kind:?}"))?;
        let start = text.len();
        text.push_str(surface);
        mentions.push(GoldMention { start, end: text.len(), kind, key: key.to_owned() });
        rest = &after[close + 2..];
    }
    text.push_str(rest);
    Ok(GoldArticle { article: Article::from_text(file, &text), mentions })
}

/// A story: the annotated articles of one folder, analysed together as the app would.
#[derive(Debug, Clone)]
pub struct Story {
    /// The folder's name.
    pub name: String,
    /// Its articles, in file-name order.
    pub articles: Vec<GoldArticle>,
}

/// Reads every `*.ann.txt` file of a folder as one story.
///
/// # Errors
/// If the folder cannot be read or a file is malformed.
pub fn read_story(dir: &Path) -> Result<Story, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".ann.txt"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for path in files {
        let annotated = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name =
            path.file_name().map_or_else(String::new, |n| n.to_string_lossy().replace(".ann.txt", ".txt"));
        articles.push(parse_annotated(&name, &annotated)?);
    }
    let name = dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(Story { name, articles })
}

/// Reads a set: a folder of story folders, or a folder that is itself one story.
///
/// # Errors
/// As [`read_story`].
pub fn read_set(dir: &Path) -> Result<Vec<Story>, String> {
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    subdirs.sort();
    if subdirs.is_empty() {
        return Ok(vec![read_story(dir)?]);
    }
    subdirs.iter().map(|d| read_story(d)).collect()
}

/// Scores for a set of stories.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Gold mentions.
    pub gold: usize,
    /// Mentions the recogniser produced.
    pub found: usize,
    /// Mentions with the exact span and kind of a gold mention.
    pub correct: usize,
    /// Gold entities with two or more mentions.
    pub multi: usize,
    /// Of those, the ones linked correctly.
    pub linked: usize,
    /// Correct mentions by kind: (gold, found, correct).
    pub by_kind: BTreeMap<Kind, (usize, usize, usize)>,
    /// Why multi-mention entities were not linked: fewer than two of their mentions found;
    /// split over entities of different kinds; split over entities of one kind; merged with
    /// another entity.
    pub link_failures: [usize; 4],
    /// Readable errors: missed, spurious and wrongly linked, per story.
    pub errors: Vec<String>,
}

impl Scores {
    /// Mention precision.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }

    /// Mention recall.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Mention F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    /// The share of multi-mention gold entities linked correctly.
    pub fn linking(&self) -> f64 {
        ratio(self.linked, self.multi)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    // Counts of mentions fit in 32 bits; f64 holds them exactly.
    let (a, b) = (u32::try_from(a).unwrap_or(u32::MAX), u32::try_from(b).unwrap_or(u32::MAX));
    if b == 0 { 1.0 } else { f64::from(a) / f64::from(b) }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "mentions: gold {}, found {}, correct {}  P {:.3}  R {:.3}  F1 {:.3}",
            self.gold,
            self.found,
            self.correct,
            self.precision(),
            self.recall(),
            self.f1()
        )?;
        for (kind, (gold, found, correct)) in &self.by_kind {
            let (p, r) = (ratio(*correct, *found), ratio(*correct, *gold));
            let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
            writeln!(f, "  {kind:<13} gold {gold:>4} found {found:>4} correct {correct:>4}  F1 {f1:.3}")?;
        }
        let [few, kinds, split, merged] = self.link_failures;
        write!(
            f,
            "linking: {} of {} multi-mention entities ({:.3}); failures: {few} under two found, {kinds} split by kind, {split} split, {merged} merged",
            self.linked,
            self.multi,
            self.linking()
        )
    }
}

/// Analyses each story as one corpus and scores it against its gold.
pub fn score(stories: &[Story]) -> Scores {
    let mut scores = Scores::default();
    for story in stories {
        let corpus = Corpus::from_articles(story.articles.iter().map(|a| a.article.clone()).collect());
        score_story(story, &corpus, &mut scores);
    }
    scores
}

fn score_story(story: &Story, corpus: &Corpus, scores: &mut Scores) {
    // (source, start, end) → (kind, entity index) for the system; → (kind, key) for gold.
    let mut system: HashMap<(usize, usize, usize), (Kind, usize)> = HashMap::new();
    for m in &corpus.mentions {
        system.insert((m.source, m.start, m.end), (corpus.entities[m.entity].kind, m.entity));
    }
    let mut gold: HashMap<(usize, usize, usize), (Kind, &str)> = HashMap::new();
    for (source, article) in story.articles.iter().enumerate() {
        for g in &article.mentions {
            gold.insert((source, g.start, g.end), (g.kind, g.key.as_str()));
        }
    }
    let text = |source: usize, start: usize, end: usize| &story.articles[source].article.text[start..end];
    let mut keys: Vec<_> = gold.keys().copied().collect();
    keys.sort_unstable();
    for &(source, start, end) in &keys {
        let (kind, _) = gold[&(source, start, end)];
        let entry = scores.by_kind.entry(kind).or_default();
        entry.0 += 1;
        scores.gold += 1;
        match system.get(&(source, start, end)) {
            Some((found_kind, _)) if *found_kind == kind => {
                scores.correct += 1;
                entry.2 += 1;
            }
            Some((found_kind, _)) => scores.errors.push(format!(
                "{}: wrong kind {:?} as {found_kind}, gold {kind}",
                story.name,
                text(source, start, end)
            )),
            None => scores.errors.push(format!(
                "{}: missed {:?} ({kind}) in {}",
                story.name,
                text(source, start, end),
                context(&story.articles[source].article.text, start, end)
            )),
        }
    }
    let mut found_keys: Vec<_> = system.keys().copied().collect();
    found_keys.sort_unstable();
    for &(source, start, end) in &found_keys {
        let (kind, _) = system[&(source, start, end)];
        scores.found += 1;
        scores.by_kind.entry(kind).or_default().1 += 1;
        if !gold.contains_key(&(source, start, end)) {
            scores.errors.push(format!(
                "{}: spurious {:?} as {kind} in {}",
                story.name,
                text(source, start, end),
                context(&story.articles[source].article.text, start, end)
            ));
        }
    }
    // Linking: each multi-mention gold entity, over the mentions the system found.
    let mut by_key: BTreeMap<&str, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for &span in &keys {
        by_key.entry(gold[&span].1).or_default().push(span);
    }
    for (key, spans) in &by_key {
        if spans.len() < 2 {
            continue;
        }
        scores.multi += 1;
        let entities: HashSet<usize> = spans.iter().filter_map(|s| system.get(s).map(|(_, e)| *e)).collect();
        let found = spans.iter().filter(|s| system.contains_key(s)).count();
        let pure = entities.len() == 1
            && entities.iter().all(|&e| {
                system
                    .iter()
                    .filter(|(_, (_, se))| *se == e)
                    .all(|(span, _)| gold.get(span).is_none_or(|(_, k)| k == key))
            });
        if pure && found >= 2 {
            scores.linked += 1;
        } else {
            let kinds: HashSet<Kind> = spans.iter().filter_map(|s| system.get(s).map(|(k, _)| *k)).collect();
            let reason = if found < 2 {
                0
            } else if kinds.len() > 1 {
                1
            } else if entities.len() > 1 {
                2
            } else {
                3
            };
            scores.link_failures[reason] += 1;
            let names: Vec<String> = spans
                .iter()
                .map(|&(s, a, b)| format!("{:?}→{:?}", text(s, a, b), system.get(&(s, a, b)).map(|x| x.1)))
                .collect();
            let why = ["under two found", "split by kind", "split", "merged"][reason];
            scores.errors.push(format!("{}: not linked ({why}): {key}: {}", story.name, names.join(", ")));
        }
    }
}

fn context(text: &str, start: usize, end: usize) -> String {
    let before: String = text[..start].chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[end..].chars().take(30).collect();
    format!("…{}[{}]{}…", before, &text[start..end], after).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_markup_back_to_plain_text() {
        let gold =
            parse_annotated("a.txt", "In [[Homs|place|homs]], [[HTS|organization|hts]] said.").unwrap();
        assert_eq!(gold.article.text, "In Homs, HTS said.");
        assert_eq!(gold.mentions.len(), 2);
        assert_eq!(&gold.article.text[gold.mentions[0].start..gold.mentions[0].end], "Homs");
        assert_eq!(gold.mentions[1].kind, Kind::Organization);
        assert!(parse_annotated("b.txt", "[[Homs|place]]").is_err());
        assert!(parse_annotated("b.txt", "[[Homs|town|homs]]").is_err());
        assert!(parse_annotated("b.txt", "[[Homs|place|homs").is_err());
    }
}
