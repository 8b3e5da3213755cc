//! Stage 4: entities, the mentions linked into the things they name, within and across sources.
//!
//! Linking is a union of mentions that evidence says are one thing: the same name; the same
//! place or organisation in the knowledge base; an acronym and the name it abbreviates; a
//! surname and the full name; romanisations of one Arabic or Russian name; a short form and
//! the organisation it shortens; a stated alias. Each rule needs the same kind on both sides, so
//! `Hama` the city, `Hama province` the region and `Syrian` the nationality stay apart.

use crate::fold;
use crate::kind::Kind;
use crate::knowledge::{Knowledge, PlaceClass};
use crate::mention::{self, Found, Known};
use crate::source::Source;
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

/// Words that join the parts of an organisation's name, in English and in French, Spanish and
/// Portuguese ("Cártel de Sinaloa"): the same content words in another order name the same one.
const JOINERS: &[&str] = &["of", "for", "the", "and", "de", "del", "des", "du", "da", "do", "la", "le"];

/// A thing named in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id, derived from the name: the same corpus always gives the same ids.
    pub id: String,
    /// The canonical name: the fullest form used.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// Every other spelling used for it, most used first.
    pub aliases: Vec<String>,
}

/// A mention linked to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index of the source.
    pub source: usize,
    /// First byte in the source's text.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// Index of the entity.
    pub entity: usize,
}

/// Links found names into entities. Entities come out ordered by kind, then by how often they
/// are named, then by name; mentions in source and text order.
#[must_use]
pub fn link(sources: &[Source], found: &[Found], knowledge: &Knowledge) -> (Vec<Entity>, Vec<Mention>) {
    // A name recurs across mentions and sources: fold each distinct spelling and kind once.
    let mut distinct: HashMap<(&str, Kind), usize> = HashMap::default();
    let mut unique: Vec<Name> = Vec::new();
    let numbers: Vec<usize> = found
        .iter()
        .map(|f| {
            let text = &sources[f.source].text()[f.start..f.end];
            *distinct.entry((text, f.kind)).or_insert_with(|| {
                unique.push(Name::new(text, f.kind));
                unique.len() - 1
            })
        })
        .collect();
    let names: Vec<&Name> = numbers.iter().map(|&n| &unique[n]).collect();
    let mut sets = Sets::new(found.len());
    link_same_names(found, &names, knowledge, &mut sets);
    link_stated(found, &mut sets);
    // Every later rule compares names, not mentions: one representative per distinct name
    // (its first mention) keeps them fast on corpora where a name recurs thousands of times.
    let reps = representatives(found, &names);
    let r = Rules { found, names: &names, reps: &reps, knowledge };
    r.partial_person_names(&mut sets);
    r.romanisations(&mut sets);
    r.short_forms_and_acronyms(&mut sets);
    r.places_taken_for_organisations(&mut sets);
    r.organisation_forms(&mut sets);
    r.outlet_short_forms(&mut sets);
    r.reordered_places(&mut sets);
    r.features(&mut sets);
    r.place_short_forms(&mut sets);
    r.group_short_forms(&mut sets);
    r.designated_places(&mut sets);
    build(found, &names, &mut sets)
}

/// The first mention of each distinct (kind, key).
fn representatives(found: &[Found], names: &[&Name]) -> Vec<usize> {
    let mut seen: HashSet<(Kind, &str)> = HashSet::default();
    (0..found.len()).filter(|&i| seen.insert((found[i].kind, names[i].key.as_str()))).collect()
}

/// The linking rules over distinct names.
struct Rules<'a> {
    found: &'a [Found],
    names: &'a [&'a Name],
    reps: &'a [usize],
    knowledge: &'a Knowledge,
}

