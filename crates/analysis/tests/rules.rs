//! The recogniser's rules, each on its own: small texts and the names and links they must
//! give. One test per rule, named after it.

#![allow(clippy::unwrap_used, reason = "a failed unwrap in a test is a failed test")]

use parallax_analysis::article::Article;
use parallax_analysis::{Corpus, Kind};

/// Analyses texts as one corpus (file names `a.txt`, `b.txt`, …).
fn corpus(texts: &[&str]) -> Corpus {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Article::from_text(&format!("{}.txt", char::from(b'a' + i as u8)), text))
        .collect();
    Corpus::from_articles(articles)
}

/// Every mention as (text, kind).
fn mentions(corpus: &Corpus) -> Vec<(String, Kind)> {
    corpus.mentions.iter().map(|m| (corpus.text_of(m).to_owned(), corpus.entities[m.entity].kind)).collect()
}

fn names(texts: &[&str]) -> Vec<(String, Kind)> {
    mentions(&corpus(texts))
}

fn has(found: &[(String, Kind)], text: &str, kind: Kind) -> bool {
    found.iter().any(|(t, k)| t == text && *k == kind)
}

/// Whether some mention has exactly this text, whatever its kind: for rules about spans.
fn spans(found: &[(String, Kind)], text: &str) -> bool {
    found.iter().any(|(t, _)| t == text)
}

fn lacks(found: &[(String, Kind)], text: &str) -> bool {
    found.iter().all(|(t, _)| t != text)
}

/// Whether every listed spelling is a mention of one and the same entity.
fn linked(corpus: &Corpus, spellings: &[&str]) -> bool {
    let entity_of = |text: &str| corpus.mentions.iter().find(|m| corpus.text_of(m) == text).map(|m| m.entity);
    let first = entity_of(spellings[0]);
    first.is_some() && spellings.iter().all(|s| entity_of(s) == first)
}

fn apart(corpus: &Corpus, a: &str, b: &str) -> bool {
    let entity_of = |text: &str| corpus.mentions.iter().find(|m| corpus.text_of(m) == text).map(|m| m.entity);
    entity_of(a).is_some() && entity_of(b).is_some() && entity_of(a) != entity_of(b)
}

#[test]
fn titles_are_not_part_of_names() {
    let found = names(&[
        "Opposition forces want to overthrow President Bashar al-Assad, and Defense Minister Ali Abbas disagreed.",
    ]);
    assert!(has(&found, "Bashar al-Assad", Kind::Person), "{found:?}");
    assert!(has(&found, "Ali Abbas", Kind::Person), "{found:?}");
    assert!(lacks(&found, "President Bashar al-Assad") && lacks(&found, "Defense"), "{found:?}");
}

#[test]
fn a_title_inside_a_run_splits_it() {
    let found = names(&[
        "The damage was severe, Kharkiv Mayor Ihor Terekhov said, and NATO Secretary-General Mark Rutte agreed.",
    ]);
    assert!(has(&found, "Kharkiv", Kind::Place), "{found:?}");
    assert!(has(&found, "Ihor Terekhov", Kind::Person), "{found:?}");
    assert!(has(&found, "NATO", Kind::Organization), "{found:?}");
    assert!(has(&found, "Mark Rutte", Kind::Person), "{found:?}");
}

#[test]
fn a_chain_of_role_words_before_a_name_is_a_title() {
    let found =
        names(&["Presidents Sadyr Japarov and Emomali Rahmon met. State Governor Abba Kabir Yusuf agreed, \
         and Union Road Transport Minister Nitin Gadkari and Sub-Divisional Officer Priya Ranjan spoke."]);
    for name in ["Sadyr Japarov", "Abba Kabir Yusuf", "Nitin Gadkari", "Priya Ranjan"] {
        assert!(spans(&found, name), "{name}: {found:?}");
    }
    assert!(lacks(&found, "Sub") && lacks(&found, "Union Road"), "{found:?}");
}

#[test]
fn a_name_particle_is_no_legal_form() {
    let found = names(&["Milei clashed with President Luiz Inácio Lula da Silva in Brasília."]);
    assert!(spans(&found, "Luiz Inácio Lula da Silva"), "{found:?}");
}

#[test]
fn a_role_noun_before_a_full_name_is_no_part_of_it() {
    let found = names(&[
        "Families queued at the plaza. Volunteer Jun-Jun Tecson, 24, said so, and Comrade Kabiru Ado Minjibir agreed with New Delhi.",
    ]);
    assert!(spans(&found, "Jun-Jun Tecson") && spans(&found, "Kabiru Ado Minjibir"), "{found:?}");
    assert!(spans(&found, "New Delhi"), "{found:?}");
}

#[test]
fn an_abbreviated_title_is_no_name() {
    let found = names(&[
        "Sen. Paolo Villacorta said the Senate would act. She was born to parents from Mayo. In May she left.",
    ]);
    assert!(lacks(&found, "Sen") && spans(&found, "Paolo Villacorta"), "{found:?}");
    assert!(spans(&found, "Mayo"), "{found:?}");
}

#[test]
fn chairman_and_an_acronym_title_are_titles() {
    let found =
        names(&["The talks began when MHP Chairman Devlet Bahçeli spoke, and CEO Kit Brennan agreed."]);
    assert!(spans(&found, "MHP") && spans(&found, "Devlet Bahçeli"), "{found:?}");
    assert!(spans(&found, "Kit Brennan") && lacks(&found, "CEO Kit Brennan"), "{found:?}");
}

#[test]
fn an_organisation_before_a_title_and_a_person_is_split_off() {
    let found = names(&[
        "Hanbit Telecom CEO Kit Brennan apologized, and the Bank of England Governor Andrew Bailey agreed.",
    ]);
    assert!(spans(&found, "Hanbit Telecom") && spans(&found, "Kit Brennan"), "{found:?}");
    assert!(spans(&found, "Bank of England") && spans(&found, "Andrew Bailey"), "{found:?}");
}

#[test]
fn an_organisation_right_before_a_persons_name_is_apart_from_it() {
    let found = names(&[
        "Official spokeswoman of the Russian Foreign Ministry Maria Zakharova said on Telegram that \
         the West was to blame. The Bill and Melinda Gates Foundation gave money.",
    ]);
    assert!(has(&found, "Russian Foreign Ministry", Kind::Organization), "{found:?}");
    assert!(has(&found, "Maria Zakharova", Kind::Person), "{found:?}");
    // An organisation named after a person stays whole.
    assert!(spans(&found, "Bill and Melinda Gates Foundation"), "{found:?}");
}

