//! Stage 5: the view, everything the app renders and nothing it must compute at start-up.
//!
//! The build step turns a corpus into a `View`, encodes it with postcard and embeds the bytes in
//! the wasm; the browser decodes it and renders. Text is carried as the original passage text,
//! with mention offsets relative to it, so the app wraps highlights around untouched text.

use crate::kind::Kind;
use crate::role::Role;
use serde::{Deserialize, Serialize};

/// The whole corpus as the app sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct View {
    /// The sources, in file-name order.
    pub sources: Vec<SourceView>,
    /// The entities, by kind, then by how often they are named, then by name.
    pub entities: Vec<EntityView>,
}

/// One source's column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceView {
    /// The file name: the source's id and its `data-source` hook.
    pub file: String,
    /// What heads the column: headline, dateline, credit or file name.
    pub title: String,
    /// The title cut after a word to fit beside a count (see [`shorten`]); empty when the
    /// whole title fits. Read it through [`SourceView::label`].
    pub short_title: String,
    /// The dateline and credit the article states, for the column's byline.
    pub origin: Vec<String>,
    /// The passages, in order.
    pub passages: Vec<PassageView>,
}

/// One passage and its mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageView {
    /// What the passage is.
    pub role: Role,
    /// The passage's original text.
    pub text: String,
    /// Byte length of a dateline at the start of the text (0 when none).
    pub dateline: u32,
    /// The mentions, in order, never overlapping.
    pub mentions: Vec<MentionView>,
}

/// A mention: a byte range of its passage's text and the entity it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionView {
    /// First byte in the passage text.
    pub start: u32,
    /// Byte after the last.
    pub end: u32,
    /// Index into [`View::entities`].
    pub entity: u32,
}

/// An entity with its spellings and where it is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityView {
    /// The stable id used in URLs and `data-entity` hooks.
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// Every spelling used, most used first.
    pub spellings: Vec<Spelling>,
    /// Mentions per source, for sources that name it, in source order.
    pub counts: Vec<SourceCount>,
}

/// One spelling of an entity and the sources that use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spelling {
    /// The text as written.
    pub text: String,
    /// Mentions per source using exactly this text.
    pub counts: Vec<SourceCount>,
}

/// How many mentions a source has of something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceCount {
    /// Index into [`View::sources`].
    pub source: u32,
    /// Mentions in that source.
    pub count: u32,
}

impl View {
    /// Encodes the view compactly for embedding.
    ///
    /// # Errors
    /// Only if serialisation fails, which it does not for these types.
    pub fn to_bytes(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    /// Decodes what [`View::to_bytes`] wrote.
    ///
    /// # Errors
    /// If the bytes are not a view written by the same version of this crate.
    pub fn from_bytes(bytes: &[u8]) -> Result<View, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    /// The entity with this id.
    #[must_use]
    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|entity| entity.id == id)
    }

    /// The source with this file name.
    #[must_use]
    pub fn source_index(&self, file: &str) -> Option<usize> {
        self.sources.iter().position(|source| source.file == file)
    }
}

impl SourceView {
    /// The source's name where room is short: its title, or the start of a long one.
    #[must_use]
    pub fn label(&self) -> &str {
        if self.short_title.is_empty() { &self.title } else { &self.short_title }
    }
}

/// About how many characters of a title fit beside a count, as in the filter bar.
pub const LABEL_CHARS: usize = 32;

/// `text` cut after at most `max` characters at the end of a word, without the punctuation
/// before the cut, and with an ellipsis; or `None` when it fits. Cut here, at build time,
/// rather than by the style sheet, whose ellipsis keeps the box at its full width and so
/// leaves a gap before what follows it.
#[must_use]
pub fn shorten(text: &str, max: usize) -> Option<String> {
    let (limit, _) = text.char_indices().nth(max)?;
    // At a space the last word is whole; else back to the space before it (or, in one long
    // word, the limit itself).
    let cut = if text[limit..].starts_with(char::is_whitespace) {
        limit
    } else {
        text[..limit].rfind(char::is_whitespace).filter(|&at| at > 0).unwrap_or(limit)
    };
    let kept = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    Some(format!("{kept}…"))
}

impl EntityView {
    /// All mentions, in every source.
    #[must_use]
    pub fn total(&self) -> u32 {
        self.counts.iter().map(|c| c.count).sum()
    }

