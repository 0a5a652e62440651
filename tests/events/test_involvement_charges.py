"""People held "for their involvement in" riots, or charged with inciting them, are suspected of
them: the arrest is the event, the riot is not."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_arrested_for_their_involvement_in_riots_is_an_arrest_only() -> None:
    text = "وألقت الشرطة القبض على خمسة أشخاص في طنطا الأحد لتورطهم في أعمال شغب."
    assert _subs(text) == ["Arrests"]


def test_charged_with_inciting_a_riot_tells_no_riot() -> None:
    text = "وتمكنت الشرطة في طنطا الأحد من ضبط خمسة أشخاص بتهمة التحريض على الشغب."
    assert _subs(text) == []


def test_a_riot_told_as_news_stays() -> None:
    assert _subs("وتظاهر المئات في طنطا الأحد واندلعت أعمال شغب.") == ["Violent demonstration"]
