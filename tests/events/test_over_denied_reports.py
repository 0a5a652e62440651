"""An act a report or rumour told of, when the report is the object of a denial earlier in
its sentence with the denier's name, a day or an appositive between ("نفت الهيئة، الأحد، ما
تداولته وسائل إعلام … حول استهداف المطار"), is denied as the report is: no event of its own,
however far the denial word stands. A report after a turn ("فيما أكدت الأنباء") is another
statement. From an eighth audit of fresh news."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-09-30") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_strike_a_denied_rumour_told_of_is_no_event() -> None:
    text = (
        "نفت سلطة الطيران المدني في الإمارات، صباح الأحد، ما تداولته وسائل إعلام موالية "
        "لجماعة الحوثي عن استهداف مطار أبوظبي الدولي بطائرة مسيرة."
    )
    assert _events(text) == []


def test_a_takeover_in_denied_news_is_no_event() -> None:
    text = (
        "ونفى مصدر عسكري سوري، في تصريح لوكالة الأنباء الرسمية مساء السبت، الأنباء عن "
        "سيطرة فصائل المعارضة على بلدة مورك في ريف حماة."
    )
    assert _events(text) == []


def test_a_report_after_a_turn_is_not_denied() -> None:
    text = (
        "نفى الجيش سقوط قتلى في صفوفه، فيما أكدت الأنباء مقتل خمسة جنود في هجوم على "
        "حاجز قرب مدينة العريش الأحد."
    )
    assert _events(text) != []
