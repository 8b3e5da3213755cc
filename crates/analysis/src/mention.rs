//! Stage 3: mentions, the names in each passage, with their kind.
//!
//! The recogniser reads capitalisation, the shape of names and the words around them, and
//! checks candidates against the knowledge base (places, demonyms, given names, titles,
//! organisation words). [`reader`] turns each passage into candidates with the cues around
//! them; [`decide`] settles their kinds in rounds, because some decisions need the whole
//! corpus: a lone `Lund` is a person once `Aron Lund` has been seen, and a lone `Observatory`
//! an organisation once `Syrian Observatory for Human Rights` has.

mod decide;
mod reader;

use crate::kind::Kind;
use crate::knowledge::Knowledge;
use crate::source::Source;

/// A name found in a source, before linking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Index of the source.
    pub source: usize,
    /// First byte in the source's text.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// What it names.
    pub kind: Kind,
    /// The knowledge base's identity for it, when it has one: equal ids, same thing.
    pub known: Option<Known>,
    /// Another found name this one is stated to be the same as: the expansion of an acronym
    /// defined in brackets, or the name a "real name" or "also known as" phrase points back to.
    pub same_as: Option<usize>,
    /// The kind is a default, not evidence: linking may give it the kind of what it links to.
    pub weak: bool,
}

/// An identity from the knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Known {
    /// A place in the gazetteer.
    Place(u32),
    /// A nationality, by the id of its country.
    Demonym(u32),
    /// A known organisation.
    Org(u32),
}

/// Finds the names in every source, in source order and text order, never overlapping.
#[must_use]
pub fn find(sources: &[Source], knowledge: &Knowledge) -> Vec<Found> {
    let mut candidates = Vec::new();
    for (index, source) in sources.iter().enumerate() {
        candidates.extend(reader::Reader::new(source, index, knowledge).candidates());
    }
    decide::decide(candidates, sources, knowledge)
}

/// A candidate name with what its surroundings say about it.
#[derive(Debug, Clone)]
struct Candidate {
    source: usize,
    passage: usize,
    start: usize,
    end: usize,
    /// Byte ranges of its words; an `al-` particle is part of the word it is joined to.
    words: Vec<(usize, usize)>,
    /// Its lookup key ([`fold::key`](crate::fold::key) of its text), computed once.
    key: String,
    cues: Cues,
    verdict: Verdict,
    /// Decided by a default rather than evidence: the same name decided on evidence elsewhere
    /// in the corpus overrides it.
    weak: bool,
    same_as: Option<usize>,
}

/// What the text around a candidate says.
#[derive(Debug, Clone, Default)]
#[allow(clippy::struct_excessive_bools, reason = "independent yes/no observations")]
struct Cues {
    /// A personal title or role came right before it ("President", "Defense Minister").
    titled: bool,
    /// It begins a sentence (or sits in a title-case headline), so its capital proves little.
    sentence_start: bool,
    /// A designator follows that makes it another thing: `province` → region, `clan` → family.
    designator: Option<Designator>,
    /// A place preposition or place noun comes before ("in", "towns of"), or an apposition
    /// after ("Zamzam, the sprawling camp").
    place: bool,
    /// Of those, the ones that rarely precede a person: "in X", "X crossing", "X, the camp".
    strong_place: bool,
    /// Person context: ", 37,", ", who", ", a resident".
    person: bool,
    /// A verb of saying next to it ("said Hagos", "Hagos told"): a person, if nothing else
    /// says what a single unknown word is.
    speaks: bool,
    /// "the" right before: an organisation or place, never a person ("the Kremlin").
    the_before: bool,
    /// Community context: "ethnic" before, "minority", "sect", "community" after.
    group: bool,
    /// A word for an organisation's members or voice follows ("Kremlin spokesman").
    organisation: bool,
    /// A noun for a business or body comes right before ("the French group Orano").
    organisation_before: bool,
    /// A road word follows ("M5 highway").
    road_after: bool,
    /// An acronym in brackets follows: the range of its word.
    acronym_after: Option<(usize, usize)>,
    /// It sits inside a dateline's brackets ("DAMASCUS (Agencies):").
    in_dateline: bool,
    /// The candidates it is listed with ("X, Y and Z"), by offset, within its passage.
    listed_with: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Designator {
    Region,
    Family,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Name(Kind, Option<Known>),
    /// A kind read from the name's shape alone (two unknown capitalised words look like a
    /// person's): a name, but a default that evidence elsewhere overrides. Only round 1 gives
    /// it, and turns it into a weak [`Verdict::Name`].
    Guess(Kind),
    Undecided,
    NotName,
}

fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `HTS`, `UN`, `SOHR`, `U.S.`: two to six capitals, possibly with dots.
fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| *c != '.') {
        if !c.is_uppercase() || letters == 6 {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether an acronym's letters are the initials of a name's capitalised words and
/// hyphenated parts (`HTS` for `Hayat Tahrir al-Sham`, `SOHR` for `Syrian Observatory for Human
/// Rights`, `UN` for `United Nations`). Exact, so `AP` is not `Armed Police Force`.
pub(crate) fn initials_match(acronym: &str, initials: &str) -> bool {
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    letters.chars().count() >= 2 && letters.eq_ignore_ascii_case(initials)
}

/// The initials of a name's capitalised words and hyphenated parts: `Hayat Tahrir al-Sham` →
/// `HTS`; `Syrian Observatory for Human Rights` → `SOHR`.
pub(crate) fn initials(name: &str) -> String {
    let name = name.strip_prefix("The ").unwrap_or(name);
    name.split(|c: char| c.is_whitespace() || crate::tokens::is_hyphen(c))
        .filter_map(|part| part.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_initials() {
        assert!(is_acronym("HTS") && is_acronym("U.S.") && is_acronym("UNICEF"));
        assert!(!is_acronym("Homs") && !is_acronym("A") && !is_acronym("ABCDEFG"));
        assert_eq!(initials("Hayat Tahrir al-Sham"), "HTS");
        assert!(initials_match("SOHR", &initials("Syrian Observatory for Human Rights")));
        assert!(initials_match("UN", &initials("United Nations")));
        assert!(!initials_match("UN", &initials("Syrian Observatory")));
    }
}
