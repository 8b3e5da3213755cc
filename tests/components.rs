//! Component tests in headless Chromium (`wasm-bindgen-test`): `Mention`, `Passage` and
//! `FilterBar` mounted with `leptos::mount::mount_to` into a fresh element, with state from
//! `parallax::state::provide` over a small hand-built view, asserting the DOM they render and
//! how it follows the `Filter` context.
//!
//! Run: `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test -p parallax --target wasm32-unknown-unknown`
//! (Chromium's flags are in `webdriver.json`).
#![cfg(target_arch = "wasm32")]
// A test fails by panicking: unwrapping what must be there is the assertion.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a test fails by panicking")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use parallax::components::app::KindNames;
use parallax::components::filter_bar::FilterBar;
use parallax::components::mention::Mention;
use parallax::components::passage::Passage;
use parallax::state::{self, Filter};
use parallax_analysis::{
    EntityView, Kind, MentionView, PassageView, Role, SourceCount, SourceView, Spelling, View,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Entity indices in [`corpus`].
const HOMS: u32 = 0;
const ASSAD: u32 = 1;
const HTS: u32 = 2;

/// The first passage's text: curly apostrophe right after a mention, as in the seeds.
const FIRST: &str = "In Homs, al-Assad’s rule held.";

/// A two-source corpus: Homs is named in both, al-Assad only in `a.txt`, HTS (two
/// spellings) in both.
fn corpus() -> &'static View {
    let count = |source, count| SourceCount { source, count };
    let passage = |role, text: &str, mentions: &[(u32, u32, u32)]| PassageView {
        role,
        text: text.to_owned(),
        dateline: 0,
        mentions: mentions.iter().map(|&(start, end, entity)| MentionView { start, end, entity }).collect(),
    };
    let entity = |id: &str, name: &str, kind, spellings: Vec<Spelling>, counts| EntityView {
        id: id.to_owned(),
        name: name.to_owned(),
        kind,
        spellings,
        counts,
    };
    let spelling = |text: &str, counts| Spelling { text: text.to_owned(), counts };
    Box::leak(Box::new(View {
        sources: vec![
            SourceView {
                file: "a.txt".into(),
                title: "Source A".into(),
                short_title: String::new(),
                origin: vec![],
                passages: vec![
                    // "Homs" is bytes 3..7, "al-Assad" 9..17.
                    passage(Role::Paragraph, FIRST, &[(3, 7, HOMS), (9, 17, ASSAD)]),
                    passage(Role::Paragraph, "Nothing named here.", &[]),
                    passage(Role::Paragraph, "HTS said so.", &[(0, 3, HTS)]),
                ],
            },
            SourceView {
                file: "b.txt".into(),
                title: "Source B".into(),
                short_title: String::new(),
                origin: vec![],
                passages: vec![passage(
                    Role::Paragraph,
                    "Hayat Tahrir al-Sham neared Homs.",
                    &[(0, 20, HTS), (28, 32, HOMS)],
                )],
            },
        ],
        entities: vec![
            entity(
                "homs",
                "Homs",
                Kind::Place,
                vec![spelling("Homs", vec![count(0, 1), count(1, 1)])],
                vec![count(0, 1), count(1, 1)],
            ),
            entity(
                "bashar-al-assad",
                "Bashar al-Assad",
                Kind::Person,
                vec![spelling("al-Assad", vec![count(0, 1)])],
                vec![count(0, 1)],
            ),
            entity(
                "hayat-tahrir-al-sham",
                "Hayat Tahrir al-Sham",
                Kind::Organization,
                vec![spelling("HTS", vec![count(0, 1)]), spelling("Hayat Tahrir al-Sham", vec![count(1, 1)])],
                vec![count(0, 1), count(1, 1)],
            ),
        ],
    }))
}

/// A fresh, empty element in the page to mount one test's components into.
fn fresh_root() -> HtmlElement {
    let document = document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts `view` with the app's state over [`corpus`] provided, and returns the root, the
/// filter to drive, and the handle that unmounts everything when dropped.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (HtmlElement, Filter, impl Drop) {
    let root = fresh_root();
    let filter = std::rc::Rc::new(std::cell::Cell::new(None));
    let handle = {
        let filter = std::rc::Rc::clone(&filter);
        mount_to(root.clone(), move || {
            state::provide(corpus());
            filter.set(Some(expect_context::<Filter>()));
            view()
        })
    };
    (root, filter.get().expect("the filter was provided"), handle)
}

