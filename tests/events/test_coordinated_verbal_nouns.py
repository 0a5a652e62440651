"""A verb's form after the article is its verbal noun: joined by و to a charge, it is charged
too ("بتهمة ارتكاب أعمال شغب وعنف والتظاهر")."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_demonstrating_joined_to_a_charge_is_charged_too() -> None:
    text = (
        "وألقت الشرطة القبض على خمسة أشخاص في طنطا الأحد بتهمة ارتكاب أعمال شغب وعنف والتظاهر"
        " بدون تصريح."
    )
    assert _subs(text) == ["Arrests"]
