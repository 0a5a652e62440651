"""Forces named only by "the regime" ("قوات النظام", "جيش النظام") in a story told only of
another country than Syria are that country's regime's forces; in a Syrian story, or with
Syria told anywhere in it, they stay Syria's."""

from __future__ import annotations

import rasad


def _actors(text: str, published: str) -> set[str | None]:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return {events[0]["actor1"], events[0]["actor2"]}


def test_regime_forces_in_a_guinean_story_are_guineas() -> None:
    text = (
        "كوناكري - قُتل متظاهران برصاص قوات النظام في حي بامبيتو بالعاصمة الغينية كوناكري "
        "خلال احتجاجات على الانتخابات."
    )
    actors = _actors(text, "2020-10-22")
    assert "Military Forces of Guinea" in " ".join(a or "" for a in actors)
    assert not any("Syria" in (a or "") for a in actors)


def test_regime_forces_in_a_syrian_story_stay_syrias() -> None:
    actors = _actors("قصفت قوات النظام بلدة كفرنبل في ريف إدلب بالمدفعية.", "2018-09-09")
    assert "Military Forces of Syria (2000-2024)" in actors


def test_syria_told_elsewhere_in_the_story_keeps_the_regime_syrias() -> None:
    text = (
        "قصفت قوات النظام بالمدفعية جرود بلدة عرسال اللبنانية. "
        "ويتهم لبنانيون الجيش السوري بقصف المنطقة الحدودية مع سوريا مرارا."
    )
    actors = _actors(text, "2014-08-09")
    assert "Military Forces of Syria (2000-2024)" in actors
