"""A device found, or fired and left unexploded, then blown up by the forces with a pronoun
back to it ("وفجرتها", "عمل على تفجيرهما") is disposed of: no bombing of its own."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-10-02") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_found_bomb_blown_up_by_the_army_is_disrupted_only() -> None:
    text = (
        "وعثرت دورية للجيش العراقي صباح اليوم على عبوتين ناسفتين داخل منزل مهجور في قضاء"
        " المقدادية، وقامت بتفجيرهما دون أضرار."
    )
    assert _subs(text) == ["Disrupted weapons use"]


def test_unexploded_shells_blown_up_make_no_bombing() -> None:
    text = (
        "وسقطت ثلاث قذائف هاون على أطراف قضاء المقدادية صباح اليوم لم تنفجر، وعملت فرق"
        " الهندسة على تفجيرها."
    )
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_bomb_planted_and_set_off_by_gunmen_stays_a_bombing() -> None:
    text = (
        "وزرع مسلحون عبوة ناسفة على طريق في قضاء المقدادية صباح اليوم وقاموا بتفجيرها لدى"
        " مرور دورية للشرطة مما أدى إلى مقتل شرطي."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]
