//! One passage: the original text with its mentions as buttons.

use super::mention::Mention;
use crate::state::{Filter, passage_shows};
use leptos::prelude::*;
use parallax_analysis::{PassageView, Role, Segment};

/// A passage in its role's element, hidden when a filter is on and it does not name the
/// filtered entities. The text is the article's own, split only where mentions begin and end.
#[component]
pub fn Passage(
    /// The passage to show.
    passage: &'static PassageView,
) -> impl IntoView {
    let filter: Filter = expect_context();
    let hidden = move || filter.0.with(|f| !passage_shows(f, |e| passage.names(e)));
    let content = move || {
        passage
            .segments()
            .into_iter()
            .map(|segment| match segment {
                Segment::Text(text) => text.into_any(),
                Segment::Mention(text, entity) => view! { <Mention text entity/> }.into_any(),
            })
            .collect_view()
    };
    let role = passage.role.as_str();
    match passage.role {
        Role::Headline => view! { <h3 class="passage" data-passage data-role=role hidden=hidden>{content()}</h3> }.into_any(),
        Role::Heading => view! { <h4 class="passage" data-passage data-role=role hidden=hidden>{content()}</h4> }.into_any(),
        Role::Furniture => view! {
            <p class="passage" data-passage data-role=role hidden=hidden title="Page furniture picked up by the scraper">
                {content()}
            </p>
        }
        .into_any(),
        _ => view! { <p class="passage" data-passage data-role=role hidden=hidden>{content()}</p> }.into_any(),
    }
}
