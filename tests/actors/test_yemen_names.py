"""Yemen's sides under the names writers use, and the Houthi forces' date-valid ACLED name."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.actors import find_actors, resolve_actor_name

D = dt.date
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        # before they took over the state the Houthis were a rebel movement, not Houthi-Saleh
        # forces (Saleh's loyalists had fought them until 2010)
        (D(2013, 3, 1), "Houthi Movement"),
        (D(2014, 12, 31), "Houthi Movement"),
        (D(2015, 1, 1), "Military Forces of Yemen (2015-2017) Houthi-Saleh"),
        (D(2015, 8, 1), "Military Forces of Yemen (2015-2017) Houthi-Saleh"),
        (D(2017, 12, 4), "Military Forces of Yemen (2015-2017) Houthi-Saleh"),
        (D(2017, 12, 5), HOUTHI),
        (D(2018, 8, 1), HOUTHI),
    ],
)
def test_houthi_forces_take_the_name_of_their_alliance_period(on: dt.date, expected: str) -> None:
    assert resolve_actor_name(HOUTHI, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سيطرت القوات الشرعية على التبة في اليمن", "Military Forces of Yemen (2012-2022)"),
        (
            "هاجمت القوات الموالية للرئيس عبدربه منصور هادي مواقع في اليمن",
            "Military Forces of Yemen (2012-2022)",
        ),
        ("قصفت مليشيات الحوثي وصالح أحياء في تعز", "Military Forces of Yemen (2017-) Houthi"),
        ("غارات على مواقع للحوثيين في تعز", "Military Forces of Yemen (2017-) Houthi"),
        ("مقتل 25 حوثيا في غارات على تعز", "Military Forces of Yemen (2017-) Houthi"),
        ("معارك مع ميليشات الحوثي في تعز", "Military Forces of Yemen (2017-) Houthi"),
        ("تقدمت قوات دعم الشرعية في مديرية نهم", "Military Forces of Yemen (2012-2022)"),
    ],
)
def test_yemeni_sides_by_the_names_writers_use(text: str, expected: str) -> None:
    names = [s.kb_id for s in find_actors(text, published=D(2019, 1, 1))]
    assert expected in names, names


def test_houthis_before_the_takeover_are_a_rebel_movement_and_saleh_no_ally() -> None:
    text = "اندلعت اشتباكات بين الحوثيين ومسلحين قبليين في مديرية حرف سفيان أمس."
    names = [s.kb_id for s in find_actors(text, published=D(2013, 3, 1))]
    assert "Houthi Movement" in names, names
    saleh = "اندلعت اشتباكات بين قوات صالح ومسلحين قبليين في مديرية حرف سفيان أمس."
    in_war = [s.kb_id for s in find_actors(saleh, published=D(2016, 3, 1))]
    assert "Military Forces of Yemen (2015-2017) Houthi-Saleh" in in_war, in_war
    before = [s.kb_id for s in find_actors(saleh, published=D(2013, 3, 1))]
    assert not any("Houthi" in n for n in before), before


def test_the_coalition_supporting_legitimacy_is_not_yemens_army() -> None:
    text = "شنت طائرات تحالف دعم الشرعية غارات على مواقع في صعدة."
    names = [s.kb_id for s in find_actors(text, published=D(2019, 1, 1))]
    assert "Military Forces of Yemen (2012-2022)" not in names, names
