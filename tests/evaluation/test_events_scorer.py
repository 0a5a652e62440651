"""Event scorer: matching rules and metrics on hand-made predictions, computed by hand."""

from __future__ import annotations

import pytest

from rasad.evaluation.events import (
    EventScores,
    actors_agree,
    haversine_km,
    location_keys,
    score_events,
    validate_gold_event,
)

SY = "Military Forces of Syria (2000-2024)"
IS = "Islamic State (Syria)"


def gold(**kw):
    base = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "alt_sub_event_types": [],
        "date": "2018-05-21",
        "location": "Yarmouk Camp",
        "lat": 33.4731,
        "lon": 36.3031,
        "actor1": SY,
        "actor2": IS,
        "fatalities": 0,
        "certainty": "asserted",
        "required": True,
    }
    return {**base, **kw}


def pred(**kw):
    base = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "event_date": "2018-05-21",
        "location": "Yarmouk Camp",
        "latitude": 33.4731,
        "longitude": 36.3031,
        "actor1": SY,
        "actor2": IS,
        "fatalities": 0,
        "certainty": "asserted",
    }
    return {**base, **kw}


def test_perfect_prediction_scores_one_everywhere():
    m = score_events([gold()], [pred()]).scores.metrics()
    assert (m["tp"], m["fp"], m["fn"]) == (1, 0, 0)
    assert m["precision"] == m["recall"] == m["f1"] == 1.0
    assert m["sub_event_type_accuracy"] == m["actor1_accuracy"] == m["date_exact"] == 1.0


def test_different_event_type_never_matches():
    r = score_events([gold()], [pred(event_type="Explosions/Remote violence")])
    assert (r.scores.tp, r.scores.fp, r.scores.fn) == (0, 1, 1)


def test_date_within_one_day_matches_but_is_not_exact():
    m = score_events([gold()], [pred(event_date="2018-05-22")]).scores.metrics()
    assert m["tp"] == 1 and m["date_exact"] == 0.0


def test_date_two_days_off_does_not_match():
    r = score_events([gold()], [pred(event_date="2018-05-23")])
    assert r.scores.tp == 0 and r.scores.fn == 1 and r.scores.fp == 1


def test_null_date_matches_only_null_date():
    assert score_events([gold(date=None)], [pred(event_date=None)]).scores.tp == 1
    assert score_events([gold(date=None)], [pred()]).scores.tp == 0


def test_location_within_25_km_matches_and_beyond_does_not():
    # 0.2 degrees of latitude is about 22 km; 0.3 degrees about 33 km
    near = pred(location="elsewhere", latitude=33.6731)
    far = pred(location="elsewhere", latitude=33.7731)
    assert score_events([gold()], [near]).scores.tp == 1
    assert score_events([gold()], [far]).scores.tp == 0


def test_same_location_name_matches_without_coordinates():
    r = score_events([gold()], [pred(location="yarmouk camp", latitude=None, longitude=None)])
    assert r.scores.tp == 1


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Idlib", "Idleb"),
        ("Idlib", "Edlib"),
        ("Deir ez-Zor", "Dayr al-Zawr"),
        ("Raqqa", "Ar-Raqqah"),
        ("Khan Shaykhun", "Khan Sheikhoun"),
        ("Qamishli", "Al-Qamishli"),
        ("Daraa", "Dar'a"),
        ("Ain Issa", "Ayn Isa"),
        ("Umm Batna", "Om Batna"),
        ("Maarat al-Numan", "Maarrat an Nu'man"),
        ("إدلب", "ادلب"),
        ("مخيم اليرموك", "مخيم يرموك"),
    ],
)
def test_romanisation_and_spelling_variants_share_a_location_key(ours, theirs):
    assert location_keys(ours) == location_keys(theirs)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Hama", "Homs"), ("Idlib", "Aleppo"), ("Daraa", "Deir ez-Zor"), ("Douma", "Damascus"),
     ("حماة", "حمص")],
)
def test_different_places_keep_different_location_keys(one, other):
    assert location_keys(one) != location_keys(other)


def test_location_keys_of_nothing_are_empty():
    assert location_keys(None) == location_keys("  ") == set()


def test_gold_spelling_of_another_gazetteer_matches_by_name_without_coordinates():
    g = gold(location="Idleb", lat=None, lon=None)
    p = pred(location="Idlib", latitude=35.93, longitude=36.63)
    assert score_events([g], [p]).scores.tp == 1
    hama = pred(location="Hama", latitude=35.13, longitude=36.75)
    assert score_events([g], [hama]).scores.tp == 0


def test_gold_location_in_arabic_matches_through_the_places_other_names():
    g = gold(location="مخيّم اليرموك", lat=None, lon=None)
    p = pred(location="Yarmouk Camp", latitude=None, longitude=None)
    assert score_events([g], [p]).scores.tp == 0  # an English name alone cannot say
    names = {"Yarmouk Camp": ["مخيم اليرموك", "بمخيم اليرموك"]}
    assert score_events([g], [p], names).scores.tp == 1


def test_haversine_one_degree_of_latitude_is_about_111_km():
    assert haversine_km(33.0, 36.0, 34.0, 36.0) == pytest.approx(111.2, abs=0.2)


def test_optional_gold_event_is_neither_false_positive_nor_false_negative():
    g = [
        gold(),
        gold(event_type="Strategic developments", sub_event_type="Agreement", required=False),
    ]
    only_required = score_events(g, [pred()]).scores
    assert (only_required.tp, only_required.fp, only_required.fn) == (1, 0, 0)
    both = score_events(
        g, [pred(), pred(event_type="Strategic developments", sub_event_type="Agreement")]
    ).scores
    assert (both.tp, both.fp, both.fn, both.optional_matched) == (1, 0, 0, 1)


