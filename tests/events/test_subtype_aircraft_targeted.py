"""An aircraft named as the subject right before 'استهدفت'/'دمرت' tells an air strike of its
own, also when the sentence names a weapon too ("ردا على إطلاق مقذوفات"), where the generic
attack read from 'استهدف' gave way; not an aircraft downed, backing a ground operation, hit
itself, or described by a relative clause."""

from __future__ import annotations

import pytest

import rasad

AIR = "Air/drone strike"


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-03-12")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        # a weapon named in the same sentence, as what the strike answers
        "قال الجيش في بيان إن مقاتلاته استهدفت مخازن أسلحة في بلدة البوكمال ردا على "
        "إطلاق عشرة مقذوفات على مواقعه.",
        # an adjective between the aircraft and the verb, and a rocket named after it
        "قالت مصادر محلية إن طائرات حربية روسية استهدفت قرية الهبيط بصواريخ فراغية.",
        # 'دمرت' with its object after it
        "وأضاف المتحدث أن مقاتلات التحالف دمرت مخزنا للصواريخ في مديرية حرض.",
    ],
)
def test_an_aircraft_that_targets_or_destroys_is_an_air_strike(text: str) -> None:
    assert AIR in _subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the aircraft was downed: an interception, the verb describes the drone
        "أعلنت الدفاعات الجوية أنها أسقطت طائرة مسيرة استهدفت مطار مدينة نجران.",
        # passive: the aircraft was the one destroyed
        "قال مصدر عسكري إن المروحية دمرت بشكل كامل بعد سقوطها قرب مدينة سرت.",
        # aircraft backing a ground operation
        "أكدت مصادر أن الحملة البرية، بمؤازرة من المروحيات، استهدفت معاقل المهربين قرب "
        "مدينة غات.",
    ],
)
def test_an_aircraft_downed_destroyed_or_backing_makes_no_air_strike(text: str) -> None:
    assert AIR not in _subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "أكد التحالف تدمير مخازن للطائرات المسيرة تابعة للحوثيين في محافظة صعدة.",
        # the coalition's name two words before, set off by a comma
        "وأعلنت قوات التحالف العربي، تدمير منظومة رادار للحوثيين في مديرية حيدان.",
    ],
)
def test_a_destruction_the_coalition_announces_is_an_air_strike(text: str) -> None:
    assert _subtypes(text) == [AIR]


@pytest.mark.parametrize(
    "text",
    [
        # ground forces the coalition backs
        "تمكنت القوات الحكومية بإسناد من التحالف من تدمير دبابة للحوثيين في مديرية نهم.",
        # mines cleared
        "أشار المتحدث باسم التحالف إلى تدمير ثلاثة آلاف لغم في محافظة الجوف.",
        # a missile destroyed in the air
        "أعلن التحالف تدمير صاروخ باليستي أطلق باتجاه مدينة جازان.",
    ],
)
def test_a_coalition_destruction_on_the_ground_or_of_a_missile_is_no_air_strike(
    text: str,
) -> None:
    assert AIR not in _subtypes(text)
