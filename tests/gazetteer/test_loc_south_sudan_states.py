"""South Sudan's states. "ولاية الوحدة" (Unity State) matched only "الوحدة", a district of Sanaa,
and a story from Bentiu was placed in Yemen. The states are now in the overlay; the ones named
by a common word ("الوحدة", "البحيرات") only with "ولاية"."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str, str]]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return [(p["mention"], p["country"], p.get("admin1") or "") for p in places]


def test_unity_state_is_in_south_sudan_not_a_sanaa_district():
    places = _places("اندلعت اشتباكات بين الجيش والمتمردين في ولاية الوحدة الغنية بالنفط.")
    assert places == [("ولاية الوحدة", "SS", "Unity")]


def test_jonglei_and_upper_nile_are_states_of_south_sudan():
    places = _places("نزح آلاف المدنيين من ولاية جونقلي إلى أعالي النيل هربا من القتال.")
    assert ("ولاية جونقلي", "SS", "Jonglei") in places
    assert ("أعالي النيل", "SS", "Upper Nile") in places


def test_bentiu_is_the_capital_of_unity_state():
    assert ("بانتيو", "SS", "Unity") in _places("سيطر المتمردون على مدينة بانتيو بعد معارك.")


def test_bare_wahda_in_sanaa_is_not_unity_state():
    places = _places("قتل شخصان في مديرية الوحدة بصنعاء.")
    assert all(country == "YE" for _, country, _ in places)


def _names(text: str) -> list[tuple[str, str]]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return [(p["name"], p.get("admin1") or "") for p in places]


def test_wau_and_bor_are_towns_of_south_sudan_with_their_place_noun():
    assert ("Wau", "Western Bahr el Ghazal") in _names(
        "اندلعت اشتباكات عنيفة في مدينة واو ثاني أكبر مدن جنوب السودان."
    )
    assert ("Bor", "Jonglei") in _names("قتل 20 شخصا في اشتباكات في مدينة بور عاصمة ولاية جونقلي.")


def test_bare_bor_before_said_stays_port_said():
    assert [n for n, _ in _names("وصل القطار إلى محطة بور سعيد مساء أمس.")] == ["Port Said"]


def test_south_sudan_towns_the_index_lacked():
    names = [n for n, _ in _names("قال الجيش إن المتمردين هاجموا رمبيك وتوريت ويامبيو.")]
    assert names == ["Rumbek", "Torit", "Yambio"]
