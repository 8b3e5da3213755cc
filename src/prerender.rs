//! Rendering the app to HTML at build time (the `ssr` feature), for the prerendered page.

use crate::App;
use leptos::prelude::*;

/// The mount point in `index.html` that the rendered app fills.
const MOUNT: &str = r#"<div id="app"></div>"#;

/// The page with the rendered app inside its mount point and its inline styles minified.
///
/// # Errors
/// If the page has no empty `<div id="app"></div>` to fill.
pub fn into_page(page: &str) -> Result<String, String> {
    if !page.contains(MOUNT) {
        return Err(format!("no empty {MOUNT} to render into"));
    }
    let html = Owner::new().with(|| view! { <App/> }.to_html());
    let page = page.replacen(MOUNT, &format!(r#"<div id="app">{html}</div>"#), 1);
    Ok(minify_styles(&page))
}

/// Removes comments and runs of whitespace from the page's `<style>` blocks, which Trunk
/// inlines as written. CSS here has no strings containing `/*` or significant runs of spaces.
fn minify_styles(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(open) = rest.find("<style") {
        let Some(body_start) = rest[open..].find('>').map(|i| open + i + 1) else { break };
        let Some(close) = rest[body_start..].find("</style>").map(|i| body_start + i) else { break };
        out.push_str(&rest[..body_start]);
        out.push_str(&minify_css(&rest[body_start..close]));
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            c => {
                // A space matters only between two things that are not punctuation (`a b`,
                // `0 1px`), never next to `{ } ; : ,`.
                let punct = |p: char| matches!(p, '{' | '}' | ';' | ':' | ',');
                let keep = pending_space
                    && !out.is_empty()
                    && !out.ends_with(punct)
                    && !matches!(c, '{' | '}' | ';' | ',');
                if keep {
                    out.push(' ');
                }
                pending_space = false;
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_minifies_without_changing_meaning() {
        let css = "/* why */\n.a b {\n  margin: 0 1px;\n  color: red;\n}\n@media (max-width: 900px) { .c { top: 0 } }\n.d::before { content: \", \"; }\n.e :focus { x: y }";
        assert_eq!(
            minify_css(css),
            ".a b{margin:0 1px;color:red;}@media (max-width:900px){.c{top:0}}.d::before{content:\", \";}.e :focus{x:y}"
        );
    }
}
