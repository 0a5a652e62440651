""" "قالت الشرطة إنها قتلت ثلاثة مسلحين": a verb agreeing with the pronoun on "إنها/أنهم" is
active and its subject is the speaker, though a death verb's object names no doer; "أنه قتل"
(which may be impersonal: "it was that … were killed") makes the speaker the killer only when
the speaker and its reporting verb are masculine and armed men of another side follow the verb
("قال الجيش العراقي إنه قتل ستة مسلحين من داعش")."""

from __future__ import annotations

import rasad

IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"


def _events(text: str, published: str = "2016-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_police_saying_they_killed_gunmen_are_actor1() -> None:
    events = _events("قالت الشرطة العراقية إنها قتلت ثلاثة مسلحين في مدينة الرمادي أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_POLICE


def test_an_impersonal_anna_hu_leaves_the_police_the_source() -> None:
    events = _events(
        "أعلنت الشرطة العراقية أنه قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة الرمادي أمس."
    )
    assert events, "no event read"
    assert events[0]["actor1"] != IRAQ_POLICE


def test_the_army_that_says_it_killed_militants_is_actor1() -> None:
    events = _events("قال الجيش العراقي إنه قتل ستة مسلحين من داعش قرب قضاء الحويجة يوم الأحد.")
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Iraq (2014-2018)"
    assert events[0]["actor2"] == "Islamic State (Iraq)"


def test_a_killing_told_with_bi_anna_and_a_partitive_count_is_the_speakers() -> None:
    events = _events("أعلن الجيش الأفغاني بأنه قتل 14 من مسلحي طالبان في ولاية هلمند يوم الأحد.")
    assert events, "no event read"
    sides = {events[0]["actor1"], events[0]["actor2"]}
    assert sides == {"Military Forces of Afghanistan", "Taliban"}


def test_civilians_after_the_masculine_verb_are_killed_by_another() -> None:
    events = _events("قال الجيش العراقي إنه قتل ستة مدنيين في قصف لداعش على قضاء الحويجة.")
    assert events, "no event read"
    assert events[0]["actor1"] != "Military Forces of Iraq (2014-2018)"


def test_a_feminine_speaker_with_inna_hu_names_no_doer() -> None:
    events = _events("قالت الشرطة العراقية إنه قتل ستة من عناصر داعش قرب مدينة الرمادي يوم الأحد.")
    assert events, "no event read"
    assert events[0]["actor1"] != IRAQ_POLICE
