"""An act dated by a later year than the article's ("بعد انسحاب القوات القتالية في نهاية 2014"
in news of 2013) is a plan or a schedule, no event; a past year, or a future year told as a
term ("حتى عام 2014"), is not read so."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2013-02-22") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_withdrawal_at_the_end_of_next_year_is_no_event() -> None:
    text = (
        "ذكر مسؤولون، اليوم الجمعة، أن حلف شمال الأطلسي سيحتفظ بنحو عشرة آلاف جندي لتدريب "
        "الجيش الأفغاني بعد انسحاب القوات القتالية في نهاية 2014."
    )
    assert _types(text) == []
    text = (
        "وقال مسؤولون اليوم الجمعة إن حلف شمال الأطلسي سيترك قوة صغيرة لتدريب الجيش "
        "الأفغاني بعد انسحاب قواته القتالية من أفغانستان في نهاية 2014."
    )
    assert _types(text) == []


def test_a_deal_signed_for_a_term_ending_later_stays() -> None:
    text = "ووقع الطرفان اليوم الجمعة في الدوحة اتفاقا لوقف إطلاق النار يمتد حتى عام 2014."
    assert "Agreement" in _types(text)


def test_an_act_of_the_day_beside_a_later_year_stays() -> None:
    text = (
        "قتل ثلاثة جنود اليوم الجمعة في انفجار عبوة ناسفة بولاية هلمند قبل انسحاب القوات "
        "المقرر في نهاية 2014."
    )
    assert "Remote explosive/landmine/IED" in _types(text)
