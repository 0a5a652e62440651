"""What an aircraft fires or drops is an air strike, also when an appositive or a relative
clause stands between the aircraft and the verb ("طائرات حربية، تابعة لـ…، قصفت"), unless the
aircraft only backs a ground attack or is what the act hit."""

from __future__ import annotations

import pytest

import rasad

AIR = "Air/drone strike"


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-10")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        # an appositive between the aircraft and its verb
        "قال الجيش إن طائرات حربية، تابعة للحكومة المعترف بها دوليا في طرابلس، قصفت مخزنا "
        "للذخيرة في مدينة سرت.",
        # a relative clause between them
        "قال المرصد إن طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده الولايات المتحدة "
        "قصفت مقرا للمسلحين في مدينة الرقة.",
        # the missiles an aircraft fired, the day between them
        "أكد مصدر أمني أن طائرة حربية إسرائيلية أطلقت، فجر الأحد، ثلاثة صواريخ على موقع "
        "للمسلحين شرق مدينة خان يونس.",
        # a possessive aircraft noun ("طائراته") as the subject
        "أعلن الجيش الإسرائيلي أن طائراته قصفت موقعا لحركة حماس في مدينة رفح.",
    ],
)
def test_an_aircraft_subject_makes_the_strike_an_air_strike(text: str) -> None:
    assert _subtypes(text) == [AIR]


def test_shelling_after_a_strike_told_before_keeps_its_type() -> None:
    # the aircraft belong to the strike told first; the artillery shelled on its own
    subs = _subtypes(
        "شنت طائرات حربية غارات على بلدة كفرنبل، وقصفت المدفعية قرية حيش في ريف إدلب."
    )
    assert "Shelling/artillery/missile attack" in subs


@pytest.mark.parametrize(
    "text",
    [
        # aircraft named as the backing of a ground attack: a battle
        "بدأت قوات الجيش بدعم من طيران التحالف هجوما واسعا على مواقع المسلحين في مدينة "
        "الحديدة.",
        # the aircraft suffered the act: a missile fired at it is no air strike
        "قال التحالف إن إحدى مقاتلاته تعرضت لإطلاق صاروخ من داخل مدينة صعدة.",
    ],
)
def test_an_aircraft_that_backs_or_suffers_the_act_makes_no_air_strike(text: str) -> None:
    assert AIR not in _subtypes(text)
