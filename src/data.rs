//! The view the build step analysed, embedded in the binary and decoded once at start-up.

use parallax_analysis::View;
use std::sync::OnceLock;

/// The bytes `build.rs` wrote: the analysed seeds, postcard-encoded.
static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/view.bin"));

/// The embedded view, decoded on first use and kept for the life of the page.
///
/// An undecodable view is a build defect, not user input; it shows as an empty reader with
/// an error notice rather than a crash. The notice does not say what postcard found wrong:
/// a reader can do nothing with it, and its messages would add their text to the wasm (the
/// native tests decode the same bytes and report the details).
pub fn view() -> &'static Result<View, String> {
    static VIEW: OnceLock<Result<View, String>> = OnceLock::new();
    VIEW.get_or_init(|| {
        View::from_bytes(BYTES).map_err(|_| "the embedded corpus is damaged: rebuild the site".to_owned())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_view_decodes_and_has_the_seeds() {
        // Decoded here directly, so a failure shows postcard's own message.
        let view = parallax_analysis::View::from_bytes(super::BYTES).unwrap();
        assert!(super::view().is_ok());
        assert!(!view.sources.is_empty());
        assert!(
            view.sources
                .iter()
                .all(|s| std::path::Path::new(&s.file).extension().is_some_and(|e| e == "txt"))
        );
    }
}
