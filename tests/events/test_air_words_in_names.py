"""An air word inside the name of an air base or an air force building tells no aircraft:
mortars fired at "قاعدة الطبقة الجوية" are shelling; aircraft that strike an air base still
strike from the air."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-04-25") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_mortars_on_an_air_base_are_shelling() -> None:
    text = "قصفت فصائل المعارضة بقذائف الهاون قاعدة الطبقة الجوية في ريف الرقة."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_rockets_on_air_force_depots_are_shelling() -> None:
    text = "هاجم مسلحون من داعش مطار دير الزور العسكري وقصفوا مستودعات القوة الجوية فيه."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_warplanes_striking_an_air_base_still_strike_from_the_air() -> None:
    text = "شنت الطائرات الإسرائيلية غارات جوية على قاعدة التيفور الجوية في ريف حمص."
    assert _subs(text) == ["Air/drone strike"]
