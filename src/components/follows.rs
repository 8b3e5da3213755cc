//! [`Follows`]: one type for every attribute or text that follows the state.
//!
//! Leptos compiles its code for keeping an attribute or a text up to date (build, hydrate,
//! update, drop) once per type of value, and every closure is a type of its own: the app's
//! `aria-pressed=move || …`, `hidden=move || …` and counts compiled that code once each.
//! Boxed, they share one type per kind of output (0.7 KB gzip less in all).

/// A value that follows the state, boxed so that all of one output type share one type.
pub type Follows<T> = Box<dyn Fn() -> T + Send + Sync>;

/// A text or attribute that follows the state.
pub fn follows<T>(value: impl Fn() -> T + Send + Sync + 'static) -> Follows<T> {
    Box::new(value)
}

/// `"true"` or `"false"` as `when` says: for `aria-pressed` and `aria-expanded`.
pub fn state_of(when: impl Fn() -> bool + Send + Sync + 'static) -> Follows<&'static str> {
    Box::new(move || if when() { "true" } else { "false" })
}

/// Whether an element is hidden: for `hidden`.
pub fn hidden_when(when: impl Fn() -> bool + Send + Sync + 'static) -> Follows<bool> {
    Box::new(when)
}
