//! The app's state, in one place. Each piece is a small `Copy` newtype shared by
//! `provide_context`, so components ask for exactly what they use and nothing is cloned.

use leptos::prelude::*;
use parallax_analysis::{EntityView, View};

/// The analysed corpus: decoded once, never copied, alive for the whole page.
#[derive(Clone, Copy)]
pub struct Corpus(pub &'static View);

impl Corpus {
    /// The entity at an index.
    pub fn entity(self, index: u32) -> &'static EntityView {
        &self.0.entities[index as usize]
    }
}

/// The entities the reader is filtered to: none, one, or two (passages naming both).
#[derive(Clone, Copy)]
pub struct Filter(pub RwSignal<Vec<u32>>);

/// At most this many entities filter at once.
pub const MAX_FILTER: usize = 2;

impl Filter {
    /// Whether an entity is one of the filter's.
    pub fn contains(self, entity: u32) -> bool {
        self.0.with(|f| f.contains(&entity))
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

/// Sets up every piece of state and provides it to the components below.
pub fn provide(view: &'static View) {
    provide_context(Corpus(view));
    provide_context(Filter(RwSignal::new(Vec::new())));
    provide_context(Notice(RwSignal::new(None)));
    provide_context(Announcement(RwSignal::new(String::new())));
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
    fn passages_show_when_they_name_every_filtered_entity() {
        let names = |e: u32| e == 1 || e == 2;
        assert!(passage_shows(&[], names));
        assert!(passage_shows(&[1], names));
        assert!(passage_shows(&[1, 2], names));
        assert!(!passage_shows(&[1, 3], names));
    }
}
