//! The root: provides state, lays out the page.

use super::filter_bar::FilterBar;
use super::live_region::LiveRegion;
use super::notice::Notice;
use super::reader::Reader;
use super::toolbar::Toolbar;
use crate::{data, state};
use leptos::prelude::*;
use parallax_analysis::Kind;

/// The whole app. Renders an error page, not a panic, if the embedded corpus is damaged.
#[component]
pub fn App() -> impl IntoView {
    let view = match data::view() {
        Ok(view) => view,
        Err(message) => {
            return view! { <main class="broken" role="alert">{message.as_str()}</main> }.into_any();
        }
    };
    state::provide(view);
    #[cfg(target_arch = "wasm32")]
    crate::browser::connect();
    view! {
        <Toolbar/>
        <FilterBar/>
        <Notice/>
        <Reader/>
        <KindNames/>
        <LiveRegion/>
    }
    .into_any()
}

/// The names of the kinds, once, for mentions to point `aria-describedby` at: a screen
/// reader then says "Homs, place" without the kind being written into the article's text.
#[component]
fn KindNames() -> impl IntoView {
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
