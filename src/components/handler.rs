//! [`handler`]: one type for every event handler of an event type.
//!
//! Leptos compiles the code that attaches an event handler once per handler type, and every
//! closure is a type of its own. Boxed, the app's click handlers share one type, its input
//! handlers another, and so on (1 KB gzip less in all).

/// An event handler, boxed so that all handlers of one event type share one type.
pub fn handler<E: 'static>(handler: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(handler)
}
