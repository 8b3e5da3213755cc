//! Reading a passage into candidate names: runs of capitalised words, split and trimmed to
//! the names they hold, with the cues around them.

use super::decide::{COMPASS, VERY_COMMON_GIVEN_NAME};
use super::{Candidate, Cues, Designator, Verdict, is_acronym, starts_upper};
use crate::fold;
use crate::knowledge::{Knowledge, PlaceClass};
use crate::passage::{BYLINE_ROLES, Role};
use crate::source::Source;
use crate::tokens::{self, Shape, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

/// A token range, inclusive at both ends.
type Span = (usize, usize);

/// A passage read: its tokens, whether it is in title case, its runs and the names in them.
type Read<'a> = (Tokens<'a>, bool, Vec<Span>, Vec<Span>);

/// A passage's tokens, with each token's lower-case form and key worked out at most once:
/// the rules ask for them many times per token, and each answer used to cost an allocation.
/// Indexing and slicing reach the tokens themselves.
struct Tokens<'a> {
    text: &'a str,
    list: Vec<Token>,
    lower: Vec<OnceCell<Cow<'a, str>>>,
    key: Vec<OnceCell<String>>,
    /// [`Reader::is_title_word`] and [`Reader::is_modifier`] of each token: the title rules
    /// ask them of every token of a run for every start they try.
    title_word: Vec<OnceCell<bool>>,
    modifier: Vec<OnceCell<bool>>,
    /// [`Reader::known_whole`] of the spans of two words or more asked so far.
    known_whole: RefCell<HashMap<Span, bool>>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str, list: Vec<Token>) -> Self {
        let n = list.len();
        Tokens {
            text,
            list,
            lower: vec![OnceCell::new(); n],
            key: vec![OnceCell::new(); n],
            title_word: vec![OnceCell::new(); n],
            modifier: vec![OnceCell::new(); n],
            known_whole: RefCell::default(),
        }
    }

    /// Token `i` in lower case; borrowed when it already is, as most words are.
    fn lower(&self, i: usize) -> &str {
        self.lower[i].get_or_init(|| {
            let word = self.list[i].text(self.text);
            if word.is_ascii() {
                fold::lowercase(word)
            } else if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            }
        })
    }

    /// Token `i` in lower case, `None` past the end.
    fn lower_at(&self, i: usize) -> Option<&str> {
        (i < self.list.len()).then(|| self.lower(i))
    }

    /// [`fold::key`] of token `i`.
    fn key(&self, i: usize) -> &str {
        self.key[i].get_or_init(|| fold::key(self.list[i].text(self.text)))
    }

    /// [`fold::key`] of token `i` in lower case: its key, unless lower-casing a letter outside
    /// ASCII changes how it folds.
    fn lower_key(&self, i: usize) -> Cow<'_, str> {
        if self.list[i].text(self.text).is_ascii() {
            Cow::Borrowed(self.key(i))
        } else {
            Cow::Owned(fold::key(self.lower(i)))
        }
    }
}

impl std::ops::Deref for Tokens<'_> {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        &self.list
    }
}

/// Reads one source's passages into candidates.
pub(super) struct Reader<'a> {
    source: &'a Source,
    index: usize,
    k: &'a Knowledge,
    text: &'a str,
}

/// Nouns for places, in "the town of X", "X, the sprawling camp" and "X district".
const PLACE_NOUNS: &[&str] = &[
    "area",
    "camp",
    "capital",
    "cities",
    "city",
    "country",
    "district",
    "enclave",
    "island",
    "neighborhood",
    "neighbourhood",
    "port",
    "province",
    "region",
    "suburb",
    "town",
    "towns",
    "village",
    "villages",
];

/// Nouns right after a name that make it a place: "the Kerem Shalom crossing".
const PLACE_AFTER: &[&str] = &[
    "airport",
    "border",
    "bridge",
    "camp",
    "checkpoint",
    "crossing",
    "district",
    "neighborhood",
    "neighbourhood",
    "port",
    "refugee",
    "suburb",
    "valley",
];

/// Nouns in an apposition that make a name a person's: "Hagos, a 45-year-old farmer".
const PERSON_NOUNS: &[&str] = &[
    "activist",
    "analyst",
    "driver",
    "farmer",
    "father",
    "grandmother",
    "grandfather",
    "lawyer",
    "man",
    "mother",
    "nurse",
    "official",
    "resident",
    "shopkeeper",
    "student",
    "teacher",
    "trader",
    "vendor",
    "widow",
    "woman",
    "worker",
];

/// Nouns right after a name that make it an organisation's: "the Kremlin spokesman", "Fano
/// militiamen". A person has no spokesman named this way, nor militiamen.
const ORGANISATION_MEMBERS: &[&str] =
    &["spokesman", "spokeswoman", "spokesperson", "spokespeople", "militants", "militiamen", "gunmen"];

/// Nouns for a business or body right before its name: "the French group Orano", "telecoms
/// operator Safaricom", "the miner Kazatomprom".
const ORGANISATION_BEFORE: &[&str] = &[
    "company",
    "firm",
    "group",
    "miner",
    "giant",
    "operator",
    "conglomerate",
    "lender",
    "insurer",
    "broadcaster",
    "newspaper",
    "carrier",
    "manufacturer",
    "maker",
    "producer",
    "supplier",
    "retailer",
    "startup",
];

/// Verbs of saying, next to a bare name: "said Hagos", "Hagos told".
const SAYING: &[&str] =
    &["said", "says", "told", "added", "recalled", "explained", "wrote", "asked", "insisted"];

/// Words before "of" that make what follows a place: "residents of X", "outskirts of X".
const PLACE_OF: &[&str] = &[
    "capital",
    "center",
    "centre",
    "city",
    "district",
    "east",
    "edge",
    "governor",
    "heart",
    "mayor",
    "north",
    "northeast",
    "northwest",
    "outskirts",
    "part",
    "parts",
    "people",
    "province",
    "region",
    "residents",
    "south",
    "southeast",
    "southwest",
    "streets",
    "suburbs",
    "town",
    "towns",
    "village",
    "villages",
    "west",
];

/// Prepositions after which a name is usually a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "through", "to", "toward",
    "towards", "via",
];

/// Of those, the ones that hardly ever precede a person's name ("in Landi Kotal"; but "a
/// letter from Getachew Assefa").
const STRONG_PLACE_PREPOSITIONS: &[&str] =
    &["across", "around", "in", "inside", "into", "near", "outside", "through", "toward", "towards", "via"];

/// Words before "to" that make it not a direction: "according to Reuters", "close to Hamas".
const NOT_DIRECTIONS: &[&str] = &[
    "according",
    "addition",
    "allied",
    "close",
    "due",
    "linked",
    "loyal",
    "next",
    "owing",
    "prior",
    "related",
    "thanks",
];

/// Nouns after a name that make it a community: "Alawite minority", "Masalit communities".
const GROUP_NOUNS: &[&str] = &[
    "communities",
    "community",
    "faithful",
    "majority",
    "minorities",
    "minority",
    "people",
    "peoples",
    "population",
    "sect",
    "sects",
    "tribe",
    "tribes",
    "tribesmen",
];

impl<'a> Reader<'a> {
    pub(super) fn new(source: &'a Source, index: usize, k: &'a Knowledge) -> Self {
        Reader { source, index, k, text: source.text() }
    }

    pub(super) fn candidates(&self) -> Vec<Candidate> {
        let mut read = Vec::with_capacity(self.source.passages.len());
        for passage in &self.source.passages {
            let tokens = Tokens::new(self.text, tokens::tokenize(self.text, passage.start, passage.end));
            // In title-case headlines and in page furniture, capitals say nothing.
            let title_case = passage.role == Role::Furniture
                || (matches!(passage.role, Role::Headline | Role::Heading) && self.is_title_case(&tokens));
            let chunks = self.chunks(&tokens);
            let mut spans = Vec::new();
            for &chunk in &chunks {
                self.refine(&tokens, chunk, title_case, &mut spans);
            }
            if passage.role == Role::Credit {
                spans = spans.into_iter().filter_map(|span| self.trim_byline_role(&tokens, span)).collect();
            }
            read.push((tokens, title_case, chunks, spans));
        }
        let surnames = self.surnames(&read);
        let mut out = Vec::new();
        for (p, (tokens, title_case, chunks, mut spans)) in read.into_iter().enumerate() {
            // "Khan denies the charges": a surname that is also a word, opening a sentence, is
            // the person named in full earlier ("Imran Khan"), not a capitalised common word.
            for &(first, last) in &chunks {
                let restored = first == last
                    && !title_case
                    && tokens[first].sentence_start
                    && surnames.contains(tokens.key(first))
                    && !spans.iter().any(|&(a, b)| a <= first && first <= b);
                if restored {
                    let at = spans.partition_point(|&(a, _)| a < first);
                    spans.insert(at, (first, first));
                }
            }
            self.platform_x(&tokens, &mut spans);
            let mut here: Vec<Candidate> =
                spans.iter().map(|&span| self.candidate(&tokens, span, p, title_case)).collect();
            self.find_lists(&tokens, &spans, &mut here);
            out.extend(here);
        }
        out
    }

