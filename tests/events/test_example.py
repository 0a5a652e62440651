"""The founding example (south Damascus, 21 May 2018): through the full pipeline when every stage
exists, and through the events stage alone on the same kind of prose with hand-made layers."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import EXAMPLE, need_shared
from .helpers import run

D = dt.date
REGIME = "Military Forces of Syria (2000-2024)"
IS = "Islamic State (Syria)"


@pytest.fixture(scope="module")
def example() -> dict:
    need_shared(EXAMPLE)
    import rasad
    from rasad.errors import RasadError

    try:
        return rasad.extract(EXAMPLE.read_text(encoding="utf-8"), published="2018-05-21")
    except RasadError as exc:
        if getattr(exc, "stage", None) not in (None, "events"):
            pytest.skip(f"another pipeline stage is not usable yet: {exc}")
        raise


def _events(result: dict, sub: str) -> list[dict]:
    return [e for e in result["events"] if e["sub_event_type"] == sub]


def test_example_regime_retakes_yarmouk_camp_on_21_may(example: dict) -> None:
    hits = _events(example, "Government regains territory")
    assert len(hits) == 1
    e = hits[0]
    assert (e["event_type"], e["event_date"], e["actor1"]) == ("Battles", "2018-05-21", REGIME)
    assert "Yarmuk" in e["location"] or "Yarmouk" in e["location"]
    assert e["country"] == "Syria" and e["iso"] == "760"


def test_example_is_evacuation_deal_reported_by_activists_and_denied(example: dict) -> None:
    deals = _events(example, "Agreement")
    assert len(deals) == 1
    e = deals[0]
    assert e["event_type"] == "Strategic developments"
    assert e["event_date"] in ("2018-05-19", "2018-05-20")
    assert {e["actor1"], e["actor2"]} == {REGIME, IS}
    assert "Activists" in (e["claimed_by"] or "")
    assert e["certainty"] == "denied"


def test_example_resumed_operations_in_hajar_al_aswad(example: dict) -> None:
    clashes = [e for e in _events(example, "Armed clash") if "Hajar" in (e["location"] or "")]
    assert len(clashes) == 1
    assert clashes[0]["event_date"] == "2018-05-21"
    assert {clashes[0]["actor1"], clashes[0]["actor2"]} == {REGIME, IS}


def test_example_900_dead_over_28_days_only_in_claims(example: dict) -> None:
    assert all(e["fatalities"] in (0, None) or e["fatalities"] < 900 for e in example["events"])
    totals = [c for c in example["claims"] if c["kind"] == "casualty_total"]
    assert 900 in [c["value"] for c in totals]
    amaq = next(c for c in totals if c["value"] == 900)
    assert "Amaq" in (amaq["claimed_by"] or "")


def test_example_notes_are_english_sentences(example: dict) -> None:
    for e in example["events"]:
        assert e["notes"].startswith(("On ", "Around ", "In the month of "))
        assert e["notes"].endswith(".")
        assert 0.0 <= e["confidence"] <= 1.0


# ---- the same phenomena, written afresh, through the events stage alone ----------------------
ARTICLE = (
    "أعلنت قوات النظام، اليوم الاثنين، عن سيطرتها على مخيم اليرموك جنوب دمشق.\n\n"
    "وقالت وسائل إعلام موالية إن قوات النظام استأنفت عملياتها العسكرية ضد داعش في الحجر الأسود.\n\n"
    "وكانت قد خرجت حافلات تقل عناصر من داعش ليل السبت-الأحد من مخيم اليرموك نحو البادية، "
    "ضمن اتفاق بين داعش وقوات النظام.\n\n"
    "وأكد ناشطون خروج دفعتين من مقاتلي داعش إلى البادية.\n\n"
    "ونفت قوات النظام التوصل إلى اتفاق مع داعش.\n\n"
    "ونشرت وكالة أعماق إحصائية قالت فيها إن 700 عنصر من قوات النظام قتلوا خلال شهر من المعارك."
)
DATES = {
    "اليوم الاثنين": (D(2018, 5, 21), D(2018, 5, 21), 1, None),
    "ليل السبت-الأحد": (D(2018, 5, 19), D(2018, 5, 20), 1, "night"),
}


@pytest.fixture(scope="module")
def handmade():
    return run(ARTICLE, published=D(2018, 5, 21), dates=DATES, roles={"البادية": "destination"})


def test_handmade_takeover_and_clash_are_separate_events(handmade) -> None:
    subs = sorted(e.sub_event_type for e in handmade.events)
    assert subs == ["Agreement", "Armed clash", "Government regains territory"]
    take = next(e for e in handmade.events if e.sub_event_type == "Government regains territory")
    assert (take.location, take.event_date, take.actor1) == ("Yarmouk camp", "2018-05-21", REGIME)
    assert take.certainty == "asserted"
    clash = next(e for e in handmade.events if e.sub_event_type == "Armed clash")
    assert clash.location == "Al Hajar al Aswad" and clash.actor2 == IS
    assert clash.certainty == "reported"


def test_handmade_deal_merges_reports_keeps_night_date_and_is_denied(handmade) -> None:
    deal = next(e for e in handmade.events if e.sub_event_type == "Agreement")
    assert deal.event_date == "2018-05-19"
    assert deal.location == "Yarmouk camp"  # the origin, not the destination
    assert {deal.actor1, deal.actor2} == {REGIME, IS}
    assert "Activists" in deal.claimed_by
    assert deal.certainty == "denied"


def test_handmade_total_is_a_claim(handmade) -> None:
    assert [(c.kind, c.value) for c in handmade.claims] == [("casualty_total", 700)]
    assert handmade.claims[0].claimed_by == "Amaq News Agency"
    assert all(e.fatalities == 0 for e in handmade.events)
