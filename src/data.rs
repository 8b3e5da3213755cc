//! The view the build step analysed, embedded in the binary and decoded once at start-up.

use parallax_analysis::View;
use std::sync::OnceLock;

/// The bytes `build.rs` wrote: the analysed seeds, postcard-encoded.
static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/view.bin"));

/// The embedded view, decoded on first use and kept for the life of the page.
///
/// An undecodable view is a build defect, not user input; it shows as an empty reader with
/// an error notice rather than a crash.
pub fn view() -> &'static Result<View, String> {
    static VIEW: OnceLock<Result<View, String>> = OnceLock::new();
    VIEW.get_or_init(|| View::from_bytes(BYTES).map_err(|e| format!("the embedded corpus is damaged: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_view_decodes_and_has_the_seeds() {
        let view = super::view().as_ref().unwrap();
        assert!(!view.sources.is_empty());
        assert!(
            view.sources
                .iter()
                .all(|s| std::path::Path::new(&s.file).extension().is_some_and(|e| e == "txt"))
        );
    }
}
