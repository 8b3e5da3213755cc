//! Deciding what each candidate is, in rounds: first what a candidate and its context say on
//! their own, then what the rest of the corpus says, then stated links (acronyms, aliases).

use super::{Candidate, Designator, Found, Known, Verdict, initials, initials_match, is_acronym};
use crate::fold;
use crate::kind::Kind;
use crate::knowledge::{Knowledge, OrgName, PlaceClass};
use crate::source::Source;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// Given names at least this common (the source's scale goes to 13) begin a person's name
/// whatever else the word is.
pub(super) const VERY_COMMON_GIVEN_NAME: u8 = 8;

/// Nouns that end the name of a facility, which the guidelines count as a place whatever
/// organisation words come before ("Nnamdi Azikiwe International Airport", "Balogun Market").
const FACILITIES: &[&str] =
    &["airport", "bridge", "market", "temple", "mosque", "stadium", "terminal", "highway", "crossing"];

/// Runs every round and returns the names.
pub(super) fn decide(candidates: Vec<Candidate>, sources: &[Source], k: &Knowledge) -> Vec<Found> {
    // The rounds group candidates by key many times: number the distinct keys once.
    let mut numbers: HashMap<&str, usize> = HashMap::default();
    let key_ids: Vec<usize> = candidates
        .iter()
        .map(|c| {
            let next = numbers.len();
            *numbers.entry(c.key.as_str()).or_insert(next)
        })
        .collect();
    let keys = numbers.len();
    drop(numbers);
    let mut rounds = Rounds { candidates, key_ids, keys, k, sources };
    rounds.decide_clear_cases();
    rounds.decide_by_corpus();
    rounds.link_acronym_definitions();
    rounds.link_stated_aliases();
    rounds.harmonise();
    rounds.follow_lists();
    rounds.harmonise();
    rounds.into_found()
}

struct Rounds<'a> {
    candidates: Vec<Candidate>,
    /// The number of each candidate's key: equal keys, equal numbers.
    key_ids: Vec<usize>,
    /// How many distinct keys there are.
    keys: usize,
    k: &'a Knowledge,
    sources: &'a [Source],
}

fn name(kind: Kind, known: Option<Known>) -> Verdict {
    Verdict::Name(kind, known)
}

