use parallax_analysis::fold;
use parallax_analysis::knowledge::Knowledge;
fn main() {
    let k = Knowledge::builtin();
    for w in std::env::args().skip(1) {
        let key = fold::key(&w);
        println!(
            "{w}: key={key} common={} given={} known={} place={:?} org={:?} group={} title={}",
            k.is_common_word(&w.to_lowercase()),
            k.is_given_name(&key),
            k.is_known_name(&key),
            k.place(&key),
            k.organization(&key),
            k.is_group_name(&key),
            k.is_title(&w.to_lowercase())
        );
    }
}