#[test]
fn a_role_at_the_end_of_a_run_names_no_one() {
    let found =
        names(&["By Jerome Villanueva\nSenior Reporter\n\nThe UN Secretary-General, Antonio Guterres, \
         welcomed it. Cebu City Mayor Ernesto Lapitan and the United Nations agreed."]);
    for name in
        ["Jerome Villanueva", "UN", "Antonio Guterres", "Cebu City", "Ernesto Lapitan", "United Nations"]
    {
        assert!(spans(&found, name), "{name}: {found:?}");
    }
    assert!(lacks(&found, "Reporter") && lacks(&found, "UN Secretary-General"), "{found:?}");
}

#[test]
fn possessives_stay_outside_names() {
    let found = names(&[
        "Bashar al-Assad lost ground. Opposition fighters reached Syria’s Homs and Assad's strongholds.",
    ]);
    assert!(has(&found, "Syria", Kind::Place) && has(&found, "Assad", Kind::Person), "{found:?}");
    assert!(has(&found, "Homs", Kind::Place), "{found:?}");
}

#[test]
fn capitalised_words_at_a_sentence_start_are_not_names() {
    let found =
        names(&["Opposition fighters advanced. Fearing the advance, residents fled. Many left Homs."]);
    assert!(lacks(&found, "Opposition") && lacks(&found, "Fearing") && lacks(&found, "Many"), "{found:?}");
    assert!(has(&found, "Homs", Kind::Place), "{found:?}");
}

#[test]
fn a_name_inside_an_organisation_belongs_to_it() {
    let found =
        names(&["According to the Syrian Observatory for Human Rights, Syrian rebels took the town."]);
    assert!(has(&found, "Syrian Observatory for Human Rights", Kind::Organization), "{found:?}");
    assert_eq!(found.iter().filter(|(t, _)| t == "Syrian").count(), 1, "{found:?}");
    assert!(has(&found, "Syrian", Kind::Group), "{found:?}");
}

#[test]
fn the_adjective_of_an_official_name_is_a_nationality() {
    // "Kyrgyz" is in no demonym column (which has "Kirghiz"), only in "Kyrgyz Republic".
    let c = corpus(&[
        "All 10 Kyrgyz on the bus were released. Kyrgyzstan said the Kyrgyz were safe, and the Kyrgyz Republic thanked Bishkek's allies.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Kyrgyz", Kind::Group), "{found:?}");
    assert!(apart(&c, "Kyrgyz", "Kyrgyzstan"), "{found:?}");
    assert!(linked(&c, &["Kyrgyzstan", "Kyrgyz Republic"]), "{found:?}");
}

#[test]
fn nationalities_and_communities_are_groups() {
    let found = names(&[
        "Members of the Alawite minority fled, while many Christians and Ismaili Muslims stayed with Russian support.",
    ]);
    for (name, kind) in [
        ("Alawite", Kind::Group),
        ("Christians", Kind::Group),
        ("Ismaili Muslims", Kind::Group),
        ("Russian", Kind::Group),
    ] {
        assert!(has(&found, name, kind), "{name}: {found:?}");
    }
}

#[test]
fn hyphenated_names_split_at_known_parts() {
    let found = names(&["Israeli strikes hit the Syria-Lebanon border and Iran-backed militias."]);
    assert!(has(&found, "Syria", Kind::Place) && has(&found, "Lebanon", Kind::Place), "{found:?}");
    assert!(has(&found, "Iran", Kind::Place) && lacks(&found, "Iran-backed"), "{found:?}");
}

#[test]
fn a_romanised_syllable_after_a_hyphen_stays_in_the_name() {
    let found = names(&[
        "President Lai Ching-te met Lin Yi-wen, and Chen Yu-ting said Hong Kong-based firms and the Iran-backed group agreed.",
    ]);
    for name in ["Lai Ching-te", "Lin Yi-wen", "Chen Yu-ting"] {
        assert!(spans(&found, name), "{name}: {found:?}");
    }
    assert!(spans(&found, "Hong Kong") && spans(&found, "Iran"), "{found:?}");
}

#[test]
fn a_hyphenated_compound_stays_whole_when_a_side_cannot_stand_alone() {
    let found = names(&[
        "A driver from Ak-Sai told Asia-Plus that flights at Mactan-Cebu International Airport resumed after Syria-Lebanon talks.",
    ]);
    for name in ["Ak-Sai", "Asia-Plus", "Mactan-Cebu International Airport", "Syria", "Lebanon"] {
        assert!(spans(&found, name), "{name}: {found:?}");
    }
    assert!(lacks(&found, "Sai") && lacks(&found, "Plus"), "{found:?}");
}

#[test]
fn a_turkic_patronymic_closes_a_name() {
    let found = names(&["At the front was Bakyt Nurlan uulu, 47, and Aizada Tursunbek kyzy wrote it."]);
    assert!(spans(&found, "Bakyt Nurlan uulu") && spans(&found, "Aizada Tursunbek kyzy"), "{found:?}");
}

#[test]
fn an_organisation_word_heads_a_name_and_is_no_title() {
    let found =
        names(&["It was prepared with the support of Radio Azattyk and heard on BBC Radio Northampton."]);
    assert!(spans(&found, "Radio Azattyk") && lacks(&found, "Azattyk"), "{found:?}");
    assert!(spans(&found, "BBC Radio Northampton"), "{found:?}");
}

#[test]
fn a_compass_word_before_a_name_stays_in_title_case() {
    let found =
        names(&["WORLD | WEST AFRICA\n\nMissiles From North Korea Hit Sea\n\nTrade in West Africa grew."]);
    assert!(spans(&found, "WEST AFRICA") && lacks(&found, "AFRICA"), "{found:?}");
    assert!(spans(&found, "North Korea") && lacks(&found, "Korea"), "{found:?}");
}

#[test]
fn two_nationalities_joined_are_two_groups() {
    let found = names(&["Chinese-Filipino businessmen in Cebu pooled money for Guinea-Bissau."]);
    assert!(has(&found, "Chinese", Kind::Group) && has(&found, "Filipino", Kind::Group), "{found:?}");
    assert!(lacks(&found, "Chinese-Filipino") && spans(&found, "Guinea-Bissau"), "{found:?}");
}

