"""A target named as owned by a group's leaders ("موقعا لقيادات داعش") is the group's: the
group is the side hit, not the striker."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "نفذت طائرات F16 العراقية ضربات جوية على تجمع لقادة داعش في بلدة السوسة السورية.",
        "نفذت طائرات F16 العراقية غارات جوية على موقع لقيادات داعش قرب بلدة هجين السورية.",
    ],
)
def test_a_post_of_the_group_leaders_is_the_group_hit(text: str) -> None:
    events = rasad.extract(text, published="2018-05-24")["events"]
    assert events, f"no event read in {text!r}"
    assert events[0]["actor1"].startswith("Military Forces of Iraq")
    assert events[0]["actor2"].startswith("Islamic State")
