"""Place scorer: matching by normalised mention and the metric arithmetic, on hand-made inputs."""

from __future__ import annotations

import pytest

from rasad.evaluation.places import (
    PlaceScores,
    compare_places,
    haversine_km,
    mention_key,
    score_places,
)

KM_PER_DEG_LAT = 111.195  # great-circle km per degree of latitude on the mean-radius sphere


def g(mention, lat, lon, *, admin1=None, role="event_location", country="SY", **kw):
    return {"mention": mention, "name": mention, "lat": lat, "lon": lon, "country": country,
            "admin1": admin1, "role": role, "geo_precision": 1, **kw}


def p(mention, lat, lon, *, admin1=None, role="event_location", country="SY"):
    return {"mention": mention, "start": 0, "end": len(mention), "name": mention,
            "name_ar": mention, "geonameid": None, "lat": lat, "lon": lon, "country": country,
            "admin1": admin1, "admin2": None, "feature_code": None, "role": role,
            "geo_precision": 1}


YARMOUK = g("مخيم اليرموك", 33.4699, 36.3018, admin1="Damascus")
DAMASCUS = g("دمشق", 33.5102, 36.2913, admin1="Damascus", role="other")
SYRIA = g("سوريا", 35.0, 38.3, role="other", place_type="country")


def test_counts_and_metrics_on_a_mixed_article():
    predicted = [
        p("مخيم اليرموك", 33.4699, 36.3018, admin1="Damascus", role="other"),
        p("مخيم اليرموك", 33.4699, 36.3018, admin1="Damascus", role="event_location"),
        # 20 km north of the gold point, wrong governorate, right role
        p("دمشق", 33.5102 + 20 / KM_PER_DEG_LAT, 36.2913, admin1="Rural Damascus", role="other"),
        # a country far from the gold centroid but the same country code; wrong role
        p("سوريا", 34.8, 39.0, role="event_location"),
        p("اللاذقية", 35.52, 35.78, admin1="Lattakia"),  # not in gold: a false place
    ]
    s = score_places([YARMOUK, DAMASCUS, SYRIA], predicted)
    assert s == PlaceScores(gold=3, predicted=4, matched=3, within_10km=2, admin1_correct=2,
                            role_correct=2, false_places=1)
    m = s.metrics()
    assert m["accuracy_10km"] == pytest.approx(2 / 3)
    assert m["precision"] == pytest.approx(3 / 4)
    assert m["admin1_accuracy"] == pytest.approx(2 / 3)
    assert m["role_accuracy"] == pytest.approx(2 / 3)


def test_the_comparison_lists_missed_far_and_false_places():
    predicted = [
        p("دمشق", 33.5102 + 20 / KM_PER_DEG_LAT, 36.2913),  # 20 km off
        p("اللاذقية", 35.52, 35.78),  # names no gold place
    ]
    scores, wrong = compare_places([YARMOUK, DAMASCUS], predicted)
    assert scores == score_places([YARMOUK, DAMASCUS], predicted)
    assert wrong["missed"] == ["مخيم اليرموك"]
    assert [(f["mention"], round(f["km"])) for f in wrong["far"]] == [("دمشق", 20)]
    assert wrong["false"] == ["اللاذقية"]


def test_ten_km_boundary():
    gold = [g("دوما", 33.5718, 36.4027)]
    near = score_places(gold, [p("دوما", 33.5718 + 9.9 / KM_PER_DEG_LAT, 36.4027)])
    far = score_places(gold, [p("دوما", 33.5718 + 10.1 / KM_PER_DEG_LAT, 36.4027)])
    assert (near.within_10km, far.within_10km) == (1, 0)
    assert near.matched == far.matched == 1


def test_haversine_one_degree_of_latitude():
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(KM_PER_DEG_LAT, abs=0.01)
    # Damascus - Aleppo, about 310 km
    assert haversine_km(33.5102, 36.2913, 36.2024, 37.1518) == pytest.approx(310, abs=5)


