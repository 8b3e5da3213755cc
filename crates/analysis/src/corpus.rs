//! A corpus: the sources of one story, analysed. The library's entry point.

use crate::article::Article;
use crate::entity::{self, Entity, Mention};
use crate::error::{Error, Problem};
use crate::knowledge::Knowledge;
use crate::mention;
use crate::source::Source;
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Sources with their passages, the entities they name and every mention.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The sources, in the order given (folders in file-name order).
    pub sources: Vec<Source>,
    /// The entities, by kind, then by number of mentions, then by name.
    pub entities: Vec<Entity>,
    /// Every mention, in source order, then text order.
    pub mentions: Vec<Mention>,
}

impl Corpus {
    /// Reads and analyses `.txt` files, and the `.txt` files in folders (not recursing, in
    /// file-name order).
    ///
    /// # Errors
    /// If a file cannot be read or is not UTF-8 (naming its line), a folder holds no
    /// article, or two sources share a file name.
    pub fn from_paths<P: AsRef<Path>>(paths: &[P]) -> Result<Corpus, Error> {
        let mut files = Vec::new();
        for path in paths {
            files.extend(expand(path.as_ref())?);
        }
        let mut names = HashSet::new();
        let mut articles = Vec::with_capacity(files.len());
        for file in files {
            let article = Article::read(&file)?;
            if !names.insert(article.file.clone()) {
                return Err(Error::new(file, None, Problem::DuplicateName));
            }
            articles.push(article);
        }
        Ok(Corpus::from_articles(articles))
    }

    /// Analyses articles already read, with the built-in knowledge base.
    pub fn from_articles(articles: Vec<Article>) -> Corpus {
        Corpus::with_knowledge(articles, Knowledge::builtin())
    }

    /// Analyses articles with a given knowledge base.
    pub fn with_knowledge(articles: Vec<Article>, knowledge: &Knowledge) -> Corpus {
        let sources: Vec<Source> = articles.into_iter().map(Source::new).collect();
        let found = mention::find(&sources, knowledge);
        let (entities, mentions) = entity::link(&sources, &found, knowledge);
        Corpus { sources, entities, mentions }
    }

    /// What the app renders: see [`View`](crate::View).
    pub fn view(&self) -> crate::View {
        crate::View::from_corpus(self)
    }

    /// The mention's text, exactly as in the file.
    pub fn text_of(&self, mention: &Mention) -> &str {
        &self.sources[mention.source].text()[mention.start..mention.end]
    }

    /// The corpus as the JSON `annotate --json` prints: sources, entities and mentions, with
    /// byte offsets into each file's original bytes.
    pub fn to_json(&self) -> String {
        let json = Json {
            sources: self.sources.iter().map(|s| JsonSource { file: s.file(), title: s.title() }).collect(),
            entities: self
                .entities
                .iter()
                .map(|e| JsonEntity { id: &e.id, name: &e.name, kind: e.kind.as_str(), aliases: &e.aliases })
                .collect(),
            mentions: self
                .mentions
                .iter()
                .map(|m| JsonMention {
                    source: self.sources[m.source].file(),
                    start: m.start,
                    end: m.end,
                    text: self.text_of(m),
                    entity: &self.entities[m.entity].id,
                })
                .collect(),
        };
        // Serialising plain strings and numbers cannot fail.
        serde_json::to_string(&json).unwrap_or_default()
    }
}

/// A path as the files it stands for: itself, or a folder's `.txt` files.
fn expand(path: &Path) -> Result<Vec<PathBuf>, Error> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| Error::new(path, None, Problem::Io(e)))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::new(path, None, Problem::Io(e)))?;
        let file = entry.path();
        let is_txt = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if is_txt && file.is_file() {
            files.push(file);
        }
    }
    if files.is_empty() {
        return Err(Error::new(path, None, Problem::NoArticles));
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

#[derive(Serialize)]
struct Json<'a> {
    sources: Vec<JsonSource<'a>>,
    entities: Vec<JsonEntity<'a>>,
    mentions: Vec<JsonMention<'a>>,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    file: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    aliases: &'a [String],
}

#[derive(Serialize)]
struct JsonMention<'a> {
    source: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    entity: &'a str,
}