    /// The last words of the source's names that begin with a given name and end in a
    /// capitalised word no organisation or place word ("Imran Khan" gives `khan`).
    fn surnames(&self, read: &[Read]) -> HashSet<String> {
        let k = self.k;
        let mut surnames = HashSet::default();
        for (tokens, title_case, _, spans) in read {
            for &(first, last) in spans.iter().filter(|_| !title_case) {
                let first_word = tokens.key(first);
                let last_lower = tokens.lower(last);
                let person_like = last > first
                    && tokens[last].shape == Shape::Word
                    && self.is_cap(&tokens[last])
                    && k.is_given_name(first_word)
                    && !k.is_common_word(first_word)
                    && !k.is_org_word(last_lower)
                    && !k.is_place_word(last_lower);
                if person_like {
                    surnames.insert(tokens.key(last).to_owned());
                }
            }
        }
        surnames
    }

    /// "By Horn Observer Reporter", "Kabul Ledger Staff Report": in a credit, the role words
    /// after the name say what the writer is and are not part of the name; titles before them
    /// go too ("Senior Correspondent"). `None` when nothing is left ("By Staff Reporter").
    fn trim_byline_role(&self, tokens: &Tokens<'a>, (first, mut last): Span) -> Option<Span> {
        let role = |i: usize| BYLINE_ROLES.contains(&tokens.lower(i));
        if !role(last) {
            return Some((first, last));
        }
        while role(last) || self.k.is_title(tokens.lower(last)) {
            if last == first {
                return None;
            }
            last -= 1;
        }
        Some((first, last))
    }

    /// `a post on X`, `wrote on X`, `his grief on X`: the platform, a one-letter name no run of
    /// capitals finds. A capital X alone after "on" or "via" is the platform unless a name or
    /// compound goes on after it (`on X-ray`, `on X Street`).
    fn platform_x(&self, tokens: &Tokens<'a>, spans: &mut Vec<Span>) {
        for i in 1..tokens.len() {
            let posted = self.word(&tokens[i]) == "X"
                && self.is(tokens.get(i - 1), &["on", "via"])
                && !tokens.get(i + 1).is_some_and(|t| {
                    (t.shape == Shape::Word && starts_upper(self.word(t)))
                        || (!t.space_before && t.shape != Shape::Punct)
                })
                && !self.is_hyphen(tokens.get(i + 1));
            if posted {
                let at = spans.partition_point(|&(first, _)| first < i);
                spans.insert(at, (i, i));
            }
        }
    }

