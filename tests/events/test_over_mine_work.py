"""Removing mines and making bombs are no explosion: "انتزاع الألغام والعبوات التي خلفتها
الميليشيات", "ورشة لتصنيع العبوات الناسفة" (a seventh audit of fresh news)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_engineers_removing_mines_and_bombs_set_off_none() -> None:
    text = (
        "وباشرت الفرق الهندسية في مديرية حيس الأحد انتزاع الألغام والعبوات التي زرعها "
        "الحوثيون قبل فرارهم."
    )
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_workshop_for_making_bombs_is_no_explosion() -> None:
    text = "ودمرت القوات ورشة لتصنيع العبوات الناسفة في مدينة العريش الأحد."
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_bomb_that_went_off_is_still_an_explosion() -> None:
    text = "وانفجرت عبوة ناسفة في مدينة العريش الأحد، ما أسفر عن مقتل جنديين."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
