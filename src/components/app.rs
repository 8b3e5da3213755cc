//! The root: provides state, lays out the page.

use super::filter_bar::FilterBar;
use super::index::EntityIndex;
use super::live_region::LiveRegion;
use super::notice::Notice;
use super::reader::Reader;
use super::shortcuts::Shortcuts;
use super::source_chooser::SourceChooser;
use super::source_tabs::SourceTabs;
use super::toolbar::Toolbar;
use crate::{data, state};
use leptos::either::Either;
use leptos::prelude::*;
use parallax_analysis::Kind;

/// The whole app. Renders an error page, not a panic, if the embedded corpus is damaged.
#[component]
pub fn App() -> impl IntoView {
    let view = match data::view() {
        Ok(view) => view,
        Err(message) => {
            // `Either`, not `into_any`: erasing the page's type would compile an async
            // hydration of the whole tree that this app never runs.
            return Either::Left(view! { <main class="broken" role="alert">{message.as_str()}</main> });
        }
    };
    state::provide(view);
    #[cfg(target_arch = "wasm32")]
    crate::browser::connect();
    Either::Right(view! {
        <Toolbar/>
        <FilterBar/>
        <Notice/>
        <SourceChooser/>
        <SourceTabs/>
        <Reader/>
        <EntityIndex/>
        <Shortcuts/>
        <KindNames/>
        <LiveRegion/>
    })
}

/// The names of the kinds, once, for mentions to point `aria-describedby` at: a screen
/// reader then says "Homs, place" without the kind being written into the article's text.
#[component]
pub fn KindNames() -> impl IntoView {
    view! {
        <div hidden>
            {Kind::ALL
                .iter()
                .map(|kind| view! { <span id=kind_label_id(*kind)>{kind.as_str()}</span> })
                .collect_view()}
        </div>
    }
}

/// The id of the hidden element naming a kind.
pub fn kind_label_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "kind-person",
        Kind::Organization => "kind-organization",
        Kind::Place => "kind-place",
        Kind::Group => "kind-group",
    }
}
