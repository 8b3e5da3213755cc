//! The app's state, in one place. Each piece is a small `Copy` newtype shared by
//! `provide_context`, so components ask for exactly what they use and nothing is cloned.

use leptos::prelude::*;
use parallax_analysis::{EntityView, Kind, PassageView, View};

/// The analysed corpus: decoded once, never copied, alive for the whole page.
#[derive(Clone, Copy)]
pub struct Corpus(pub &'static View);

impl Corpus {
    /// The entity at an index.
    pub fn entity(self, index: u32) -> &'static EntityView {
        &self.0.entities[index as usize]
    }

    /// How many of a source's passages show under a filter. A passage must name every
    /// filtered entity, so a source that does not name the first shows none: it is not
    /// scanned, and counting over every source costs only the sources that name it.
    pub fn shown_in(self, source: u32, filter: &[u32]) -> usize {
        if filter.first().is_some_and(|&e| self.entity(e).count_in(source as usize) == 0) {
            return 0;
        }
        self.0.sources[source as usize]
            .passages
            .iter()
            .filter(|p| passage_shows(filter, |e| p.names(e)))
            .count()
    }
}

/// The entities the reader is filtered to: none, one, or two (passages naming both).
///
/// Besides the list, what each mention and passage on screen follows instead of the whole
/// list: a notifier per entity, fired when it joins or leaves the filter, and one per
/// passage, fired when the passage starts or stops showing. A click then re-renders the
/// mentions and passages whose state changes, not every one on the page.
#[derive(Clone, Copy)]
pub struct Filter(pub RwSignal<Vec<u32>>, StoredValue<Followers>);

/// The notifiers of [`Filter`]: per entity (made when first followed), and per passage on
/// screen (with an id to forget it by when it leaves the screen).
#[derive(Default)]
struct Followers {
    entities: Vec<Option<ArcTrigger>>,
    passages: Vec<(u32, &'static PassageView, ArcTrigger)>,
    next_id: u32,
}

/// At most this many entities filter at once.
pub const MAX_FILTER: usize = 2;

impl Filter {
    /// An empty filter over `entities` entities, and the effect that keeps the notifiers in
    /// step with it: after each change, those of the entities that joined or left it fire,
    /// and those of the passages that start or stop showing.
    pub fn new(entities: usize) -> Filter {
        let list = RwSignal::new(Vec::<u32>::new());
        let followers =
            StoredValue::new(Followers { entities: vec![None; entities], ..Followers::default() });
        Effect::new(move |before: Option<Vec<u32>>| {
            let now = list.get();
            let before = before.unwrap_or_default();
            followers.with_value(|f| {
                let changed = before
                    .iter()
                    .filter(|e| !now.contains(e))
                    .chain(now.iter().filter(|e| !before.contains(e)));
                for &e in changed {
                    if let Some(Some(trigger)) = f.entities.get(e as usize) {
                        trigger.notify();
                    }
                }
                for (_, passage, trigger) in &f.passages {
                    let names = |e| passage.names(e);
                    if passage_shows(&before, names) != passage_shows(&now, names) {
                        trigger.notify();
                    }
                }
            });
            now
        });
        Filter(list, followers)
    }

    /// Whether an entity is one of the filter's, following only that entity's membership.
    pub fn has(self, entity: u32) -> bool {
        let trigger = self.1.try_update_value(|f| {
            f.entities.get_mut(entity as usize).map(|slot| slot.get_or_insert_with(ArcTrigger::new).clone())
        });
        if let Some(Some(trigger)) = trigger {
            trigger.track();
        }
        self.0.with_untracked(|f| f.contains(&entity))
    }

