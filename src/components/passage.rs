//! One passage: the original text with its mentions as buttons.

use super::mention::Mention;
use crate::state::{Filter, passage_shows};
use leptos::either::{Either, EitherOf3};
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
                Segment::Text(text) => Either::Left(text),
                Segment::Mention(text, entity) => Either::Right(view! { <Mention text entity/> }),
            })
            .collect_view()
    };
    let role = passage.role.as_str();
    // `Either`, not `into_any`, which would compile an async hydration this app never runs.
    // Headlines and headings are both one level under the source's own heading (h2), so
    // the outline has no gap in sources without a headline.
    match passage.role {
        Role::Headline | Role::Heading => EitherOf3::A(view! {
            <h3 class="passage" data-passage data-role=role hidden=hidden>{content()}</h3>
        }),
        Role::Furniture => EitherOf3::B(view! {
            <p class="passage" data-passage data-role=role hidden=hidden title="Page furniture picked up by the scraper">
                {content()}
            </p>
        }),
        _ => EitherOf3::C(
            view! { <p class="passage" data-passage data-role=role hidden=hidden>{content()}</p> },
        ),
    }
}
