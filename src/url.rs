//! The filter in the URL, so a reader can share, bookmark and go Back through filters.
//!
//! `?e=<entity id>` filters to one entity, `?e=<id>,<id>` to passages naming both, and
//! `&s=<file>,<file>` chooses the sources side by side. Parsing never fails: whatever the
//! address holds, the result is a [`Query`] and the app reports what it could not use.

/// What the address asks for, as written (ids and file names, not yet checked).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Entity ids to filter to (the app uses at most two).
    pub entities: Vec<String>,
    /// Source file names to show side by side; empty means the default.
    pub sources: Vec<String>,
}

/// Reads a `location.search` string (with or without its `?`).
pub fn parse(search: &str) -> Query {
    let mut query = Query::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let list = || value.split(',').map(decode).filter(|v| !v.is_empty());
        match name {
            "e" => query.entities.extend(list()),
            "s" => query.sources.extend(list()),
            _ => {}
        }
    }
    query
}

/// Writes a query as a `search` string: empty when there is nothing to say, so the plain
/// address stays plain.
pub fn to_search(query: &Query) -> String {
    let mut parts = Vec::new();
    if !query.entities.is_empty() {
        parts.push(format!("e={}", join(&query.entities)));
    }
    if !query.sources.is_empty() {
        parts.push(format!("s={}", join(&query.sources)));
    }
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

fn join(values: &[String]) -> String {
    values.iter().map(|v| encode(v)).collect::<Vec<_>>().join(",")
}

/// Percent-encodes everything but unreserved characters, so any file name survives.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes are kept as written rather than rejected.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_entities_and_sources() {
        let query = parse("?e=hts,homs&s=000_a.txt,002_b.txt&x=1");
        assert_eq!(query.entities, ["hts", "homs"]);
        assert_eq!(query.sources, ["000_a.txt", "002_b.txt"]);
        assert_eq!(parse(""), Query::default());
        assert_eq!(parse("?"), Query::default());
        assert_eq!(parse("?e="), Query::default());
    }

    #[test]
    fn malformed_input_is_kept_not_rejected() {
        assert_eq!(parse("?e=%ZZ").entities, ["%ZZ"]);
        assert_eq!(parse("?e=%").entities, ["%"]);
        assert_eq!(parse("?e=%4").entities, ["%4"]);
        assert_eq!(parse("?e=%FF").entities, ["\u{FFFD}"]);
        assert_eq!(parse("?=&&e").entities, Vec::<String>::new());
    }

    #[test]
    fn plain_state_is_a_plain_address() {
        assert_eq!(to_search(&Query::default()), "");
        let query = Query { entities: vec!["al-assad".into()], sources: vec![] };
        assert_eq!(to_search(&query), "?e=al-assad");
    }

    proptest! {
        #[test]
        fn round_trips(entities in prop::collection::vec("[^,]{1,12}", 0..3), sources in prop::collection::vec("[^,]{1,12}", 0..3)) {
            let query = Query { entities, sources };
            prop_assert_eq!(parse(&to_search(&query)), query);
        }

        #[test]
        fn never_panics(search in ".*") {
            let _ = parse(&search);
        }
    }
}
