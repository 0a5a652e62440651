"""An article that opens with a court's ruling tells the case: the acts it relates without a
day of their own (the killing tried, the bombing of last year, the battle it happened in) are
long past, not the day's events. Acts with a day of their own stay. From a seventh audit of
fresh news (trials and verdicts coded as events were a frequent false-positive class)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_bombing_a_court_tried_is_no_event_of_the_day() -> None:
    text = (
        "قضت محكمة مصرية الثلاثاء بإعدام عشرة أشخاص في قضية تفجير كنيسة.\n"
        "واستهدف تفجير كنيسة في مدينة طنطا أثناء الصلاة، مما أدى إلى مقتل 30 شخصا."
    )
    assert _subs(text) == []


def test_the_battle_a_ruling_recalls_is_no_event_of_the_day() -> None:
    text = (
        "حكمت محكمة عسكرية في جوبا بسجن خمسة جنود.\n"
        "ووقعت الجرائم أثناء معارك بين القوات الحكومية والمتمردين في جوبا قتل فيها 70 شخصا."
    )
    assert _subs(text) == []


def test_an_attack_with_its_own_day_after_a_ruling_stays() -> None:
    text = (
        "قضت محكمة مصرية الثلاثاء بإعدام عشرة أشخاص في قضية تفجير كنيسة.\n"
        "وفي سياق آخر، انفجرت عبوة ناسفة في مدينة العريش صباح اليوم الأربعاء."
    )
    assert _subs(text, published="2017-04-12") == ["Remote explosive/landmine/IED"]


def test_a_bombing_without_a_ruling_is_still_an_event() -> None:
    text = "واستهدف تفجير كنيسة في مدينة طنطا أثناء الصلاة، مما أدى إلى مقتل 30 شخصا."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_an_arrest_told_as_other_news_after_a_ruling_stays() -> None:
    text = (
        "حكمت محكمة بحرينية بسجن شرطيين بعد إدانتهما بقتل ناشط.\n"
        "في هذه الأثناء ألقي القبض على ستة أشخاص في المنامة بتهمة الإساءة إلى الملك."
    )
    assert _subs(text) == ["Arrests"]


def test_an_arrest_told_as_part_of_the_case_is_none() -> None:
    text = (
        "حكمت محكمة بحرينية بسجن شرطيين بعد إدانتهما بقتل ناشط.\n"
        "وكانت الشرطة قد ألقت القبض على الناشط في المنامة قبل أن يموت في السجن."
    )
    assert "Arrests" not in _subs(text)
