""" "الطائرات الحكومية" / "الطيران الحكومي" (government aircraft) are the article's country's
own air force, i.e. its military; bare "الطائرات" names no one."""

from __future__ import annotations

import pytest

import rasad


def _first_actor1(text: str, published: str = "2016-03-14") -> str | None:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events[0]["actor1"]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الحكومية بلدة كفرنبل في ريف إدلب ظهر الأحد فقتلت أربعة مدنيين.",
        "وشن الطيران الحكومي ثلاث غارات على حي الشعار في حلب أسفرت عن مقتل طفلين.",
    ],
)
def test_government_aircraft_are_the_countrys_military(text: str) -> None:
    a1 = _first_actor1(text)
    assert a1 is not None and a1.startswith("Military Forces of Syria")


def test_bare_aircraft_name_no_force() -> None:
    text = "قصفت الطائرات بلدة كفرنبل في ريف إدلب ظهر الأحد فقتلت أربعة مدنيين."
    a1 = _first_actor1(text)
    assert a1 is None or not a1.startswith("Military Forces of Syria")
