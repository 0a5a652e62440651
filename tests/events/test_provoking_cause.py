"""An act named as the subject of a verb of provoking ("وأثار الاغتيال موجة من الغضب",
"أزمة فجرها اغتيال المعارض") with no day of its own is the cause of what is reported, an
event told before: no event on the publication day. With a day it stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-02-19") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_crisis_sparked_by_an_assassination_is_no_new_attack() -> None:
    text = (
        "واستقالت الحكومة التونسية أمس بعد أسابيع من الجدل.\n"
        "وتعيش البلاد أزمة سياسية حادة فجرها اغتيال الناشط المعارض في العاصمة تونس."
    )
    assert _subs(text) == []


def test_an_assassination_that_stirred_anger_is_no_new_attack() -> None:
    text = (
        "وتظاهر مئات الصحفيين أمس أمام مقر الحكومة في بيروت.\n"
        "وأثار اغتيال الصحفي المعروف موجة واسعة من الغضب في الأوساط السياسية في بيروت."
    )
    assert "Attack" not in _subs(text)


def test_a_killing_with_its_own_day_that_stirred_anger_stays_an_attack() -> None:
    text = "وأثار مقتل الشاب أمس برصاص الشرطة موجة غضب في مدينة القصرين."
    assert _subs(text) == ["Attack"]


def test_a_bombing_that_caused_deaths_stays_an_event() -> None:
    # "تسبب" and "أسفر" tell today's act and its toll, no earlier cause
    text = "وتسبب الانفجار في مقتل خمسة مدنيين في سوق مدينة بعقوبة."
    assert _subs(text) != []


def test_a_lead_assassination_that_stirred_anger_stays_the_news() -> None:
    # the lead tells the news: its act is today's, whatever it provoked
    text = "أثار اغتيال الناشط المعارض في العاصمة تونس غضبا واسعا."
    assert _subs(text) == ["Attack"]
