//! What only a browser has: mounting, the address bar, the keyboard, scrolling.
//! Components stay platform-free; this module connects their state to the page.

use crate::App;
use crate::rehearsal::Rehearsal;
use crate::state::{
    self, Announcement, Card, CardAt, Corpus, Current, Dark, Filter, Notice, Open, Panel, Shown,
};
use crate::url::{self, Query};
use leptos::mount::hydrate_from;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use web_sys::{Element, HtmlElement};

/// Hydrates the prerendered app in `#app`. Trunk's post-build hook always prerenders it, so
/// there is no second, from-scratch way to mount the whole app compiled in (nor a panic hook
/// with its formatting): a page without the prerendered app says so in the console and stays
/// as it is.
pub fn start() {
    match document().get_element_by_id("app") {
        Some(root) if root.first_element_child().is_some() => {
            hydrate_from(root.unchecked_into(), App).forget();
        }
        _ => web_sys::console::error_1(&"Parallax: no prerendered #app to hydrate".into()),
    }
}

thread_local! {
    /// Set while a click on a mention changes the filter: that change keeps the clicked
    /// mention in place instead of returning to the resting scroll position.
    static ANCHORED: Cell<bool> = const { Cell::new(false) };
    /// The room above the reader now, in pixels, and how many times it has been set: a
    /// pending `settle_later` gives back only the room it was scheduled for.
    static ROOM: Cell<(u32, u32)> = const { Cell::new((0, 0)) };
}

/// Connects state to the page: the filter and the sources shown follow the URL and the URL
/// them, the keyboard shortcuts, the mention card, swiping between sources on a phone, the
/// theme, focus for panels, announcements, and returning to where the reader was.
pub fn connect() {
    let filter: Filter = expect_context();
    let corpus: Corpus = expect_context();
    let shown: Shown = expect_context();
    let Notice(notice) = expect_context();
    let Announcement(announcement) = expect_context();

    // The address the page opened with, then Back and Forward, set the filter and sources.
    // Such a change replaces the history entry instead of adding one. Nothing is written to
    // the address before it has been read.
    let read = Rc::new(Cell::new(false));
    let from_address = Rc::new(Cell::new(false));
    let apply = {
        let (read, from_address) = (Rc::clone(&read), Rc::clone(&from_address));
        move || {
            read.set(true);
            from_address.set(follow_address(corpus, filter, shown, notice));
        }
    };
    // Taken now, before hydration and the address change the page.
    let rehearsal = Rehearsal::take(corpus, shown);
    // After hydration, which shows the unfiltered page the HTML was prerendered with.
    let owner = Owner::current();
    request_animation_frame({
        let apply = apply.clone();
        move || {
            apply();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-ready", "");
            }
            rehearse(owner, rehearsal);
        }
    });
    std::mem::forget(window_event_listener(leptos::ev::popstate, move |_| apply()));

    // The filter and the sources shown write the address; a filter change is announced.
    Effect::new(move |_| {
        let entities = filter.0.get();
        let sources = shown.0.get();
        if read.get() {
            write_address(corpus, &entities, &sources, from_address.replace(false));
        }
    });
    Effect::new(move |before: Option<Vec<u32>>| {
        let now = filter.0.get();
        if before.as_ref().is_some_and(|b| *b != now) {
            let now = now.clone();
            after_frame(move || announcement.set(describe(corpus, &now)));
        }
        now
    });

    // Clearing returns to where the reader was in the full articles.
    let resting = Rc::new(Cell::new(0.0));
    {
        let resting = Rc::clone(&resting);
        std::mem::forget(window_event_listener(leptos::ev::scroll, move |_| {
            if !filter.is_active() {
                resting.set(window().scroll_y().unwrap_or(0.0));
            }
        }));
    }
    Effect::new(move |was_active: Option<bool>| {
        let active = filter.is_active();
        if !ANCHORED.get() {
            // Room made for a clicked mention (see `keep_in_view`) is only for that click.
            set_anchor_space(0);
            if was_active == Some(true) && !active {
                let y = resting.get();
                request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
            }
        }
        active
    });

    keyboard();
    card();
    swipe();
    theme();
    panel_focus();
}