impl Rounds<'_> {
    fn surface(&self, c: &Candidate) -> &str {
        &self.sources[c.source].text()[c.start..c.end]
    }

    fn word_text(&self, c: &Candidate, i: usize) -> &str {
        let (a, b) = c.words[i];
        &self.sources[c.source].text()[a..b]
    }

    /// Round 1: what the candidate and its context say on their own.
    fn decide_clear_cases(&mut self) {
        for i in 0..self.candidates.len() {
            let verdict = self.clear_verdict(&self.candidates[i]);
            let c = &mut self.candidates[i];
            if let Verdict::Guess(kind) = verdict {
                c.verdict = name(kind, None);
                c.weak = true;
            } else {
                c.verdict = verdict;
            }
        }
    }

    #[allow(clippy::too_many_lines, reason = "one ordered list of rules reads best in one place")]
    fn clear_verdict(&self, c: &Candidate) -> Verdict {
        let k = self.k;
        let surface = self.surface(c);
        let key = c.key.as_str();
        let n = c.words.len();
        let lower: Vec<Cow<str>> = (0..n).map(|i| fold::lowercase(self.word_text(c, i))).collect();

        if let Some(designator) = c.cues.designator {
            return match designator {
                Designator::Region => name(Kind::Place, None),
                Designator::Family => name(Kind::Group, None),
            };
        }
        // "DAMASCUS (Agencies):" credits no one; "KABUL (Kabul Ledger) -" credits an outlet.
        if c.cues.in_dateline {
            return if k.is_common_word(key) { Verdict::NotName } else { name(Kind::Organization, None) };
        }
        // The reader takes a lone "X" only where something is posted on it: the platform.
        if surface == "X" {
            return name(Kind::Organization, None);
        }
        if n == 1 && is_acronym(surface) {
            return self.acronym_verdict(surface, key);
        }
        if n == 1 && c.cues.road_after && surface.chars().any(|ch| ch.is_ascii_digit()) {
            return name(Kind::Place, None);
        }
        if surface.chars().any(|ch| ch.is_ascii_digit()) {
            return Verdict::NotName;
        }
        let place = k.place(key);
        if let Some(country) = k.country(key) {
            return name(Kind::Place, Some(Known::Place(country)));
        }
        if let Some(p) = place.filter(|p| p.class == PlaceClass::Continent) {
            return name(Kind::Place, Some(Known::Place(p.id)));
        }
        if let Some(country) = k.demonym(key) {
            return name(Kind::Group, Some(Known::Demonym(country)));
        }
        // A people that is also a place ("Alabama") is the place when the place is a region
        // or a large city; "Arab", a town of 8,000, is the people.
        let major_place = place.is_some_and(|p| p.class != PlaceClass::City || p.population >= 100_000);
        // "Federal officials deny…": a people's other name that is also a common word
        // ("Federal" for a Union soldier) proves nothing where a sentence begins.
        let common_at_start = c.cues.sentence_start
            && n == 1
            && (k.is_common_word(&lower[0])
                || lower[0].strip_suffix('s').is_some_and(|w| k.is_common_word(w)));
        if k.is_group_name(key) && (!major_place || k.is_plural_group(key)) && !common_at_start {
            return name(Kind::Group, None);
        }
        if n == 1 && c.cues.group {
            return name(Kind::Group, None);
        }
        // An organisation's own name wins; an alias that is also a large place's name names
        // the place ("Washington").
        if let Some((org, how)) = k.organization_name(key)
            && (how != OrgName::Alias || !(n == 1 && major_place))
        {
            return name(Kind::Organization, Some(Known::Org(org)));
        }
        if k.is_news_agency(key) {
            return name(Kind::Organization, None);
        }
        // "the nuclear fuel company Orano", though Italian calls Oran so: what the text says
        // the name is outweighs a foreign name of a city. Not a country ("the group Niger").
        if c.cues.organisation_before && k.country(key).is_none() && k.demonym(key).is_none() {
            return name(Kind::Organization, None);
        }
        // "Kremlin spokesman", "Fano militiamen": a small town of the name elsewhere yields.
        if n == 1 && c.cues.organisation && !major_place {
            return name(Kind::Organization, None);
        }
        // "Co Dublin": the abbreviation of "County" (see `fold::county_key`), not a company's.
        if n >= 2 && key.starts_with("county ") && matches!(lower[0].as_ref(), "co" | "co.") {
            return name(Kind::Place, None);
        }
        if n >= 2 && FACILITIES.contains(&lower[n - 1].as_ref()) && !lower.iter().any(|w| k.is_legal_form(w))
        {
            return name(Kind::Place, None);
        }
        if n >= 2 && lower.iter().any(|w| k.is_org_word(w) || k.is_legal_form(w)) {
            return name(Kind::Organization, None);
        }
        // "Mount Merapi", "Mt Lewotobi": a mountain named with the word before it.
        if n >= 2 && (k.is_place_word(&lower[n - 1]) || matches!(lower[0].as_ref(), "mount" | "mt" | "mt.")) {
            return name(Kind::Place, None);
        }
        // "West Rukum", "Rukum West", "North Darfur": a compass word and a name not otherwise
        // known is a region.
        let compass = |w: &Cow<str>| COMPASS.contains(&w.as_ref());
        if n == 2 && (compass(&lower[0]) != compass(&lower[1])) && lower.iter().any(|w| !k.is_common_word(w))
        {
            return name(Kind::Place, None);
        }
        if c.cues.acronym_after.is_some() && !c.cues.titled {
            return name(Kind::Organization, None);
        }
        if c.cues.titled || c.cues.person {
            return name(Kind::Person, None);
        }
        if let Some(p) = place.filter(|_| n >= 2 || major_place || particle_form(surface)) {
            return name(Kind::Place, Some(Known::Place(p.id)));
        }
        if n == 1 && self.derived_group(key) {
            return name(Kind::Group, None);
        }
        if n >= 2 {
            let first = fold::key(self.word_text(c, 0));
            let last = fold::key(self.word_text(c, n - 1));
            // A very common given name begins a person's name even when it is also a word
            // ("John", "Mark") or some town's other name ("Ahmad", "Martin"); not when it
            // names a country or region ("Jordan Valley", "Georgia Tech").
            let common_given = k.given_name_frequency(&first) >= VERY_COMMON_GIVEN_NAME
                && k.place(&first).is_none_or(|p| p.class == PlaceClass::City);
            // "Philippine Red Cross", "Georgian Dream": a country's adjective is no given name
            // there, whether the demonym lists have it or it is formed from the country's
            // plural name.
            let country_adjective =
                || k.demonym(&first).is_some() || k.country(&format!("{first}s")).is_some();
            let given = common_given
                || (k.is_given_name(&first)
                    && !k.is_common_word(&lower[0])
                    && k.place(&first).is_none()
                    && !country_adjective());
            let surname = k.is_surname(&last) && !k.is_common_word(&lower[n - 1]);
            if c.cues.strong_place {
                return name(Kind::Place, None);
            }
            if given || first == "abu" || first == "umm" {
                return name(Kind::Person, None);
            }
            if particle_form(surface) || surname {
                return name(Kind::Person, None);
            }
            let ordinary = lower.iter().filter(|w| k.is_common_word(w)).count();
            return if ordinary == 0 && n <= 3 {
                Verdict::Guess(Kind::Person)
            } else {
                name(Kind::Organization, None)
            };
        }
        if particle_form(surface) {
            return name(if c.cues.strong_place { Kind::Place } else { Kind::Person }, None);
        }
        // A single word the knowledge base does not settle: the corpus decides (round 2).
        Verdict::Undecided
    }

    /// A people's name made from a place's or a people's: `Tigrayan(s)` from Tigray, `Gazans`
    /// from Gaza, `Kurdish` from Kurd. Only a country, a region or a large city lends its name.
    fn derived_group(&self, key: &str) -> bool {
        const SUFFIXES: &[&str] = &["ians", "ans", "ian", "an", "ites", "ite", "ese", "ish", "is", "i", "s"];
        let k = self.k;
        if key.contains(' ') || k.is_given_name(key) || k.place(key).is_some() {
            return false;
        }
        SUFFIXES.iter().filter_map(|suffix| key.strip_suffix(suffix)).filter(|stem| stem.len() >= 3).any(
            |stem| {
                let lends = |name: &str| {
                    k.place(name).is_some_and(|p| p.class != PlaceClass::City || p.population >= 100_000)
                };
                k.is_group_name(stem) || lends(stem) || lends(&format!("{stem}a"))
            },
        )
    }

    fn acronym_verdict(&self, surface: &str, key: &str) -> Verdict {
        let k = self.k;
        let letters = surface.chars().filter(|c| *c != '.').count();
        if let Some(place) = k.country_code(key).or_else(|| k.country(key)) {
            return name(Kind::Place, Some(Known::Place(place)));
        }
        let org = k.organization_name(key);
        if let Some((org, OrgName::Primary | OrgName::Acronym)) = org {
            return name(Kind::Organization, Some(Known::Org(org)));
        }
        if letters >= 4 {
            // A word in capitals (DAMASCUS, EUROPE, TAGS) rather than an acronym.
            if let Some(place) = k.place(key) {
                return name(Kind::Place, Some(Known::Place(place.id)));
            }
            if let Some(country) = k.demonym(key) {
                return name(Kind::Group, Some(Known::Demonym(country)));
            }
            if k.is_common_word(key) {
                return Verdict::NotName;
            }
        }
        if let Some((org, _)) = org {
            return name(Kind::Organization, Some(Known::Org(org)));
        }
        if k.is_calendar_word(key) {
            return Verdict::NotName;
        }
        name(Kind::Organization, None)
    }

    /// Round 2: single words left undecided, settled by what the rest of the corpus says.
    fn decide_by_corpus(&mut self) {
        let k = self.k;
        let mut surnames: HashSet<String> = HashSet::default();
        let mut first_names: HashSet<String> = HashSet::default();
        let mut org_words: HashSet<String> = HashSet::default();
        let mut place_skeletons: HashSet<String> = HashSet::default();
        // Surnames of people named in full on evidence, not by a guess from the shape.
        let mut sure_surnames: HashSet<String> = HashSet::default();
        let mut kinds_by_key: Vec<Option<Kind>> = vec![None; self.keys];
        // A name guessed a person from its shape alone, which evidence elsewhere makes
        // something else ("links Aguwani Ghat" beside "the village of Aguwani Ghat"), lends
        // no first name or surname.
        let mut sure_kinds: Vec<Option<Kind>> = vec![None; self.keys];
        for (c, &id) in self.candidates.iter().zip(&self.key_ids) {
            if let Verdict::Name(kind, _) = c.verdict
                && !c.weak
            {
                sure_kinds[id].get_or_insert(kind);
            }
        }
        for (c, &id) in self.candidates.iter().zip(&self.key_ids) {
            let Verdict::Name(kind, known) = c.verdict else { continue };
            kinds_by_key[id].get_or_insert(kind);
            let n = c.words.len();
            let overruled = c.weak && sure_kinds[id].is_some_and(|k| k != kind);
            if kind == Kind::Person && c.cues.designator.is_none() && !overruled {
                if n >= 2 && !c.weak {
                    sure_surnames.insert(fold::romanised(self.word_text(c, n - 1)));
                }
                surnames.insert(fold::romanised(self.word_text(c, n - 1)));
                if n >= 2 {
                    first_names.insert(fold::key(self.word_text(c, 0)));
                }
            }
            if n >= 2 && kind == Kind::Organization {
                for i in 0..n {
                    org_words.insert(fold::key(self.word_text(c, i)));
                }
            }
            if kind == Kind::Place && known.is_some() && n == 1 {
                place_skeletons.insert(fold::skeleton(self.surface(c)));
            }
        }
        // "Mendoza" after "Carla Mendoza", though a large city shares the name: alone, with
        // nothing around it that calls for a place, the surname is the person.
        for (c, &id) in self.candidates.iter_mut().zip(&self.key_ids) {
            if let Verdict::Name(Kind::Place, Some(Known::Place(_))) = c.verdict
                && c.words.len() == 1
                && !c.cues.place
                && !c.cues.strong_place
                && c.cues.listed_with.is_empty()
                && k.place(&c.key).is_some_and(|p| p.class == PlaceClass::City)
                && sure_surnames.contains(&fold::romanised(&self.sources[c.source].text()[c.start..c.end]))
            {
                c.verdict = name(Kind::Person, None);
                kinds_by_key[id] = Some(Kind::Person);
            }
        }
        for i in 0..self.candidates.len() {
            let c = &self.candidates[i];
            if c.verdict != Verdict::Undecided {
                continue;
            }
            let surface = self.surface(c);
            let key = c.key.as_str();
            let lower = fold::lowercase(surface);
            let common = k.is_common_word(&lower);
            let place = k.place(key);
            let given = k.is_given_name(key) && !common && !c.cues.the_before;
            let (verdict, weak) = if let Some(kind) = &kinds_by_key[self.key_ids[i]] {
                (name(*kind, place.filter(|_| *kind == Kind::Place).map(|p| Known::Place(p.id))), false)
            } else if surnames.contains(&fold::romanised(surface)) || first_names.contains(key) {
                // The surname or first name of a person named in full elsewhere.
                (name(Kind::Person, None), false)
            } else if org_words.contains(key) && (k.is_org_word(&lower) || !common) {
                (name(Kind::Organization, None), false)
            } else if common && k.is_org_word(&lower) && !c.cues.sentence_start {
                // "the Gazette", "the Kremlin": an organisation word capitalised mid-sentence
                // names one.
                (name(Kind::Organization, None), false)
            } else if common && k.is_place_word(&lower) && !c.cues.sentence_start {
                // "the Gulf": a place word capitalised mid-sentence names one.
                (name(Kind::Place, None), false)
            } else if common && (c.cues.sentence_start || k.is_title(&lower)) {
                (Verdict::NotName, false)
            } else if c.cues.speaks
                && !c.cues.strong_place
                && place.is_none_or(|p| p.class == PlaceClass::City)
            {
                // "said Hagos": someone quoted; not "Police in Adjara said", where the place
                // cue is the nearer reading.
                (name(Kind::Person, None), false)
            } else if let Some(place) = place.filter(|p| c.cues.place || !given || p.population >= 100_000) {
                (name(Kind::Place, Some(Known::Place(place.id))), false)
            } else if given {
                // A given name alone, or one that is also a small town ("Fatima", "Adam").
                (name(Kind::Person, None), true)
            } else if c.cues.group {
                (name(Kind::Group, None), false)
            } else if let Some(town) =
                (c.cues.place || !c.cues.listed_with.is_empty()).then(|| k.town_spelled_like(key)).flatten()
            {
                // A romanisation of a town's name, where the context allows a place.
                (name(Kind::Place, Some(Known::Place(town.id))), false)
            } else if c.cues.place {
                (name(Kind::Place, None), false)
            } else if place_skeletons.contains(&fold::skeleton(surface)) {
                // A spelling of a place named elsewhere in the story ("Rustan", "Rastan").
                (name(Kind::Place, None), true)
            } else {
                // A capitalised word nothing else explains: most often an organisation (on the
                // dev sets, defaulting to a place or a person scores no better).
                (name(Kind::Organization, None), true)
            };
            self.candidates[i].verdict = verdict;
            self.candidates[i].weak = weak;
        }
    }

    /// Round 3: a name decided by default takes the kind of a name it is listed with
    /// ("Masalit, Zaghawa and Fur", "the towns of Talbisa and Rastan").
    fn follow_lists(&mut self) {
        let at: HashMap<(usize, usize), usize> =
            self.candidates.iter().enumerate().map(|(i, c)| ((c.source, c.start), i)).collect();
        for i in 0..self.candidates.len() {
            if !self.candidates[i].weak {
                continue;
            }
            let source = self.candidates[i].source;
            let partner_kind = self.candidates[i].cues.listed_with.iter().find_map(|start| {
                let j = *at.get(&(source, *start))?;
                match self.candidates[j].verdict {
                    Verdict::Name(kind, _) if !self.candidates[j].weak => Some(kind),
                    _ => None,
                }
            });
            if let Some(kind) = partner_kind {
                self.candidates[i].verdict = name(kind, None);
                self.candidates[i].weak = false;
            }
        }
    }

    /// One name, one kind: within a story every mention of a name takes the kind most of its
    /// mentions got on evidence (or, if none had evidence, by default). "PORT SUDAN" in a
    /// dateline is the "Port Sudan" of the text.
    fn harmonise(&mut self) {
        let mut votes: Vec<([usize; 4], [usize; 4])> = vec![([0; 4], [0; 4]); self.keys];
        // What the text says a name is ("the French group Orano") settles it for every
        // mention, however many the gazetteer reads otherwise (Italian calls Oran "Orano").
        let mut stated: Vec<bool> = vec![false; self.keys];
        for (c, &id) in self.candidates.iter().zip(&self.key_ids) {
            if let Verdict::Name(kind, _) = c.verdict {
                let slot = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
                let entry = &mut votes[id];
                if c.weak {
                    entry.1[slot] += 1;
                } else {
                    entry.0[slot] += 1;
                }
                stated[id] |= kind == Kind::Organization && c.cues.organisation_before;
            }
        }
        for (c, &id) in self.candidates.iter_mut().zip(&self.key_ids) {
            let Verdict::Name(kind, known) = c.verdict else { continue };
            let (strong, weak) = &votes[id];
            let counts = if strong.iter().any(|&n| n > 0) { strong } else { weak };
            let org = Kind::ALL.iter().position(|k| *k == Kind::Organization).unwrap_or(0);
            let best = if stated[id] {
                org
            } else {
                (0..4).max_by_key(|&s| (counts[s], std::cmp::Reverse(s))).unwrap_or(0)
            };
            if Kind::ALL[best] != kind {
                c.verdict = name(Kind::ALL[best], known.filter(|_| false));
                c.weak = false;
            }
        }
    }

    /// `Hayat Tahrir al-Sham (HTS)` defines `HTS`: same thing, same kind.
    fn link_acronym_definitions(&mut self) {
        let at: HashMap<(usize, usize, usize), usize> =
            self.candidates.iter().enumerate().map(|(i, c)| ((c.source, c.start, c.end), i)).collect();
        for i in 0..self.candidates.len() {
            let Some((start, end)) = self.candidates[i].cues.acronym_after else { continue };
            let Some(&j) = at.get(&(self.candidates[i].source, start, end)) else { continue };
            let acronym = self.surface(&self.candidates[j]);
            // An organisation's acronym in brackets may come from another language ("National
            // Electoral Council (CNE)"); anything else must spell the name's initials.
            let organisation = matches!(self.candidates[i].verdict, Verdict::Name(Kind::Organization, _));
            let agency = self.k.is_news_agency(&fold::key(acronym));
            if agency
                || !(organisation || initials_match(acronym, &initials(self.surface(&self.candidates[i]))))
            {
                continue;
            }
            let (kind, known) = match self.candidates[i].verdict {
                Verdict::Name(Kind::Person, _) if !self.candidates[i].cues.titled => {
                    (Kind::Organization, None)
                }
                Verdict::Name(kind, known) => (kind, known),
                _ => (Kind::Organization, None),
            };
            self.candidates[i].verdict = name(kind, known);
            self.candidates[j].verdict = name(kind, known);
            self.candidates[j].same_as = Some(i);
        }
    }

    /// "his real name, Ahmed al-Sharaa", "X, also known as Y", "the Houthis, who call
    /// themselves Ansar Allah": the new name is the same thing as the one the phrase points back
    /// to, and of its kind.
    fn link_stated_aliases(&mut self) {
        for i in 0..self.candidates.len() {
            let c = &self.candidates[i];
            if !matches!(c.verdict, Verdict::Name(..)) || c.same_as.is_some() {
                continue;
            }
            let text = self.sources[c.source].text();
            let passage = &self.sources[c.source].passages[c.passage];
            let before = &text[passage.start..c.start];
            // Most names follow no alias phrase: look at the word before the name first.
            if !alias_may_end(before) {
                continue;
            }
            let tail: String = before.chars().rev().take(64).collect::<Vec<_>>().into_iter().rev().collect();
            let tail = tail.to_lowercase();
            let trimmed = tail
                .trim_end_matches([' ', ',', ':', '“', '"', '(', '‘', '\''])
                .trim_end_matches(" is")
                .trim_end_matches(" was")
                .trim_end_matches(" the");
            let Some(trigger) = alias_trigger(trimmed) else {
                continue;
            };
            // "his real name": the nearest person before, a few paragraphs back at most;
            // "X, also known as Y": the name right before the phrase. The words just before the
            // phrase say whether it is a person ("his", "who") or not ("its", "which").
            let lead: Vec<&str> =
                trimmed[..trimmed.len() - trigger.len()].split_whitespace().rev().take(4).collect();
            let pronoun = lead.first().is_some_and(|w| matches!(*w, "his" | "her" | "its" | "their"));
            // "calls her X", "call it X": the pronoun is the object, so the thing named is not
            // the subject in the same sentence but the one talked about before it ("Maduro …
            // calls her La Sayona" after a paragraph about Machado).
            let object = trigger
                .split_whitespace()
                .nth(1)
                .filter(|w| matches!(*w, "him" | "her" | "it" | "them") && trigger.starts_with("call"));
            // "who" refers to a people as well as a person: "the Houthis, who call themselves".
            let reflexive = trigger.ends_with("themselves") || trigger.ends_with("itself");
            let personal = matches!(object, Some("him" | "her"))
                || (object.is_none()
                    && lead.iter().any(|w| {
                        matches!(*w, "his" | "her") || (!reflexive && matches!(*w, "who" | "whose"))
                    }));
            let impersonal = matches!(object, Some("it"))
                || (object.is_none()
                    && !personal
                    && lead.iter().any(|w| matches!(*w, "its" | "their" | "which")));
            // "The party, formerly known as": a sentence opening with an organisation's noun
            // refers, like a pronoun, to an organisation named before.
            let head: Vec<&str> = lead
                .iter()
                .copied()
                .skip_while(|w| matches!(*w, "formerly" | "also" | "now" | "once"))
                .collect();
            let described = head.len() >= 2
                && head[1] == "the"
                && self.k.is_org_word(head[0].trim_end_matches(','))
                && head.get(2).is_none_or(|w| w.ends_with(['.', '!', '?']));
            let pronoun = pronoun || described;
            let trigger_at = c.start - (tail.len() - trimmed.len()) - trigger.len();
            let sentence_at = object.map(|_| sentence_start(text, passage.start, trigger_at));
            let antecedent = (0..i).rev().find(|&j| {
                let other = &self.candidates[j];
                let Verdict::Name(kind, _) = other.verdict else { return false };
                other.source == c.source
                    && kind != Kind::Group
                    && !(personal && kind != Kind::Person)
                    && !(impersonal && kind == Kind::Person)
                    && !(described && kind != Kind::Organization)
                    && if let Some(sentence) = sentence_at {
                        other.end <= sentence && c.passage.saturating_sub(other.passage) <= 2
                    } else if pronoun {
                        c.passage.saturating_sub(other.passage) <= 4
                    } else {
                        other.passage == c.passage
                            && other.end <= trigger_at
                            && trigger_at - other.end <= 60
                            && describes(&text[other.end..trigger_at])
                    }
            });
            if let Some(j) = antecedent {
                let Verdict::Name(kind, _) = self.candidates[j].verdict else { continue };
                // A name built like an organisation or a place is no nickname for a person:
                // "a network known as the Cartel of the Suns" names the network.
                if kind == Kind::Person && !pronoun && self.has_org_or_place_word(&self.candidates[i]) {
                    continue;
                }
                self.candidates[i].same_as = Some(j);
                // The kind comes from the side that has evidence for it: "Welkait", a default,
                // is a place once "Tigrayans call it Western Tigray", a region, points to it.
                let alias = &self.candidates[i];
                if let (true, false, Verdict::Name(own, _)) =
                    (self.candidates[j].weak, alias.weak, alias.verdict)
                {
                    self.candidates[j].verdict = name(own, None);
                    self.candidates[j].weak = false;
                } else {
                    self.candidates[i].weak = self.candidates[j].weak;
                    self.candidates[i].verdict = name(kind, None);
                }
            }
        }
    }

    fn has_org_or_place_word(&self, c: &Candidate) -> bool {
        c.words.len() >= 2
            && (0..c.words.len()).any(|i| {
                let lower = self.word_text(c, i).to_lowercase();
                self.k.is_org_word(&lower) || self.k.is_place_word(&lower)
            })
    }

    fn into_found(self) -> Vec<Found> {
        // Indices change when non-names are dropped; `same_as` follows them.
        let mut new_index = vec![None; self.candidates.len()];
        let mut next = 0;
        for (i, c) in self.candidates.iter().enumerate() {
            if matches!(c.verdict, Verdict::Name(..)) {
                new_index[i] = Some(next);
                next += 1;
            }
        }
        self.candidates
            .iter()
            .filter_map(|c| match c.verdict {
                Verdict::Name(kind, known) => Some(Found {
                    source: c.source,
                    start: c.start,
                    end: c.end,
                    kind,
                    known,
                    same_as: c.same_as.and_then(|j| new_index[j]),
                    weak: c.weak,
                }),
                _ => None,
            })
            .collect()
    }
}

