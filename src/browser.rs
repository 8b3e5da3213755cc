//! What only a browser has: mounting, the address bar, the keyboard, scrolling.
//! Components stay platform-free; this module connects their state to the page.

use crate::App;
use crate::state::{Announcement, Corpus, Filter, Notice};
use crate::url::{self, Query};
use leptos::mount::{hydrate_from, mount_to, mount_to_body};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Mounts the app into `#app`: hydrates prerendered HTML when there is some, else renders.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    let root = document().get_element_by_id("app").and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match root {
        Some(root) if root.first_element_child().is_some() => {
            hydrate_from(root, App).forget();
        }
        Some(root) => mount_to(root, App).forget(),
        None => mount_to_body(App),
    }
}

thread_local! {
    /// Set while a click on a mention changes the filter: that change keeps the clicked
    /// mention in place instead of returning to the resting scroll position.
    static ANCHORED: Cell<bool> = const { Cell::new(false) };
}

/// Connects state to the page: the filter follows the URL and the URL the filter, Escape
/// clears, changes are announced, and clearing returns to where the reader was.
pub fn connect() {
    let filter: Filter = expect_context();
    let corpus: Corpus = expect_context();
    let Notice(notice) = expect_context();
    let Announcement(announcement) = expect_context();

    // The address the page opened with, then Back and Forward, set the filter. Such a change
    // replaces the history entry instead of adding one.
    let from_address = Rc::new(Cell::new(false));
    let apply = {
        let from_address = Rc::clone(&from_address);
        move || {
            let query = url::parse(&location_search());
            let (entities, unknown) = resolve(corpus, &query);
            notice.set(unknown);
            from_address.set(true);
            filter.0.set(entities);
        }
    };
    // After hydration, which shows the unfiltered page the HTML was prerendered with.
    request_animation_frame(apply.clone());
    std::mem::forget(window_event_listener(leptos::ev::popstate, move |_| apply()));

    // The filter writes the address and announces itself.
    Effect::new(move |_| {
        let entities = filter.0.get();
        let query = Query {
            entities: entities.iter().map(|&e| corpus.entity(e).id.clone()).collect(),
            sources: Vec::new(),
        };
        let search = url::to_search(&query);
        let replace = from_address.replace(false);
        if search != location_search() {
            set_search(&search, replace);
        }
        announcement.set(describe(corpus, &entities));
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
        if was_active == Some(true) && !active && !ANCHORED.get() {
            let y = resting.get();
            request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
        }
        active
    });

    std::mem::forget(window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            filter.clear();
        }
    }));
}

/// Runs `change` (a filter change caused by clicking a mention) and then scrolls so that the
/// clicked mention stays exactly where it was on screen: the text moves, the reader's eye
/// does not.
pub fn keep_in_view(ev: &web_sys::MouseEvent, change: impl FnOnce()) {
    let target = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok());
    let before = target.as_ref().map(|t| t.get_bounding_client_rect().top());
    ANCHORED.set(true);
    change();
    request_animation_frame(move || {
        if let (Some(target), Some(before)) = (target, before) {
            let after = target.get_bounding_client_rect().top();
            if (after - before).abs() >= 0.5 {
                window().scroll_by_with_x_and_y(0.0, after - before);
            }
        }
        ANCHORED.set(false);
    });
}

/// The ids in the query as entity indices (at most two), and a notice for any that are not
/// in this corpus.
fn resolve(corpus: Corpus, query: &Query) -> (Vec<u32>, Option<String>) {
    let mut entities = Vec::new();
    let mut unknown = Vec::new();
    for id in &query.entities {
        match corpus.0.entity_index(id) {
            Some(i) if entities.len() < crate::state::MAX_FILTER => entities.push(i as u32),
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
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&state, "", Some(&url))
        } else {
            history.push_state_with_url(&state, "", Some(&url))
        };
    }
}