    /// Mentions in one source.
    #[must_use]
    pub fn count_in(&self, source: usize) -> u32 {
        self.counts.iter().find(|c| c.source as usize == source).map_or(0, |c| c.count)
    }
}

impl PassageView {
    /// Whether the passage names the entity.
    #[must_use]
    pub fn names(&self, entity: u32) -> bool {
        self.mentions.iter().any(|m| m.entity == entity)
    }
}

/// A piece of a passage: plain text, or a mention's text and its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text between mentions.
    Text(&'a str),
    /// A mention's text and the index of its entity.
    Mention(&'a str, u32),
}

impl PassageView {
    /// The passage as text and mentions, in order. Concatenated, the segments are the passage
    /// text exactly: highlights wrap the text, never rewrite it.
    pub fn segments(&self) -> Vec<Segment<'_>> {
        let text = self.text.as_str();
        let mut out = Vec::with_capacity(self.mentions.len() * 2 + 1);
        let mut at = 0;
        for m in &self.mentions {
            let (start, end) = (m.start as usize, m.end as usize);
            // Offsets come from the build step; one that does not fit the text is skipped and
            // its text stays plain, rather than anything being lost.
            let (Some(before), Some(name)) = (text.get(at..start), text.get(start..end)) else {
                continue;
            };
            if !before.is_empty() {
                out.push(Segment::Text(before));
            }
            out.push(Segment::Mention(name, m.entity));
            at = end;
        }
        if let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) {
            out.push(Segment::Text(rest));
        }
        out
    }
}

#[cfg(feature = "pipeline")]
impl View {
    /// Builds the view of an analysed corpus: each passage's text with its mentions, each
    /// entity with its spellings and counts per source.
    #[must_use]
    pub fn from_corpus(corpus: &crate::Corpus) -> View {
        let mut counts = vec![std::collections::BTreeMap::<u32, u32>::new(); corpus.entities.len()];
        let mut spellings: Vec<Vec<(String, std::collections::BTreeMap<u32, u32>)>> =
            vec![Vec::new(); corpus.entities.len()];
        let mut by_source: Vec<Vec<&crate::entity::Mention>> = vec![Vec::new(); corpus.sources.len()];
        for m in &corpus.mentions {
            let source = m.source as u32;
            *counts[m.entity].entry(source).or_default() += 1;
            let text = corpus.text_of(m);
            let list = &mut spellings[m.entity];
            match list.iter_mut().find(|(t, _)| t == text) {
                Some((_, per_source)) => *per_source.entry(source).or_default() += 1,
                None => list.push((text.to_owned(), std::iter::once((source, 1)).collect())),
            }
            by_source[m.source].push(m);
        }
        let to_counts = |map: &std::collections::BTreeMap<u32, u32>| {
            map.iter().map(|(&source, &count)| SourceCount { source, count }).collect::<Vec<_>>()
        };
        let entities = corpus
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut list: Vec<Spelling> = spellings[i]
                    .iter()
                    .map(|(text, per)| Spelling { text: text.clone(), counts: to_counts(per) })
                    .collect();
                // Most used first; the canonical name first among equals.
                list.sort_by_key(|s| {
                    (std::cmp::Reverse(s.counts.iter().map(|c| c.count).sum::<u32>()), s.text != e.name)
                });
                EntityView {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    spellings: list,
                    counts: to_counts(&counts[i]),
                }
            })
            .collect();
        let sources = corpus
            .sources
            .iter()
            .zip(&by_source)
            .map(|(source, mentions)| source_view(source, mentions))
            .collect();
        View { sources, entities }
    }
}