    /// A passage's visibility under the filter, as a signal that changes only when the
    /// passage starts or stops showing (see [`passage_shows`]). Forgotten when the
    /// component that asked is cleaned up.
    pub fn shows(self, passage: &'static PassageView) -> impl Fn() -> bool + Send + Sync + 'static {
        let trigger = ArcTrigger::new();
        let id = self.1.try_update_value(|f| {
            f.next_id += 1;
            f.passages.push((f.next_id, passage, trigger.clone()));
            f.next_id
        });
        on_cleanup(move || {
            self.1.try_update_value(|f| f.passages.retain(|(i, ..)| Some(*i) != id));
        });
        move || {
            trigger.track();
            self.0.with_untracked(|f| passage_shows(f, |e| passage.names(e)))
        }
    }

    /// Whether anything is filtered.
    pub fn is_active(self) -> bool {
        self.0.with(|f| !f.is_empty())
    }

    /// What a click on a mention does: filter to its entity, or clear the filter when it is
    /// the only one already. With `add`, the entity joins the filter as the second one
    /// (replacing an earlier second), or leaves it if it was there.
    pub fn choose(self, entity: u32, add: bool) {
        self.0.update(|f| *f = next_filter(f, entity, add));
    }

    /// Removes one entity from the filter.
    pub fn remove(self, entity: u32) {
        self.0.update(|f| f.retain(|&e| e != entity));
    }

    /// Shows the full articles again.
    pub fn clear(self) {
        if self.is_active() {
            self.0.set(Vec::new());
        }
    }
}

/// The filter after choosing `entity` (see [`Filter::choose`]).
pub fn next_filter(current: &[u32], entity: u32, add: bool) -> Vec<u32> {
    if add {
        if current.contains(&entity) {
            return current.iter().copied().filter(|&e| e != entity).collect();
        }
        let mut next: Vec<u32> = current.iter().copied().take(MAX_FILTER - 1).collect();
        next.push(entity);
        return next;
    }
    if current == [entity] { Vec::new() } else { vec![entity] }
}

/// Orders indices by a key, largest first; equal keys keep ascending index order. The one
/// sort of the app: each element type sorted compiles its own copy of the standard sort
/// (some 2 KB of wasm), so key and index are packed into one number to sort.
pub fn largest_first(items: &mut [u32], key: impl Fn(u32) -> u64) {
    let mut keyed: Vec<u128> =
        items.iter().map(|&i| (u128::from(u64::MAX - key(i)) << 32) | u128::from(i)).collect();
    keyed.sort_unstable();
    for (item, packed) in items.iter_mut().zip(keyed) {
        *item = packed as u32;
    }
}

/// Sorts indices ascending, by [`largest_first`]'s sort.
pub fn ascending(items: &mut [u32]) {
    largest_first(items, |_| 0);
}

/// Whether a passage that names `entities` shows under `filter`: everything shows when
/// nothing is filtered; otherwise the passage must name every filtered entity.
pub fn passage_shows(filter: &[u32], names: impl Fn(u32) -> bool) -> bool {
    filter.iter().all(|&e| names(e))
}

/// Something the reader should know that is not an error of theirs to fix in the page, such
/// as an address naming an entity these sources do not have.
#[derive(Clone, Copy)]
pub struct Notice(pub RwSignal<Option<String>>);

/// Text for the polite live region: what changed, for screen readers.
#[derive(Clone, Copy)]
pub struct Announcement(pub RwSignal<String>);

/// The sources side by side, as indices into the view, in file order: all of them when there
/// are at most [`MAX_SHOWN`], else the two to four the reader chose.
#[derive(Clone, Copy)]
pub struct Shown(pub RwSignal<Vec<u32>>);

/// At most this many sources sit side by side; with more, the reader chooses.
pub const MAX_SHOWN: usize = 4;
/// At least this many sit side by side when there is a choice: it is a comparison.
pub const MIN_SHOWN: usize = 2;

/// The sources shown before the reader chooses: all of a small corpus, else the first three.
pub fn default_shown(sources: usize) -> Vec<u32> {
    let n = if sources <= MAX_SHOWN { sources } else { 3 };
    (0..n as u32).collect()
}

/// The source a phone shows (the sources are tabs there); the first shown one if it is not
/// shown any more.
#[derive(Clone, Copy)]
pub struct Current(pub RwSignal<u32>);

impl Current {
    /// The source on screen, given the sources shown.
    pub fn get(self, shown: Shown) -> u32 {
        let current = self.0.get();
        shown.0.with(|s| if s.contains(&current) { current } else { s.first().copied().unwrap_or(0) })
    }
}

/// The kinds whose highlights the legend has switched off, one bit per kind in legend order.
#[derive(Clone, Copy)]
pub struct HiddenKinds(pub RwSignal<u8>);

impl HiddenKinds {
    /// Whether a kind's highlights are off.
    pub fn hides(self, kind: Kind) -> bool {
        self.0.get() & kind_bit(kind) != 0
    }

    /// Switches a kind's highlights on or off.
    pub fn toggle(self, kind: Kind) {
        self.0.update(|h| *h ^= kind_bit(kind));
    }
}

fn kind_bit(kind: Kind) -> u8 {
    1 << Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// What is open over the reader: nothing, the entity index or the list of shortcuts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Panel {
    /// Only the reader.
    Closed,
    /// The entity index.
    Index,
    /// The keyboard shortcuts.
    Shortcuts,
}

impl Panel {
    /// The panel's name in test hooks (`data-toggle`).
    pub fn as_str(self) -> &'static str {
        match self {
            Panel::Closed => "closed",
            Panel::Index => "index",
            Panel::Shortcuts => "shortcuts",
        }
    }
}

/// The open panel.
#[derive(Clone, Copy)]
pub struct Open(pub RwSignal<Panel>);

impl Open {
    /// Opens a panel, or closes it when it is the one open.
    pub fn toggle(self, panel: Panel) {
        self.0.update(|p| *p = if *p == panel { Panel::Closed } else { panel });
    }
}

/// Where the mention card shows and for which entity; `None` when no card shows.
#[derive(Clone, Copy)]
pub struct Card(pub RwSignal<Option<CardAt>>);

/// A card's entity and place, in page pixels (it scrolls with the text it describes).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct CardAt {
    /// Index of the entity.
    pub entity: u32,
    /// Left edge.
    pub left: f64,
    /// Top edge when below the mention, or the mention's top when above it.
    pub top: f64,
    /// Whether the card sits above the mention (no room below).
    pub above: bool,
    /// Whether keyboard focus opened it (it then closes when focus leaves).
    pub by_focus: bool,
}

