//! One passage: the original text with its mentions as buttons.

use super::follows::hidden_when;
use super::mention::Mention;
use crate::state::Filter;
use leptos::either::Either;
use leptos::html::custom;
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
    // Re-runs only when this passage starts or stops showing (see `Filter::shows`).
    let shows = filter.shows(passage);
    let content = passage
        .segments()
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => Either::Left(text),
            Segment::Mention(text, entity) => Either::Right(view! { <Mention text entity/> }),
        })
        .collect_view();
    // Headlines and headings are both one level under the source's own heading (h2), so the
    // outline has no gap in sources without a headline. One element type whatever the tag:
    // an `Either` of three element types would compile the passage's rendering three times.
    let tag = if matches!(passage.role, Role::Headline | Role::Heading) { "h3" } else { "p" };
    let title = (passage.role == Role::Furniture).then_some("Page furniture picked up by the scraper");
    custom(tag)
        .attr("class", "passage")
        .attr("data-passage", "")
        .attr("data-role", passage.role.as_str())
        .attr("hidden", hidden_when(move || !shows()))
        .attr("title", title)
        .child(content)
}
