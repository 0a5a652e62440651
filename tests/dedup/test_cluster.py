"""Cross-article clustering: compatibility rules, merge rules, order independence, and
pairwise precision/recall on a hand-made gold."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.dedup import (
    EventRecord,
    cluster,
    compatible,
    conservative_fatalities,
    merge,
    pairwise_scores,
)
from rasad.dedup.cluster import dedup_key

REGIME = "Military Forces of Syria (2000-2024)"
REGIME_AIR = "Military Forces of Syria (2000-2024) Syrian Arab Air Force"
IS = "Islamic State (Syria)"
HTS = "HTS: Hayat Tahrir al Sham"
REBELS = "Opposition Rebels (Syria)"
UNKNOWN = "Unidentified Armed Group (Syria)"
CIVILIANS = "Civilians (Syria)"

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")

# name, lat, lon, admin1, admin2
SARAQIB = ("Saraqib", 35.8642, 36.8006, "Idlib", "Idlib")
SARAQIB_EAST = ("Saraqib", 35.8630, 36.8150, "Idlib", "Idlib")  # 1.3 km: another gazetteer point
TAFTANAZ = ("Taftanaz", 35.9981, 36.7811, "Idlib", "Idlib")  # 15 km from Saraqib
KHAN_SHAYKHUN = ("Khan Shaykhun", 35.4417, 36.6467, "Idlib", "Maarat an Nu'man")
DOUMA = ("Douma", 33.5711, 36.4031, "Rif Dimashq", "Duma")

_counter = iter(range(10**6))


def ev(
    kind=SHELLING, place=SARAQIB, date="2019-05-02", *, actors=(REGIME, None), fat=None,
    precision=1, article=None, outlet=None, country="Syria", tp=1,
) -> EventRecord:
    n = next(_counter)
    name, lat, lon, a1, a2 = place
    if precision == 2:
        name, lat, lon = None, None, None  # only the district is known
    if precision == 3:
        name, lat, lon, a2 = None, None, None, None  # only the governorate is known
    art = article or f"art{n:04d}"
    return EventRecord(
        id=f"{art}:{n}", article_id=art, event_type=kind[0], sub_event_type=kind[1],
        event_date=date, time_precision=tp, actor1=actors[0], actor2=actors[1],
        location=name, admin1=a1, admin2=a2, country=country, iso="760",
        latitude=lat, longitude=lon, geo_precision=precision, fatalities=fat,
        certainty="reported", outlet=outlet, published=date,
    )


# -- compatibility rules ----------------------------------------------------------------------


def test_same_shelling_told_by_two_outlets_is_compatible():
    assert compatible(ev(), ev(date="2019-05-03", place=SARAQIB_EAST))


@pytest.mark.parametrize(
    "other,why",
    [
        (dict(kind=CLASH), "another event type"),
        (dict(date="2019-05-04"), "two days later"),
        (dict(place=TAFTANAZ), "15 km away"),
        (dict(place=DOUMA), "another governorate"),
        (dict(actors=(REGIME, IS)), "a named actor on each side differs"),
        (dict(country="Iraq"), "another country"),
    ],
)
def test_incompatible_reports(other, why):
    a = ev(actors=(REGIME, HTS))
    assert not compatible(a, ev(**{"actors": (REGIME, HTS), **other})), why


def test_events_of_one_article_never_merge():
    assert not compatible(ev(article="same"), ev(article="same"))


def test_district_level_report_matches_a_precise_one_in_that_district():
    assert compatible(ev(precision=2), ev())
    assert not compatible(ev(precision=2, place=KHAN_SHAYKHUN), ev())


def test_province_level_report_matches_any_place_of_that_province():
    assert compatible(ev(precision=3), ev(place=KHAN_SHAYKHUN))
    assert not compatible(ev(precision=3, place=DOUMA), ev())


def test_fewer_or_unnamed_actors_do_not_contradict():
    full = ev(kind=CLASH, actors=(REGIME, REBELS))
    assert compatible(full, ev(kind=CLASH, actors=(REGIME, None)))
    assert compatible(full, ev(kind=CLASH, actors=(UNKNOWN, REGIME)))
    assert compatible(ev(actors=(REGIME_AIR, CIVILIANS)), ev(actors=(REGIME, CIVILIANS)))


def test_missing_dates_never_merge():
    a, b = replace(ev(), event_date=None, published=None), replace(ev(), event_date=None)
    assert not compatible(a, b)


def test_dedup_key_normalises_country_names_and_codes():
    assert dedup_key("Battles", "Syria") == dedup_key("Battles", "SY") == "Battles|SY"
    assert dedup_key("Battles", None, "760") == "Battles|SY"
    assert dedup_key("Battles", None) == "Battles|?"


# -- merge rules ------------------------------------------------------------------------------


def test_merge_takes_the_most_precise_place_and_date_and_lowest_positive_toll():
    vague = ev(precision=3, fat=7, date="2019-05-03", tp=2, outlet="شبكة ب")
    precise = ev(place=SARAQIB, fat=4, outlet="وكالة أ")
    district = ev(precision=2, fat=6, outlet="وكالة أ")
    m = merge([vague, district, precise])
    assert (m["location"], m["geo_precision"], m["latitude"]) == ("Saraqib", 1, 35.8642)
    assert (m["event_date"], m["time_precision"]) == ("2019-05-02", 1)
    assert m["fatalities"] == 4
    assert m["n_sources"] == 3 and m["outlets"] == "شبكة ب; وكالة أ"


def test_merge_prefers_the_report_naming_most_actors():
    m = merge([ev(actors=(UNKNOWN, None)), ev(actors=(REGIME, CIVILIANS))])
    assert (m["actor1"], m["actor2"]) == (REGIME, CIVILIANS)


def test_merge_certainty_is_the_strongest_any_source_gives():
    a = replace(ev(), certainty="denied")
    b = replace(ev(), certainty="asserted")
    assert merge([a, b])["certainty"] == "asserted"


@pytest.mark.parametrize(
    "values,expected",
    [([4, 6, 7], 4), ([0, 5], 5), ([0, None], 0), ([None, None], None), ([], None)],
)
def test_conservative_fatalities(values, expected):
    assert conservative_fatalities(values) == expected


# -- clustering -------------------------------------------------------------------------------


def test_complete_link_does_not_chain_across_days():
    d1, d2, d3 = (ev(date=f"2019-05-0{d}") for d in (1, 2, 3))
    groups = cluster([d3, d1, d2])
    assert sorted(len(g) for g in groups) == [1, 2]
    for g in groups:
        assert all(compatible(a, b) for a in g for b in g if a is not b)


def test_a_vague_report_joins_its_only_candidate_cluster():
    strike, also = ev(kind=AIR, place=SARAQIB), ev(kind=AIR, place=SARAQIB_EAST)
    vague = ev(kind=AIR, precision=3)  # "air strikes on Idlib countryside"
    assert [len(g) for g in cluster([vague, strike, also])] == [3]


def test_an_ambiguous_vague_report_founds_its_own_cluster():
    strike_a = ev(kind=AIR, place=SARAQIB)
    strike_b = ev(kind=AIR, place=TAFTANAZ)  # same day, same province, 15 km away
    vague = ev(kind=AIR, precision=3)  # could be either
    groups = {frozenset(e.id for e in g) for g in cluster([strike_a, strike_b, vague])}
    assert groups == {frozenset({strike_a.id}), frozenset({strike_b.id}), frozenset({vague.id})}


def test_artillery_and_an_air_strike_on_one_town_and_day_stay_two_events():
    assert not compatible(ev(kind=SHELLING), ev(kind=AIR))


_POOL = [
    ev(), ev(date="2019-05-03"), ev(place=SARAQIB_EAST), ev(precision=2), ev(precision=3),
    ev(place=TAFTANAZ), ev(kind=CLASH, actors=(REGIME, REBELS)), ev(kind=CLASH),
    ev(date="2019-05-04"), ev(actors=(UNKNOWN, None)), ev(place=KHAN_SHAYKHUN),
    ev(article="shared"), ev(article="shared", place=SARAQIB_EAST),
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(_POOL))
def test_clusters_do_not_depend_on_arrival_order(events):
    canon = {frozenset(e.id for e in g) for g in cluster(_POOL)}
    assert {frozenset(e.id for e in g) for g in cluster(events)} == canon


# -- pairwise precision / recall on a hand-made gold --------------------------------------------

# Each happening: (type, place, true date, actors). Places and dates are chosen so that several
# happenings sit near each other in space and time, the hard cases for a deduplicator.
_HAPPENINGS = [
    (SHELLING, SARAQIB, "2019-05-02", (REGIME, CIVILIANS)),
    (SHELLING, TAFTANAZ, "2019-05-02", (REGIME, CIVILIANS)),  # same day, 15 km away
    (SHELLING, SARAQIB, "2019-05-05", (REGIME, CIVILIANS)),  # same place, 3 days later
    (AIR, SARAQIB, "2019-05-02", (REGIME_AIR, CIVILIANS)),  # same place/day, other type
    (CLASH, KHAN_SHAYKHUN, "2019-05-03", (REGIME, HTS)),
    (CLASH, KHAN_SHAYKHUN, "2019-05-03", (REGIME, IS)),  # same place/day, other enemy
    (CLASH, DOUMA, "2019-05-03", (REGIME, REBELS)),
    (AIR, DOUMA, "2019-05-07", (REGIME_AIR, CIVILIANS)),
    (AIR, KHAN_SHAYKHUN, "2019-05-07", (REGIME_AIR, CIVILIANS)),
]


def _gold(seed: int = 7) -> tuple[list[EventRecord], list[list[str]]]:
    """Reports of each happening as outlets write them: a day late, vaguer places, fewer or
    unnamed actors, different tolls. Returns the reports and the gold clusters of their ids."""
    rng = random.Random(seed)
    reports, gold = [], []
    for h, (kind, place, date, actors) in enumerate(_HAPPENINGS):
        ids = []
        for r in range(rng.randint(1, 4)):
            day = int(date[-2:]) + (1 if rng.random() < 0.3 else 0)
            precision = rng.choice([1, 1, 1, 2, 3])
            named = actors
            if rng.random() < 0.25:
                named = (actors[0], None)
            elif rng.random() < 0.15 and kind == CLASH:
                named = (UNKNOWN, actors[0])
            e = ev(kind, place, f"{date[:-2]}{day:02d}", actors=named, precision=precision,
                   fat=rng.choice([None, 2, 3, 5]), article=f"h{h}-r{r}")
            e = replace(e, id=f"s{seed}-h{h}-r{r}:0")  # independent of other ev() calls
            reports.append(e)
            ids.append(e.id)
        gold.append(ids)
    return reports, gold


def test_pairwise_precision_and_recall_on_the_hand_made_gold():
    predicted_all, gold_all = [], []
    for seed in range(20):  # 20 seeded golds pooled: micro-averaged over all pairs
        reports, gold = _gold(seed)
        predicted_all += [[e.id for e in g] for g in cluster(reports)]
        gold_all += gold
    scores = pairwise_scores(predicted_all, gold_all)
    precision, recall = scores.precision, scores.recall
    # Measured 0.86 precision, 0.88 recall. The misses are reports no reader could place: a
    # "regime forces clashed in Khan Shaykhun" report on a day with two clashes there, when the
    # other clash has no report naming its enemy. Floors, to be raised, not lowered.
    assert precision >= 0.83, precision
    assert recall >= 0.85, recall


def test_pairwise_scores_count_pairs():
    s = pairwise_scores([["a", "b", "c"], ["d"]], [["a", "b"], ["c", "d"]])
    assert (s.predicted_pairs, s.gold_pairs, s.correct_pairs) == (3, 2, 1)
    assert s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(1 / 2)
