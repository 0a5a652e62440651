"""Words after a place head noun that make no local name (cues.yaml not_local_names and
not_places.tsv phrases): time nouns after "قضاء" (spending), markets of trade after "سوق",
quantifiers, adverbs, a car park, a front's party, and "حي" meaning alive or live.
Real quarters, markets and streets with names stay."""

from __future__ import annotations

import rasad


def _local(text: str) -> set[str]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return {p["mention"] for p in places}


def test_spending_the_holiday_is_no_district():
    assert _local("واختفت السائحة أثناء قضاء العطلة في إسطنبول.") == {"إسطنبول"}


def test_a_rental_market_is_no_market_place():
    assert _local("وارتفعت الأسعار في سوق الإيجارات في لندن هذا الصيف.") == {"لندن"}


def test_the_yard_of_one_of_the_centres_is_no_square():
    found = _local("وجلس الأطفال في ساحة أحد مراكز الإيواء في مدينة مصراتة.")
    assert not any(m.startswith("ساحة") for m in found)


def test_alive_and_well_is_no_quarter():
    found = _local("وأكد أنصاره أن القائد حي يرزق ويقود المعارك في الصحراء الليبية.")
    assert not any("يرزق" in m for m in found)


def test_a_live_broadcast_is_no_quarter():
    found = _local("وأعلنت إضرابها عن الطعام في بث حي ومباشر من منزلها في تعز.")
    assert not any("مباشر" in m for m in found)


def test_a_named_quarter_and_a_named_market_stay():
    assert "الشجاعية" in _local("وقصفت المدفعية منازل في حي الشجاعية شرق مدينة غزة.")
    found = _local("وتقدمت القوات نحو سوق الخميس غرب مديرية القبيطة.")
    assert any("الخميس" in m for m in found)


def test_a_quarter_named_after_a_date_stays():
    found = _local("وسقطت قذائف على حي واحد حزيران في مدينة دير الزور.")
    assert any("حزيران" in m for m in found)


def test_a_named_street_after_a_qualifier_stays():
    found = _local("وانفجرت عبوة في شارع الثلاثين غرب مدينة تعز.")
    assert any("الثلاثين" in m for m in found)
