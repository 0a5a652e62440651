"""Places that stand for a body, not a scene: a body's seat told to describe it ("التي يوجد
مقرها في طرابلس"), and a capital that the index lists as a plain town standing for its
government in a story set in another country ("بعد يومين من تحذير دمشق")."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published="2015-07-21")["events"]
    ]


def test_a_seat_told_to_describe_a_body_is_not_where_a_later_clash_happened():
    text = (
        "تظاهر المئات في مدينة بنغازي أمس. وقالت المؤسسة الوطنية للنفط التي يوجد مقرها في"
        " طرابلس إن الإنتاج توقف. وقتل جنديان في اشتباكات مع مسلحين."
    )
    assert ("Armed clash", "Benghazi") in _events(text)
    assert all(loc != "Tripoli" for _t, loc in _events(text))


def test_a_seat_after_and_its_is_a_description_too():
    text = (
        "تظاهر المئات في مدينة بنغازي أمس. وقالت المؤسسة الوطنية للنفط ومقرها في طرابلس إن"
        " الإنتاج توقف. وقتل جنديان في اشتباكات مع مسلحين."
    )
    assert ("Armed clash", "Benghazi") in _events(text)


def test_a_seat_that_is_stormed_is_still_a_place_of_the_story():
    text = (
        "تظاهر المئات في مدينة بنغازي أمس. وقال المسلحون إنهم اقتحموا مقرها في طرابلس. وقتل"
        " جنديان في اشتباكات مع مسلحين."
    )
    assert ("Armed clash", "Tripoli") in _events(text)


def test_damascus_warning_in_a_lebanese_story_is_the_syrian_government():
    text = (
        "أدان رئيس الحكومة في بيروت قصفا طال بلدة عرسال في شرق لبنان. وقالت مصادر أمنية إن"
        " طائرات حربية سورية أطلقت صواريخ على منطقة حدودية مع لبنان بعد يومين من تحذير دمشق"
        " من أنها ستضرب المسلحين."
    )
    events = _events(text)
    assert events and all(loc != "Damascus" for _t, loc in events)
