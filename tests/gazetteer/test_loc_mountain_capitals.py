"""A capital abroad after "جبل" is a mountain named like it: "جبل القاهرة" in a Yemeni front
report is not Cairo. A capital after "جبل" in a story about its own country stays, and so
does a capital named without the mountain noun."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    out = rasad.extract(text, published="2018-05-21")["places"]
    return [(p["name"], p["country"]) for p in out]


def test_mountain_named_after_a_capital_abroad():
    places = _places(
        "استعادت قوات الجيش اليمني منطقة الظهرة وجبل القاهرة الاستراتيجي في محافظة الجوف."
    )
    assert ("Cairo", "EG") not in places
    assert ("Al Jawf", "YE") in places


def test_capital_of_the_story_country_stays():
    places = _places("أصيب شرطي في هجوم على دورية في جبل عمان بالعاصمة الأردنية عمان.")
    assert ("Amman", "JO") in places


def test_capital_without_the_mountain_noun_stays():
    places = _places("وصل وفد الحوثيين إلى القاهرة قادما من صنعاء لإجراء محادثات.")
    assert ("Cairo", "EG") in places
