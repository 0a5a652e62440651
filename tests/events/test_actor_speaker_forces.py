"""A state body that calls the doers its own forces ("قالت الحكومة العراقية إن قواتها …")
names the country's state forces as actor1, though the dictionary has no name for the body."""

from __future__ import annotations

import pytest

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2016-04-12")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "قالت الحكومة العراقية إن قواتها قتلت أربعة من عناصر تنظيم داعش قرب مدينة هيت غرب "
        "الأنبار أمس.",
        "وقالت وزارة الدفاع العراقية في بيان إن قواتها قتلت سبعة مسلحين في قضاء الحويجة "
        "بمحافظة كركوك.",
    ],
)
def test_a_governments_own_forces_are_its_army(text: str) -> None:
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Iraq (2014-2018)"


def test_the_interior_ministrys_own_forces_are_its_police() -> None:
    text = (
        "وقالت وزارة الداخلية العراقية إن قواتها اعتقلت خمسة مطلوبين في قضاء الحويجة بمحافظة كركوك."
    )
    arrests = [e for e in _events(text) if e["sub_event_type"] == "Arrests"]
    assert arrests, "no arrest read"
    assert arrests[0]["actor1"] == "Police Forces of Iraq (2014-2018)"


def test_a_speaker_of_no_state_is_not_read_as_a_state() -> None:
    text = "وقال قائد ميداني في المقاومة إن قواته قصفت مواقع للحوثيين في مدينة تعز أمس."
    events = _events(text)
    assert events, "no event read"
    for e in events:
        assert not (e["actor1"] or "").startswith("Military Forces of Yemen (2012")
