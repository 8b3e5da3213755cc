//! [`Follows`]: one type for every attribute that follows the state.
//!
//! Leptos compiles its code for keeping an attribute up to date (build, hydrate, update,
//! drop) once per type of the attribute's value, and every closure is a type of its own: a
//! dozen `aria-pressed=move || …` closures compiled that code a dozen times, some 1.5 KB of
//! wasm each. Boxed, they share one type, and the code is compiled once per type of output.

/// An attribute's value that follows the state, boxed so that all of them share one type.
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