    fn word(&self, token: &Token) -> &'a str {
        token.text(self.text)
    }

    /// A headline written In Title Case, where capitals say nothing.
    fn is_title_case(&self, tokens: &Tokens<'a>) -> bool {
        let long: Vec<&str> = tokens
            .iter()
            .filter(|t| t.shape == Shape::Word)
            .map(|t| self.word(t))
            .filter(|w| w.chars().count() >= 4)
            .collect();
        long.len() >= 3 && long.iter().filter(|w| starts_upper(w)).count() * 10 >= long.len() * 8
    }

    /// A capitalised word of two letters or more that is not a contraction (`I’d`).
    fn is_cap(&self, token: &Token) -> bool {
        if token.shape != Shape::Word {
            return false;
        }
        // Asked of nearly every token, and most words are lower case: a first byte that is
        // ASCII and no capital answers without decoding the word.
        let first = self.text.as_bytes().get(token.start);
        if first.is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            return false;
        }
        let word = self.word(token);
        starts_upper(word) && word.chars().nth(1).is_some() && !is_contraction(word)
    }

    fn is(&self, token: Option<&Token>, words: &[&str]) -> bool {
        token.is_some_and(|t| words.contains(&self.word(t)))
    }

    fn is_hyphen(&self, token: Option<&Token>) -> bool {
        token.is_some_and(|t| {
            t.shape == Shape::Punct && self.word(t).chars().next().is_some_and(tokens::is_hyphen)
        })
    }

    /// Whether tokens `i..` are a particle joined to a capitalised word: `al-Assad`, `al Qaeda`,
    /// `bin Salman`, `von der Leyen`, and within a name `da Silva`. Returns the index of the
    /// capitalised word.
    fn particle_name(&self, tokens: &Tokens<'a>, i: usize, within: bool) -> Option<usize> {
        let word = self.word(tokens.get(i)?);
        let arabic = fold::is_article(word);
        let european = is_european_particle(word);
        let known = arabic
            || matches!(word.as_bytes(), [b'b', b'i', b'n'] | [b'i', b'b', b'n'] | [b'b', b'i', b'n', b't'])
            || european
            || (within && self.k.is_particle(word));
        if !known {
            return None;
        }
        let next = tokens.get(i + 1);
        if self.is_hyphen(next) && !tokens[i + 1].space_before {
            let name = tokens.get(i + 2).filter(|t| self.is_cap(t) && !t.space_before);
            return name.map(|_| i + 2);
        }
        // "von der Leyen", "de la Cruz": a second particle before the name.
        let mut at = i + 1;
        if european && tokens.get(at).is_some_and(|t| is_european_particle(self.word(t))) {
            at += 1;
        }
        // Written with a space, only the unambiguous particles join: English has "as", "at"
        // and "an" too. A European particle opening a run needs a name that is no ordinary
        // word after it ("de Gaulle", not "de Facto").
        tokens.get(at).filter(|t| self.is_cap(t) && t.space_before)?;
        let spaced = matches!(word, "al" | "el" | "bin" | "ibn" | "bint")
            || (within && !arabic)
            || (european && !self.k.is_common_word(tokens.lower(at)));
        spaced.then_some(at)
    }

    /// Maximal runs of capitalised words with the particles, hyphens and connectors between
    /// them.
    fn chunks(&self, tokens: &Tokens<'a>) -> Vec<Span> {
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let start = if self.is_cap(&tokens[i]) { Some(i) } else { self.particle_name(tokens, i, false) };
            let Some(mut last) = start else {
                i += 1;
                continue;
            };
            loop {
                let n = last + 1;
                let next = tokens.get(n);
                let cap_at = |j: usize, spaced: bool| {
                    tokens.get(j).is_some_and(|t| self.is_cap(t) && t.space_before == spaced)
                };
                if self.is_hyphen(next) && !tokens[n].space_before && cap_at(n + 1, false) {
                    last = n + 1;
                } else if let Some(end) = self.hyphen_connector(tokens, last) {
                    // "Tehreek-e-Taliban", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": a short
                    // lower-case connector between hyphens joins two capitalised words.
                    last = end;
                } else if self.acronym_suffix(tokens, last) {
                    // "PML-N", "MQM-P": a faction's letter after a party's acronym.
                    last = n + 1;
                } else if self.hyphen_syllable(tokens, last) {
                    // "Park Ji-hoon", "Kim Jong-un": a romanised syllable after a hyphen.
                    last = n + 1;
                } else if let Some(end) = self.dotted_legal_form(tokens, last) {
                    // "Gangotri Infracon Pvt. Ltd.": a legal form of two abbreviations.
                    last = end;
                } else if self.possessive_in_name(tokens, last) {
                    // "Tigray People's Liberation Front", "Kurdistan Workers' Party".
                    last = if self.is(tokens.get(n + 1), &["s"]) { n + 2 } else { n + 1 };
                } else if last > i && self.is_patronymic(next) {
                    // "Bakyt Nurlan uulu": a Turkic patronymic word closes a person's name.
                    last = n;
                    break;
                } else if cap_at(n, true) {
                    last = n;
                } else if let Some(end) = self.particle_name(tokens, n, true) {
                    last = end;
                } else if self.is(next, &["of", "for", "and", "on", "&"])
                    && tokens.get(n + 1).is_some_and(|t| self.is_cap(t))
                {
                    last = n + 1;
                } else if self.is(next, &["of"])
                    && self.is(tokens.get(n + 1), &["the"])
                    && cap_at(n + 2, true)
                {
                    last = n + 2;
                } else {
                    break;
                }
            }
            chunks.push((i, last));
            i = last + 1;
        }
        chunks
    }

    /// `uulu`, `kyzy` (Kyrgyz), `uly`, `qyzy` (Kazakh), `ogly`, `qizi` (Azerbaijani, Uzbek):
    /// the lower-case words for "son of" and "daughter of" that end a Turkic name after the
    /// father's name. A closed class, like the particles that open a name.
    fn is_patronymic(&self, token: Option<&Token>) -> bool {
        const PATRONYMICS: &[&str] =
            &["uulu", "kyzy", "uly", "qyzy", "ogly", "oglu", "oğlu", "ugli", "o‘g‘li", "qizi", "gyzy"];
        token.is_some_and(|t| t.space_before && PATRONYMICS.contains(&self.word(t)))
    }

    /// `Tehreek-e-Taliban`, `Hizb-ut-Tahrir`, `Jaish-al-Adl`: a capitalised word, a hyphen, a
    /// lower-case connector of one to three letters that is no function word, a hyphen and a capitalised word, all unspaced. Returns the last word's index;
    /// `Commander-in-Chief` and `Brother-in-Law` stay apart.
    fn hyphen_connector(&self, tokens: &Tokens<'a>, last: usize) -> Option<usize> {
        let unspaced_hyphen = |i: usize| self.is_hyphen(tokens.get(i)) && !tokens[i].space_before;
        if !unspaced_hyphen(last + 1) || !unspaced_hyphen(last + 3) {
            return None;
        }
        let connector = tokens.get(last + 2).filter(|t| !t.space_before && t.shape == Shape::Word)?;
        let word = self.word(connector);
        let short = (1..=3).contains(&word.chars().count()) && word.chars().all(char::is_lowercase);
        let joins = fold::is_article(word) || !self.k.is_function_word(word);
        let name = tokens.get(last + 4).filter(|t| self.is_cap(t) && !t.space_before)?;
        (short && joins && self.is_cap(&tokens[last]) && name.shape == Shape::Word).then_some(last + 4)
    }

    /// `Pvt. Ltd.`, `Pty. Ltd.`: an abbreviation, its full stop and a word that together make a
    /// legal form. Returns the second word's index.
    fn dotted_legal_form(&self, tokens: &Tokens<'a>, last: usize) -> Option<usize> {
        let dot = tokens.get(last + 1).filter(|t| self.word(t) == "." && !t.space_before)?;
        tokens.get(last + 2).filter(|t| self.is_cap(t) && t.space_before)?;
        let form = format!("{} {}", tokens.lower(last), tokens.lower(last + 2));
        (dot.shape == Shape::Punct && self.k.is_legal_form(&form)).then_some(last + 2)
    }

    /// `PML-N`, `MQM-P`: an acronym, a hyphen and a single capital letter, all unspaced, with
    /// no more word after it.
    fn acronym_suffix(&self, tokens: &Tokens<'a>, last: usize) -> bool {
        let letter = tokens.get(last + 2).filter(|t| {
            let word = self.word(t);
            t.shape == Shape::Word
                && !t.space_before
                && word.chars().count() == 1
                && word.chars().all(char::is_uppercase)
        });
        is_acronym(self.word(&tokens[last]))
            && self.is_hyphen(tokens.get(last + 1))
            && !tokens[last + 1].space_before
            && letter.is_some()
    }

    /// Whether a hyphen and a short lower-case syllable continue a capitalised one: `Ji-hoon`,
    /// `Jong-un` (Korean), `Ching-te`, `Ming-hsiung` (Chinese and Taiwanese given names), not
    /// `Iran-backed`. A syllable that is also an English word (`Yu-ting`, `Yi-wen`) joins only
    /// in the given-name slot, after a surname and after a known given name; no romanised
    /// syllable ends in `d`, as English compound heads do (`-led`, `-based`, `-held`).
    fn hyphen_syllable(&self, tokens: &Tokens<'a>, last: usize) -> bool {
        let letters = |t: &Token, most: usize| {
            t.shape == Shape::Word && (1..=most).contains(&self.word(t).chars().count())
        };
        let left = &tokens[last];
        let Some(right) = tokens.get(last + 2) else { return false };
        let word = self.word(right);
        let shaped = letters(left, 6)
            && self.word(left).chars().nth(1).is_some()
            && self.is_cap(left)
            && self.is_hyphen(tokens.get(last + 1))
            && !tokens[last + 1].space_before
            && letters(right, 6)
            && !right.space_before
            && word.chars().all(char::is_lowercase)
            && !word.ends_with('d');
        if !shaped {
            return false;
        }
        if !self.k.is_common_word(word) {
            return true;
        }
        let after_surname = last > 0 && tokens[last].space_before && self.is_cap(&tokens[last - 1]);
        after_surname && letters(right, 4) && self.k.is_given_name(tokens.key(last))
    }

    /// Whether a possessive after a plural noun of people continues an organisation's name:
    /// `People's Liberation Front`, `Workers' Party`, `Children's Fund`. The next capitalised
    /// word must follow right after.
    fn possessive_in_name(&self, tokens: &Tokens<'a>, last: usize) -> bool {
        const PEOPLE: &[&str] = &[
            "people", "peoples", "workers", "children", "women", "farmers", "martyrs", "veterans", "nations",
        ];
        let lower = tokens.lower(last);
        let people = PEOPLE.contains(&lower);
        // Other plural nouns of people (`Fishermen's Association`, `Teachers' Union`) and titles
        // (`Prime Minister's National Relief Fund`) too, when an organisation word ends the name.
        let plural = self.k.is_common_word(lower) && (lower.ends_with("men") || lower.ends_with("ers"));
        let title = self.is_title_word(tokens, last);
        if !people && !plural && !title {
            return false;
        }
        let apostrophe =
            |t: Option<&Token>| t.is_some_and(|t| matches!(self.word(t), "’" | "'") && !t.space_before);
        let after = if apostrophe(tokens.get(last + 1)) && self.is(tokens.get(last + 2), &["s"]) {
            last + 3
        } else if apostrophe(tokens.get(last + 1)) {
            last + 2
        } else {
            return false;
        };
        if !tokens.get(after).is_some_and(|t| self.is_cap(t) && t.space_before) {
            return false;
        }
        let mut end = after;
        while tokens.get(end + 1).is_some_and(|t| self.is_cap(t) && t.space_before) {
            end += 1;
        }
        people || self.k.is_org_word(tokens.lower(end))
    }

    /// Splits and trims a chunk into the names it holds, appended to `parts`.
    fn refine(&self, tokens: &Tokens<'a>, chunk: Span, title_case: bool, parts: &mut Vec<Span>) {
        // Each step splits every part the one before left, in order; two buffers serve all
        // the steps, as most parts come through whole.
        let mut current = Vec::new();
        let rest = self.split_pro(tokens, chunk, parts);
        self.split_connectors(tokens, rest, &mut current);
        let mut next = Vec::new();
        for &span in &current {
            self.split_hyphens(tokens, span, title_case, &mut next);
        }
        current.clear();
        for &span in &next {
            self.split_titles(tokens, span, &mut current);
        }
        next.clear();
        for &span in &current {
            self.split_org_person(tokens, span, &mut next);
        }
        current.clear();
        for &span in &next {
            self.split_title_case(tokens, span, title_case, &mut current);
        }
        std::mem::swap(&mut current, &mut next);
        parts.extend(next.into_iter().filter_map(|span| self.trim_start(tokens, span, title_case)));
    }

    /// `pro-Kurdish DEM Party`: a nationality or community after `pro-` or `anti-` qualifies the
    /// name that follows, and is a mention of its own. Pushes it to `parts` and returns the rest.
    fn split_pro(&self, tokens: &Tokens<'a>, (first, last): Span, parts: &mut Vec<Span>) -> Span {
        let prefixed = first >= 2
            && self.is_hyphen(tokens.get(first - 1))
            && !tokens[first].space_before
            && !tokens[first - 1].space_before
            && self.is(tokens.get(first - 2), &["pro", "anti"]);
        if !prefixed || first == last || !self.is_cap(&tokens[first + 1]) || !tokens[first + 1].space_before {
            return (first, last);
        }
        let key = tokens.key(first);
        // "Kurdish" from "Kurd": an adjective of a known people counts too.
        let people = |k: &str| self.k.demonym(k).is_some() || self.k.is_group_name(k);
        let adjective = ["ish", "ian", "ese", "an", "i"]
            .iter()
            .any(|suffix| key.strip_suffix(suffix).is_some_and(|stem| stem.len() >= 3 && people(stem)));
        if !people(key) && !adjective {
            return (first, last);
        }
        parts.push((first, first));
        (first + 1, last)
    }

    fn text_of(&self, tokens: &Tokens<'a>, (a, b): Span) -> &'a str {
        &self.text[tokens[a].start..tokens[b].end]
    }

    /// Whether the words of a span are, together, a strong name ([`Knowledge::is_strong_name`]).
    fn known_whole(&self, tokens: &Tokens<'a>, (a, b): Span) -> bool {
        // One word's key is the token's own; a longer span's answer is kept, as each splitting
        // step asks it again of the parts the step before left whole.
        if a == b {
            return self.k.is_strong_name(tokens.key(a));
        }
        if let Some(&known) = tokens.known_whole.borrow().get(&(a, b)) {
            return known;
        }
        let known = self.k.is_strong_name(&fold::key(self.text_of(tokens, (a, b))));
        tokens.known_whole.borrow_mut().insert((a, b), known);
        known
    }

    /// Splits at `and` unless the whole is a known name ("Bosnia and Herzegovina") or an
    /// organisation ("Competition and Markets Authority"), and at `of`, `for` and `on` unless an
    /// organisation or place word comes before ("Bank of England", "Commission on Audit"). `&`
    /// always joins. A title's complement of common words is its portfolio, no name ("Minister
    /// of Labour and Employment").
    fn split_connectors(&self, tokens: &Tokens<'a>, (first, last): Span, out: &mut Vec<Span>) {
        let has_connector =
            (first..=last).any(|i| matches!(self.word(&tokens[i]), "of" | "for" | "and" | "on" | "&"));
        if !has_connector || self.known_whole(tokens, (first, last)) {
            out.push((first, last));
            return;
        }
        let k = self.k;
        // An acronym is not a legal form here: "US and UK" are two countries.
        let ends_as_org = {
            let lower = tokens.lower(last);
            k.is_org_word(lower) || (k.is_legal_form(lower) && !is_acronym(self.word(&tokens[last])))
        };
        let mut start = first;
        let mut i = first;
        while i <= last {
            let word = self.word(&tokens[i]);
            if word == "of"
                && i > start
                && (self.is_title_word(tokens, i - 1) || self.plural_title(tokens, i - 1))
            {
                // The portfolio runs to the end or to a given name: `Secretary of State Marco
                // Rubio`.
                let mut end = i;
                while end < last
                    && self.portfolio(tokens, end + 1, end + 1)
                    && !self.k.is_given_name(tokens.key(end + 1))
                {
                    end += 1;
                }
                if end > i {
                    // The title and its portfolio name no one; what comes before may ("US" in
                    // `US Secretary of State`), and so does what follows.
                    let mut title = i - 1;
                    while title > start && self.is_title_at(tokens, title - 1, i - 1) {
                        title -= 1;
                    }
                    if title > start {
                        out.push((start, title - 1));
                    }
                    start = end + 1;
                    i = start;
                    continue;
                }
            }
            let keep = match word {
                "of" | "for" | "on" => {
                    // "the Ministry on Monday", "the Commission on Syria" are no names.
                    let name_after = word == "on"
                        && i + 1 < tokens.len()
                        && (k.is_calendar_word(tokens.lower(i + 1))
                            || k.is_strong_name(&tokens.lower_key(i + 1)));
                    // "Democracy for Citizens Party", "Coalition for Change Party": a run
                    // that ends as an organisation holds its "for" (not a title's: "Minister
                    // for Energy").
                    let named_for =
                        word == "for" && ends_as_org && i > start && !self.is_title_word(tokens, i - 1);
                    !name_after
                        && (named_for
                            || (start..i).any(|j| {
                                let w = tokens.lower(j);
                                k.is_org_word(w) || k.is_place_word(w)
                            }))
                }
                "and" => {
                    (ends_as_org && !self.known_whole(tokens, (start, i - 1)))
                        || self.org_complement_continues(tokens, start, i)
                }
                _ => true,
            };
            if keep {
                i += 1;
                continue;
            }
            if i > start {
                out.push((start, i - 1));
            }
            start = if self.is(tokens.get(i + 1), &["the"]) { i + 2 } else { i + 1 };
            i = start;
        }
        if start <= last {
            out.push((start, last));
        }
    }

    /// Whether the `and` at `i` continues an organisation's complement: `Ministry of Refugees
    /// and Repatriation`, `Department of Public Works and Highways`. The part so far is an
    /// organisation word, `of` or `for`, and one to three capitalised words; the word after
    /// `and` is no known name.
    fn org_complement_continues(&self, tokens: &Tokens<'a>, start: usize, i: usize) -> bool {
        let mut j = i;
        while j > start && i - j < 3 && self.is_cap(&tokens[j - 1]) {
            j -= 1;
        }
        let head = j < i
            && j >= start + 2
            && self.is(tokens.get(j - 1), &["of", "for"])
            && self.k.is_org_word(tokens.lower(j - 2));
        let next = tokens.get(i + 1).filter(|t| self.is_cap(t));
        head && next.is_some() && !self.k.is_strong_name(tokens.key(i + 1))
    }

    /// Whether tokens `from..=last` are a title's portfolio: capitalised common words and
    /// connectors, no known name ("Labour and Employment", "Foreign Affairs").
    fn portfolio(&self, tokens: &Tokens<'a>, from: usize, last: usize) -> bool {
        from <= last
            && (from..=last).all(|j| {
                let lower = tokens.lower(j);
                matches!(lower, "and" | "&" | "the")
                    || (self.is_cap(&tokens[j])
                        && self.k.is_common_word(lower)
                        && !self.k.is_strong_name(&tokens.lower_key(j)))
            })
    }

    /// Splits `Syria-Lebanon` and `Israel-Hamas` at the hyphen when a side is a known name and
    /// the whole is not; keeps `Guinea-Bissau` and `Abdul-Malik`. Also keeps a compound whose
    /// other side cannot stand alone: a short prefix (`Ak-Sai`) or, outside title-case
    /// headlines, a common word (`Asia-Plus`); and one that qualifies the organisation or place
    /// word ending the run (`Mactan-Cebu International Airport`).
    fn split_hyphens(&self, tokens: &Tokens<'a>, (first, last): Span, title_case: bool, out: &mut Vec<Span>) {
        let has_hyphen = (first..=last).any(|i| self.is_hyphen(tokens.get(i)));
        // Two nationalities joined are two groups even where a list has the compound
        // ("Chinese-Filipino businessmen").
        let peoples =
            last == first + 2 && [first, last].iter().all(|&i| self.k.demonym(tokens.key(i)).is_some());
        if !has_hyphen || (self.known_whole(tokens, (first, last)) && !peoples) {
            out.push((first, last));
            return;
        }
        let mut start = first;
        for i in first..=last {
            let joins_caps = self.is_hyphen(tokens.get(i))
                && i > start
                && i < last
                && self.is_cap(&tokens[i - 1])
                && self.is_cap(&tokens[i + 1]);
            if joins_caps {
                let left = tokens.key(i - 1);
                let right = tokens.key(i + 1);
                // "North-West Frontier Province": two compass words make one direction.
                let compass = COMPASS.contains(&left) && COMPASS.contains(&right);
                let (left_known, right_known) = (self.k.is_strong_name(left), self.k.is_strong_name(right));
                let bound = |key: &str, known: bool| {
                    !known && (key.chars().count() <= 3 || (!title_case && self.k.is_common_word(key)))
                };
                let prefix = (bound(left, left_known) && !is_acronym(self.word(&tokens[i - 1])))
                    || (bound(right, right_known) && !is_acronym(self.word(&tokens[i + 1])));
                let head = tokens.lower(last);
                let qualifies = i + 1 < last
                    && (i + 2..=last).all(|j| self.is_cap(&tokens[j]))
                    && (self.k.is_org_word(head) || self.k.is_place_word(head));
                if !compass && !prefix && !qualifies && (left_known || right_known) {
                    out.push((start, i - 1));
                    start = i + 1;
                }
            }
        }
        out.push((start, last));
    }

    /// Splits a title out of the middle of a run: `Kharkiv Mayor Ihor Terekhov` is a place and
    /// a person; `NATO Secretary-General Mark Rutte` an organisation and a person.
    fn split_titles(&self, tokens: &Tokens<'a>, (first, last): Span, out: &mut Vec<Span>) {
        let has_title = last > first && (first + 1..=last).any(|t| self.is_title_word(tokens, t));
        if !has_title || self.known_whole(tokens, (first, last)) {
            out.push((first, last));
            return;
        }
        for mut t in first + 1..=last {
            if !self.is_cap(&tokens[t])
                || !self.is_title_at(tokens, t, last)
                || self.is_hyphen(tokens.get(t - 1))
            {
                continue;
            }
            // "Defense Minister", "Sub-Divisional Officer": the common words before the title
            // belong to it.
            while t > first
                && (self.is_title_at(tokens, t - 1, last)
                    || (self.is_hyphen(tokens.get(t - 1))
                        && t - 1 > first
                        && self.is_modifier(tokens, t - 2)))
            {
                t -= 1;
            }
            if t == first {
                out.push((first, last));
                return;
            }
            let mut end = t;
            while end < last && (self.is_title_at(tokens, end, last) || self.is_hyphen(tokens.get(end))) {
                end += 1;
            }
            // A role at the end of the run names no one: `UN Secretary-General`, `Jerome
            // Villanueva Senior Reporter`. The name before it stands alone.
            // A lone title word may be a surname (`Martin Deacon`): the role takes two words.
            // An organisation or place word makes the run one name (`Attorney General's Office`)
            // unless a person's name follows the title (`Hanbit Telecom CEO Park Ji-hoon`;
            // `PIPC Chairman Park Ji-hoon`, whose `Park` is also a place word).
            if self.names_organisation_or_place(tokens, first, last) && !self.person_name(tokens, end, last) {
                continue;
            }
            let role_to_end = last > t
                && !self.known_whole(tokens, (t, last))
                && (end..=last).all(|j| {
                    self.is_title_word(tokens, j)
                        || self.is_modifier(tokens, j)
                        || self.is_hyphen(tokens.get(j))
                });
            if role_to_end {
                let before = (first..t).rev().find(|&j| tokens[j].shape == Shape::Word);
                out.extend(before.map(|b| (first, b)));
                return;
            }
            // What follows the title must be a person's name: "BBC Radio Northampton" is a
            // station, not "BBC" and a person called Northampton.
            if end > t
                && self.is_cap(&tokens[end])
                && !self.is_title_at(tokens, end, last)
                && !self.names_organisation_or_place(tokens, end, last)
            {
                let before = (first..t).rev().find(|&j| tokens[j].shape == Shape::Word);
                if let Some(b) = before {
                    out.push((first, b));
                }
                // The title stays in front of the person: trimming drops it and notes it.
                out.push((t, last));
                return;
            }
        }
        out.push((first, last));
    }

    /// `Russian Foreign Ministry Maria Zakharova`, `Amnesty International Agnès Callamard`: an
    /// organisation named right before a person, as a title would be. Splits before a very
    /// common given name that follows an organisation's name and begins a name of two or three
    /// words with no organisation or place word in it.
    fn split_org_person(&self, tokens: &Tokens<'a>, (first, last): Span, out: &mut Vec<Span>) {
        let k = self.k;
        // `President of Ukraine Volodymyr Zelensky`: a country's name, then a person's of two or
        // three words that begins with a given name. Not `Chad Michael Murray`, whose first
        // word is a given name itself.
        let country_person = (first + 2..=first + 3).contains(&last)
            && k.country(tokens.key(first)).is_some()
            && !k.is_given_name(tokens.key(first))
            && k.is_given_name(tokens.key(first + 1))
            && (first + 1..=last).all(|i| tokens[i].shape == Shape::Word && self.is_cap(&tokens[i]))
            && !self.known_whole(tokens, (first, last));
        if country_person {
            out.push((first, first));
            out.push((first + 1, last));
            return;
        }
        // Most runs are short or hold no organisation word: nothing to split.
        if last < first + 3 || !(first..last).any(|i| k.is_org_word(tokens.lower(i))) {
            out.push((first, last));
            return;
        }
        let words: Vec<usize> = (first..=last).filter(|&i| tokens[i].shape == Shape::Word).collect();
        let split = words.iter().enumerate().skip(2).find_map(|(n, &t)| {
            let person = &words[n..];
            let org_before = self.names_organisation_or_place(tokens, first, words[n - 1])
                && words[..n].iter().any(|&i| k.is_org_word(tokens.lower(i)));
            (org_before
                && (2..=3).contains(&person.len())
                && person.iter().all(|&i| self.is_cap(&tokens[i]))
                && k.given_name_frequency(tokens.key(t)) >= VERY_COMMON_GIVEN_NAME
                && !self.names_organisation_or_place(tokens, t, last)
                && !self.known_whole(tokens, (first, last)))
            .then_some((words[n - 1], t))
        });
        match split {
            Some((end, start)) => {
                out.push((first, end));
                out.push((start, last));
            }
            None => out.push((first, last)),
        }
    }

    /// In a title-case headline every word has a capital: split at ordinary words, keeping
    /// the names between them ("Rebels Seize Aleppo" → "Aleppo").
    fn split_title_case(
        &self,
        tokens: &Tokens<'a>,
        (first, last): Span,
        title_case: bool,
        out: &mut Vec<Span>,
    ) {
        if !title_case || first == last || self.known_whole(tokens, (first, last)) {
            out.push((first, last));
            return;
        }
        let mut start = None;
        for i in first..=last {
            // A single letter in a run is a faction's ("PML-N"), not the article "A".
            let ordinary =
                tokens[i].shape == Shape::Word && self.word(&tokens[i]).chars().nth(1).is_some() && {
                    let lower = tokens.lower(i);
                    self.k.is_common_word(lower)
                        && !self.k.is_strong_name(&tokens.lower_key(i))
                        && !self.compass_before_name(tokens, i, last)
                };
            match (ordinary, start) {
                (true, Some(s)) => {
                    out.push((s, i - 1));
                    start = None;
                }
                (false, None) if self.is_cap(&tokens[i]) || self.particle_name(tokens, i, true).is_some() => {
                    start = Some(i);
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, last));
        }
    }

    /// Drops what only looks like part of a name at the start of a run: a capitalised
    /// function word or common word beginning a sentence ("Opposition fighters", "In Homs"),
    /// a weekday or month, and titles before a person's name ("President", "Defense
    /// Minister"). `None` when nothing is left.
    fn trim_start(&self, tokens: &Tokens<'a>, (mut first, last): Span, title_case: bool) -> Option<Span> {
        let k = self.k;
        // A title with role nouns is no name ("Senior Reporter"; but "President Trump", a
        // surname; "National Assembly", an organisation).
        let role = |i: usize| {
            self.is_hyphen(tokens.get(i))
                || self.is_title_word(tokens, i)
                || (self.is_modifier(tokens, i) && !k.is_surname(tokens.key(i)))
        };
        if self.is_title_at(tokens, first, last)
            && (first..=last).all(role)
            && !self.names_organisation_or_place(tokens, first, last)
        {
            return None;
        }
        let mut at_start = tokens[first].sentence_start || title_case;
        loop {
            let word = self.word(&tokens[first]);
            let lower = fold::lowercase(word);
            // Short acronyms are names even at a sentence start ("WHO says").
            if is_acronym(word) && word.chars().filter(char::is_ascii_alphabetic).count() <= 3 {
                break;
            }
            let common = || k.is_common_word(&lower) && !self.known_name_at(tokens, first, last);
            // A common word opening a longer run is often the name's own ("Armed Police
            // Force", "Doctors Without Borders"); a function word never is.
            // So is one before an organisation's or a place's head noun ("National Assembly",
            // "Supreme Court", "Western Province").
            let opens_name = || {
                !title_case
                    && ((first + 1..=last).filter(|&j| self.is_cap(&tokens[j])).nth(1).is_some()
                        // Not joined by a hyphen: "cross-strait" is an adjective.
                        || (last > first && !self.is_hyphen(tokens.get(last - 1)) && {
                            let head = tokens.lower(last);
                            k.is_org_word(head) || k.is_place_word(head)
                        }))
            };
            let drop = k.is_calendar_word(&lower)
                || (at_start
                    && common()
                    && (k.is_function_word(&lower) || !opens_name())
                    && !self.compass_before_name(tokens, first, last));
            if !drop {
                break;
            }
            first = self.next_name_token(tokens, first, last)?;
            // Past the first word only weekdays and months still go, but in a title-case
            // headline every ordinary word does.
            at_start = title_case;
        }
        // The title chain goes when what follows it is no organisation or place: `State
        // Governor Abba Kabir Yusuf`, `Union Road Transport Minister Nitin Gadkari`, but not
        // `General Assembly`, `State Department`.
        let mut j = first;
        while j < last && (self.is_title_at(tokens, j, last) || self.is_hyphen(tokens.get(j))) {
            j += 1;
        }
        if j == first && self.role_noun_before_person(tokens, first, last) {
            j = first + 1;
        }
        let rest = if j > first && !self.is_cap(&tokens[j]) {
            self.next_name_token(tokens, j, last)
        } else {
            Some(j)
        };
        let named = |from: usize| self.names_organisation_or_place(tokens, from, last);
        // A person's name after the chain: a given name or a word no dictionary lists.
        let person_after = |r: usize| {
            let key = tokens.key(r);
            r > first
                && self.is_cap(&tokens[r])
                && (self.k.is_given_name(key)
                    || !self.k.is_common_word(tokens.lower(r))
                    || self.person_name(tokens, r, last))
                && self.k.demonym(key).is_none()
                && !self.k.is_group_name(key)
                && !self.known_whole(tokens, (first, last))
                && !named(r)
        };
        // "the National Rally": after "the", a title word before one ordinary word is an
        // organisation's name, not a title before a person called Rally; "the Prime Minister",
        // two title words, names no one.
        let the_before = first > 0 && self.is(tokens.get(first - 1), &["the", "The"]);
        let ordinary_rest =
            j == last && k.is_common_word(tokens.lower(last)) && !k.is_title(tokens.lower(last));
        if !named(first) || rest.is_some_and(person_after) {
            if j > first && !(the_before && ordinary_rest) {
                first = rest?;
            }
            // A title on its own is not a name ("the President said"), nor is one abbreviated
            // before a name ("Sen. Paolo Villacorta").
            if first == last
                && (self.is_title_at(tokens, first, last) || self.title_abbreviation(tokens, first))
            {
                return None;
            }
        }
        (tokens[first].shape == Shape::Word && self.word(&tokens[first]).chars().count() >= 2)
            .then_some((first, last))
    }

    /// Whether tokens `from..=last` look like a person's name: it opens with a given name, a
    /// surname or a word no dictionary lists, holds a word no dictionary lists, and no word in
    /// it makes an organisation.
    fn person_name(&self, tokens: &Tokens<'a>, from: usize, last: usize) -> bool {
        if !tokens.get(from).is_some_and(|t| from <= last && self.is_cap(t)) {
            return false;
        }
        let org = (from..=last).any(|j| {
            let lower = tokens.lower(j);
            self.k.is_org_word(lower) || self.k.is_legal_form(lower)
        });
        // Some word of it is no dictionary word: "Park Ji-hoon", not "Welfare and Development".
        let proper =
            (from..=last).any(|j| self.is_cap(&tokens[j]) && !self.k.is_common_word(tokens.lower(j)));
        self.is_name_word(tokens, from) && proper && !org && !self.known_whole(tokens, (from, last))
    }

    /// A capitalised word that can open a person's name: a given name, a surname, or a word no
    /// dictionary lists; never a title (`President` is a surname too).
    fn is_name_word(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        let (key, lower) = (tokens.key(i), tokens.lower(i));
        !self.k.is_title(lower)
            && (self.k.is_given_name(key) || self.k.is_surname(key) || !self.k.is_common_word(lower))
    }

    /// Whether token `i` abbreviates a title before a name: `Sen.` in `Sen. Paolo Villacorta`.
    fn title_abbreviation(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        let word = self.word(&tokens[i]);
        let dot = tokens.get(i + 1).is_some_and(|t| self.word(t) == "." && !t.space_before);
        let name = tokens.get(i + 2).is_some_and(|t| t.space_before && self.is_cap(t));
        // "from Mayo. In a message": a known name ends a sentence there.
        let key = tokens.key(i);
        let known = self.k.is_strong_name(key) || self.k.place(key).is_some();
        dot && name
            && word.chars().count() <= 5
            && !is_acronym(word)
            && !known
            && self.k.is_title_abbreviation(tokens.lower(i))
    }

    /// Whether the run opens with a role noun before a person's full name: `Volunteer Jun-Jun
    /// Tecson`, `Comrade Kabiru Ado Minjibir`. The noun is an ordinary word and no name
    /// (`Young Kim` could be one); a given name or a word no dictionary lists follows, with
    /// more name after it, and nothing in the run names an organisation or place.
    fn role_noun_before_person(&self, tokens: &Tokens<'a>, first: usize, last: usize) -> bool {
        if !tokens.get(first + 1).is_some_and(|t| t.space_before && self.is_cap(t)) {
            return false;
        }
        let key = tokens.key(first + 1);
        let person = self.k.is_given_name(key)
            || (!self.k.is_common_word(tokens.lower(first + 1)) && !self.k.is_strong_name(key));
        let longer = (first + 2..=last).any(|j| self.is_cap(&tokens[j]));
        self.is_modifier(tokens, first)
            && !self.k.is_surname(tokens.key(first))
            && person
            && longer
            && !self.names_organisation_or_place(tokens, first, last)
    }

    /// Whether token `i` is a compass word before a known name, which makes a region with it
    /// ("North Korea", "WEST AFRICA" in a kicker) even where capitals say nothing.
    fn compass_before_name(&self, tokens: &Tokens<'a>, i: usize, last: usize) -> bool {
        COMPASS.contains(&tokens.lower(i))
            && i < last
            && self.is_cap(&tokens[i + 1])
            && self.k.is_strong_name(tokens.key(i + 1))
    }

    /// The next capitalised word (or joined particle) after `i`, within the run.
    fn next_name_token(&self, tokens: &Tokens<'a>, i: usize, last: usize) -> Option<usize> {
        (i + 1..=last).find(|&j| self.is_cap(&tokens[j]) || self.particle_name(tokens, j, true).is_some())
    }

    /// Whether token `i` is (part of) a personal title: a title word not written in capitals
    /// (`US` is a country, not a title), or common words before one (`Defense Minister`,
    /// `Union Road Transport Minister`, `Sub-Divisional Officer`).
    fn is_title_at(&self, tokens: &Tokens<'a>, i: usize, last: usize) -> bool {
        if self.is_title_word(tokens, i) {
            return true;
        }
        if !self.is_modifier(tokens, i) {
            return false;
        }
        for j in i + 1..=last {
            if self.is_title_word(tokens, j) {
                return true;
            }
            if !self.is_hyphen(tokens.get(j)) && !self.is_modifier(tokens, j) {
                return false;
            }
        }
        false
    }

    /// A title or role word, or its plural right before a name (`Presidents Sadyr Japarov and
    /// Emomali Rahmon`; not `United Nations`, `Doctors Without Borders`).
    fn is_title_word(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        *tokens.title_word[i].get_or_init(|| self.title_word(tokens, i))
    }

    fn title_word(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        let word = self.word(&tokens[i]);
        if tokens[i].shape != Shape::Word {
            return false;
        }
        let lower = tokens.lower(i);
        let before_name = || {
            tokens
                .get(i + 1)
                .is_some_and(|t| t.space_before && self.is_cap(t) && self.is_name_word(tokens, i + 1))
        };
        // `CEO Park Ji-hoon`: a title written as an acronym, right before a name.
        if is_acronym(word) {
            return self.k.is_title(lower) && before_name();
        }
        // `Radio`, `Army`, `Police` head organisations' names ("Radio Azattyk") more often than
        // they are titles.
        if self.k.is_org_word(lower) {
            return false;
        }
        // `Chairman`, `Chairwoman`, `Chairperson`: a title and a word for a person.
        let person_of_title = ["man", "woman", "person"].iter().any(|suffix| {
            lower.strip_suffix(suffix).is_some_and(|stem| stem.len() >= 4 && self.k.is_title(stem))
        });
        self.k.is_title(lower)
            || person_of_title
            || (lower.strip_suffix('s').is_some_and(|stem| stem.len() >= 4 && self.k.is_title(stem))
                && before_name())
    }

    /// A title in the plural (`Heads`, `Ministers`), which names no one before a portfolio:
    /// `Heads of State`, `Ministers of Finance`.
    fn plural_title(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        let lower = tokens.lower(i);
        tokens[i].shape == Shape::Word
            && lower.strip_suffix('s').is_some_and(|stem| stem.len() >= 4 && self.k.is_title(stem))
    }

    /// A common word that can qualify a title (`Defense`, `Road`, `Senior`): no given name
    /// ("Martin Deacon"), no known name, and no designator written after a name (`Cebu City
    /// Mayor`: `City` belongs to `Cebu`).
    fn is_modifier(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        *tokens.modifier[i].get_or_init(|| self.modifier(tokens, i))
    }

    fn modifier(&self, tokens: &Tokens<'a>, i: usize) -> bool {
        let token = &tokens[i];
        let word = self.word(token);
        if token.shape != Shape::Word || is_acronym(word) {
            return false;
        }
        let lower = tokens.lower(i);
        let key = tokens.lower_key(i);
        let designator = (self.k.is_place_word(lower) || PLACE_NOUNS.contains(&lower))
            && i > 0
            && tokens[i - 1].shape == Shape::Word
            && self.is_cap(&tokens[i - 1])
            && !self.k.is_common_word(tokens.lower(i - 1));
        // A common word joined to the next by a hyphen is a prefix, whatever else it may be
        // (`Sub-Divisional`, `Vice-Chancellor`).
        let prefix = self.is_hyphen(tokens.get(i + 1)) && !tokens[i + 1].space_before;
        // A dictionary word that some list also has as a name ("Volunteer", "Union") is still a
        // modifier; a nationality is not.
        self.k.is_common_word(lower)
            && (prefix || !self.k.is_given_name(&key))
            && self.k.demonym(&key).is_none()
            && !designator
    }

    /// Whether the words name an organisation or a place on their face: the whole is known,
    /// or a word is an organisation or place word (`United Nations`, `Security Council`).
    fn names_organisation_or_place(&self, tokens: &Tokens<'a>, first: usize, last: usize) -> bool {
        let k = self.k;
        self.known_whole(tokens, (first, last))
            || (first..=last).any(|i| {
                let lower = tokens.lower(i);
                // A lower-case particle is no legal form, whatever it abbreviates elsewhere
                // ("Lula da Silva").
                let legal = k.is_legal_form(lower) && self.particle_name(tokens, i, true).is_none();
                tokens[i].shape == Shape::Word && (k.is_org_word(lower) || k.is_place_word(lower) || legal)
            })
    }

    /// Whether the name starting at `first` is known well enough to keep a capitalised common
    /// word: a strong name, or a given name followed by more name ("Will Smith").
    fn known_name_at(&self, tokens: &Tokens<'a>, first: usize, last: usize) -> bool {
        let k = self.k;
        let single = tokens.key(first);
        self.known_whole(tokens, (first, last))
            || k.is_strong_name(single)
            || (first < last
                && k.is_given_name(single)
                && !k.is_common_word(single)
                && self.is_cap(&tokens[first + 1]))
    }

    /// Builds a candidate from a token range, reading the context around it.
    fn candidate(
        &self,
        tokens: &Tokens<'a>,
        (first, mut last): Span,
        p: usize,
        title_case: bool,
    ) -> Candidate {
        // "Calloway Foods Inc.", "Ferdinand Marcos Jr." keep the abbreviation's full stop: a short
        // legal form or name suffix in title case is abbreviated (`SA`, `PLC`, `III` are not).
        let word_last = self.word(&tokens[last]);
        let lower_last = tokens.lower(last);
        let abbreviation = (self.k.is_legal_form(lower_last) || self.k.is_name_suffix(lower_last))
            && word_last.chars().count() <= 4
            && !is_acronym(word_last)
            && starts_upper(word_last);
        if abbreviation && tokens.get(last + 1).is_some_and(|t| self.word(t) == "." && !t.space_before) {
            last += 1;
        }
        let mut words = Vec::new();
        let mut i = first;
        while i <= last {
            if let Some(end) = self.particle_name(tokens, i, true) {
                words.push((tokens[i].start, tokens[end].end));
                i = end + 1;
            } else {
                if tokens[i].shape == Shape::Word {
                    words.push((tokens[i].start, tokens[i].end));
                }
                i += 1;
            }
        }
        let mut end = tokens[last].end;
        let mut cues = self.cues(tokens, first, last, title_case);
        if let Some((designator, token)) = self.designator_after(tokens, first, last) {
            match designator {
                Some(designator) => {
                    cues.designator = Some(designator);
                    end = tokens[token].end;
                }
                None => cues.place = true,
            }
        }
        let passage = &self.source.passages[p];
        if let Some(dateline) = &self.source.dateline {
            let inside = dateline.contains(&tokens[first].start) && passage.start == dateline.start;
            let bracketed = first > 0 && self.word(&tokens[first - 1]) == "(";
            cues.in_dateline = inside && bracketed;
        }
        Candidate {
            source: self.index,
            passage: p,
            start: tokens[first].start,
            end,
            key: fold::county_key(&self.text[tokens[first].start..end]),
            words,
            cues,
            verdict: Verdict::Undecided,
            weak: false,
            same_as: None,
        }
    }

    fn cues(&self, tokens: &Tokens<'a>, first: usize, last: usize, title_case: bool) -> Cues {
        let before = |n: usize| first.checked_sub(n).and_then(|i| tokens.lower_at(i));
        let after = |n: usize| tokens.lower_at(last + n);
        // The words right before and after are asked about many times: lower-cased once.
        let (prev, next) = (before(1), after(1));
        let (prev, next) = (prev, next);
        let direction = prev == Some("to") && before(2).is_some_and(|w| NOT_DIRECTIONS.contains(&w));
        let place_of = prev == Some("of") && before(2).is_some_and(|w| PLACE_OF.contains(&w));
        let place_before = (prev.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) && !direction)
            || place_of
            || prev.is_some_and(|w| PLACE_NOUNS.contains(&w));
        // "X, the sprawling camp", "X, a town"; "the X crossing", "X border".
        // The noun must head the apposition: "Adam, a volunteer with the camp's" is no camp.
        let appositive = |nouns: &dyn Fn(&str) -> bool| {
            next == Some(",")
                && after(2).is_some_and(|w| matches!(w, "the" | "a" | "an"))
                && (3..=6)
                    .map_while(|n| {
                        after(n).filter(|w| {
                            !matches!(
                                *w,
                                "with" | "of" | "in" | "for" | "at" | "from" | "who" | "that" | "," | "."
                            )
                        })
                    })
                    .any(nouns)
        };
        let place_after =
            appositive(&|w| PLACE_NOUNS.contains(&w)) || next.is_some_and(|w| PLACE_AFTER.contains(&w));
        // "the village of X", "the outskirts of X" name a place as surely as "in X" does.
        let strong_place =
            place_after || place_of || prev.is_some_and(|w| STRONG_PLACE_PREPOSITIONS.contains(&w));
        // "Rubio, the Secretary of State, said": an apposition headed by titles alone (not
        // "Aleppo, the president's hometown", whose head is another noun).
        let titled_apposition = next == Some(",") && matches!(after(2), Some("the" | "a" | "an")) && {
            let mut n = 3;
            while after(n).is_some_and(|w| self.k.is_title(w)) {
                n += 1;
            }
            n > 3 && matches!(after(n), Some("," | "of" | "for" | "." | "and"))
        };
        // "Haidar, 37,", "Khaled, who", "Hagos, a farmer", "said Hagos", "Hagos told"; not
        // after "the", which no person's name takes ("the Houthis, who call themselves…").
        let person = prev != Some("the")
            && ((next == Some(",")
                && tokens.get(last + 2).is_some_and(|t| {
                    t.shape == Shape::Number || matches!(self.word(t), "who" | "whose" | "aged")
                }))
                || titled_apposition
                || appositive(&|w| PERSON_NOUNS.contains(&w)));
        // "The Kremlin says" is no person: a person's name takes no article.
        let speaks = prev.is_some_and(|w| SAYING.contains(&w))
            || (next.is_some_and(|w| SAYING.contains(&w)) && prev != Some("the"));
        let group_next = if self.is_hyphen(tokens.get(last + 1)) { after(2) } else { after(1) };
        let group = prev == Some("ethnic") || group_next.is_some_and(|w| GROUP_NOUNS.contains(&w));
        // "Kremlin spokesman", "Fano militiamen": a body speaks and fights through its members.
        let organisation = next.is_some_and(|w| ORGANISATION_MEMBERS.contains(&w));
        // "the ethnic group Hazara" names a people, not a body.
        let organisation_before = prev.is_some_and(|w| ORGANISATION_BEFORE.contains(&w))
            && !before(2).is_some_and(|w| matches!(w, "ethnic" | "religious" | "tribal" | "age"));
        let road_after = next.is_some_and(|w| {
            matches!(w, "highway" | "motorway" | "road" | "route" | "expressway" | "freeway")
        });
        Cues {
            titled: first > 0
                && tokens[first - 1].shape == Shape::Word
                && self.is_title_at(tokens, first - 1, first),
            sentence_start: tokens[first].sentence_start || title_case,
            designator: None,
            place: place_before || place_after,
            strong_place,
            person,
            speaks,
            the_before: prev == Some("the"),
            group,
            road_after,
            organisation,
            organisation_before,
            acronym_after: self.acronym_after(tokens, first, last),
            in_dateline: false,
            listed_with: Vec::new(),
        }
    }

    /// `… (HTS)`, `…” (HTS)`, `… (MoRR)`, `… (AK Party)`: the defined short form's byte range.
    fn acronym_after(&self, tokens: &Tokens<'a>, first: usize, last: usize) -> Option<(usize, usize)> {
        let mut i = last + 1;
        while tokens.get(i).is_some_and(|t| matches!(self.word(t), "”" | "\"" | "’" | "'" | ",")) {
            i += 1;
        }
        let open = tokens.get(i)?;
        let acronym = tokens.get(i + 1)?;
        if self.word(open) != "(" {
            return None;
        }
        let word = self.word(acronym);
        let close = tokens.get(i + 2)?;
        if self.word(close) == ")"
            && (is_acronym(word) || mixed_case_acronym(word, self.text_of(tokens, (first, last))))
        {
            return Some((acronym.start, acronym.end));
        }
        // "Justice and Development Party (AK Party)": an acronym and an organisation word.
        let noun = tokens
            .get(i + 2)
            .filter(|t| t.shape == Shape::Word && self.k.is_org_word(tokens.lower(i + 2)))?;
        (is_acronym(word) && self.is(tokens.get(i + 3), &[")"])).then_some((acronym.start, noun.end))
    }

    /// A lower-case designator right after a name. `Some(Some(d))`: part of the name, which
    /// names another thing (`Hama province` beside the city `Hama`; `al-Assad clan`).
    /// `Some(None)`: not part of it, but a sign of a place (`Jajarkot district`, where
    /// `Jajarkot` is the district). The second value is the designator's token.
    fn designator_after(
        &self,
        tokens: &Tokens<'a>,
        first: usize,
        last: usize,
    ) -> Option<(Option<Designator>, usize)> {
        let token = tokens.get(last + 1)?;
        match self.word(token) {
            "province" | "governorate" | "region" | "district" | "county" | "prefecture" | "oblast"
            | "municipality" | "state" => {
                let bare = fold::key(self.text_of(tokens, (first, last)));
                let k = self.k;
                if k.demonym(&bare).is_some() || k.is_group_name(&bare) || k.organization(&bare).is_some() {
                    return None;
                }
                let city = k.place(&bare).is_some_and(|p| p.class == PlaceClass::City);
                Some((city.then_some(Designator::Region), last + 1))
            }
            "clan" | "tribe" | "dynasty" | "family" => Some((Some(Designator::Family), last + 1)),
            _ => None,
        }
    }

    /// Marks candidates listed together ("Masalit, Zaghawa and Fur"): separated only by a
    /// comma, `and` or `or`.
    fn find_lists(&self, tokens: &Tokens<'a>, spans: &[Span], candidates: &mut [Candidate]) {
        for i in 1..spans.len() {
            let between: Vec<&str> =
                (spans[i - 1].1 + 1..spans[i].0).map(|j| self.word(&tokens[j])).collect();
            let listed = matches!(between.as_slice(), ["," | "and" | "or"] | [",", "and" | "or"]);
            if listed {
                let (a, b) = (candidates[i - 1].start, candidates[i].start);
                candidates[i - 1].cues.listed_with.push(b);
                candidates[i].cues.listed_with.push(a);
            }
        }
    }
}