/// Sets the filter, the sources shown and the notice from the address; returns whether the
/// filter or the sources changed. When neither does, the address is still rewritten if it
/// held something unusable, which the notice has named.
fn follow_address(corpus: Corpus, filter: Filter, shown: Shown, notice: RwSignal<Option<String>>) -> bool {
    let query = url::parse(&location_search());
    let (entities, unknown) = resolve(corpus, &query);
    let (sources, unknown_sources) = resolve_sources(corpus, &query);
    let message = match (unknown, unknown_sources) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    };
    if notice.with_untracked(|now| *now != message) {
        notice.set(message);
    }
    // Only what changed: setting a signal to the value it has would render its part of the
    // page again (every column, for the sources), throwing away the hydrated one.
    let filter_changes = filter.0.with_untracked(|now| *now != entities);
    let shown_changes = shown.0.with_untracked(|now| *now != sources);
    if !filter_changes && !shown_changes {
        write_address(corpus, &entities, &sources, true);
    }
    if filter_changes {
        filter.0.set(entities);
    }
    if shown_changes {
        shown.0.set(sources);
    }
    filter_changes || shown_changes
}

/// Writes the filter and the sources shown to the address, replacing the history entry or
/// adding one, unless the address already says so.
fn write_address(corpus: Corpus, entities: &[u32], sources: &[u32], replace: bool) {
    let (entities, sources) = (entities.to_vec(), sources.to_vec());
    after_frame(move || {
        let query = Query {
            entities: entities.iter().map(|&e| corpus.entity(e).id.clone()).collect(),
            sources: if sources == state::default_shown(corpus.0.sources.len()) {
                Vec::new()
            } else {
                sources.iter().map(|&s| corpus.0.sources[s as usize].file.clone()).collect()
            },
        };
        let search = url::to_search(&query);
        if search != location_search() {
            set_search(&search, replace);
        }
    });
}

/// Runs `f` after the next frame is painted: for work a change causes that the reader need
/// not wait to see the change (writing history takes several milliseconds in Chromium).
fn after_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Once the page is idle, rehearses a click off the page (see [`crate::rehearsal`]).
fn rehearse(owner: Option<Owner>, rehearsal: Option<Rehearsal>) {
    if let (Some(owner), Some(rehearsal)) = (owner, rehearsal) {
        set_timeout(move || leptos::task::spawn_local(rehearsal.run(owner)), std::time::Duration::ZERO);
    }
}

/// The shortcuts: `/` finds a name, `?` lists the keys, `n`/`p` move through the filtered
/// name's mentions, Escape closes the open panel, or else the card and the filter. Keys
/// typed into a field are the field's, and a modifier (other than Shift) means the key is
/// not ours.
fn keyboard() {
    let filter: Filter = expect_context();
    let open: Open = expect_context();
    let Card(card) = expect_context();
    std::mem::forget(window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            // One press does what the reader most likely wants: leave the panel, or else
            // leave the filter (dismissing the card too: the pointer often rests on the
            // mention just clicked, and Escape must not need pressing twice then).
            if open.0.get_untracked() == Panel::Closed {
                card.set(None);
                filter.clear();
            } else {
                open.0.set(Panel::Closed);
            }
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if typing {
            return;
        }
        match key.as_str() {
            "/" => {
                ev.prevent_default();
                if open.0.get_untracked() == Panel::Index {
                    focus("[data-index-search]");
                } else {
                    open.0.set(Panel::Index);
                }
            }
            "?" => open.toggle(Panel::Shortcuts),
            "n" | "p" if filter.is_active() => jump(key == "n"),
            _ => {}
        }
    }));
}

