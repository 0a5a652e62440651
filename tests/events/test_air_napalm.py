"""Napalm bombs are dropped from aircraft: a bombardment "بقنابل النابالم"/"بالنابالم" is an
Air/drone strike, not shelling. Rockets of a launcher loaded with napalm ("صواريخ راجمة
محملة بمادة النابالم") and plain artillery stay shelling."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-11-18") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_shelter_bombarded_with_napalm_bombs_is_an_air_strike() -> None:
    text = (
        "قتل عشرات المدنيين حرقا في ملجأ بمدينة سقبا بعد أن جرى قصفه بقنابل النابالم ليلة الخميس."
    )
    assert _subs(text) == ["Air/drone strike"]


def test_forces_bombarding_with_napalm_is_an_air_strike() -> None:
    text = "قصفت قوات النظام حي جوبر بدمشق بالنابالم يوم الجمعة ما أدى إلى مقتل ثلاثة مدنيين."
    assert _subs(text) == ["Air/drone strike"]


def test_launcher_rockets_loaded_with_napalm_stay_shelling() -> None:
    text = "استهدفت صواريخ راجمة محملة بمادة النابالم بلدة سقبا يوم الجمعة."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_artillery_bombardment_stays_shelling() -> None:
    text = "قصفت قوات النظام بلدة سقبا بالمدفعية يوم الجمعة ما أدى إلى مقتل ثلاثة مدنيين."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
