//! Parallax in the browser: mounts the app. Everything else lives in the library.

fn main() {
    parallax::start();
}