/// How the entity index orders each kind's entities.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sort {
    /// Most mentions first.
    Total,
    /// Named by the most sources first.
    Spread,
}

/// The index's search text and order, kept while it is closed.
#[derive(Clone, Copy)]
pub struct IndexQuery {
    /// What the reader typed: matches names and spellings.
    pub search: RwSignal<String>,
    /// The order within each kind.
    pub sort: RwSignal<Sort>,
}

/// Whether the dark theme is on; `None` until the browser has said (the prerendered page
/// cannot know).
#[derive(Clone, Copy)]
pub struct Dark(pub RwSignal<Option<bool>>);

/// Sets up every piece of state and provides it to the components below.
pub fn provide(view: &'static View) {
    provide_context(Corpus(view));
    provide_context(Filter::new(view.entities.len()));
    provide_context(Notice(RwSignal::new(None)));
    provide_context(Announcement(RwSignal::new(String::new())));
    provide_context(Shown(RwSignal::new(default_shown(view.sources.len()))));
    provide_context(Current(RwSignal::new(0)));
    provide_context(HiddenKinds(RwSignal::new(0)));
    provide_context(Open(RwSignal::new(Panel::Closed)));
    provide_context(Card(RwSignal::new(None)));
    provide_context(IndexQuery { search: RwSignal::new(String::new()), sort: RwSignal::new(Sort::Total) });
    provide_context(Dark(RwSignal::new(None)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_filters_switches_and_toggles_off() {
        assert_eq!(next_filter(&[], 3, false), [3]);
        assert_eq!(next_filter(&[3], 5, false), [5]);
        assert_eq!(next_filter(&[3], 3, false), Vec::<u32>::new());
        assert_eq!(next_filter(&[3, 5], 3, false), [3]);
    }

    #[test]
    fn adding_keeps_at_most_two() {
        assert_eq!(next_filter(&[], 3, true), [3]);
        assert_eq!(next_filter(&[3], 5, true), [3, 5]);
        assert_eq!(next_filter(&[3, 5], 7, true), [3, 7]);
        assert_eq!(next_filter(&[3, 5], 5, true), [3]);
    }

    #[test]
    fn largest_first_keeps_ties_in_index_order() {
        let mut items = vec![0, 1, 2, 3, 4];
        largest_first(&mut items, |i| [1, 3, 1, 3, 2][i as usize]);
        assert_eq!(items, [1, 3, 4, 0, 2]);
        largest_first(&mut items, |i| if i == 2 { u64::MAX } else { 0 });
        assert_eq!(items, [2, 0, 1, 3, 4], "the largest key, then ascending index");
        ascending(&mut items);
        assert_eq!(items, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_small_corpus_shows_every_source_and_a_big_one_three() {
        assert_eq!(default_shown(1), [0]);
        assert_eq!(default_shown(3), [0, 1, 2]);
        assert_eq!(default_shown(MAX_SHOWN), [0, 1, 2, 3]);
        assert_eq!(default_shown(MAX_SHOWN + 1), [0, 1, 2]);
        assert_eq!(default_shown(300), [0, 1, 2]);
    }

    #[test]
    fn each_kind_switches_on_its_own() {
        let hidden = HiddenKinds(RwSignal::new(0));
        hidden.toggle(Kind::Place);
        assert!(hidden.hides(Kind::Place));
        assert!(Kind::ALL.iter().filter(|k| **k != Kind::Place).all(|k| !hidden.hides(*k)));
        for kind in Kind::ALL {
            hidden.toggle(kind);
        }
        assert!(hidden.hides(Kind::Person) && !hidden.hides(Kind::Place));
    }

    #[test]
    fn the_current_source_falls_back_to_the_first_shown() {
        let shown = Shown(RwSignal::new(vec![4, 7]));
        let current = Current(RwSignal::new(7));
        assert_eq!(current.get(shown), 7);
        current.0.set(2);
        assert_eq!(current.get(shown), 4);
    }

    #[test]
    fn panels_toggle_and_replace_each_other() {
        let open = Open(RwSignal::new(Panel::Closed));
        open.toggle(Panel::Index);
        assert_eq!(open.0.get(), Panel::Index);
        open.toggle(Panel::Shortcuts);
        assert_eq!(open.0.get(), Panel::Shortcuts);
        open.toggle(Panel::Shortcuts);
        assert_eq!(open.0.get(), Panel::Closed);
    }

    #[test]
    fn passages_show_when_they_name_every_filtered_entity() {
        let names = |e: u32| e == 1 || e == 2;
        assert!(passage_shows(&[], names));
        assert!(passage_shows(&[1], names));
        assert!(passage_shows(&[1, 2], names));
        assert!(!passage_shows(&[1, 3], names));
    }
}