#[test]
fn a_connector_between_hyphens_joins_a_name() {
    let found = names(&["Fighters of Tehreek-e-Taliban Pakistan attacked a post near the border."]);
    assert!(has(&found, "Tehreek-e-Taliban Pakistan", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Taliban Pakistan") && lacks(&found, "Tehreek"), "{found:?}");
}

#[test]
fn a_faction_letter_stays_with_its_acronym() {
    let found = names(&["The PML-N leader met voters on Sunday."]);
    assert!(has(&found, "PML-N", Kind::Organization) && lacks(&found, "PML"), "{found:?}");
}

#[test]
fn hyphenated_compass_words_stay_together() {
    let found = names(&["The region was known until 2010 as the North-West Frontier Province."]);
    assert!(has(&found, "North-West Frontier Province", Kind::Place), "{found:?}");
    assert!(lacks(&found, "North"), "{found:?}");
}

#[test]
fn and_continues_a_ministrys_complement() {
    let found = names(&["The Ministry of Refugees and Repatriation said 4,100 people had returned."]);
    assert!(has(&found, "Ministry of Refugees and Repatriation", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Repatriation"), "{found:?}");
}

#[test]
fn and_continues_a_longer_complement() {
    let found = names(&[
        "Officials of the Department of Public Works and Highways met the Ministry of Road Transport and Highways.",
    ]);
    assert!(spans(&found, "Department of Public Works and Highways"), "{found:?}");
    assert!(
        spans(&found, "Ministry of Road Transport and Highways") && lacks(&found, "Highways"),
        "{found:?}"
    );
}

#[test]
fn on_joins_after_an_organisation_word() {
    let found = names(&["She asked the Commission on Audit to act, and the Commission on Monday agreed."]);
    assert!(spans(&found, "Commission on Audit") && lacks(&found, "Audit"), "{found:?}");
    assert!(lacks(&found, "Commission on Monday"), "{found:?}");
}

#[test]
fn a_titles_portfolio_is_no_name() {
    let found = names(&["The Minister of Labour and Employment spoke, and the Governor of Kano listened."]);
    assert!(lacks(&found, "Labour") && lacks(&found, "Employment"), "{found:?}");
    assert!(spans(&found, "Kano"), "{found:?}");
}

#[test]
fn an_abbreviated_suffix_keeps_its_full_stop() {
    let found = names(&[
        "The contractor, Gangotri Infracon Pvt. Ltd., did not respond. President Ferdinand Marcos Jr. spoke to Pope Leo III.",
    ]);
    assert!(spans(&found, "Gangotri Infracon Pvt. Ltd.") && lacks(&found, "Ltd."), "{found:?}");
    assert!(spans(&found, "Ferdinand Marcos Jr."), "{found:?}");
    assert!(lacks(&found, "Leo III."), "{found:?}");
}

#[test]
fn a_possessive_of_people_or_a_title_inside_an_organisations_name() {
    let found = names(&[
        "He heads the Kinmen Fishermen's Association. Families got money from the Prime Minister's National Relief Fund, and Kinmen fishermen's boats sailed.",
    ]);
    assert!(spans(&found, "Kinmen Fishermen's Association"), "{found:?}");
    assert!(spans(&found, "Prime Minister's National Relief Fund"), "{found:?}");
    assert!(spans(&found, "Kinmen"), "{found:?}");
}

#[test]
fn a_designator_makes_another_place() {
    let c = corpus(&["Fighters entered Hama, and the army struck targets in Hama province."]);
    let found = mentions(&c);
    assert!(has(&found, "Hama", Kind::Place) && has(&found, "Hama province", Kind::Place), "{found:?}");
    assert!(apart(&c, "Hama", "Hama province"));
}

#[test]
fn a_family_is_not_the_person() {
    let c = corpus(&["The coast is a bastion of the al-Assad clan. Bashar al-Assad ruled for years."]);
    assert!(has(&mentions(&c), "al-Assad clan", Kind::Group));
    assert!(apart(&c, "al-Assad clan", "Bashar al-Assad"));
}

#[test]
fn surnames_link_to_the_full_name() {
    let c = corpus(&[
        "Aron Lund, a fellow of the Century International think tank, spoke. Lund said it was over.",
    ]);
    assert!(linked(&c, &["Aron Lund", "Lund"]));
    assert!(has(&mentions(&c), "Century International", Kind::Organization));
}

#[test]
fn a_surname_that_is_also_a_large_citys_name_is_the_person() {
    let c = corpus(&["Energy Minister Carla Mendoza met the strikers. Mendoza said the talks would resume."]);
    assert!(linked(&c, &["Carla Mendoza", "Mendoza"]), "{:?}", c.entities);
    assert!(has(&mentions(&c), "Mendoza", Kind::Person), "{:?}", mentions(&c));
}

#[test]
fn romanisations_link_across_sources() {
    let c = corpus(&[
        "Abu Mohammed al-Jolani spoke. Later al-Jolani left for Talbisseh.",
        "Abu Mohammed al-Golani spoke from Talbisa, where al-Golani's men were.",
    ]);
    assert!(linked(&c, &["Abu Mohammed al-Jolani", "al-Jolani", "Abu Mohammed al-Golani", "al-Golani"]));
    assert!(linked(&c, &["Talbisseh", "Talbisa"]));
    // One name written with and without a space.
    let c = corpus(&["Analysts at JP Morgan expect a deal.", "JPMorgan said reserves would recover."]);
    assert!(linked(&c, &["JP Morgan", "JPMorgan"]), "{:?}", c.entities);
}

#[test]
fn a_mountain_is_named_with_mount_or_without() {
    let c = corpus(&[
        "Mount Lewotobi Laki-laki erupted again on Friday.",
        "Ash from Mt Lewotobi Laki-Laki fell on Maumere. Lewotobi Lakilaki is one of two peaks.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Mount Lewotobi Laki-laki", Kind::Place), "{found:?}");
    assert!(
        linked(&c, &["Mount Lewotobi Laki-laki", "Mt Lewotobi Laki-Laki", "Lewotobi Lakilaki"]),
        "{:?}",
        c.entities
    );
}

#[test]
fn an_acronym_defined_in_brackets_is_the_same_organisation() {
    let c = corpus(&["The alliance is led by “Hayat Tahrir al-Sham” (HTS).", "HTS said it would advance."]);
    assert!(linked(&c, &["Hayat Tahrir al-Sham", "HTS"]));
    assert!(has(&mentions(&c), "Hayat Tahrir al-Sham", Kind::Organization));
}

#[test]
fn an_acronym_spelling_initials_is_the_same_organisation() {
    let c = corpus(&[
        "The United Nations said the violence displaced thousands. UN chief Antonio Guterres spoke.",
    ]);
    assert!(linked(&c, &["United Nations", "UN"]));
    assert!(has(&mentions(&c), "Antonio Guterres", Kind::Person));
}

#[test]
fn a_countrys_other_names_link_to_it() {
    // From WordNet's country synsets: names the country lists lack.
    let c = corpus(&["Britain sent envoys; the UK said talks would resume.", "The U.K. agreed."]);
    assert!(linked(&c, &["Britain", "UK", "U.K."]));
}

#[test]
fn an_organisation_links_to_its_name_with_what_it_belongs_to() {
    let c = corpus(&[
        "The Taiwan Affairs Office of the State Council condemned the visit.",
        "A spokeswoman for the Taiwan Affairs Office said the boat was seized.",
    ]);
    assert!(
        linked(&c, &["Taiwan Affairs Office of the State Council", "Taiwan Affairs Office"]),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_name_opening_with_an_acronym_is_the_name_opening_with_its_words() {
    let c = corpus(&[
        "Belgrade asked the United Nations Security Council to meet.",
        "Serbia cited a UN Security Council resolution.",
    ]);
    assert!(linked(&c, &["United Nations Security Council", "UN Security Council"]), "{:?}", c.entities);
}

#[test]
fn a_party_named_for_what_it_stands_for_is_one_name() {
    let c = corpus(&[
        "Okiya Omtatah now leads the Democracy for Citizens Party (DCP). Minister for Energy Opiyo Wandayi spoke.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Democracy for Citizens Party", Kind::Organization), "{found:?}");
    assert!(linked(&c, &["Democracy for Citizens Party", "DCP"]), "{:?}", c.entities);
    // A title's "for" stays out of a name.
    assert!(lacks(&found, "Minister for Energy"), "{found:?}");
}

#[test]
fn a_newspaper_named_after_its_city_goes_by_the_rest_of_its_name() {
    let c = corpus(&["NIAMEY (Niamey Echo) - The junta spoke. The Echo learned that staff had left."]);
    assert!(linked(&c, &["Niamey Echo", "Echo"]), "{:?}", c.entities);
}

#[test]
fn a_community_of_states_is_one_organisation() {
    let c = corpus(&[
        "Niger left the Economic Community of West African States (ECOWAS) last year. ECOWAS said so.",
    ]);
    assert!(spans(&mentions(&c), "Economic Community of West African States"), "{:?}", mentions(&c));
    assert!(linked(&c, &["Economic Community of West African States", "ECOWAS"]), "{:?}", c.entities);
}

#[test]
fn a_short_form_links_to_its_organisation() {
    let c = corpus(&[
        "The Syrian Observatory for Human Rights counted the dead. The Observatory said 826 people died.",
    ]);
    assert!(linked(&c, &["Syrian Observatory for Human Rights", "Observatory"]));
}

#[test]
fn a_stated_real_name_is_the_same_person() {
    let c = corpus(&[
        "HTS leader Abu Mohammed al-Jolani spoke.\n\nIn a message on Telegram he used his real name, Ahmed al-Sharaa, for the first time.",
    ]);
    assert!(linked(&c, &["Abu Mohammed al-Jolani", "Ahmed al-Sharaa"]), "{:?}", c.entities);
}

#[test]
fn an_alias_after_known_as_takes_the_kind_of_what_it_names() {
    let c = corpus(&[
        "Mohamed Hamdan Dagalo, the militia commander widely known as Hemedti, did not reply. Hemedti's men attacked.",
    ]);
    assert!(linked(&c, &["Mohamed Hamdan Dagalo", "Hemedti"]));
    assert!(has(&mentions(&c), "Hemedti", Kind::Person));
}

#[test]
fn a_facility_is_a_place_whatever_words_name_it() {
    let found =
        names(&["Flights left Nnamdi Azikiwe International Airport late. Traders at Balogun Market closed \
         their stalls, and pilgrims filled Ajgaibinath Temple."]);
    for place in ["Nnamdi Azikiwe International Airport", "Balogun Market", "Ajgaibinath Temple"] {
        assert!(has(&found, place, Kind::Place), "{place}: {found:?}");
    }
}

#[test]
fn a_name_after_the_village_of_is_a_place_whatever_its_shape() {
    // Two unknown capitalised parts look like a person's name, but not here.
    let found =
        names(&["Kyrgyzstan gave up land near the village of Kok-Tash and the outskirts of Tortkul Sai."]);
    assert!(has(&found, "Kok-Tash", Kind::Place) && has(&found, "Tortkul Sai", Kind::Place), "{found:?}");
}

#[test]
fn a_person_guess_that_evidence_overrules_lends_no_first_name() {
    let c =
        corpus(&["Why the Aguwani-Sultanganj bridge keeps falling\n\nThe bridge links Aguwani Ghat with \
         Sultanganj. Workers at the village of Aguwani Ghat saw it fall."]);
    let found = mentions(&c);
    assert!(has(&found, "Aguwani", Kind::Place), "{found:?}");
    assert!(linked(&c, &["Aguwani", "Aguwani Ghat"]), "{:?}", c.entities);
}

#[test]
fn a_business_named_as_one_is_an_organisation_though_a_city_shares_the_name() {
    // GeoNames lists "Orano" among the names of Oran.
    let c = corpus(&[
        "Niger ordered the French nuclear fuel company Orano to leave. Orano said it would appeal.",
        "Orano owned 63% of the mine.",
    ]);
    let found = mentions(&c);
    assert_eq!(
        found.iter().filter(|(t, k)| t == "Orano" && *k == Kind::Organization).count(),
        3,
        "{found:?}"
    );
}

#[test]
fn a_place_cue_outweighs_a_verb_of_saying() {
    let found = names(&[
        "Police in Adjara said two people were held.",
        "\"It fell at midday,\" said Adam, a volunteer with the camp's kitchen.",
    ]);
    assert!(has(&found, "Adjara", Kind::Place), "{found:?}");
    // The apposition's head is "volunteer", not "camp".
    assert!(has(&found, "Adam", Kind::Person), "{found:?}");
}

#[test]
fn a_peoples_other_name_that_is_a_common_word_proves_nothing_at_a_sentence_start() {
    // WordNet lists "Federal" for a Union soldier.
    let found = names(&["The army could not finish the job. Federal officials deny this."]);
    assert!(lacks(&found, "Federal"), "{found:?}");
}

#[test]
fn context_gives_unknown_words_their_kind() {
    let found = names(&[
        "Hagos, 45, fled with neighbours. Residents of Zamzam, the sprawling camp, were shelled by the Kremlin's allies.",
    ]);
    assert!(has(&found, "Hagos", Kind::Person), "{found:?}");
    assert!(has(&found, "Zamzam", Kind::Place), "{found:?}");
}

#[test]
fn countries_and_codes_in_capitals() {
    let found = names(&["DAMASCUS (Agencies): US and UK officials met in Damascus."]);
    assert!(has(&found, "DAMASCUS", Kind::Place) && has(&found, "US", Kind::Place), "{found:?}");
    assert!(lacks(&found, "Agencies"), "{found:?}");
}

#[test]
fn weekdays_and_months_are_not_names() {
    let found = names(&["By Friday morning, on Wednesday al-Golani visited Aleppo in December."]);
    assert!(lacks(&found, "Friday") && lacks(&found, "Wednesday") && lacks(&found, "December"), "{found:?}");
    assert!(has(&found, "al-Golani", Kind::Person) && has(&found, "Aleppo", Kind::Place), "{found:?}");
}

#[test]
fn spelling_variants_of_organisations_meet() {
    let c = corpus(&["The Defence Ministry said so.", "The Defense Ministry denied it."]);
    assert!(linked(&c, &["Defence Ministry", "Defense Ministry"]));
}

#[test]
fn ids_are_stable_slugs_of_the_canonical_name() {
    let c = corpus(&["Bashar al-Assad ruled. Assad fled.", "Hayat Tahrir al-Sham (HTS) advanced."]);
    let ids: Vec<&str> = c.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"bashar-al-assad") && ids.contains(&"hayat-tahrir-al-sham"), "{ids:?}");
    let again = corpus(&["Bashar al-Assad ruled. Assad fled.", "Hayat Tahrir al-Sham (HTS) advanced."]);
    assert_eq!(c.to_json(), again.to_json(), "the same input gives byte-identical output");
}

#[test]
fn an_alias_phrase_after_a_new_clause_names_something_else() {
    let c = corpus(&[
        "Washington accused Nicolás Maduro of leading a drug-trafficking network known as the Cartel of the Suns.",
    ]);
    assert!(apart(&c, "Nicolás Maduro", "Cartel of the Suns"));
    assert!(has(&mentions(&c), "Cartel of the Suns", Kind::Organization));
}

#[test]
fn a_long_acronym_may_take_a_words_first_letters() {
    let c = corpus(&[
        "The National Database and Registration Authority issued the cards. NADRA said 4,000 were renewed.",
    ]);
    assert!(linked(&c, &["National Database and Registration Authority", "NADRA"]));
}

#[test]
fn an_acronym_that_spells_only_a_place_is_that_place() {
    let c = corpus(&[
        "Police in Khyber Pakhtunkhwa said camps were full. Khyber Pakhtunkhwa has taken many.",
        "The Kandahar province governor spoke. KP officials said the border stayed open.",
    ]);
    assert!(linked(&c, &["Khyber Pakhtunkhwa", "KP"]));
    assert!(has(&mentions(&c), "KP", Kind::Place));
}

#[test]
fn a_short_form_of_a_place_links_even_when_read_as_its_government() {
    let c = corpus(&[
        "Talks were held in South Korea on Friday. Korea's data watchdog said it would act.",
        "Delegates flew to Addis Ababa. Eritrea accuses Addis of seeking war.",
    ]);
    assert!(linked(&c, &["South Korea", "Korea"]));
    assert!(linked(&c, &["Addis Ababa", "Addis"]));
    assert!(has(&mentions(&c), "Addis", Kind::Place));
}

#[test]
fn a_town_taken_for_an_organisation_is_the_town() {
    let c = corpus(&[
        "Yazidis returned to Shingal on Friday.",
        "Yazidis in Shingal, which Arabs call Sinjar, also watched. A local force, the Sinjar Resistance Units (YBŞ), still holds checkpoints there.",
    ]);
    assert!(linked(&c, &["Shingal", "Sinjar"]));
    assert!(apart(&c, "Sinjar", "Sinjar Resistance Units"));
}

#[test]
fn a_bare_nationality_links_to_the_longer_one_it_ends() {
    let c = corpus(&[
        "South Korean officials met on Friday. About 2.3 million Koreans were affected, and Korean law is strict.",
    ]);
    assert!(linked(&c, &["South Korean", "Koreans", "Korean"]));
}

#[test]
fn one_designator_after_two_spellings_of_a_place_is_one_unit() {
    let c = corpus(&[
        "Fighters gathered in Sulaymaniyah. The ceremony was in Sulaymaniyah province.",
        "Crowds came to Slemani on Friday. Police in Slemani province watched.",
    ]);
    assert!(linked(&c, &["Sulaymaniyah", "Slemani"]));
    assert!(linked(&c, &["Sulaymaniyah province", "Slemani province"]));
    assert!(apart(&c, "Sulaymaniyah", "Sulaymaniyah province"));
}

#[test]
fn a_compass_adjective_and_a_name_make_a_region() {
    let found = names(&["Militias still hold Western Tigray, and farmers fled Eastern Kordofan on Monday."]);
    assert!(has(&found, "Western Tigray", Kind::Place), "{found:?}");
    assert!(has(&found, "Eastern Kordofan", Kind::Place), "{found:?}");
}

#[test]
fn co_before_a_name_is_a_county() {
    let c = corpus(&["The firm is based in Bray, Co Wicklow. It employs 900 people in County Wicklow."]);
    assert!(has(&mentions(&c), "Co Wicklow", Kind::Place), "{:?}", mentions(&c));
    assert!(linked(&c, &["Co Wicklow", "County Wicklow"]), "{:?}", c.entities);
}

#[test]
fn calls_her_names_the_person_talked_about_not_the_speaker() {
    let c = corpus(&[
        "Opposition leader Elena Varga toured the north on Sunday.\n\nGovernor Tomas Brandt, who avoids her name, calls her \"La Bruja\". Brandt spoke in Lisbon.",
    ]);
    assert!(linked(&c, &["Elena Varga", "La Bruja"]), "{:?}", c.entities);
    assert!(apart(&c, "Tomas Brandt", "La Bruja"));
    assert!(has(&mentions(&c), "La Bruja", Kind::Person));
}

#[test]
fn call_it_takes_the_kind_from_the_side_with_evidence() {
    let c = corpus(&[
        "Families from Kessa and Dorvak held a rally. Settlers who moved in call it Dorvach; the old residents call it Upper Dorvak.",
    ]);
    assert!(linked(&c, &["Dorvak", "Dorvach", "Upper Dorvak"]), "{:?}", c.entities);
    assert!(has(&mentions(&c), "Dorvach", Kind::Place), "{:?}", mentions(&c));
}

#[test]
fn two_unknown_words_look_like_a_person_only_until_evidence_says_otherwise() {
    let c = corpus(&["Trucks queued at the Varno Kesh crossing. Varno Kesh reopened on Sunday."]);
    let found = mentions(&c);
    assert!(found.iter().filter(|(t, k)| t == "Varno Kesh" && *k == Kind::Place).count() == 2, "{found:?}");
}

#[test]
fn a_countrys_adjective_begins_no_persons_name() {
    // "Philippine" is also a given name.
    let c = corpus(&[
        "The Philippine Red Cross sent teams.",
        "Volunteers with the Red Cross arrived. Georgian Dream won the vote.",
    ]);
    assert!(has(&mentions(&c), "Georgian Dream", Kind::Organization), "{:?}", mentions(&c));
    assert!(has(&mentions(&c), "Philippine Red Cross", Kind::Organization), "{:?}", mentions(&c));
    assert!(linked(&c, &["Philippine Red Cross", "Red Cross"]), "{:?}", c.entities);
}

#[test]
fn an_alias_known_to_others_by_a_nickname_or_as_a_name() {
    let c = corpus(&[
        "Dariusz Wronski, known to Poles by his childhood nickname Darek, spoke on Monday.",
        "Aid entered through Bab Tala, as locals call the crossing officials know as Tala Gate.",
    ]);
    assert!(linked(&c, &["Dariusz Wronski", "Darek"]), "{:?}", c.entities);
    assert!(linked(&c, &["Bab Tala", "Tala Gate"]), "{:?}", c.entities);
}

#[test]
fn a_people_after_pro_stands_apart_from_the_name_it_qualifies() {
    let c = corpus(&[
        "Members of the pro-Kurdish HAK Party marched. The Kurdistan Democratic Front said the rival KDF would join.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Kurdish", Kind::Group) && has(&found, "HAK Party", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Kurdish HAK Party"), "{found:?}");
    assert!(linked(&c, &["Kurdistan Democratic Front", "KDF"]), "{:?}", c.entities);
}

#[test]
fn a_bracketed_short_form_in_mixed_case_or_with_an_organisation_word_is_defined() {
    let c = corpus(&[
        "The Ministry of Water and Energy (MoWE) said wells were dry. MoWE staff left.",
        "The Liberty and Reform Party (LR Party) won. Critics of the LR Party protested.",
    ]);
    assert!(linked(&c, &["Ministry of Water and Energy", "MoWE"]), "{:?}", c.entities);
    assert!(linked(&c, &["Liberty and Reform Party", "LR Party"]), "{:?}", c.entities);
}

#[test]
fn a_feature_named_after_a_city_is_not_the_city() {
    let c = corpus(&[
        "Houses fell across the Kathmandu Valley. In Kathmandu, rescuers dug. Boats crossed the Euphrates River, and the Euphrates rose.",
    ]);
    assert!(apart(&c, "Kathmandu Valley", "Kathmandu"), "{:?}", c.entities);
    assert!(linked(&c, &["Euphrates River", "Euphrates"]), "{:?}", c.entities);
}

#[test]
fn x_is_the_platform_where_something_is_posted_on_it() {
    let c = corpus(&[
        "The minister wrote on X that talks had failed. In a post on X, the mayor agreed. Plan X was dropped. \
         He expressed his grief on X and she relied on X-ray scans.",
    ]);
    let found = mentions(&c);
    assert_eq!(found.iter().filter(|(t, k)| t == "X" && *k == Kind::Organization).count(), 3, "{found:?}");
    assert!(linked(&c, &["X"]));
}

#[test]
fn the_party_formerly_known_as_names_the_party_before() {
    let c = corpus(&[
        "Leaders of the Green Renewal Movement met Ana Kovac on Monday. The movement, formerly known as VERDA, won ten seats.",
    ]);
    assert!(linked(&c, &["Green Renewal Movement", "VERDA"]), "{:?}", c.entities);
    assert!(apart(&c, "Ana Kovac", "VERDA"));
}

#[test]
fn an_acronym_spelling_a_long_name_taken_for_a_person_makes_it_an_organisation() {
    // "Rashtriya Janata Dal" reads like a person's name; "RJD" spelling it says it is not.
    let c = corpus(&[
        "Leaders of the opposition Rashtriya Janata Dal visited the site. The RJD demanded an inquiry, and RJD workers protested.",
    ]);
    let found = mentions(&c);
    assert!(linked(&c, &["Rashtriya Janata Dal", "RJD"]), "{:?}", c.entities);
    assert!(has(&found, "Rashtriya Janata Dal", Kind::Organization), "{found:?}");
}

#[test]
fn a_legal_form_after_a_name_taken_for_a_person_makes_it_a_company() {
    let c = corpus(&[
        "The bridge was built by Bihar Rajya Pul Nirman Nigam Ltd, a state firm. Engineers at Bihar Rajya Pul Nirman Nigam declined to comment.",
    ]);
    let found = mentions(&c);
    assert!(
        linked(&c, &["Bihar Rajya Pul Nirman Nigam Ltd", "Bihar Rajya Pul Nirman Nigam"]),
        "{:?}",
        c.entities
    );
    assert!(has(&found, "Bihar Rajya Pul Nirman Nigam", Kind::Organization), "{found:?}");
    // A legal form of two words.
    let c = corpus(&["Gangotri Infracon Pvt. Ltd. built it.", "Engineers at Gangotri Infracon declined."]);
    assert!(linked(&c, &["Gangotri Infracon Pvt. Ltd.", "Gangotri Infracon"]), "{:?}", c.entities);
}

#[test]
fn a_name_written_surname_first_is_the_same_person() {
    let c = corpus(&[
        "Mines minister Ousmane Abarchi signed the decree.",
        "The minister, Abarchi Ousmane, said so.",
    ]);
    assert!(linked(&c, &["Ousmane Abarchi", "Abarchi Ousmane"]), "{:?}", c.entities);
}

#[test]
fn an_english_given_name_before_the_surname_is_the_name_written_surname_first() {
    let c = corpus(&[
        "President Lai Ching-te said the crew would be freed.",
        "Taiwan's President William Lai urged calm. Lai spoke on Friday.",
    ]);
    assert!(linked(&c, &["Lai Ching-te", "William Lai", "Lai"]), "{:?}", c.entities);
}

#[test]
fn a_name_with_its_middle_name_dropped_is_the_full_name() {
    let c = corpus(&[
        "President Bola Ahmed Tinubu met union leaders on Monday.",
        "Unions said President Bola Tinubu had ignored them.",
    ]);
    assert!(linked(&c, &["Bola Ahmed Tinubu", "Bola Tinubu"]), "{:?}", c.entities);
}

#[test]
fn a_given_name_alone_is_the_person_last_named_in_full_with_it() {
    let c = corpus(&[
        "Sunita Devi, 34, lost her husband in the collapse. \"He went to work and never came back,\" said Sunita, holding their son.",
    ]);
    assert!(linked(&c, &["Sunita Devi", "Sunita"]), "{:?}", c.entities);
}

#[test]
fn a_city_written_with_city_is_apart_from_the_bare_name() {
    let c = corpus(&[
        "Crowds walked north to Gaza City on Monday. Aid to Gaza was slow, and Gaza City had no power.",
    ]);
    assert!(apart(&c, "Gaza City", "Gaza"), "{:?}", c.entities);
    assert!(linked(&c, &["Gaza City"]));
}

#[test]
fn a_city_whose_name_names_no_wider_area_is_one_with_the_bare_name() {
    // The gazetteer knows "Mandaue" only as the city, so "City" tells nothing apart.
    let c = corpus(&[
        "Floods hit Mandaue City on Monday. In Mandaue, residents waded through water, and Mandaue City officials said schools would close.",
    ]);
    assert!(linked(&c, &["Mandaue City", "Mandaue"]), "{:?}", c.entities);
}

#[test]
fn an_entity_takes_the_kind_its_evidence_gives_over_defaults() {
    // "Vardel Mountains" is a place on evidence; the bare "Vardel" is an organisation only by
    // default, however often it is written.
    let c = corpus(&["The rebels withdrew into the Vardel Mountains in March. Vardel sheltered them. \
         Vardel has no roads. Few expected Vardel to fall."]);
    let found = mentions(&c);
    assert!(linked(&c, &["Vardel Mountains", "Vardel"]), "{found:?}");
    assert!(has(&found, "Vardel", Kind::Place), "{found:?}");
}

#[test]
fn an_acronym_spells_a_name_whose_kind_was_only_a_default() {
    // Two unknown capitalised words look like a person's name by shape alone; the acronym that
    // spells them, an organisation on evidence, says what they are.
    let c = corpus(&[
        "Fighters of the Tevgera Azadiya Zerdeşt handed over their rifles on Friday. The TAZ said \
         the ceremony was a start. Officials welcomed the TAZ decision.",
    ]);
    let found = mentions(&c);
    assert!(linked(&c, &["Tevgera Azadiya Zerdeşt", "TAZ"]), "{found:?}");
    assert!(has(&found, "Tevgera Azadiya Zerdeşt", Kind::Organization), "{found:?}");
}

#[test]
fn a_very_common_given_name_begins_a_person_even_if_it_is_a_word_or_a_town() {
    // "John" is also a dictionary word and "Ahmad" another name of a Kuwaiti city; with a
    // surname that is a word too ("Smith", "Shah"), the names are still people's.
    let found = names(&[
        "Talks stall\n\nOn Monday, John Smith said the plant would close. His neighbour, Ahmad Shah, \
         a mechanic, agreed.",
    ]);
    assert!(has(&found, "John Smith", Kind::Person), "{found:?}");
    assert!(has(&found, "Ahmad Shah", Kind::Person), "{found:?}");
}

#[test]
fn byline_roles_are_not_part_of_names() {
    let c = corpus(&[
        "Rebels hold the northern town\n\nBy Horn Observer Reporter\n\nFighters entered the town on Monday, a spokesman told the Observer.\n\nResidents fled south.\n",
        "Returns surge at the border\n\nKabul Ledger Staff Report\n\nOfficials opened a camp on Tuesday.\n\nMore families arrived.\n",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Horn Observer", Kind::Organization), "{found:?}");
    assert!(has(&found, "Kabul Ledger", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Horn Observer Reporter") && lacks(&found, "Kabul"), "{found:?}");
    assert!(linked(&c, &["Horn Observer", "Observer"]), "{found:?}");
}

#[test]
fn a_sentence_start_word_before_a_head_noun_is_part_of_the_name() {
    let found =
        names(&["The vote was close. National Assembly speaker Jorge Rodríguez called it a victory."]);
    assert!(has(&found, "National Assembly", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Assembly"), "{found:?}");
    // A function word still goes ("In Homs"), and so does a common word before an ordinary run.
    let found = names(&["In Homs, fighters gathered. Opposition Leader Ali Abbas spoke."]);
    assert!(has(&found, "Homs", Kind::Place) && lacks(&found, "In Homs"), "{found:?}");
    // A common word hyphened to a head noun is an adjective, not a name.
    let found = names(&["CROSS-STRAIT\n\nCross-Strait talks resumed in Taipei."]);
    assert!(lacks(&found, "CROSS-STRAIT") && lacks(&found, "Cross-Strait"), "{found:?}");
}

#[test]
fn a_portfolio_after_a_title_is_not_part_of_the_name() {
    let c = corpus(&[
        "The deadline passed. Minister for Interior Mohsin Naqvi rejected the claim, and Secretary of State Marco Rubio agreed. Naqvi left.",
    ]);
    let found = mentions(&c);
    assert!(
        has(&found, "Mohsin Naqvi", Kind::Person) && has(&found, "Marco Rubio", Kind::Person),
        "{found:?}"
    );
    assert!(lacks(&found, "Interior Mohsin Naqvi") && lacks(&found, "State Marco Rubio"), "{found:?}");
    assert!(linked(&c, &["Mohsin Naqvi", "Naqvi"]), "{found:?}");
}

#[test]
fn reordered_organisation_names_are_one() {
    let c = corpus(&[
        "The Health Ministry said 20 died. The Ministry of Health later said 30. The Defence Ministry and the Ministry of Defense agreed, as did the Ministry of the Interior, whose Interior Ministry staff left.",
    ]);
    assert!(linked(&c, &["Health Ministry", "Ministry of Health"]), "{:?}", mentions(&c));
    assert!(linked(&c, &["Defence Ministry", "Ministry of Defense"]), "{:?}", mentions(&c));
    assert!(linked(&c, &["Interior Ministry", "Ministry of the Interior"]), "{:?}", mentions(&c));
    assert!(apart(&c, "Health Ministry", "Defence Ministry"), "{:?}", mentions(&c));
    // In Spanish, with an accented organisation word.
    let c =
        corpus(&["The Sinaloa Cartel split in 2024.", "Members of the Cártel de Sinaloa were sent north."]);
    assert!(has(&mentions(&c), "Cártel de Sinaloa", Kind::Organization), "{:?}", mentions(&c));
    assert!(linked(&c, &["Sinaloa Cartel", "Cártel de Sinaloa"]), "{:?}", mentions(&c));
}

#[test]
fn a_surname_that_is_a_word_opens_a_sentence_as_a_name() {
    let c = corpus(&[
        "Former prime minister Imran Khan was jailed on Monday. Khan denies the charges. Rose petals fell.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Khan", Kind::Person) && linked(&c, &["Imran Khan", "Khan"]), "{found:?}");
    // A common word at a sentence start that ends no name in the source is still dropped.
    assert!(lacks(&found, "Rose"), "{found:?}");
}

#[test]
fn a_title_splits_a_run_only_before_a_person() {
    let found = names(&["I heard it on BBC Radio Northampton while Kharkiv Mayor Ihor Terekhov spoke."]);
    assert!(has(&found, "BBC Radio Northampton", Kind::Organization), "{found:?}");
    assert!(lacks(&found, "Northampton") && has(&found, "Ihor Terekhov", Kind::Person), "{found:?}");
}

#[test]
fn a_spokesman_or_militiamen_after_a_name_make_it_an_organisation() {
    let c = corpus(&[
        "The Kremlin says it hits only military targets. In Moscow, Kremlin spokesman Dmitry Peskov said so. Clashes broke out between Fano militiamen and federal troops.",
    ]);
    let found = mentions(&c);
    assert!(has(&found, "Kremlin", Kind::Organization) && lacks(&found, "Kremlin spokesman"), "{found:?}");
    assert!(
        has(&found, "Fano", Kind::Organization) && has(&found, "Dmitry Peskov", Kind::Person),
        "{found:?}"
    );
    assert!(has(&found, "Moscow", Kind::Place), "{found:?}");
}

#[test]
fn the_x_who_is_no_person_and_names_itself() {
    let c = corpus(&["The Houthis, who call themselves Ansar Allah, said more attacks would follow."]);
    let found = mentions(&c);
    assert!(has(&found, "Houthis", Kind::Organization), "{found:?}");
    assert!(linked(&c, &["Houthis", "Ansar Allah"]), "{found:?}");
    // "who" still points to a person when nothing says otherwise.
    let found = names(&["Quiet for days, Hagos, who farms near the town, spoke."]);
    assert!(has(&found, "Hagos", Kind::Person), "{found:?}");
}

#[test]
fn the_title_word_before_an_ordinary_word_names_an_organisation() {
    let found = names(&["Jordan Bardella leads the National Rally, and President Trump met him."]);
    assert!(has(&found, "National Rally", Kind::Organization) && lacks(&found, "Rally"), "{found:?}");
    assert!(has(&found, "Trump", Kind::Person) && lacks(&found, "President Trump"), "{found:?}");
    // Two title words name no one.
    let found = names(&["The fund was announced by the Prime Minister on Monday."]);
    assert!(lacks(&found, "Prime Minister") && lacks(&found, "Minister"), "{found:?}");
}

#[test]
fn a_title_with_its_portfolio_names_no_one_but_what_is_around_it_may() {
    let found = names(&[
        "US Secretary of State Marco Rubio met Kenya Cabinet Secretary of Interior Kipchumba Murkomen on Monday.",
        "Minister of State Mark Field said the talks would go on. The US Secretary of State was not there.",
    ]);
    assert!(has(&found, "Marco Rubio", Kind::Person), "{found:?}");
    assert!(has(&found, "Kipchumba Murkomen", Kind::Person), "{found:?}");
    assert!(has(&found, "Mark Field", Kind::Person), "{found:?}");
    assert!(has(&found, "US", Kind::Place) && has(&found, "Kenya", Kind::Place), "{found:?}");
    assert!(
        lacks(&found, "US Secretary") && lacks(&found, "State") && lacks(&found, "Interior"),
        "{found:?}"
    );
}

#[test]
fn heads_of_state_are_no_names() {
    let found = names(&[
        "The Head of State, General Abdourahamane Tchiani, spoke in Niamey. Leaders met, and the Heads of State agreed.",
    ]);
    assert!(has(&found, "Abdourahamane Tchiani", Kind::Person), "{found:?}");
    assert!(lacks(&found, "Head") && lacks(&found, "Heads") && lacks(&found, "State"), "{found:?}");
}

#[test]
fn a_country_right_before_a_person_is_a_mention_of_its_own() {
    let found =
        names(&["The President of Ukraine Volodymyr Zelensky met actor Chad Michael Murray in Kyiv."]);
    assert!(has(&found, "Ukraine", Kind::Place), "{found:?}");
    assert!(has(&found, "Volodymyr Zelensky", Kind::Person), "{found:?}");
    assert!(
        has(&found, "Chad Michael Murray", Kind::Person),
        "a given name first is the person's: {found:?}"
    );
}

#[test]
fn an_apposition_of_titles_makes_a_person() {
    let found = names(&[
        "Rubio, the Secretary of State, said it was over. Aleppo, the president's hometown, fell. Hama, the governor said, was calm.",
    ]);
    assert!(has(&found, "Rubio", Kind::Person), "{found:?}");
    assert!(has(&found, "Aleppo", Kind::Place), "a title that heads no apposition: {found:?}");
    assert!(has(&found, "Hama", Kind::Place), "{found:?}");
}