/// Where the sentence holding byte `at` begins: after the last full stop, question or
/// exclamation mark followed by a space, else at the passage's start.
fn sentence_start(text: &str, passage_start: usize, at: usize) -> usize {
    let before = &text[passage_start..at];
    before
        .rmatch_indices(['.', '?', '!'])
        .find(|(i, _)| before[i + 1..].starts_with(char::is_whitespace))
        .map_or(passage_start, |(i, _)| passage_start + i + 1)
}

/// Phrases that introduce another name for something named just before.
const ALIAS_TRIGGERS: &[&str] = &[
    "real name",
    "known as",
    "nom de guerre",
    "a.k.a.",
    "aka",
    "whose name is",
    "birth name",
    "nickname",
    "nicknamed",
    "goes by",
    "go by",
    "alias",
    "also called",
    "call themselves",
    "calls itself",
    "formerly",
];

/// Whether the words between a name and an alias phrase still describe that name: nothing
/// but adverbs ("Hezbollah, also known as"), or an apposition set off by a comma ("Dagalo,
/// the former militia commander widely known as"), not a new clause ("Maduro of leading a
/// network known as").
fn describes(between: &str) -> bool {
    let adverb = |w: &str| {
        matches!(
            w,
            "also"
                | "better"
                | "widely"
                | "locally"
                | "simply"
                | "commonly"
                | "popularly"
                | "officially"
                | "now"
                | "formerly"
                | "often"
                | "still"
        )
    };
    let mut words: Vec<String> = between
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '“' | '”' | '"'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "…, who goes by the nom de guerre": the relative clause is the alias phrase's own, as is
    // "known to Israelis by his childhood nickname".
    if let Some(at) = words.iter().position(|w| matches!(w.as_str(), "who" | "whose" | "which" | "known")) {
        words.truncate(at);
    }
    let appositive = between.trim_start().starts_with(',') && words.len() <= 8;
    let clause = words
        .iter()
        .any(|w| matches!(w.as_str(), "of" | "for" | "to" | "in" | "on" | "with" | "by" | "that" | "which"));
    words.iter().all(|w| adverb(w)) || (appositive && !clause)
}

