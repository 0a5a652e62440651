"""A territory word in the sentence of a crowd broken up ("أحكمت قوات الأمن سيطرتها على محيط
الميدان بعد فض الاعتصام"): the ground held is the sit-in's, cleared by force; ACLED codes the
dispersal (Protests / Protest with intervention), no change of control between armed sides."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-05-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_control_of_a_square_after_breaking_up_a_sit_in_is_a_protest_with_intervention() -> None:
    text = (
        "أحكمت قوات الأمن سيطرتها على محيط الميدان الرئيسي في مدينة الجيزة الأربعاء "
        "بعد فض الاعتصام المؤيد للرئيس السابق."
    )
    assert _subs(text) == ["Protest with intervention"]


def test_control_taken_to_disperse_marchers_is_a_protest_with_intervention() -> None:
    text = "وسيطرت قوات الشرطة على الشوارع المؤدية إلى الساحة في الخرطوم الأحد لتفريق المتظاهرين."
    assert _subs(text) == ["Protest with intervention"]


def test_a_town_taken_after_battles_stays_a_territorial_gain() -> None:
    text = "سيطر الجيش على مدينة الرمادي الأحد بعد معارك عنيفة مع مسلحي التنظيم."
    assert _subs(text) == ["Government regains territory"]
