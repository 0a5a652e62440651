"""An act judged likely or possible ("من المرجح أن تندلع", "من المحتمل شن") is still to come and
tells no event; an act judged likely to have happened ("من المرجح أن يكون المسلحون قتلوا")
is a reported act and stays one."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-05-10")["events"]]


def test_clashes_likely_to_break_out_are_no_event() -> None:
    assert _subs("ويرى مراقبون أنه من المرجح أن تندلع اشتباكات عنيفة في مدينة طرابلس.") == []


def test_possible_confrontations_as_verbal_noun_are_no_event() -> None:
    assert _subs("ومن المحتمل اندلاع مواجهات بين الشرطة والمحتجين في مدينة بنغازي.") == []


def test_likely_attack_by_subject_and_verb_is_no_event() -> None:
    assert _subs("ومن المحتمل أن تشن القوات الحكومية هجوما على مدينة سرت.") == []


def test_act_judged_likely_to_have_happened_stays_an_event() -> None:
    text = "ومن المرجح أن يكون المسلحون قد قتلوا ستة جنود في هجوم على حاجز قرب مدينة درنة."
    assert _subs(text) != []


def test_past_act_after_likely_stays_an_event() -> None:
    assert _subs("ومن المرجح أن المسلحين قتلوا ستة جنود قرب مدينة درنة أمس.") != []


def test_likely_rise_of_toll_leaves_the_act_told_before() -> None:
    text = "وقتل ستة جنود في هجوم على حاجز قرب مدينة درنة، ومن المرجح أن ترتفع الحصيلة."
    assert _subs(text) != []


def test_possible_clashes_with_min_al_mumkin_are_no_event() -> None:
    assert _subs("ومن الممكن أن تندلع مواجهات بين الشرطة والمحتجين في مدينة بنغازي.") == []


def test_observers_judging_an_offensive_likely_is_no_event() -> None:
    assert _subs("ويرجح مراقبون أن تشن القوات الحكومية هجوما على مدينة سرت.") == []


def test_killing_judged_likely_with_yurajjah_stays_an_event() -> None:
    text = "ويرجح أن يكون المسلحون قد قتلوا ستة جنود في هجوم على حاجز قرب مدينة درنة أمس."
    assert _subs(text) != []