/// Lets the reactive system apply a signal change to the DOM.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    let found = all(root, selector);
    assert_eq!(found.len(), 1, "expected one {selector}, found {}", found.len());
    found.into_iter().next().unwrap()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The text a reader sees: without what is hidden (the root is in the document).
fn shown_text(element: &Element) -> String {
    element.unchecked_ref::<HtmlElement>().inner_text()
}

fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

#[wasm_bindgen_test]
async fn mention_is_a_button_with_hooks_and_a_kind_description() {
    let (root, _filter, _handle) = mount(|| {
        view! {
            <Mention text="al-Assad" entity=ASSAD/>
            <KindNames/>
        }
    });
    let button = one(&root, "[role=button]");
    assert_eq!(attr(&button, "tabindex").as_deref(), Some("0"), "it takes focus like a button");
    assert_eq!(attr(&button, "data-entity").as_deref(), Some("bashar-al-assad"));
    assert_eq!(attr(&button, "data-kind").as_deref(), Some("person"));
    assert_eq!(text(&button), "al-Assad", "the mention's text is the text as written");
    let described_by = attr(&button, "aria-describedby").expect("aria-describedby");
    let label = root
        .query_selector(&format!("[id=\"{described_by}\"]"))
        .unwrap()
        .expect("aria-describedby names an element in the page");
    assert_eq!(text(&label), "person");
    assert_eq!(attr(&button, "aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn mention_follows_the_filter() {
    let (root, filter, _handle) = mount(|| {
        view! {
            <Mention text="Homs" entity=HOMS/>
            <Mention text="HTS" entity=HTS/>
        }
    });
    let homs = one(&root, "[data-entity=homs]");
    let hts = one(&root, "[data-entity=hayat-tahrir-al-sham]");
    assert_eq!(attr(&homs, "aria-pressed").as_deref(), Some("false"));

    filter.0.set(vec![HOMS]);
    settle().await;
    assert_eq!(attr(&homs, "aria-pressed").as_deref(), Some("true"));
    assert_eq!(attr(&hts, "aria-pressed").as_deref(), Some("false"));

    filter.0.set(vec![HTS]);
    settle().await;
    assert_eq!(attr(&homs, "aria-pressed").as_deref(), Some("false"));
    assert_eq!(attr(&hts, "aria-pressed").as_deref(), Some("true"));

    filter.clear();
    settle().await;
    assert_eq!(attr(&hts, "aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn clicking_a_mention_sets_then_clears_the_filter() {
    let (root, filter, _handle) = mount(|| view! { <Mention text="Homs" entity=HOMS/> });
    let button: HtmlElement = one(&root, "[role=button]").unchecked_into();
    button.click();
    settle().await;
    assert_eq!(filter.0.get_untracked(), [HOMS]);
    assert_eq!(attr(&button, "aria-pressed").as_deref(), Some("true"));
    button.click();
    settle().await;
    assert!(filter.0.get_untracked().is_empty(), "a click on the active mention clears the filter");
    assert_eq!(attr(&button, "aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn passage_wraps_mentions_without_changing_the_text() {
    let view = corpus();
    let (root, _filter, _handle) = mount(move || view! { <Passage passage=&view.sources[0].passages[0]/> });
    let passage = one(&root, "[data-passage]");
    assert_eq!(attr(&passage, "data-role").as_deref(), Some("paragraph"));
    assert_eq!(text(&passage), FIRST, "the passage's text is the source's, byte for byte");
    let mentions = all(&passage, "[role=button][data-entity]");
    let named: Vec<(String, String)> =
        mentions.iter().map(|m| (attr(m, "data-entity").unwrap(), text(m))).collect();
    assert_eq!(
        named,
        [("homs".to_owned(), "Homs".to_owned()), ("bashar-al-assad".to_owned(), "al-Assad".to_owned())]
    );
    // No markup of the app's own between the mentions: only the text and the two mentions.
    assert_eq!(passage.child_element_count(), 2);
    assert_eq!(all(&passage, "*").len(), 2, "{}", passage.inner_html());
}

#[wasm_bindgen_test]
async fn passage_hides_itself_when_the_filter_excludes_it() {
    let view = corpus();
    let (root, filter, _handle) = mount(move || {
        view! {
            <Passage passage=&view.sources[0].passages[0]/>
            <Passage passage=&view.sources[0].passages[1]/>
            <Passage passage=&view.sources[0].passages[2]/>
        }
    });
    let passages = all(&root, "[data-passage]");
    assert_eq!(passages.len(), 3);
    let hidden = || passages.iter().map(|p| p.has_attribute("hidden")).collect::<Vec<_>>();
    assert_eq!(hidden(), [false, false, false], "without a filter every passage shows");

    filter.0.set(vec![HOMS]);
    settle().await;
    assert_eq!(hidden(), [false, true, true]);
    let first: HtmlElement = passages[0].clone().unchecked_into();
    let second: HtmlElement = passages[1].clone().unchecked_into();
    assert!(first.offset_height() > 0, "the passage naming Homs is on screen");
    assert_eq!(second.offset_height(), 0, "a hidden passage takes no space");

    filter.0.set(vec![HTS]);
    settle().await;
    assert_eq!(hidden(), [true, true, false]);

    filter.0.set(vec![HOMS, ASSAD]);
    settle().await;
    assert_eq!(hidden(), [false, true, true], "two entities: passages naming both");

    filter.0.set(vec![HOMS, HTS]);
    settle().await;
    assert_eq!(hidden(), [true, true, true]);

    filter.clear();
    settle().await;
    assert_eq!(hidden(), [false, false, false]);
}

#[wasm_bindgen_test]
async fn filter_bar_shows_the_hint_without_a_filter() {
    let (root, _filter, _handle) = mount(|| view! { <FilterBar/> });
    let bar = one(&root, "[data-filter-bar]");
    assert!(shown_text(&bar).contains("Select a highlighted name"), "{}", shown_text(&bar));
    assert!(all(&bar, "[data-filter-entity]").is_empty());
    // The actions stay in the bar, hidden, until there is a filter to act on.
    assert!(!shown_text(&bar).contains("Show full articles"), "{}", shown_text(&bar));
}

#[wasm_bindgen_test]
async fn filter_bar_names_the_entity_its_kind_and_counts() {
    let (root, filter, _handle) = mount(|| view! { <FilterBar/> });
    let bar = one(&root, "[data-filter-bar]");

    filter.0.set(vec![ASSAD]);
    settle().await;
    let entity = one(&bar, "[data-filter-entity]");
    assert_eq!(attr(&entity, "data-filter-entity").as_deref(), Some("bashar-al-assad"));
    assert_eq!(attr(&entity, "data-kind").as_deref(), Some("person"));
    let bar_text = shown_text(&bar);
    assert!(bar_text.contains("Bashar al-Assad"), "{bar_text}");
    assert!(bar_text.contains("person"), "{bar_text}");
    assert!(!bar_text.contains("Select a highlighted name"), "the hint is gone: {bar_text}");
    let a = one(&entity, "[data-count-source=\"a.txt\"]");
    let b = one(&entity, "[data-count-source=\"b.txt\"]");
    assert!(text(&a).contains("1 mention"), "{}", text(&a));
    assert!(text(&b).contains("not mentioned"), "{}", text(&b));
    one(&bar, "button[data-clear]");

    filter.0.set(vec![HTS]);
    settle().await;
    let entity = one(&bar, "[data-filter-entity]");
    assert_eq!(attr(&entity, "data-filter-entity").as_deref(), Some("hayat-tahrir-al-sham"));
    assert_eq!(attr(&entity, "data-kind").as_deref(), Some("organization"));
    assert!(text(&entity).contains("HTS"), "the other spelling is listed: {}", text(&entity));
    assert!(text(&one(&entity, "[data-count-source=\"b.txt\"]")).contains("1 mention"));

    let clear: HtmlElement = one(&bar, "[data-clear]").unchecked_into();
    clear.click();
    settle().await;
    assert!(filter.0.get_untracked().is_empty(), "the clear button clears the filter");
    assert!(all(&bar, "[data-filter-entity]").is_empty());
    assert!(shown_text(&bar).contains("Select a highlighted name"));
    assert!(!shown_text(&bar).contains("Show full articles"));
}
