""""أعمال عنف" (acts of violence) is a riot only with a crowd or a protest told near it, also
across lines a page broke a sentence into; alone it sums up troubles, a past or an ability."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-02-07") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_dead_of_violence_in_several_countries_are_no_riot() -> None:
    text = (
        'وتعهدت وزارة الخارجية المصرية بـ"حفظ حقوق القتلى"، الذين سقطوا نتيجة أعمال عنف في عدد'
        " من الدول، من بينها السعودية وليبيا."
    )
    assert _subs(text) == []


def test_teenagers_once_involved_in_violence_are_no_riot() -> None:
    text = (
        "وأجرى أطباء النفس في جامعة كارديف بالمملكة المتحدة الدراسة على مراهقين كانوا قد انخرطوا"
        " في أعمال عنف سابقة."
    )
    assert _subs(text) == []


def test_demonstrations_and_violence_are_a_riot() -> None:
    text = "وشهدت مدينة صفاقس التونسية الأربعاء تظاهرات وأعمال عنف استنكارا لاغتيال المعارض."
    assert "Violent demonstration" in _subs(text)


def test_a_protest_word_on_a_line_of_its_own_still_tells_the_crowd() -> None:
    text = (
        "وشهدت مدينة صفاقس التونسية الأربعاء،\n\nتظاهرات\n\nوأعمال عنف استنكارا لاغتيال المعارض."
    )
    assert "Violent demonstration" in _subs(text)
