"""A toll of soldiers told with no act of its own, next to the explosion that killed them, is
that explosion's dead: one IED event, not an armed clash beside it (ACLED codes an IED attack
on soldiers as Remote explosive/landmine/IED)."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2018-10-04") -> list[tuple[str, int]]:
    return [
        (e["sub_event_type"], e["fatalities"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def test_soldiers_killed_then_the_bomb_told_next_are_one_ied_event() -> None:
    text = (
        "قتل 7 جنود أتراك، وأصيب آخرون، الخميس، في إقليم بطمان جنوب شرقي البلاد.\n"
        "وذكر مكتب الحاكم أن مسلحين من حزب العمال الكردستاني فجروا العبوة الناسفة أثناء مرور "
        "قافلة عسكرية في منطقة جرجوس في الإقليم."
    )
    assert _rows(text) == [("Remote explosive/landmine/IED", 7)]


def test_a_toll_far_from_the_bombing_is_not_its_toll() -> None:
    text = (
        "انفجرت عبوة ناسفة الخميس قرب سوق شعبي في مدينة الرمادي دون أن تسفر عن إصابات.\n"
        "وفي سياق آخر، أعلن الجيش عن إطلاق حملة لتأهيل الطرق في محافظة الأنبار.\n"
        "وتعمل الحكومة على إعادة النازحين إلى مدنهم في المحافظة.\n"
        "وقتل خمسة جنود عراقيين الخميس في مدينة الفلوجة."
    )
    rows = _rows(text)
    assert ("Remote explosive/landmine/IED", 0) in rows
    assert ("Remote explosive/landmine/IED", 5) not in rows
