"""A press review ("تناولت الصحف البريطانية الصادرة الخميس …", "اهتمت الصحف اليوم بـ …", "في
الصحف اليوم: …") names acts as the topics of other papers' stories: no events. A report that
cites the papers as its source ("ذكرت الصحف السعودية الصادرة الاثنين أن …") stays news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-05-11") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_BODY = (
    "ونبدأ من صحيفة الغارديان التي كتبت أن مسلحين هاجموا أمس حاجزا للجيش في مدينة الموصل "
    "وقتلوا خمسة جنود."
)


def test_a_review_of_the_british_papers_tells_no_event() -> None:
    text = (
        "تناولت الصحف البريطانية الصادرة الخميس عددا من موضوعات الشرق الأوسط أبرزها الوضع في "
        "العراق.\n" + _BODY
    )
    assert _subs(text) == []


def test_the_papers_today_tell_no_event() -> None:
    text = "في الصحف اليوم: الوضع في العراق والانتخابات في لبنان.\n" + _BODY
    assert _subs(text) == []


def test_a_story_that_led_the_headlines_is_reviewed() -> None:
    text = (
        "تصدر خبر الهجوم على الحاجز عناوين الصحف العراقية الصادرة اليوم.\n"
        "وقالت صحيفة الصباح في افتتاحيتها إن مسلحين هاجموا أمس حاجزا للجيش في مدينة الموصل "
        "وقتلوا خمسة جنود."
    )
    assert _subs(text) == []


def test_a_report_citing_the_papers_stays_news() -> None:
    text = (
        "ذكرت الصحف العراقية الصادرة اليوم أن مسلحين هاجموا أمس حاجزا للجيش في مدينة الموصل "
        "وقتلوا خمسة جنود."
    )
    assert _subs(text) == ["Armed clash"]


def test_a_journalist_is_not_the_papers() -> None:
    text = (
        "تحدثت الصحفية العراقية عن الوضع في المدينة، وقالت إن مسلحين هاجموا أمس حاجزا للجيش في "
        "مدينة الموصل وقتلوا خمسة جنود."
    )
    assert _subs(text) == ["Armed clash"]
