//! [`Fresh`]: a view that is rendered anew, never diffed, when the closure returning it runs
//! again.
//!
//! When a reactive closure (`move || view! { … }`) runs again, Leptos updates the DOM it
//! rendered before by diffing the new view against it (`Render::rebuild`), which compiles a
//! diff of that view's whole type into the wasm: for a panel, a list or the filter bar, as
//! much code again as rendering it. Everything this app re-renders is small and changes
//! rarely (a panel opens, the sources shown change, the filter bar names another entity), so
//! it is cheaper in bytes to render it again and swap it in. Wrapping the closure's result in
//! `Fresh` does that: the view's own `build` (and `hydrate` for the first render of the
//! prerendered page) are all that is compiled.
//!
//! [`Later`] goes one step further for what the prerendered page never shows (a panel
//! opened, a filter set, a card): it hydrates as the nothing the page was prerendered with,
//! so its view's `hydrate` is not compiled either, only its `build`.

use leptos::either::Either;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml, close_branch_marker};

/// A view that replaces what it rendered before instead of diffing against it.
pub struct Fresh<V>(pub V);

impl<V: Render> Render for Fresh<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl<V: RenderHtml> RenderHtml for Fresh<V> {
    type AsyncOutput = V::AsyncOutput;
    type Owned = Fresh<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;
    const EXISTS: bool = V::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate_async(cursor, position).await
    }

    fn into_owned(self) -> Self::Owned {
        Fresh(self.0.into_owned())
    }
}

impl<V: AddAnyAttr> AddAnyAttr for Fresh<V> {
    type Output<SomeNewAttr: Attribute> = Fresh<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Fresh(self.0.add_any_attr(attr))
    }
}

/// A view that is absent when the page is prerendered (nothing is filtered, no panel or card
/// is open) and rendered anew, like [`Fresh`], whenever it changes.
///
/// Only for what every prerendered page lacks: it hydrates as absent. Should it be present
/// at hydration after all, it is built then, and the page shows it.
pub struct Later<V>(pub Option<V>);

impl<V: Render> Render for Later<V> {
    type State = <Option<V> as Render>::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        Fresh(self.0).rebuild(state);
    }
}

impl<V: RenderHtml> RenderHtml for Later<V> {
    type AsyncOutput = Option<V::AsyncOutput>;
    type Owned = Later<V::Owned>;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        // What `Option`'s hydration does for `None`, without compiling its `Some` branch.
        let mut state = Either::Right(RenderHtml::hydrate::<FROM_SERVER>((), cursor, position));
        close_branch_marker(position);
        if self.0.is_some() {
            self.rebuild(&mut state);
        }
        state
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        Later(self.0.map(RenderHtml::into_owned))
    }
}

impl<V: AddAnyAttr> AddAnyAttr for Later<V> {
    type Output<SomeNewAttr: Attribute> = Later<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Later(self.0.map(|v| v.add_any_attr(attr)))
    }
}
