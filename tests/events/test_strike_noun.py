"""A bare "ضربة" is an air strike only with the aircraft or the air coalition named by it; a
blow to an industry, a penalty kick and a campaign summed up are no event."""

from __future__ import annotations

from tests.events.helpers import typed_places

PUB = "2018-05-02"
AIR = "Air/drone strike"


def _rows(text: str) -> list[tuple[str, str | None]]:
    return typed_places(text, PUB)


def test_a_strike_of_the_air_coalition() -> None:
    text = "نفذ التحالف الدولي ضربة على مواقع لتنظيم داعش في مدينة الرقة أمس."
    assert _rows(text) == [(AIR, "Ar Raqqah")]


def test_killed_by_a_strike_of_an_aircraft() -> None:
    text = "قتل خمسة مسلحين بضربة لطائرة أمريكية في مدينة الرقة أمس."
    assert _rows(text) == [(AIR, "Ar Raqqah")]


def test_coalition_strikes_summing_up_a_campaign_are_no_event() -> None:
    text = "وأدت ضربات التحالف الدولي إلى تراجع التنظيم من عدة مناطق مثل مدينة تكريت."
    assert _rows(text) == []


def test_a_blow_to_the_aircraft_industry_is_no_strike() -> None:
    text = "وجهت العقوبات الأمريكية ضربة قوية لصناعة الطائرات في إيران أمس."
    assert _rows(text) == []


def test_a_penalty_kick_is_no_strike() -> None:
    text = "سجل اللاعب هدفا من ضربة جزاء في مباراة فريقه أمس بعد أن تأخرت طائرة الفريق."
    assert _rows(text) == []
