"""A protest that may happen, any kind of protest, and the squares of protest in general are
no protest on a day; a named square's sit-in with its day stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_likelihood_of_violent_demonstrations_is_no_protest() -> None:
    text = (
        "وجددت الحكومة البريطانية الأربعاء تحذيرها لرعاياها في تونس حول احتمالية وقوع مظاهرات"
        " عنيفة في العاصمة."
    )
    assert _subs(text) == []


def test_keeping_away_from_any_kind_of_demonstration_is_no_protest() -> None:
    text = "ونصحت السفارة رعاياها في تونس بالابتعاد عن أي نوع من المظاهرات في العاصمة."
    assert _subs(text) == []


def test_the_squares_of_protest_in_general_are_no_protest() -> None:
    text = "وقالت الناشطة السبت إن النساء تصدرن ميادين التظاهر في بيروت."
    assert _subs(text) == []


def test_the_preacher_of_a_named_sit_in_square_tells_the_days_sit_in() -> None:
    text = "وألقى خطيب ساحة الاعتصام في مدينة سامراء الجمعة كلمة هاجم فيها رئيس الحكومة."
    assert _subs(text) == ["Peaceful protest"]
