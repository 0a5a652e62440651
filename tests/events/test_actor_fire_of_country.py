"""Fire named by a country's adjective ("بنيران إسرائيلية", "برصاص تركي") is that country's
forces firing: the doer of the killing, not an unnamed group and not its victim."""

from __future__ import annotations

import rasad

ISRAEL = "Military Forces of Israel (2022-)"
TURKEY = "Military Forces of Turkey (2016-)"


def _events(text: str, published: str = "2024-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_israeli_fire_kills_palestinians() -> None:
    text = "قتل ثلاثة فلسطينيين بنيران إسرائيلية مساء أمس شرق مدينة غزة."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == ISRAEL
    assert events[0]["actor2"] == "Civilians (Palestine)"


def test_turkish_bullets_name_the_turkish_army() -> None:
    text = "قتل مزارع برصاص تركي قرب الحدود في ريف إدلب الغربي."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == TURKEY


def test_fire_without_a_country_names_nobody() -> None:
    text = "قتل مدنيان بنيران مجهولة في مدينة الموصل."
    for e in _events(text, "2019-03-02"):
        assert "Military Forces" not in (e["actor1"] or "")


def test_victims_nationality_not_the_killers_names_the_civilians() -> None:
    # no place: the killer's country must not become the civilians' country
    text = "قتل خمسة فلسطينيين برصاص القوات الإسرائيلية خلال مسيرة العودة أمس."
    events = [e for e in _events(text) if e["actor2"] and e["actor2"].startswith("Civilians")]
    assert events, "no attack on civilians read"
    assert events[0]["actor2"] == "Civilians (Palestine)"