/// Moves focus to the next (or previous) mention of the filtered entities, across the
/// sources in reading order, wrapping round, and scrolls it to the middle of the screen.
/// On a phone, the tab of the source it is in comes to the front first.
fn jump(forward: bool) {
    let corpus: Corpus = expect_context();
    let current: Current = expect_context();
    let Ok(list) = document().query_selector_all(".reader .mention[aria-pressed=\"true\"]") else {
        return;
    };
    let mentions: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|m| m.closest("[data-passage][hidden]").ok().flatten().is_none())
        .collect();
    let len = mentions.len();
    if len == 0 {
        return;
    }
    let active = document().active_element();
    let at = mentions.iter().position(|m| active.as_ref().is_some_and(|a| m.is_same_node(Some(a))));
    let next = match (at, forward) {
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len,
        (None, true) => 0,
        (None, false) => len - 1,
    };
    let target = mentions[next].clone();
    let source = target
        .closest("[data-source]")
        .ok()
        .flatten()
        .and_then(|c| c.get_attribute("data-source"))
        .and_then(|file| corpus.0.source_index(&file));
    if let Some(source) = source {
        current.0.set(source as u32);
    }
    request_animation_frame(move || {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
        let scroll = web_sys::ScrollIntoViewOptions::new();
        scroll.set_block(web_sys::ScrollLogicalPosition::Center);
        scroll.set_behavior(if reduced_motion() {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        target.scroll_into_view_with_scroll_into_view_options(&scroll);
    });
}

/// The mention card follows the pointer (where there is one that hovers) and keyboard
/// focus. The pointer may move from the mention onto the card without losing it.
fn card() {
    let corpus: Corpus = expect_context();
    let Card(card) = expect_context();
    let hovers = media("(hover: hover)");
    let show = move |mention: &Element, by_focus: bool| {
        let Some(entity) = mention.get_attribute("data-entity").and_then(|id| corpus.0.entity_index(&id))
        else {
            return;
        };
        let at = place(mention, entity as u32, by_focus);
        if card.get_untracked() != Some(at) {
            card.set(Some(at));
        }
    };
    std::mem::forget(window_event_listener(leptos::ev::mouseover, move |ev| {
        if !hovers {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if let Ok(Some(mention)) = target.closest(".mention") {
            show(&mention, false);
        } else if target.closest("[data-card]").ok().flatten().is_none()
            && card.with_untracked(|c| c.is_some_and(|c| !c.by_focus))
        {
            card.set(None);
        }
    }));
    std::mem::forget(window_event_listener(leptos::ev::focusin, move |ev| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if target.class_list().contains("mention") && target.matches(":focus-visible").unwrap_or(false) {
            show(&target, true);
        }
    }));
    std::mem::forget(window_event_listener(leptos::ev::focusout, move |_| {
        if card.with_untracked(|c| c.is_some_and(|c| c.by_focus)) {
            card.set(None);
        }
    }));
}

/// Where the card for a mention goes, in page coordinates: under the mention, or above it
/// when there is more room there; never past the sides of the page.
fn place(mention: &Element, entity: u32, by_focus: bool) -> CardAt {
    let rect = mention.get_bounding_client_rect();
    let (x, y) = (window().scroll_x().unwrap_or(0.0), window().scroll_y().unwrap_or(0.0));
    let width = document().document_element().map_or(1024.0, |e| f64::from(e.client_width()));
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
    let card_width = (width - 16.0).min(352.0);
    let left = rect.left().min(width - card_width - 8.0).max(8.0) + x;
    let below = height - rect.bottom();
    let above = below < 280.0 && rect.top() > below && rect.top() < height;
    let top = if above { rect.top() } else { rect.bottom() } + y;
    CardAt { entity, left, top, above, by_focus }
}

/// On a phone, a sideways swipe over the reader moves to the next or previous source.
fn swipe() {
    let shown: Shown = expect_context();
    let current: Current = expect_context();
    let start = Rc::new(Cell::new(None::<(i32, i32)>));
    {
        let start = Rc::clone(&start);
        std::mem::forget(window_event_listener(leptos::ev::touchstart, move |ev| {
            let in_reader = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.closest(".reader").ok().flatten().is_some());
            let touch = ev.touches().get(0);
            start.set(touch.filter(|_| in_reader && !wide()).map(|t| (t.client_x(), t.client_y())));
        }));
    }
    std::mem::forget(window_event_listener(leptos::ev::touchend, move |ev| {
        let (Some((x, y)), Some(touch)) = (start.take(), ev.changed_touches().get(0)) else { return };
        let (dx, dy) = (touch.client_x() - x, touch.client_y() - y);
        if dx.abs() < 60 || dx.abs() < 2 * dy.abs() {
            return;
        }
        let sources = shown.0.get_untracked();
        let at = sources.iter().position(|&s| s == current.get(shown)).unwrap_or(0);
        let next = if dx < 0 { (at + 1).min(sources.len() - 1) } else { at.saturating_sub(1) };
        current.0.set(sources[next]);
    }));
}

/// Whether the index sits beside the reader (wide screens) rather than over it.
pub fn wide() -> bool {
    media("(min-width: 1200px)")
}

fn media(query: &str) -> bool {
    window().match_media(query).ok().flatten().is_some_and(|m| m.matches())
}

fn reduced_motion() -> bool {
    media("(prefers-reduced-motion: reduce)")
}

