"""Sexual violence named as a kind of act: for its victims, the protection from it, its spread,
a ministry blamed for it ("علاجات لضحايا العنف الجنسي", "قانون لحماية النساء من العنف
الجنسي", "وزيرة الاغتصاب"). No act on a day is told, and its victims are no dead. A rape told
with its doers and its day stays an event."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, int]]:
    return [
        (e["sub_event_type"], e["fatalities"])
        for e in rasad.extract(text, published="2013-02-03")["events"]
    ]


def test_care_for_the_victims_of_sexual_violence_tells_no_act() -> None:
    assert _events("وستتضمن المساعدات علاجات لضحايا العنف الجنسي في مخيمات دارفور.") == []


def test_protecting_rape_victims_names_no_dead() -> None:
    text = "وقال رئيس الوزراء أمس إن السلطات ستبذل مزيدا من الجهد لحماية ضحايا الاغتصاب في مقديشو."
    assert _events(text) == []


def test_a_law_protecting_women_from_sexual_violence_tells_no_act() -> None:
    text = "ووافق مجلس الشيوخ بالهند أمس على قانون لحماية النساء من العنف الجنسي في نيودلهي."
    assert _events(text) == []


def test_a_ministry_blamed_in_a_slogan_tells_no_act() -> None:
    assert _events("وردد المتظاهرون أمس في تونس شعارات وزيرة الاغتصاب.") == []


def test_a_rape_by_gunmen_is_still_sexual_violence() -> None:
    text = "واغتصب مسلحون امرأة أمس في قرية بولاية دارفور."
    assert _events(text) == [("Sexual violence", 0)]