/// Whether the text before a name ends with a word an alias phrase can end with ("as",
/// "name", "guerre", …), possibly followed by "is", "was" or "the" and punctuation: a cheap
/// test before [`alias_trigger`] looks closer.
fn alias_may_end(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '“' | '"' | '(' | '‘' | '\''))
        .filter(|w| !w.is_empty());
    // Compared without case and without lower-casing a copy: this runs for every name.
    let one_of = |w: &str, list: &[&str]| list.iter().any(|t| w.eq_ignore_ascii_case(t));
    let mut word = words.next();
    while let Some(w) = word.filter(|w| one_of(w, &["is", "was", "the"])) {
        let _ = w;
        word = words.next();
    }
    word.is_some_and(|w| {
        one_of(
            w,
            &[
                "as",
                "name",
                "guerre",
                "a.k.a.",
                "aka",
                "by",
                "alias",
                "called",
                "themselves",
                "itself",
                "formerly",
                "nicknamed",
                "nickname",
                "him",
                "her",
                "it",
                "them",
            ],
        )
    })
}

/// The alias phrase `text` ends with, if any: one of [`ALIAS_TRIGGERS`], or "known … as" with
/// a few words between ("known to many Ethiopians simply as"). Not "calls her": that names
/// someone other than the subject before it.
fn alias_trigger(text: &str) -> Option<&str> {
    if let Some(t) = ALIAS_TRIGGERS.iter().find(|t| text.ends_with(*t)) {
        return Some(&text[text.len() - t.len()..]);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    if n >= 2
        && matches!(words[n - 2], "call" | "calls" | "called")
        && matches!(words[n - 1], "him" | "her" | "it" | "them")
    {
        return Some(&text[text.len() - words[n - 2].len() - 1 - words[n - 1].len()..]);
    }
    // "known … as", and "the crossing Israelis know as".
    if words.last() == Some(&"as") {
        let known = words.iter().rev().take(7).position(|w| matches!(*w, "known" | "know" | "knows"))?;
        let start = text.len() - words[n - 1 - known..].join(" ").len();
        return Some(&text[start..]);
    }
    None
}

/// Compass words that, with a name, make a region.
pub(super) const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// `al-Assad`, `El-Fasher`: a word joined to an Arabic article.
fn particle_form(surface: &str) -> bool {
    surface.split_whitespace().any(|word| {
        word.split_once(['-', '‐', '‑'])
            .is_some_and(|(article, rest)| !rest.is_empty() && fold::is_article(&article.to_lowercase()))
    }) || surface.split_whitespace().next().is_some_and(|w| matches!(w, "al" | "el"))
}