impl Rules<'_> {
    /// When a short name fits several longer ones: the longer name mentioned last before a
    /// mention of the short one, in the same source ("the Commission" after "the Data
    /// Protection Commission"; "Brennan" after "Kit Brennan").
    fn nearest_before(&self, short: usize, fits: &[usize]) -> Option<usize> {
        let (found, names) = (self.found, self.names);
        let key = |m: usize| (found[m].kind, names[m].key.as_str());
        let fit_keys: HashSet<(Kind, &str)> = fits.iter().map(|&j| key(j)).collect();
        let mut last_fit: HashMap<usize, usize> = HashMap::default();
        for (m, mention) in found.iter().enumerate() {
            if fit_keys.contains(&key(m)) {
                last_fit.insert(mention.source, m);
            } else if key(m) == key(short)
                && let Some(&fit) = last_fit.get(&mention.source)
            {
                return Some(fit);
            }
        }
        None
    }

    /// The organisations' names other than acronyms, one representative each.
    fn organisations(&self) -> Vec<usize> {
        let (found, names) = (self.found, self.names);
        self.reps
            .iter()
            .copied()
            .filter(|&i| found[i].kind == Kind::Organization && !names[i].is_acronym())
            .collect()
    }

    /// `Lund` after `Aron Lund`; `al-Assad` and `Assad` after `Bashar al-Assad`; `Lula` for
    /// `Luiz Inácio Lula da Silva`. A shorter person name links to a longer one that ends with it
    /// (the nearest before it in the same source, else the only one in the corpus), or that has
    /// it inside (only when exactly one person in the corpus does).
    fn partial_person_names(&self, sets: &mut Sets) {
        let (found, names, knowledge) = (self.found, self.names, self.knowledge);
        let full: Vec<usize> = self
            .reps
            .iter()
            .copied()
            .filter(|&i| found[i].kind == Kind::Person && names[i].words.len() >= 2)
            .collect();
        for &i in self.reps {
            if found[i].kind != Kind::Person {
                continue;
            }
            let short = &names[i].words;
            for &j in &full {
                // "Abarchi Ousmane" and "Ousmane Abarchi": some outlets write the surname first.
                let reversed = short.len() == 2 && names[j].words == [short[1].clone(), short[0].clone()];
                if j != i && (same_full_name(short, &names[j].words) || reversed) {
                    sets.union(i, j);
                }
            }
            let longer = |j: &usize| names[*j].words.len() > short.len();
            let suffix: Vec<usize> =
                full.iter().copied().filter(longer).filter(|&j| ends_with(&names[j].words, short)).collect();
            // "Abiy" for "Abiy Ahmed", "Nicolás Maduro" for "Nicolás Maduro Moros": a name that
            // begins a longer one, unless it is a single common given name ("Mohammed").
            let rare_first = short.len() >= 2
                || knowledge.given_name_frequency(&fold::key(&names[i].text)) < COMMON_GIVEN_NAME;
            let prefix: Vec<usize> = full
                .iter()
                .copied()
                .filter(longer)
                .filter(|&j| rare_first && starts_with(&names[j].words, short))
                .collect();
            let inner: Vec<usize> = full
                .iter()
                .copied()
                .filter(longer)
                .filter(|&j| contains_run(&names[j].words, short))
                .collect();
            let only = |fits: &[usize], sets: &mut Sets| {
                let mut roots: Vec<usize> = fits.iter().map(|&j| sets.find(j)).collect();
                roots.sort_unstable();
                roots.dedup();
                if let [root] = roots[..] { Some(root) } else { None }
            };
            // "Bola Tinubu" for "Bola Ahmed Tinubu": the first and last names with a middle one
            // dropped.
            let middle_dropped: Vec<usize> = full
                .iter()
                .copied()
                .filter(|&j| {
                    let long = &names[j].words;
                    short.len() == 2
                        && long.len() == 3
                        && alike(&short[0], &long[0])
                        && alike(&short[1], &long[2])
                })
                .collect();
            // "Sunita" after "Sunita Devi": a common given name alone stands for the person
            // last named in full with it in the same story; not the commonest ("Mohammed"),
            // which a story gives to several people.
            let shared_by_many =
                knowledge.given_name_frequency(&fold::key(&names[i].text)) > COMMON_GIVEN_NAME;
            let given_alone: Vec<usize> = if short.len() == 1 && !rare_first && !shared_by_many {
                full.iter().copied().filter(longer).filter(|&j| starts_with(&names[j].words, short)).collect()
            } else {
                Vec::new()
            };
            // "William Lai" for "Lai Ching-te": a given name taken in English before the
            // surname, for a name written surname first with a hyphenated given name.
            let english_order: Vec<usize> = if short.len() == 2
                && knowledge.is_given_name(&fold::key(names[i].text.split(' ').next().unwrap_or_default()))
            {
                full.iter()
                    .copied()
                    .filter(|&j| {
                        let parts: Vec<&str> = names[j].text.split(' ').collect();
                        parts.len() == 2 && parts[1].contains('-') && names[j].words[0] == short[1]
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let choice = only(&suffix, sets)
                .or_else(|| if suffix.is_empty() { None } else { self.nearest_before(i, &suffix) })
                .or_else(|| if suffix.is_empty() { only(&prefix, sets) } else { None })
                .or_else(|| if suffix.is_empty() && prefix.is_empty() { only(&inner, sets) } else { None })
                .or_else(|| only(&middle_dropped, sets))
                .or_else(|| only(&english_order, sets))
                .or_else(|| {
                    if suffix.is_empty() && inner.is_empty() {
                        self.nearest_before(i, &given_alone)
                    } else {
                        None
                    }
                });
            if let Some(j) = choice {
                sets.union(i, j);
            }
        }
    }

    /// `Talbisseh` and `Talbisa`, `Tartus` and `Tartous`: romanisations of one name, of the same
    /// kind, unless the gazetteer knows them as two different places.
    fn romanisations(&self, sets: &mut Sets) {
        let (found, names) = (self.found, self.names);
        let mut buckets: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, f) in self.reps.iter().map(|&i| (i, &found[i])) {
            if names[i].is_acronym() || f.kind == Kind::Group {
                continue;
            }
            buckets.entry(fold::skeleton(&names[i].text)).or_default().push(i);
        }
        let mut keys: Vec<&String> = buckets.keys().collect();
        keys.sort();
        // "JP Morgan" and "JPMorgan", "Laki-laki" and "Lakilaki": one name written with and
        // without spaces or hyphens.
        let unspaced = |i: usize| -> String {
            fold::romanised(&names[i].text).chars().filter(|c| !matches!(c, ' ' | '-')).collect()
        };
        for key in keys {
            let members = &buckets[key];
            let joined: Vec<String> = members.iter().map(|&i| unspaced(i)).collect();
            for (a, &i) in members.iter().enumerate() {
                for (b, &j) in members.iter().enumerate().skip(a + 1) {
                    // Kinds must agree, unless one was only a default ("Kandil", "Qandil").
                    if found[i].kind != found[j].kind && !found[i].weak && !found[j].weak {
                        continue;
                    }
                    let distinct_places = matches!(
                        (found[i].known, found[j].known),
                        (Some(Known::Place(x)), Some(Known::Place(y))) if x != y
                    );
                    if distinct_places {
                        continue;
                    }
                    let romanised =
                        fold::same_romanisation(&names[i].text, &names[j].text) || joined[a] == joined[b];
                    // A spelling the gazetteer does not know, one vowel away from a place it does
                    // know in the same story (Rustan, Rastan), is that place.
                    let near_known_place = found[i].kind == found[j].kind
                        && found[i].kind == Kind::Place
                        && (found[i].known.is_none() || found[j].known.is_none())
                        && one_vowel_apart(&names[i].key, &names[j].key);
                    if romanised || near_known_place {
                        sets.union(i, j);
                    }
                }
            }
        }
    }

    /// `the Observatory` for `Syrian Observatory for Human Rights`; `UN` for `United Nations`
    /// and `SOHR` for the Observatory, when the corpus has exactly one organisation they fit.
    fn short_forms_and_acronyms(&self, sets: &mut Sets) {
        let (found, names, knowledge) = (self.found, self.names, self.knowledge);
        let long_orgs: Vec<usize> = self
            .reps
            .iter()
            .copied()
            .filter(|&i| found[i].kind == Kind::Organization && names[i].text.split_whitespace().count() >= 2)
            .collect();
        // Acronyms stand for organisations and, less often, places ("KP", "DRC"), and for names
        // whose kind was only a default (an unknown party's name looks like a person's). News
        // does not abbreviate people: a name of three words or more that an acronym spells is an
        // organisation's, whatever its words looked like ("Rashtriya Janata Dal", "RJD").
        let long_names: Vec<usize> = self
            .reps
            .iter()
            .copied()
            .filter(|&i| {
                let words = names[i].text.split_whitespace().count();
                (matches!(found[i].kind, Kind::Organization | Kind::Place) || found[i].weak || words >= 3)
                    && words >= 2
            })
            .collect();
        for &i in self.reps {
            if found[i].kind != Kind::Organization || names[i].text.split_whitespace().count() != 1 {
                continue;
            }
            let fits: Vec<usize> = if names[i].is_acronym() {
                // Only an acronym taken for an organisation by its shape alone overrules a person.
                let shape_only = found[i].known.is_none() && names[i].text.chars().count() >= 3;
                let spelled: Vec<usize> = long_names
                    .iter()
                    .copied()
                    .filter(|&j| found[j].kind != Kind::Person || found[j].weak || shape_only)
                    .filter(|&j| initials_fit(&names[i].text, &names[j].text))
                    .collect();
                let same_kind: Vec<usize> = spelled
                    .iter()
                    .copied()
                    .filter(|&j| {
                        found[j].kind == found[i].kind
                            || found[i].weak
                            || found[j].weak
                            || found[j].kind == Kind::Person
                    })
                    .collect();
                // An acronym taken for an organisation only for its shape, that spells no
                // organisation but a place, is that place ("KP", Khyber Pakhtunkhwa).
                if same_kind.is_empty() && found[i].known.is_none() { spelled } else { same_kind }
            } else if knowledge.is_org_word(&names[i].text.to_lowercase()) {
                long_orgs
                    .iter()
                    .copied()
                    .filter(|&j| names[j].text.split_whitespace().any(|w| fold::key(w) == names[i].key))
                    .collect()
            } else {
                continue;
            };
            let mut roots: Vec<usize> = fits.iter().map(|&j| sets.find(j)).collect();
            roots.sort_unstable();
            roots.dedup();
            // Several fit: the one named last before it in the same source ("the Commission" after
            // "the Data Protection Commission").
            let chosen = match roots.as_slice() {
                [root] => fits.iter().copied().find(|&j| sets.find(j) == *root),
                [] => None,
                _ => self.nearest_before(i, &fits),
            };
            if let Some(j) = chosen {
                sets.union(i, j);
                if found[j].kind == Kind::Person && !found[j].weak {
                    sets.overruled.insert(j);
                }
            }
        }
    }

    /// The place in the story that a one-word organisation names, when the gazetteer knows the
    /// word as that place: news uses a town for its authorities or a force based there, and the
    /// town is the more likely reading ("which Arabs call Sinjar" after "Shingal").
    fn place_meant(&self, i: usize) -> Option<usize> {
        let (found, names) = (self.found, self.names);
        let key = names[i].key.as_str();
        if found[i].kind != Kind::Organization
            || found[i].known.is_some()
            || key.contains(' ')
            || names[i].is_acronym()
        {
            return None;
        }
        let place = Known::Place(self.knowledge.place(key)?.id);
        self.reps
            .iter()
            .copied()
            .find(|&j| found[j].kind == Kind::Place && (found[j].known == Some(place) || names[j].key == key))
    }

    /// `Sinjar` taken for an organisation, with `Shingal`, the same place, in the story.
    fn places_taken_for_organisations(&self, sets: &mut Sets) {
        for &i in self.reps {
            if let Some(j) = self.place_meant(i) {
                sets.union(i, j);
            }
        }
    }

    /// Two forms of one organisation's name: one the other plus organisation words or a legal
    /// form (`Nepal Red Cross` and `Nepal Red Cross Society`, `Calloway Foods` and `Calloway Foods
    /// Inc.`), or a one-word short form that is the first word of exactly one longer name
    /// (`Calloway` for `Calloway Foods`).
    fn organisation_forms(&self, sets: &mut Sets) {
        let (found, names, knowledge) = (self.found, self.names, self.knowledge);
        let words_of =
            |i: usize| -> Vec<String> { names[i].text.split_whitespace().map(fold::key).collect() };
        let orgs = self.organisations();
        let org_words: Vec<Vec<String>> = orgs.iter().map(|&i| words_of(i)).collect();
        let generic = |w: &String| knowledge.is_org_word(w) || knowledge.is_legal_form(w);
        for (a, wa) in org_words.iter().enumerate() {
            for (b, wb) in org_words.iter().enumerate() {
                if wa.is_empty() || a == b {
                    continue;
                }
                // "Calloway Foods" + "Inc."; "Nepal Red Cross" + "Society".
                let extended = wb.len() > wa.len()
                    && wb[..wa.len()] == wa[..]
                    && wb[wa.len()..].iter().all(generic)
                    && (wa.len() >= 2 || !generic(&wa[0]));
                // "Qassam Brigades" ending "Izz ad-Din al-Qassam Brigades".
                let ending = wa.len() >= 2
                    && wb.len() > wa.len()
                    && wb[wb.len() - wa.len()..]
                        .iter()
                        .zip(wa)
                        .all(|(x, y)| fold::romanised(x) == fold::romanised(y));
                // "National Electoral Board" and "National Election Board": one word differs in its
                // ending only.
                let differing: Vec<(&String, &String)> = wa.iter().zip(wb).filter(|(x, y)| x != y).collect();
                let variant = wa.len() == wb.len()
                    && wa.len() >= 3
                    && differing.len() == 1
                    && common_prefix(differing[0].0, differing[0].1) >= 5;
                // "Taiwan Affairs Office" and "Taiwan Affairs Office of the State Council": a
                // name ending in an organisation word, and the same name with what it belongs to.
                let belongs = wa.len() >= 2
                    && wb.len() > wa.len() + 1
                    && wb[..wa.len()] == wa[..]
                    && wb[wa.len()] == "of"
                    && knowledge.is_org_word(&wa[wa.len() - 1]);
                if extended || ending || variant || belongs {
                    sets.union(orgs[a], orgs[b]);
                }
            }
        }
        // "Bihar Rajya Pul Nirman Nigam" read as a person, and "Bihar Rajya Pul Nirman Nigam
        // Ltd": a legal form after the same words says they name a company.
        for &p in self.reps {
            let wp = words_of(p);
            if found[p].kind != Kind::Person || wp.len() < 2 {
                continue;
            }
            for (b, wb) in org_words.iter().enumerate() {
                // The form may be one word after another ("Ltd", "Inc") or one of several
                // words ("Pvt. Ltd.").
                let form = wb.get(wp.len()..).unwrap_or_default();
                if wb.len() > wp.len()
                    && wb[..wp.len()] == wp[..]
                    && (form.iter().all(|w| knowledge.is_legal_form(w))
                        || knowledge.is_legal_form(&form.join(" ")))
                {
                    sets.union(p, orgs[b]);
                    if !found[p].weak {
                        sets.overruled.insert(p);
                    }
                }
            }
        }
        acronym_heads(names, &orgs, &org_words, sets);
        // "Health Ministry" and "Ministry of Health", "Interior Ministry" and "Ministry of the
        // Interior": the same content words in another order, the joining words aside.
        // An organisation word must head one of them, so "Hart and Brindle" stays apart.
        let mut by_content: HashMap<Vec<String>, usize> = HashMap::default();
        for (a, words) in org_words.iter().enumerate() {
            let mut content: Vec<String> =
                words.iter().filter(|w| !JOINERS.contains(&w.as_str())).map(|w| fold::american(w)).collect();
            if content.len() < 2 || !words.iter().any(generic) {
                continue;
            }
            content.sort_unstable();
            match by_content.get(&content) {
                Some(&b) => sets.union(orgs[a], orgs[b]),
                None => {
                    by_content.insert(content, a);
                }
            }
        }
        // One-word short forms: the first word of exactly one longer organisation.
        let mut long_by_first: HashMap<&str, HashSet<usize>> = HashMap::default();
        for (a, words) in org_words.iter().enumerate() {
            if words.len() >= 2 {
                let root = sets.find(orgs[a]);
                long_by_first.entry(words[0].as_str()).or_default().insert(root);
            }
        }
        for (a, words) in org_words.iter().enumerate() {
            if words.len() == 1
                && !generic(&words[0])
                && self.place_meant(orgs[a]).is_none()
                && let Some(root) = long_by_first.get(words[0].as_str()).and_then(only)
            {
                sets.union(orgs[a], root);
            }
        }
    }

    /// `the Echo` for `Niamey Echo`, `the Post` for `Kathmandu Post`: a newspaper named after
    /// its city goes by the rest of its name, when exactly one organisation in the corpus fits.
    fn outlet_short_forms(&self, sets: &mut Sets) {
        let (names, knowledge) = (self.names, self.knowledge);
        let orgs = self.organisations();
        let mut by_rest: HashMap<&str, HashSet<usize>> = HashMap::default();
        for &i in &orgs {
            let Some((place, rest)) = names[i].key.split_once(' ') else { continue };
            if !rest.contains(' ') && knowledge.place(place).is_some() {
                by_rest.entry(rest).or_default().insert(sets.find(i));
            }
        }
        for &i in &orgs {
            let key = names[i].key.as_str();
            if !key.contains(' ')
                && let Some(root) = by_rest.get(key).and_then(only)
            {
                sets.union(i, root);
            }
        }
    }

    /// `Qandil Mountains` and `Kandil`, `Euphrates River` and `Euphrates`: a natural feature named
    /// with and without its feature word (unlike `Hama province`, which is not the city `Hama`).
    fn features(&self, sets: &mut Sets) {
        const FEATURES: &[&str] = &[
            "mountains",
            "mountain",
            "river",
            "sea",
            "lake",
            "desert",
            "valley",
            "island",
            "islands",
            "hills",
            "plateau",
        ];
        let (found, names) = (self.found, self.names);
        let places: Vec<usize> =
            self.reps.iter().copied().filter(|&i| found[i].kind == Kind::Place).collect();
        let bare_names: Vec<usize> =
            self.reps.iter().copied().filter(|&i| found[i].kind == Kind::Place || found[i].weak).collect();
        let mut by_bare: HashMap<&str, usize> = HashMap::default();
        for &i in &places {
            let key = names[i].key.as_str();
            // "Mount Merapi", "Mt Merapi" and "Merapi" too.
            let mount = key.strip_prefix("mount ").or_else(|| key.strip_prefix("mt "));
            let Some(bare) = mount.or_else(|| {
                key.rsplit_once(' ').filter(|(_, feature)| FEATURES.contains(feature)).map(|(bare, _)| bare)
            }) else {
                continue;
            };
            // A feature named after a city is not the city: "Kathmandu Valley", "Kathmandu";
            // nor is one named after a country ("Mount Kenya").
            let k = self.knowledge;
            if k.place(bare).is_some_and(|p| p.class == PlaceClass::City) || k.country(bare).is_some() {
                continue;
            }
            let unspaced = |key: &str| key.replace(' ', "");
            for &j in &bare_names {
                let key = names[j].key.as_str();
                if j != i
                    && (key == bare || fold::same_romanisation(key, bare) || unspaced(key) == unspaced(bare))
                {
                    sets.union(i, j);
                }
            }
            // "Mount Merapi" and "Mt Merapi": one bare name.
            match by_bare.entry(bare) {
                std::collections::hash_map::Entry::Occupied(other) => sets.union(i, *other.get()),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
    }

    /// `Addis` for `Addis Ababa`, `Korea` for `South Korea`: a one-word place the gazetteer does
    /// not know, which is the first word of exactly one longer place in the story, or the last
    /// word of a country's name. The short form may have been taken for an organisation, as
    /// news uses a capital or country for its government ("Addis accuses…", "Korea's
    /// watchdog"), unless it also begins an organisation's name.
    fn place_short_forms(&self, sets: &mut Sets) {
        let (found, names, knowledge) = (self.found, self.names, self.knowledge);
        let mut by_word: HashMap<&str, HashSet<usize>> = HashMap::default();
        let mut org_first: HashSet<&str> = HashSet::default();
        for (i, f) in self.reps.iter().map(|&i| (i, &found[i])) {
            let Some((first, _)) = names[i].key.split_once(' ') else { continue };
            if f.kind == Kind::Place {
                let root = sets.find(i);
                by_word.entry(first).or_default().insert(root);
                if knowledge.country(&names[i].key).is_some()
                    && let Some((_, last)) = names[i].key.rsplit_once(' ')
                {
                    by_word.entry(last).or_default().insert(root);
                }
            } else if f.kind == Kind::Organization {
                org_first.insert(first);
            }
        }
        for (i, f) in self.reps.iter().map(|&i| (i, &found[i])) {
            let key = names[i].key.as_str();
            if key.contains(' ') || knowledge.place(key).is_some() {
                continue;
            }
            let metonym = f.kind == Kind::Organization
                && f.known.is_none()
                && !names[i].is_acronym()
                && !knowledge.is_org_word(key)
                && !org_first.contains(key);
            if f.kind != Kind::Place && !metonym {
                continue;
            }
            if let Some(root) = by_word.get(key).and_then(only) {
                sets.union(i, root);
            }
        }
    }

    /// `Koreans` for `South Korean`: a one-word nationality the knowledge base does not know,
    /// which ends exactly one longer nationality in the story that it does know, is that one.
    fn group_short_forms(&self, sets: &mut Sets) {
        let (found, names, knowledge) = (self.found, self.names, self.knowledge);
        let mut by_last: HashMap<&str, HashSet<usize>> = HashMap::default();
        for &i in self.reps {
            if found[i].kind == Kind::Group
                && let Some((_, last)) = names[i].key.rsplit_once(' ')
                && knowledge.demonym(&fold::key(&names[i].text)).is_some()
            {
                by_last.entry(last).or_default().insert(sets.find(i));
            }
        }
        for &i in self.reps {
            let key = names[i].key.as_str();
            if found[i].kind != Kind::Group
                || key.contains(' ')
                || knowledge.demonym(&fold::key(&names[i].text)).is_some()
            {
                continue;
            }
            if let Some(root) = by_last.get(key).and_then(only) {
                sets.union(i, root);
            }
        }
    }

    /// `Sulaymaniyah province` and `Slemani province`: one designator after two names already
    /// linked as one place names one unit. Runs last, once the bare names are linked.
    fn designated_places(&self, sets: &mut Sets) {
        let (found, names) = (self.found, self.names);
        let mut bare: HashMap<&str, usize> = HashMap::default();
        for &i in self.reps {
            if found[i].kind == Kind::Place && !names[i].key.contains(' ') {
                bare.insert(names[i].key.as_str(), i);
            }
        }
        let mut units: HashMap<(usize, &str), usize> = HashMap::default();
        for &i in self.reps {
            let text = names[i].text.as_str();
            let (Some((head, _)), Some((_, designator))) =
                (names[i].key.rsplit_once(' '), text.rsplit_once(' '))
            else {
                continue;
            };
            // Only a lower-case designator: a capitalised one is part of a name ("Kurdistan Region").
            if found[i].kind != Kind::Place || !designator.chars().all(char::is_lowercase) {
                continue;
            }
            let Some(&b) = bare.get(head) else { continue };
            match units.entry((sets.find(b), designator)) {
                std::collections::hash_map::Entry::Occupied(other) => sets.union(i, *other.get()),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
    }

    /// `West Rukum` and `Rukum West`: the same words in another order name the same place.
    fn reordered_places(&self, sets: &mut Sets) {
        let (found, names) = (self.found, self.names);
        let mut by_words: HashMap<Vec<&str>, usize> = HashMap::default();
        for (i, f) in self.reps.iter().map(|&i| (i, &found[i])) {
            if f.kind != Kind::Place {
                continue;
            }
            let mut words: Vec<&str> = names[i].key.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            words.sort_unstable();
            match by_words.get(&words) {
                Some(&j) => sets.union(i, j),
                None => {
                    by_words.insert(words, i);
                }
            }
        }
    }
}

/// What linking compares: a mention's text, its key and its words.
struct Name {
    text: String,
    key: String,
    /// Romanised words, articles dropped: `al-Jolani` → [`julani`].
    words: Vec<String>,
}

impl Name {
    fn new(text: &str, kind: Kind) -> Name {
        let text = text.to_owned();
        let mut key = fold::county_key(&text);
        // "Christians" and "Christian", "Kurds" and "Kurdish", "Turks" and "Turkish" are one
        // community.
        if kind == Kind::Group {
            key = group_stem(&key);
        }
        // "Defence Ministry" and "Defense Ministry": one name in two spellings of English.
        if kind == Kind::Organization {
            key = fold::american(&key);
        }
        let words = fold::romanised(&text).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        Name { text, key, words }
    }

    fn is_acronym(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !self.text.contains(' ')
    }
}

/// The stem of a community's name, for comparing its forms: plural and adjective endings
/// off, on the last word (`kurds`, `kurdish` → `kurd`; `pakistanis` → `pakistan`).
fn group_stem(key: &str) -> String {
    let (head, last) = key.rsplit_once(' ').map_or(("", key), |(h, l)| (h, l));
    let mut word = last.to_owned();
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        word.pop();
    }
    for suffix in ["ish", "ese", "ian", "an", "i"] {
        if let Some(stem) = word.strip_suffix(suffix).filter(|stem| stem.len() >= 3) {
            word = stem.to_string();
            break;
        }
    }
    if head.is_empty() { word } else { format!("{head} {word}") }
}

/// Disjoint sets over mention indices.
struct Sets {
    parent: Vec<usize>,
    /// Names (by their representative mention) whose kind a link contradicted: they vote for
    /// their entity's kind as a default would.
    overruled: HashSet<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets { parent: (0..n).collect(), overruled: HashSet::default() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the smaller index stays the root, so results do not depend on order.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (low, high) = if a < b { (a, b) } else { (b, a) };
            self.parent[high] = low;
        }
    }
}

/// "UN Security Council" and "United Nations Security Council": an organisation's name after an
/// acronym, and the same name after the words the acronym stands for.
fn acronym_heads(names: &[&Name], orgs: &[usize], org_words: &[Vec<String>], sets: &mut Sets) {
    for (a, wa) in org_words.iter().enumerate() {
        let text = &names[orgs[a]].text;
        let Some((acronym, _)) = text.split_once(' ') else { continue };
        let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
        if wa.len() < 2 || letters < 2 || !acronym.chars().all(|c| c.is_uppercase() || c == '.') {
            continue;
        }
        let tail = &wa[1..];
        for (b, wb) in org_words.iter().enumerate() {
            if wb.len() > wa.len() && wb.ends_with(tail) {
                let words: Vec<&str> = names[orgs[b]].text.split(' ').collect();
                let head = words[..words.len().saturating_sub(tail.len())].join(" ");
                if initials_fit(acronym, &head) {
                    sets.union(orgs[a], orgs[b]);
                }
            }
        }
    }
}

/// The one entity in a set of candidates, or `None` when there are none or several: a short
/// form links only where it cannot mean two things.
fn only(roots: &HashSet<usize>) -> Option<usize> {
    let mut roots = roots.iter().copied();
    let root = roots.next()?;
    roots.next().is_none().then_some(root)
}

/// The same name, or the same thing in the knowledge base, of the same kind.
fn link_same_names(found: &[Found], names: &[&Name], knowledge: &Knowledge, sets: &mut Sets) {
    let mut by_key: HashMap<(Kind, &str), usize> = HashMap::default();
    // "Gaza City" and "Gaza" may be one place to the gazetteer, but a story that writes "City"
    // means the city apart from the bare name's wider area: they meet by name only. Where
    // the bare name names no wider area ("Mandaue City", "Mandaue"), "City" is only part of
    // the name.
    let mut by_known: HashMap<(Kind, Known, bool), usize> = HashMap::default();
    for (i, f) in found.iter().enumerate() {
        match by_key.get(&(f.kind, names[i].key.as_str())) {
            Some(&j) => sets.union(i, j),
            None => {
                by_key.insert((f.kind, names[i].key.as_str()), i);
            }
        }
        if let Some(known) = f.known {
            let city = names[i].key.strip_suffix(" city").is_some_and(|bare| knowledge.names_area(bare));
            match by_known.get(&(f.kind, known, city)) {
                Some(&j) => sets.union(i, j),
                None => {
                    by_known.insert((f.kind, known, city), i);
                }
            }
        }
    }
}

/// Acronyms defined in brackets and stated aliases, found by the recogniser.
fn link_stated(found: &[Found], sets: &mut Sets) {
    for (i, f) in found.iter().enumerate() {
        if let Some(j) = f.same_as {
            sets.union(i, j);
        }
    }
}

/// Given names at least this common somewhere (the source's scale goes to 13) are too common
/// to stand for one person on their own.
const COMMON_GIVEN_NAME: u8 = 7;

fn starts_with(long: &[String], short: &[String]) -> bool {
    short.len() < long.len() && short.iter().zip(long).all(|(a, b)| alike(a, b))
}

/// Two words of a name that are one: equal, romanisations of each other, or (for words with
/// four consonants or more, starting alike) the same consonants (`Haftar`, `Hifter`).
fn alike(a: &str, b: &str) -> bool {
    if a == b || fold::same_romanisation(a, b) {
        return true;
    }
    let (x, y) = (fold::skeleton(a), fold::skeleton(b));
    x == y && x.len() >= 4 && a.chars().next() == b.chars().next()
}

/// The same full name, word for word alike, or with one word a letter apart
/// ("Mohamed Hamdan Daglo", "Mohamed Hamdan Dagalo").
fn same_full_name(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let differing: Vec<(&String, &String)> = a.iter().zip(b).filter(|(x, y)| !alike(x, y)).collect();
    differing.is_empty() || (differing.len() == 1 && one_letter_apart(differing[0].0, differing[0].1))
}

fn ends_with(long: &[String], short: &[String]) -> bool {
    short.iter().rev().zip(long.iter().rev()).all(|(a, b)| alike(a, b))
}

/// Whether the short name's words are a run inside the long one, past its first word: a
/// middle name or nickname (`Lula`, `Diomaye`). A first name alone is too common to link.
fn contains_run(long: &[String], short: &[String]) -> bool {
    !short.is_empty()
        && long.len() > short.len() + 1
        && long[1..long.len() - 1].windows(short.len()).any(|w| w.iter().zip(short).all(|(a, b)| alike(a, b)))
}

/// Whether two words of at least four letters, starting alike, differ by one letter added,
/// dropped or changed (`daglo`, `dagalo`; `ihor`, `igor`): a spelling, not another name.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 4 || a.first() != b.first() {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (long, short) = if a.len() >= b.len() { (a.len(), b.len()) } else { (b.len(), a.len()) };
    long - short <= 1 && prefix + suffix >= long - 1
}

fn one_vowel_apart(a: &str, b: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    a.len() == b.len()
        && a.len() >= 6
        && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).all(|(x, y)| vowel(x) && vowel(y))
        && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether an acronym spells a name's initials: of its capitalised words (`SOHR`), with
/// small lower-case words counted or not (`and`, `of`), an acronym inside the name counted whole (`UNRWA`, UN Relief and Works
/// Agency), and, in acronyms of four letters or more, a word's first letters for its initial
/// (`NADRA`, National Database and Registration Authority, takes `Na`).
fn initials_fit(acronym: &str, name: &str) -> bool {
    if mention::initials_match(acronym, &mention::initials(name)) {
        return true;
    }
    let letters: Vec<char> =
        acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    let name = name.strip_prefix("The ").unwrap_or(name);
    let words: Vec<Vec<char>> = name
        .split(|c: char| c.is_whitespace() || crate::tokens::is_hyphen(c))
        .filter(|w| !w.is_empty())
        .map(|w| if w == "&" { vec!['a'] } else { w.chars().collect() })
        .collect();
    // A word's letters past its first are rare in short acronyms ("AP" is not "Associated
    // Police"), so only long ones may use them, and at most two in all.
    let extra = if letters.len() >= 4 { 2 } else { 0 };
    letters.len() >= 2 && spells(&letters, &words, extra)
}

/// Whether the acronym's letters are spelled by the words in order: a capitalised word gives
/// its first letter and, if `extra` allows, the next ones (a word in capitals gives its first
/// letters freely); a small lower-case word gives its first letter or nothing.
fn spells(letters: &[char], words: &[Vec<char>], extra: usize) -> bool {
    let Some((word, rest)) = words.split_first() else { return letters.is_empty() };
    let Some(&first) = word.first() else { return spells(letters, rest, extra) };
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    if !first.is_uppercase() {
        // Only small words ("of", "and", "al") may give a letter: "Kandahar province" is no "KP".
        let counted = word.len() <= 3 && letters.first() == Some(&lower(first));
        return spells(letters, rest, extra) || (counted && spells(&letters[1..], rest, extra));
    }
    let capitals = word.len() >= 2 && word.iter().all(|c| c.is_uppercase());
    let mut taken = 0;
    while taken < word.len().min(letters.len()) && lower(word[taken]) == letters[taken] {
        taken += 1;
        let cost = if capitals { 0 } else { taken - 1 };
        if cost > extra {
            return false;
        }
        if spells(&letters[taken..], rest, extra - cost) {
            return true;
        }
    }
    false
}

/// Turns the sets into entities with names and ids, and the found names into mentions.
fn build(found: &[Found], names: &[&Name], sets: &mut Sets) -> (Vec<Entity>, Vec<Mention>) {
    let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..found.len() {
        members.entry(sets.find(i)).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = members.into_values().collect();
    groups.sort_by_key(|g| g[0]);
    let overruled_names: HashSet<(Kind, &str)> =
        sets.overruled.iter().map(|&i| (found[i].kind, names[i].key.as_str())).collect();
    let overruled: Vec<bool> =
        (0..found.len()).map(|i| overruled_names.contains(&(found[i].kind, names[i].key.as_str()))).collect();
    let mut entities: Vec<(Entity, usize, Vec<usize>)> = groups
        .into_iter()
        .map(|group| {
            let kind = majority_kind(found, &overruled, &group);
            let (name, aliases) = names_of(found, names, &group, kind);
            let entity = Entity { id: String::new(), name, kind, aliases };
            (entity, group.len(), group)
        })
        .collect();
    entities.sort_by(|a, b| {
        (a.0.kind, std::cmp::Reverse(a.1), fold::key(&a.0.name), a.2[0]).cmp(&(
            b.0.kind,
            std::cmp::Reverse(b.1),
            fold::key(&b.0.name),
            b.2[0],
        ))
    });
    assign_ids(&mut entities);
    let mut mentions = vec![Mention { source: 0, start: 0, end: 0, entity: 0 }; found.len()];
    for (e, (_, _, group)) in entities.iter().enumerate() {
        for &i in group {
            mentions[i] =
                Mention { source: found[i].source, start: found[i].start, end: found[i].end, entity: e };
        }
    }
    mentions.sort_by_key(|m| (m.source, m.start));
    (entities.into_iter().map(|(entity, _, _)| entity).collect(), mentions)
}

/// The kind most of the group's mentions have on evidence, not by default (a bare `Vardel`
/// taken for an organisation only for want of a cue yields to `Vardel Mountains`); then most
/// mentions in all; on a tie, the kind of the ones the knowledge base knows (`Addis Ababa`, a
/// place, over an `Addis` taken for its government). A name whose kind a link overruled (a
/// person that an acronym spells) votes as a default.
fn majority_kind(found: &[Found], overruled: &[bool], group: &[usize]) -> Kind {
    let mut counts = [(0usize, 0usize, 0usize); 4];
    for &i in group {
        let slot = &mut counts[Kind::ALL.iter().position(|k| *k == found[i].kind).unwrap_or(0)];
        slot.0 += usize::from(!found[i].weak && !overruled[i]);
        slot.1 += 1;
        slot.2 += usize::from(found[i].known.is_some());
    }
    let best = counts.iter().copied().max().unwrap_or_default();
    Kind::ALL[counts.iter().position(|&c| c == best).unwrap_or(0)]
}

/// The canonical name and the other spellings. People and organisations are named by their
/// fullest form (most words, no acronym); places and groups by their most used form. Forms
/// in capitals (DAMASCUS) lose to the same name in ordinary case.
fn names_of(found: &[Found], names: &[&Name], group: &[usize], kind: Kind) -> (String, Vec<String>) {
    // Spellings in order of first use, with counts.
    let mut spellings: Vec<(&str, usize)> = Vec::new();
    for &i in group {
        let text = names[i].text.as_str();
        match spellings.iter_mut().find(|(s, _)| *s == text) {
            Some((_, n)) => *n += 1,
            None => spellings.push((text, 1)),
        }
    }
    let shouting = |s: &str| s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let full_forms = matches!(kind, Kind::Person | Kind::Organization);
    let best = spellings
        .iter()
        .enumerate()
        .max_by_key(|(order, (s, n))| {
            let words = if full_forms { s.split_whitespace().count() } else { 0 };
            (!shouting(s), words, *n, std::cmp::Reverse(*order))
        })
        .map_or("", |(_, (s, _))| *s)
        .to_owned();
    let _ = found;
    let mut others: Vec<(usize, &str, usize)> = spellings
        .iter()
        .enumerate()
        .filter(|(_, (s, _))| *s != best)
        .map(|(order, (s, n))| (order, *s, *n))
        .collect();
    others.sort_by_key(|(order, _, n)| (std::cmp::Reverse(*n), *order));
    (best, others.into_iter().map(|(_, s, _)| s.to_owned()).collect())
}

/// Ids are the name's key with hyphens (`abu-mohammed-al-jolani`); a clash adds the kind, and
/// a further clash a number.
fn assign_ids(entities: &mut [(Entity, usize, Vec<usize>)]) {
    let mut used: HashMap<String, usize> = HashMap::default();
    for (entity, _, _) in entities.iter_mut() {
        let mut id = fold::key(&entity.name).replace(' ', "-");
        if id.is_empty() {
            entity.kind.as_str().clone_into(&mut id);
        }
        if used.contains_key(&id) {
            id = format!("{id}-{}", entity.kind.as_str());
        }
        let base = id.clone();
        let mut n = 2;
        while used.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone(), 1);
        entity.id = id;
    }
}
