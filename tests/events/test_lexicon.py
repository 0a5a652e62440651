"""The trigger lexicon and cue lists as data: valid ACLED names, generated forms, matching."""

from __future__ import annotations

import pytest

from rasad.arabic.normalize import normalize, normalize_key
from rasad.errors import ConfigError
from rasad.events.lexicon import (
    SUB_TO_TYPE,
    CueScanner,
    build_lexicon,
    default_lexicon,
    noun_forms,
    verb_forms,
)
from rasad.resources import load_yaml


def test_every_entry_uses_an_acled_pair_and_every_sub_type_has_a_trigger() -> None:
    lex = default_lexicon()
    for t in lex.triggers.values():
        assert SUB_TO_TYPE[t.sub_event_type] == t.event_type
        for r in t.refine:
            assert SUB_TO_TYPE[r.sub_event_type] == r.event_type
    reachable = (
        {t.sub_event_type for t in lex.triggers.values()}
        | {r.sub_event_type for t in lex.triggers.values() for r in t.refine}
        | {t.non_state[1] for t in lex.triggers.values() if t.non_state}
    )
    reachable |= {"Government regains territory", "Armed clash"}  # set by actor/victim rules
    assert reachable == set(SUB_TO_TYPE)
    assert set(load_yaml("triggers.yaml")["priority"]) == set(SUB_TO_TYPE)


def test_every_listed_phrase_is_found_by_the_scanner() -> None:
    lex = default_lexicon()
    raw = load_yaml("triggers.yaml")["triggers"]
    for entry in raw:
        for phrase in entry.get("phrases", []) + entry.get("nouns", []):
            n = normalize(phrase)
            hits = lex.trigger_scanner.scan(n.text, n.to_original)
            assert any(entry["id"] in h.sets and h.key == normalize_key(phrase) for h in hits), (
                entry["id"],
                phrase,
            )


def test_verb_forms_cover_gender_number_tense_and_object_pronouns() -> None:
    forms = set(verb_forms("سيطر|يسيطر"))
    for f in ("سيطر", "سيطرت", "سيطروا", "يسيطر", "تسيطر", "يسيطرون", "سيطرها", "سيطروه"):
        assert normalize_key(f) in forms
    weak = set(verb_forms("استولى|يستولي"))
    assert {"استولي", "استولت", "استولوا", "يستولي", "يستولون"} <= weak


def test_noun_forms_add_possessives_and_accusative() -> None:
    forms = set(noun_forms("سيطرة"))
    assert {"سيطره", "سيطرتها", "سيطرته"} <= forms
    assert "هجوما" in noun_forms("هجوم")


def test_scanner_allows_proclitics_and_article_but_not_the_future_prefix() -> None:
    scanner = CueScanner([("سيطرة", "x"), ("سيطر", "x"), ("يسيطر", "x"), ("القصف الجوي", "y")])
    text = "وبالسيطرة للسيطرة فسيطر سيسيطر وقصف جوي بالقصف الجوي"
    n = normalize(text)
    found = [text[h.start : h.end] for h in scanner.scan(n.text, n.to_original)]
    assert found == ["سيطرة", "سيطرة", "سيطر", "القصف الجوي"]


def test_scanner_reads_no_article_before_a_construct_preposition() -> None:
    # "في هذه الأثناء" is "meanwhile": the definite noun is not the preposition "during"
    scanner = CueScanner([("أثناء", "during"), ("خلال", "during")])
    text = "وفي هذه الأثناء هاجموا الحاجز أثناء مرور دورية وخلال الليل"
    n = normalize(text)
    found = [text[h.start : h.end] for h in scanner.scan(n.text, n.to_original)]
    assert found == ["أثناء", "خلال"]


def test_scanner_keeps_overlapping_cues_and_maps_offsets_to_the_original() -> None:
    scanner = CueScanner([("قتل", "death"), ("قتل متظاهرين", "force")])
    text = "وقُتل متظاهرين"  # a diacritic inside: offsets still land on the original letters
    n = normalize(text)
    hits = scanner.scan(n.text, n.to_original)
    assert [(text[h.start : h.end], sorted(h.sets)) for h in hits] == [
        ("قُتل", ["death"]),
        ("قُتل متظاهرين", ["force"]),
    ]


def _one_clash_trigger(refine: list[dict]) -> dict:
    """A triggers file with one clash entry "t" and the given refine rules."""
    entry = {"id": "t", "event_type": "Battles", "sub_event_type": "Armed clash"}
    return {"triggers": [{**entry, "nouns": ["اشتباك"], "refine": refine}]}


def test_unknown_cue_set_is_a_config_error_that_names_it() -> None:
    triggers = _one_clash_trigger([{"cues": "@nope", "sub_event_type": "Armed clash"}])
    with pytest.raises(ConfigError, match="nope"):
        build_lexicon(triggers, {"sets": {}})


def test_misspelled_acled_type_is_a_config_error() -> None:
    triggers = {
        "triggers": [
            {
                "id": "t",
                "event_type": "Battles",
                "sub_event_type": "Armed Clash",
                "nouns": ["اشتباك"],
            }
        ]
    }
    with pytest.raises(ConfigError, match="ACLED"):
        build_lexicon(triggers, {})


@pytest.mark.parametrize(
    "name",
    [
        "air",
        "chemical",
        "suicide",
        "deal_words",
        "fighter_words",
        "peaceful_transfer",
        "intervention",
        "excessive_force",
    ],
)
def test_cue_sets_the_code_relies_on_exist(name: str) -> None:
    assert load_yaml("cues.yaml")["sets"][name]


def test_modality_and_attribution_lists_exist() -> None:
    cues = load_yaml("cues.yaml")
    for key in ("negation", "irrealis", "generic", "denial", "hedge", "cessation"):
        assert cues["modality"][key]["cues"] and cues["modality"][key]["window"] > 0
    for key in (
        "reporting_verbs",
        "continuation_verbs",
        "civilians",
        "armed",
        "unidentified",
        "death_words",
        "injury_words",
        "significant_deaths",
        "clause_starters",
        "period_words",
    ):
        assert cues[key], key
    assert cues["country_names"]["PS"] == "Palestine"


def test_an_inline_cue_list_may_take_in_a_named_set() -> None:
    refine = {
        "cues": ["@fire", "هاجمت"],
        "window": 2,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
    }
    triggers = _one_clash_trigger([refine])
    lex = build_lexicon(triggers, {"sets": {"fire": ["قصف", "غارة"]}})
    refine = lex.triggers["t"].refine[0]
    n = normalize("قصف وغارة وهاجمت")
    hits = lex.cue_scanner.scan(n.text, n.to_original)
    assert {h.key for h in hits if refine.cue_set in h.sets} == {
        normalize_key(w) for w in ("قصف", "غارة", "هاجمت")
    }


def test_trigger_order_ranks_the_entries_as_the_lexicon_lists_them_once_per_lexicon():
    lex = default_lexicon()
    order = lex.trigger_order
    assert list(order) == list(lex.triggers)
    assert [order[t] for t in lex.triggers] == list(range(len(lex.triggers)))
    assert lex.trigger_order is order  # made once, not once per document