/// The theme: the page follows the system until the reader picks the other one, which is
/// remembered (`index.html` applies it before the first paint); picking the system's theme
/// again forgets the choice.
fn theme() {
    let Dark(dark) = expect_context();
    let system = || media("(prefers-color-scheme: dark)");
    // After hydration: the prerendered toggle says "not pressed" and hydration keeps it.
    request_animation_frame(move || {
        let chosen = document().document_element().and_then(|e| e.get_attribute("data-theme"));
        dark.set(Some(chosen.map_or_else(system, |t| t == "dark")));
    });
    Effect::new(move |before: Option<Option<bool>>| {
        let now = dark.get();
        if let (Some(Some(_)), Some(on)) = (before, now) {
            let root = document().document_element();
            let storage = window().local_storage().ok().flatten();
            if on == system() {
                root.map(|r| r.remove_attribute("data-theme"));
                storage.map(|s| s.remove_item(THEME_KEY));
            } else {
                let name = if on { "dark" } else { "light" };
                root.map(|r| r.set_attribute("data-theme", name));
                storage.map(|s| s.set_item(THEME_KEY, name));
            }
        }
        now
    });
}

/// Where the chosen theme is remembered; `index.html` reads the same key.
const THEME_KEY: &str = "parallax-theme";

/// Opening a panel moves focus into it; closing it returns focus to the button that opens
/// it, if focus was lost with the panel. An open panel closes the mention card.
fn panel_focus() {
    let open: Open = expect_context();
    let Card(card) = expect_context();
    Effect::new(move |before: Option<Panel>| {
        let now = open.0.get();
        if let Some(before) = before.filter(|b| *b != now) {
            card.set(None);
            request_animation_frame(move || match now {
                Panel::Index => focus("[data-index-search]"),
                Panel::Shortcuts => focus("[data-shortcuts]"),
                Panel::Closed => {
                    let lost = document().active_element().is_none_or(|a| a.tag_name() == "BODY");
                    if lost {
                        focus(if before == Panel::Index {
                            "[data-toggle=index]"
                        } else {
                            "[data-toggle=shortcuts]"
                        });
                    }
                }
            });
        }
        now
    });
}

fn focus(selector: &str) {
    if let Some(element) =
        document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Copies the page's address to the clipboard and says so; where the clipboard is not
/// available, shows the address to copy by hand.
pub fn copy_link(copied: RwSignal<bool>) {
    let Notice(notice) = expect_context();
    let Announcement(announcement) = expect_context();
    let href = window().location().href().unwrap_or_default();
    let done = move |ok: bool| {
        if ok {
            copied.set(true);
            announcement.set("Link copied.".to_owned());
            set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
        } else {
            notice.set(Some(format!("Copy this link: {}", window().location().href().unwrap_or_default())));
        }
    };
    let promise = window().navigator().clipboard().write_text(&href);
    let resolved = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let rejected = Closure::<dyn FnMut(JsValue)>::new(move |_| done(false));
    let _ = promise.then2(&resolved, &rejected);
    resolved.forget();
    rejected.forget();
}

/// Runs `change` (a filter change caused by clicking a mention) and then scrolls so that the
/// clicked mention stays exactly where it was on screen: the text moves, the reader's eye
/// does not.
pub fn keep_in_view(ev: &web_sys::Event, change: impl FnOnce()) {
    let Some(target) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        change();
        return;
    };
    // A click rehearsed off the page (see `crate::rehearsal`) runs the same code up to the
    // change, so that a reader's first click finds it compiled, but marks nothing and has
    // nothing on screen to keep in place.
    let on_page = target.is_connected();
    let before = target.get_bounding_client_rect().top();
    ANCHORED.set(ANCHORED.get() || on_page);
    change();
    if !on_page {
        return;
    }
    request_animation_frame(move || {
        set_anchor_space(0);
        let mut shift = target.get_bounding_client_rect().top() - before;
        // Near the top of the page the passages folding away above the mention can lift
        // it further than the page can scroll back: make up the rest with room above
        // the reader, which pushes it down again. Not with the sources in tabs (a phone),
        // where that room would open a gap between the tabs and the source's heading.
        let room = window().scroll_y().unwrap_or(0.0);
        if -shift > room && !media("(max-width: 900px)") {
            let space = (-shift - room).ceil();
            #[expect(clippy::cast_sign_loss, reason = "positive: it rose further than the page scrolls")]
            set_anchor_space(space as u32);
            shift += space;
            settle_later();
        }
        if shift.abs() >= 0.5 {
            window().scroll_by_with_x_and_y(0.0, shift);
        }
        ANCHORED.set(false);
    });
}

