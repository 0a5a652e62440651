"""A clash of state forces with fighters no group is named for ("قتلت الشرطة مسلحا"): the
other side is the country's unidentified armed group, not left empty."""

from __future__ import annotations

import rasad


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    out = rasad.extract(text, published="2018-04-01")
    return [
        (e["actor1"], e["actor2"]) for e in out["events"] if e["sub_event_type"] == "Armed clash"
    ]


def test_a_gunman_killed_by_the_police_is_an_unidentified_group() -> None:
    sides = _sides("بغداد (رويترز) - قتلت الشرطة العراقية الليلة الماضية مسلحا في مدينة الرمادي.")
    assert len(sides) == 1
    assert "Unidentified Armed Group (Iraq)" in sides[0]
    assert None not in sides[0]


def test_terrorists_killed_in_an_exchange_of_fire_with_police() -> None:
    sides = _sides(
        "القاهرة (رويترز) - أعلنت وزارة الداخلية المصرية الأربعاء مقتل 7 إرهابيين في تبادل "
        "لإطلاق النار مع قوات الشرطة في مدينة العريش."
    )
    assert len(sides) == 1
    assert set(sides[0]) == {"Unidentified Armed Group (Egypt)", "Police Forces of Egypt"}


def test_a_named_group_is_kept() -> None:
    sides = _sides(
        "بغداد (رويترز) - قتلت الشرطة العراقية الليلة الماضية مسلحا من تنظيم داعش في مدينة الرمادي."
    )
    assert all("Unidentified" not in (a or "") + (b or "") for a, b in sides)