/// `MoRR` for `Ministry of Refugees and Repatriation`: an acronym with small letters for its
/// small words, whose capitals are the name's initials.
fn mixed_case_acronym(word: &str, name: &str) -> bool {
    let capitals: String = word.chars().filter(|c| c.is_uppercase()).collect();
    starts_upper(word)
        && word.chars().all(char::is_alphabetic)
        && word.chars().count() <= 8
        && capitals.chars().count() >= 3
        && capitals == super::initials(name)
}

/// Particles of European surnames, written in lower case: `von der Leyen`, `da Silva`. The
/// particles are `da`, `de`, `di`, `du`, `das`, `dos`, `del`, `den`, `der`, `della`, `la`, `le`,
/// `ten`, `ter`, `van` and `von`, matched byte by byte: this is asked of nearly every token.
fn is_european_particle(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        [b'd', b'a' | b'e' | b'i' | b'u']
            | [b'd', b'a' | b'o', b's']
            | [b'd', b'e', b'l' | b'n' | b'r']
            | [b'd', b'e', b'l', b'l', b'a']
            | [b'l', b'a' | b'e']
            | [b't', b'e', b'n' | b'r']
            | [b'v', b'a' | b'o', b'n']
    )
}

/// `I’d`, `We’ll`, `Don’t`: a pronoun or verb with a clitic, never a name.
fn is_contraction(word: &str) -> bool {
    // Most words have no apostrophe: answer without searching for one (’ begins with 0xE2).
    if !word.bytes().any(|b| matches!(b, b'\'' | b'`' | 0xE2)) {
        return false;
    }
    let Some(at) = word.rfind(['\'', '’', '`']) else { return false };
    let clitic = &word[at..];
    let clitic = &clitic[clitic.chars().next().map_or(0, char::len_utf8)..];
    let before_t = word[..at].chars().next_back();
    matches!(clitic.to_ascii_lowercase().as_str(), "d" | "ll" | "ve" | "re" | "m")
        || (clitic.eq_ignore_ascii_case("t") && before_t.is_some_and(|c| c.eq_ignore_ascii_case(&'n')))
}

#[cfg(test)]
mod tests {
    use super::{is_contraction, is_european_particle};

    #[test]
    fn european_particles() {
        let particles = [
            "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "la", "le", "ten", "ter",
            "van", "von",
        ];
        for word in particles {
            assert!(is_european_particle(word), "{word}");
        }
        for word in ["d", "do", "dee", "dell", "dela", "las", "te", "vin", "Van", "von-", ""] {
            assert!(!is_european_particle(word), "{word}");
        }
    }

    #[test]
    fn contractions_are_not_names() {
        for word in ["I’d", "We'll", "Don’t", "They’re", "I'm", "You've"] {
            assert!(is_contraction(word), "{word}");
        }
        for word in ["Sana'a", "N’Djamena", "O'Brien", "Homs", "Qur'an"] {
            assert!(!is_contraction(word), "{word}");
        }
    }
}