/// Sets the room above the reader that keeps a clicked mention in place (0 removes it).
fn set_anchor_space(px: u32) {
    ROOM.set((px, ROOM.get().1.wrapping_add(1)));
    let Some(root) = document().document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let style = root.style();
    let _ = if px == 0 {
        style.remove_property("--anchor-space").map(drop)
    } else {
        style.set_property("--anchor-space", &format!("{px}px"))
    };
}

/// How long the room stays before it is given back: long enough to see that the clicked
/// mention stayed put and what folded away around it.
const SETTLE_AFTER: std::time::Duration = std::time::Duration::from_millis(700);

/// Gives the room above the reader back a moment after the click that made it, so that no
/// blank band stays between the filter bar and the sources: the columns glide up over it
/// (`data-settling` turns on the style sheet's transition), or, when it has been scrolled
/// out of view by then, it goes at once with the scroll, so nothing on screen moves. With
/// reduced motion nothing moves by itself: the room stays until the filter changes.
fn settle_later() {
    if reduced_motion() {
        return;
    }
    let (space, made) = ROOM.get();
    set_timeout(
        move || {
            if ROOM.get().1 != made {
                return;
            }
            let out_of_view = window().scroll_y().unwrap_or(0.0) >= f64::from(space);
            if !out_of_view && let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-settling", "");
                set_timeout(move || drop(root.remove_attribute("data-settling")), SETTLE_AFTER);
            }
            set_anchor_space(0);
            if out_of_view {
                window().scroll_by_with_x_and_y(0.0, -f64::from(space));
            }
        },
        SETTLE_AFTER,
    );
}

/// The ids in the query as entity indices (at most two), and a notice for any that are not
/// in this corpus.
fn resolve(corpus: Corpus, query: &Query) -> (Vec<u32>, Option<String>) {
    let mut entities = Vec::new();
    let mut unknown = Vec::new();
    for id in &query.entities {
        match corpus.0.entity_index(id) {
            Some(i) if entities.len() < state::MAX_FILTER => entities.push(i as u32),
            Some(_) => {}
            None => unknown.push(format!("“{}”", id.chars().take(60).collect::<String>())),
        }
    }
    let notice = (!unknown.is_empty()).then(|| {
        format!(
            "The link names {} that these sources do not mention: {}. Showing {}.",
            if unknown.len() == 1 { "an entity" } else { "entities" },
            unknown.join(", "),
            if entities.is_empty() { "the full articles" } else { "the rest of the filter" }
        )
    });
    (entities, notice)
}

/// The sources the query names, as indices in file order; the default when it names none,
/// or fewer than two that exist; the first four of them when it names more. Unknown files
/// are reported.
fn resolve_sources(corpus: Corpus, query: &Query) -> (Vec<u32>, Option<String>) {
    let total = corpus.0.sources.len();
    let mut sources = Vec::new();
    let mut unknown = Vec::new();
    for file in &query.sources {
        match corpus.0.source_index(file) {
            Some(i) if !sources.contains(&(i as u32)) => sources.push(i as u32),
            Some(_) => {}
            None => unknown.push(format!("“{}”", file.chars().take(60).collect::<String>())),
        }
    }
    state::ascending(&mut sources);
    sources.truncate(state::MAX_SHOWN);
    if total <= state::MAX_SHOWN || sources.len() < state::MIN_SHOWN {
        sources = state::default_shown(total);
    }
    let notice = (!unknown.is_empty()).then(|| {
        format!("The link names sources that are not here: {}. Showing the others.", unknown.join(", "))
    });
    (sources, notice)
}

/// What a screen reader hears when the filter changes.
fn describe(corpus: Corpus, entities: &[u32]) -> String {
    if entities.is_empty() {
        return "Showing the full articles.".to_owned();
    }
    let names: Vec<String> = entities
        .iter()
        .map(|&e| {
            let entity = corpus.entity(e);
            format!(
                "{} ({}), {} mentions in {} sources",
                entity.name,
                entity.kind,
                entity.total(),
                entity.counts.len()
            )
        })
        .collect();
    format!("Filtered to {}.", names.join(" and "))
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Writes the filter into the address, keeping the page's own path (a sub-path on GitHub
/// Pages stays as it is): a new history entry, or a replaced one.
fn set_search(search: &str, replace: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{search}");
    if let Ok(history) = window().history() {
        let state = JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&state, "", Some(&url))
        } else {
            history.push_state_with_url(&state, "", Some(&url))
        };
    }
}
