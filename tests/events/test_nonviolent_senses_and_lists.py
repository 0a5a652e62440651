"""A prank's victim, a taste for martial arts and the protesters' demands tell no act; an item
joined by "بالإضافة إلى" to a call shares the call's reading. Killings, fighting and
demonstrations told as news stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-25") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_victim_of_a_prank_is_no_attack() -> None:
    text = "ووقعت ثلاث فنانات في القاهرة أمس ضحايا لمقلب زميلهن الفنان رامز جلال."
    assert _subs(text) == []


def test_a_taste_for_martial_arts_is_no_clash() -> None:
    text = (
        "وكان مطلق النار قتل أربعة جنود في مدينة تشاتانوغا الأميركية. وقد عرف بحماسه لفنون"
        " القتال."
    )
    assert "Armed clash" not in _subs(text, "2015-07-21")


def test_the_protesters_demands_are_no_protest() -> None:
    text = "وقال الحكيم أمس إن مجلس النواب يساهم في تلبية المطالب المشروعة للمتظاهرين في الأنبار."
    assert _subs(text) == []


def test_a_strike_joined_to_a_call_is_called_for_too() -> None:
    text = (
        "ودعا عباس إلى تنكيس الأعلام في رام الله لمدة 3 أيام، بالإضافة إلى إضراب الثلاثاء"
        " لمرور 70 عاما على النكبة."
    )
    assert _subs(text, "2018-05-14") == []


def test_a_demonstration_and_its_banners_stay() -> None:
    text = "وتظاهر المئات اليوم في الأنبار، ورفع المتظاهرون لافتات تطالب بالإفراج عن المعتقلين."
    assert _subs(text) == ["Peaceful protest"]


def test_fighting_told_as_news_stays() -> None:
    text = "واندلع القتال اليوم بين الجيش والمسلحين في مدينة درعا."
    assert _subs(text) == ["Armed clash"]
