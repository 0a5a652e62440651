"""A talent show's coaches "snatching" contestants and a novel's plot are no abductions or
arrests; an abduction told in the news stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-25") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_coaches_snatching_contestants_is_no_abduction() -> None:
    text = (
        "وتمنت المطربة خطف متسابقة من زميلتها، بعدما نجحت الأخرى في ضم المتسابقين الأقوى"
        " في بيروت أمس."
    )
    assert _subs(text) == []


def test_a_novel_whose_hero_is_arrested_tells_no_arrest() -> None:
    text = (
        "وفي روايته الأخيرة، كما في كل الروايات التي كتبها المؤلف، يعتقل الأمن بطل الحكاية"
        " في دمشق أمس."
    )
    assert _subs(text) == []


def test_an_abduction_in_the_news_stays() -> None:
    text = "خطف مسلحون مجهولون اليوم خمسة مواطنين في بغداد."
    assert _subs(text, "2018-05-10") == ["Abduction/forced disappearance"]