def test_matching_is_one_to_one():
    # two predictions for one gold event: one TP, one FP
    s = score_events([gold()], [pred(), pred(fatalities=3)]).scores
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    # the better-agreeing prediction is the one matched
    assert s.fatalities_correct == 1


def test_greedy_matching_pairs_each_gold_with_its_best_prediction():
    g = [gold(date="2018-05-21"), gold(date="2018-05-22")]
    p = [pred(event_date="2018-05-22"), pred(event_date="2018-05-21")]
    s = score_events(g, p).scores
    assert (s.tp, s.fp, s.fn, s.date_correct) == (2, 0, 0, 2)


def test_hand_computed_article_metrics():
    # gold: 3 required + 1 optional; predictions: 2 correct-ish, 1 optional hit, 1 spurious
    g = [
        gold(),  # matched by p0 (exact)
        gold(
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            alt_sub_event_types=["Shelling/artillery/missile attack"],
            actor2=None,
            fatalities=5,
        ),  # matched by p1: alt sub-type, wrong fatalities
        gold(
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1=IS,
            actor2="Civilians (Syria)",
            fatalities=2,
        ),  # missed
        gold(
            event_type="Strategic developments", sub_event_type="Agreement", required=False
        ),  # matched by p2, not counted
    ]
    p = [
        pred(),
        pred(
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            actor2=None,
            fatalities=4,
            certainty="reported",
        ),
        pred(event_type="Strategic developments", sub_event_type="Agreement"),
        pred(event_type="Riots", sub_event_type="Mob violence"),
    ]
    r = score_events(g, p)
    m = r.scores.metrics()
    assert (m["tp"], m["fp"], m["fn"], m["optional_matched"]) == (2, 1, 1, 1)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(2 / 3)
    assert m["sub_event_type_accuracy"] == 1.0
    assert m["fatalities_exact"] == 0.5
    assert m["certainty_accuracy"] == 0.5
    assert r.missed == (2,) and r.spurious == (3,)


def test_battle_actors_are_compared_without_direction():
    s = score_events([gold()], [pred(actor1=IS, actor2=SY)]).scores
    assert (s.actor1_correct, s.actor2_correct) == (1, 1)


def test_violence_against_civilians_actors_keep_their_order():
    g = gold(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=IS,
        actor2="Civilians (Syria)",
    )
    p = pred(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Civilians (Syria)",
        actor2=IS,
    )
    s = score_events([g], [p]).scores
    assert (s.actor1_correct, s.actor2_correct) == (0, 0)


def test_actor_period_tags_and_units_do_not_count_as_errors():
    assert actors_agree(SY, "Military Forces of Syria (2000-)")
    assert actors_agree(SY, SY + " Syrian Arab Air Force")
    assert not actors_agree(SY, "Military Forces of Russia (2000-)")
    assert not actors_agree(IS, "Islamic State (Iraq)")
    assert actors_agree(None, "")


def test_scores_add_up_across_articles():
    a = score_events([gold()], [pred()]).scores
    b = score_events([gold()], []).scores
    total = a + b
    assert (total.tp, total.fp, total.fn) == (1, 0, 1)
    assert total.metrics()["recall"] == 0.5
    assert EventScores().metrics()["precision"] is None


def test_no_gold_and_no_prediction_is_empty_not_perfect():
    m = score_events([], []).scores.metrics()
    assert m["precision"] is None and m["recall"] is None and m["f1"] is None


def test_validate_gold_event_flags_misspelt_types_and_bad_values():
    assert validate_gold_event(gold()) == []
    assert validate_gold_event(gold(sub_event_type="Air strike"))
    assert validate_gold_event(gold(event_type="Battle"))
    assert validate_gold_event(gold(lat=133.0))
    assert validate_gold_event(gold(date="21/05/2018"))
    assert validate_gold_event(gold(certainty="likely"))
    assert validate_gold_event(gold(fatalities=-1))


def test_gold_may_use_the_extraction_field_names_for_date_and_coordinates():
    g = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2018-05-21",
         "latitude": 33.4731, "longitude": 36.3031}
    assert validate_gold_event(g) == []
    assert score_events([g], [pred(location="elsewhere")]).scores.tp == 1


def test_errors_are_classed_by_the_one_condition_that_failed():
    far = {"location": "Aleppo", "lat": 36.2, "lon": 37.16}
    cases = [
        ([gold()], [pred(), pred(fatalities=3)], ("duplicate",), ()),
        ([gold()], [pred(**{"event_type": "Explosions/Remote violence"})], ("wrong_type",),
         ("wrong_type",)),
        ([gold()], [pred(event_date="2018-05-25")], ("wrong_date",), ("wrong_date",)),
        ([gold()], [pred(location=far["location"], latitude=far["lat"], longitude=far["lon"])],
         ("wrong_location",), ("wrong_location",)),
        ([], [pred()], ("no_gold_event",), ()),
        # fails two conditions at once: nothing near it, and the gold event is undetected
        ([gold()], [pred(event_type="Riots", event_date="2018-06-30")], ("unsupported",),
         ("not_detected",)),
    ]
    for g, p, spurious, missed in cases:
        result = score_events(g, p)
        assert result.spurious_why == spurious, (g, p)
        assert result.missed_why == missed, (g, p)


def test_a_wrong_location_outranks_a_wrong_type_in_the_explanation():
    g = [gold(), gold(event_type="Riots", sub_event_type="Violent demonstration")]
    p = [pred(location="Aleppo", latitude=36.2, longitude=37.16)]
    result = score_events(g, p)
    assert result.spurious_why == ("wrong_location",)
    assert result.missed_why == ("wrong_location", "not_detected")