#[cfg(feature = "pipeline")]
fn source_view(source: &crate::source::Source, mentions: &[&crate::entity::Mention]) -> SourceView {
    let text = source.text();
    let title = source.title().to_owned();
    let origin: Vec<String> = [&source.dateline, &source.credit]
        .into_iter()
        .flatten()
        .map(|r| text[r.clone()].to_owned())
        .filter(|o| *o != title)
        .collect();
    let mut next = 0;
    let passages = source
        .passages
        .iter()
        .map(|p| {
            while next < mentions.len() && mentions[next].start < p.start {
                next += 1;
            }
            let mut within = Vec::new();
            while next < mentions.len() && mentions[next].end <= p.end {
                let m = mentions[next];
                within.push(MentionView {
                    start: (m.start - p.start) as u32,
                    end: (m.end - p.start) as u32,
                    entity: m.entity as u32,
                });
                next += 1;
            }
            let dateline = source
                .dateline
                .as_ref()
                .filter(|d| d.start == p.start)
                .map_or(0, |d| (d.end - d.start) as u32);
            PassageView { role: p.role, text: text[p.start..p.end].to_owned(), dateline, mentions: within }
        })
        .collect();
    let short_title = shorten(&title, LABEL_CHARS).unwrap_or_default();
    SourceView { file: source.file().to_owned(), title, short_title, origin, passages }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(text: &str, mentions: &[(u32, u32, u32)]) -> PassageView {
        PassageView {
            role: Role::Paragraph,
            text: text.to_owned(),
            dateline: 0,
            mentions: mentions
                .iter()
                .map(|&(start, end, entity)| MentionView { start, end, entity })
                .collect(),
        }
    }

    #[test]
    fn segments_wrap_the_text_without_changing_it() {
        let p = passage("In Homs, al-Assad’s rule", &[(3, 7, 0), (9, 17, 1)]);
        let segments = p.segments();
        assert_eq!(
            segments,
            [
                Segment::Text("In "),
                Segment::Mention("Homs", 0),
                Segment::Text(", "),
                Segment::Mention("al-Assad", 1),
                Segment::Text("’s rule")
            ]
        );
    }

    #[test]
    fn no_mentions_is_one_text_and_empty_is_nothing() {
        assert_eq!(passage("Plain.", &[]).segments(), [Segment::Text("Plain.")]);
        assert_eq!(passage("", &[]).segments().len(), 0);
        assert_eq!(passage("Homs", &[(0, 4, 2)]).segments(), [Segment::Mention("Homs", 2)]);
    }

    #[test]
    fn offsets_that_do_not_fit_leave_the_text_plain() {
        let p = passage("Homs and Hama", &[(0, 4, 0), (2, 6, 1), (9, 99, 2)]);
        assert_eq!(p.segments(), [Segment::Mention("Homs", 0), Segment::Text(" and Hama")]);
    }

    #[test]
    fn a_title_that_fits_is_not_shortened() {
        assert_eq!(shorten("Reuters", 32), None);
        assert_eq!(shorten("exactly five", 12), None);
    }

    #[test]
    fn a_long_title_is_cut_after_a_word_without_trailing_punctuation() {
        let title = "Why are Syrian rebels targeting Homs, forcing thousands to flee the city?";
        assert_eq!(shorten(title, 32).unwrap(), "Why are Syrian rebels targeting…");
        assert_eq!(shorten(title, 37).unwrap(), "Why are Syrian rebels targeting Homs…");
    }

    #[test]
    fn one_long_word_is_cut_inside_it_on_a_character_boundary() {
        assert_eq!(shorten("Ünïcödéwörd", 4).unwrap(), "Ünïc…");
        assert_eq!(shorten("حماةوحمصوحلب", 3).unwrap(), "حما…");
    }

    #[test]
    fn the_label_is_the_short_title_when_there_is_one() {
        let mut source = SourceView {
            file: "a.txt".into(),
            title: "A".into(),
            short_title: String::new(),
            origin: vec![],
            passages: vec![],
        };
        assert_eq!(source.label(), "A");
        source.title = "A much longer title than fits beside a count".into();
        source.short_title = shorten(&source.title, LABEL_CHARS).unwrap();
        assert_eq!(source.label(), "A much longer title than fits…");
    }

    #[test]
    fn round_trips_through_bytes() {
        let view = View {
            sources: vec![SourceView {
                file: "a.txt".into(),
                title: "A".into(),
                short_title: String::new(),
                origin: vec![],
                passages: vec![passage("Homs", &[(0, 4, 0)])],
            }],
            entities: vec![EntityView {
                id: "homs".into(),
                name: "Homs".into(),
                kind: Kind::Place,
                spellings: vec![],
                counts: vec![SourceCount { source: 0, count: 1 }],
            }],
        };
        assert_eq!(View::from_bytes(&view.to_bytes().unwrap()).unwrap(), view);
        assert!(View::from_bytes(&[0xFF, 0xFF, 0xFF]).is_err());
    }
}
