//! Parallax in the browser: mounts the app. Everything else lives in the library.

fn main() {
    parallax::start();
}

/// Talc in place of the standard allocator: smaller and quicker in the browser.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
