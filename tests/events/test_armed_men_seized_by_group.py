"""Armed men a non-state group seizes were taken in its fight with their side: no violence
against civilians (ACLED's abduction is of civilians). Civilians it seizes are abducted."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2015-07-24")["events"]]


def test_fighters_of_the_other_side_held_by_a_militia_are_no_abduction() -> None:
    text = (
        "واعتقلت المقاومة الشعبية في مدينة عدن أمس عشرة من عناصر ميليشيات الحوثي في حي "
        "كريتر."
    )
    subs = _subs(text)
    assert "Abduction/forced disappearance" not in subs
    assert subs == ["Armed clash"]


def test_civilians_held_by_gunmen_are_abducted() -> None:
    text = "اعتقل مسلحون مجهولون صحفيا في مدينة الموصل يوم الخميس."
    assert _subs(text) == ["Abduction/forced disappearance"]
