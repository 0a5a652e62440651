""""ك" before an agent noun names the role someone is used in ("جندوا الفتية كانتحاريين",
"يستخدمون النساء كمفجرات"), not a bombing done."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-10-02") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_recruiting_boys_as_suicide_bombers_is_no_bombing() -> None:
    text = "وقالت منظمة حقوقية اليوم إن المسلحين جندوا عشرات الفتية كانتحاريين في مدينة الرقة."
    assert _subs(text) == []


def test_using_children_as_suicide_bombers_is_no_bombing() -> None:
    text = (
        "واتهم تقرير أممي صدر اليوم المسلحين باستخدام الفتية كمقاتلين انتحاريين في مدينة"
        " الرقة."
    )
    assert _subs(text) == []


def test_a_suicide_bomber_blowing_himself_up_stays_a_bombing() -> None:
    text = "وفجر انتحاري نفسه اليوم في سوق بمدينة الرقة مما أسفر عن مقتل خمسة مدنيين."
    assert _subs(text) == ["Suicide bomb"]
