"""A massacre is a mass killing told by its toll, not its means: ACLED codes it by the weapon
its clause names (aircraft → Air/drone strike, rockets or shells → Shelling, a bomb → IED); with
no weapon named it stays an attack on civilians, and a trial over a massacre is no new one."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-05-12") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in _events(text)]


def test_a_massacre_committed_by_aircraft_is_an_air_strike() -> None:
    text = (
        "ارتكب الطيران الروسي، الخميس، مجزرة في بلدة كفرنبل بريف إدلب الجنوبي راح ضحيتها "
        "20 مدنيا."
    )
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"], events
    assert events[0]["actor1"] == "Military Forces of Russia (2000-)"
    text = "شهدت بلدة كفرنبل بريف إدلب، الخميس، مجزرة نفذتها طائرات النظام الحربية."
    assert _types(text) == ["Air/drone strike"]


def test_a_massacre_by_mortar_shells_is_shelling() -> None:
    text = "ارتكبت ميليشيات الحوثي، الخميس، مجزرة بقذائف الهاون في حي دار سعد بمدينة عدن."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_a_massacre_with_no_weapon_named_stays_an_attack() -> None:
    text = "ارتكبت قوات النظام، الخميس، مجزرة في قرية التريمسة بريف حماة راح ضحيتها 20 مدنيا."
    assert _types(text) == ["Attack"]


def test_a_march_named_in_a_massacre_is_no_drone() -> None:
    text = (
        "ارتكبت قوات الاحتلال الإسرائيلي، الخميس، مجزرة بحق المشاركين في مسيرة العودة "
        "شرق مدينة غزة."
    )
    assert _types(text) == ["Attack"]


def test_a_trial_over_a_massacre_is_no_new_one() -> None:
    text = (
        "رفعت أجهزة الأمن المصرية، الخميس، حالة الاستنفار قبل جلسة النطق بالحكم في قضية "
        "مجزرة ملعب بورسعيد التي راح ضحيتها 73 مشجعا."
    )
    assert _types(text) == []
