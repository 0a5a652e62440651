"""The owner of a struck position is the strike's target also past a day set off by commas and
past a describing noun with ل ("لعصابات داعش"); a strike told again that reads its own doer as
the target is no second event."""

from __future__ import annotations

import rasad

IRAQ = "Military Forces of Iraq (2014-2018)"
IS_SYRIA = "Islamic State (Syria)"


def _strikes(text: str, published: str = "2018-05-16") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [e for e in events if e["sub_event_type"] == "Air/drone strike"]


def test_a_weekday_between_commas_does_not_hide_the_target() -> None:
    text = "قصفت طائرات حربية عراقية، الاثنين، مقر قيادة ودعم لوجستي لتنظيم داعش في ريف الحسكة."
    strikes = _strikes(text)
    assert strikes, "no strike read"
    assert (strikes[0]["actor1"], strikes[0]["actor2"]) == (IRAQ, IS_SYRIA)


def test_the_owner_named_with_a_describing_noun_is_the_target() -> None:
    text = "دكت طائرات حربية عراقية مقر قيادة ودعم لوجستي لعصابات داعش في ريف الحسكة أمس."
    strikes = _strikes(text)
    assert strikes, "no strike read"
    assert strikes[0]["actor2"] == IS_SYRIA


def test_gunmen_named_right_after_the_attack_word_still_act() -> None:
    text = "شن مسلحو داعش هجوما على مقر للشرطة في الرمادي أمس."
    events = rasad.extract(text, published="2018-05-16")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Islamic State (Iraq)"


def test_a_strike_told_again_with_its_doer_as_target_is_no_second_event() -> None:
    text = (
        "قصفت طائرات حربية عراقية، الاثنين، مقر قيادة لتنظيم داعش في ريف الحسكة.\n\n"
        "وأضاف البيان أن الضربات الجوية جاءت بجهود الخلية الجوية لقيادة العمليات المشتركة."
    )
    strikes = _strikes(text)
    assert len(strikes) == 1
    assert strikes[0]["actor1"] == IRAQ