def test_spelling_variants_and_definite_article_match_the_same_gold_place():
    assert mention_key("إدلب") == mention_key("ادلب")
    assert mention_key("الحديدة") == mention_key("حديده")
    gold = [g("ادلب", 35.93, 36.63), g("الحديدة", 14.80, 42.94, country="YE")]
    s = score_places(gold, [p("إدلب", 35.93, 36.63), p("حديدة", 14.80, 42.94, country="YE")])
    assert (s.matched, s.false_places, s.within_10km) == (2, 0, 2)


def test_aliases_merge_several_predicted_mentions_into_one_place():
    ghouta = g("الغوطة الشرقية", 33.54, 36.40, admin1="Rural Damascus", aliases=["الغوطة"])
    s = score_places([ghouta], [p("الغوطة", 33.55, 36.41, admin1="Rural Damascus"),
                                p("الغوطة الشرقية", 33.55, 36.41, admin1="Rural Damascus")])
    assert (s.gold, s.predicted, s.matched, s.false_places) == (1, 2, 1, 0)
    assert s.metrics()["precision"] == 1.0


def test_missing_place_lowers_accuracy_not_precision():
    s = score_places([YARMOUK, DAMASCUS], [p("دمشق", 33.5102, 36.2913, admin1="Damascus",
                                              role="other")])
    m = s.metrics()
    assert (s.matched, s.within_10km) == (1, 1)
    assert m["accuracy_10km"] == 0.5
    assert m["precision"] == 1.0
    assert m["role_accuracy"] == 1.0


def test_first_located_occurrence_gives_the_coordinates():
    s = score_places([YARMOUK], [p("اليرموك مخيم", None, None),  # different mention: false place
                                 p("مخيم اليرموك", None, None),
                                 p("مخيم اليرموك", 33.47, 36.30, admin1="Damascus")])
    assert (s.within_10km, s.admin1_correct, s.false_places) == (1, 1, 1)


def test_unlocated_prediction_is_matched_but_not_within_10km():
    s = score_places([YARMOUK], [p("مخيم اليرموك", None, None, admin1=None)])
    assert (s.matched, s.within_10km, s.admin1_correct) == (1, 0, 0)


def test_country_scored_by_country_code():
    s = score_places([SYRIA], [p("سوريا", 35.0, 38.3, country="IQ", role="other")])
    assert (s.within_10km, s.role_correct) == (0, 1)


def test_admin1_comparison_ignores_punctuation_and_case():
    gold = [g("درعا", 32.62, 36.10, admin1="Dar'a")]
    assert score_places(gold, [p("درعا", 32.62, 36.10, admin1="dar`a")]).admin1_correct == 1
    assert score_places(gold, [p("درعا", 32.62, 36.10, admin1="Damascus")]).admin1_correct == 0


def test_scores_add_over_articles():
    a = PlaceScores(gold=3, predicted=4, matched=3, within_10km=2, admin1_correct=2,
                    role_correct=2, false_places=1)
    b = PlaceScores(gold=2, predicted=1, matched=1, within_10km=1, admin1_correct=1,
                    role_correct=0, false_places=0)
    total = a + b
    assert total == PlaceScores(gold=5, predicted=5, matched=4, within_10km=3, admin1_correct=3,
                                role_correct=2, false_places=1)
    m = total.metrics()
    assert m["accuracy_10km"] == pytest.approx(3 / 5)
    assert m["precision"] == pytest.approx(4 / 5)
    assert m["admin1_accuracy"] == pytest.approx(3 / 4)
    assert m["role_accuracy"] == pytest.approx(2 / 4)
    assert sum([a, b], PlaceScores()) == total


def test_empty_article_scores_zero_without_dividing_by_zero():
    s = score_places([], [])
    assert s == PlaceScores()
    assert all(v == 0.0 for v in s.metrics().values())
    only_false = score_places([], [p("حلب", 36.2, 37.15)])
    assert only_false.metrics()["precision"] == 0.0
