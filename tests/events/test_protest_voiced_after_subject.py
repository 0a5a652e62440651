"""A protest voiced by an organisation, its name between the verb and "عن" ("عبرت منظمة …
عن احتجاجها على …"), or a protest talked about after "عن", is a stance or a topic, no
demonstration; a crowd that marches to voice its protest is still one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_PROTESTS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}


def test_an_organisation_voicing_its_protest_is_no_demonstration() -> None:
    text = (
        "وعبرت منظمة العفو الدولية الثلاثاء عن احتجاجها على قرار الحكومة إغلاق مكاتب "
        "الجمعيات الأهلية في مدينة الخرطوم."
    )
    assert not _PROTESTS & set(_subs(text))


def test_a_union_voicing_its_protest_with_a_long_name_is_no_demonstration() -> None:
    text = (
        "وأعربت نقابة الصحفيين في محافظة البصرة أمس عن احتجاجها الشديد على منع مراسليها من "
        "دخول مبنى المحافظة."
    )
    assert not _PROTESTS & set(_subs(text))


def test_a_crowd_marching_to_voice_its_protest_is_still_a_protest() -> None:
    text = (
        "وتظاهر مئات الطلاب الثلاثاء أمام مبنى الجامعة في مدينة الخرطوم تعبيرا عن احتجاجهم "
        "على رفع الرسوم."
    )
    assert _subs(text) == ["Peaceful protest"]
