"""ACLED codes the air strikes of the Saudi-led coalition's members over Yemen as the
coalition's ("Operation Restoring Hope"); the members' air defences keep their own name."""

from __future__ import annotations

import rasad

_COALITION = "Operation Restoring Hope"


def _events(text: str, published: str = "2017-03-03") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events


def test_saudi_jets_over_yemen_strike_for_the_coalition() -> None:
    text = "قصفت الطائرات الحربية السعودية مخزنا للأسلحة تابعا للحوثيين في مديرية باقم بصعدة."
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert [e["actor1"] for e in strikes] == [_COALITION]


def test_a_member_strike_told_beside_the_coalition_is_one_event() -> None:
    text = (
        "شنت مقاتلات التحالف العربي غارات على مواقع للحوثيين في مديرية حرض بمحافظة حجة، وقال "
        "مصدر عسكري إن الطائرات الحربية السعودية دمرت مخزنا للأسلحة في حرض."
    )
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert [e["actor1"] for e in strikes] == [_COALITION]


def test_saudi_air_defences_keep_their_name() -> None:
    text = "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان مساء الأحد."
    assert _events(text)[0]["actor1"] == "Military Forces of Saudi Arabia (2015-)"


def test_before_the_coalition_saudi_jets_are_saudi() -> None:
    text = "قصفت الطائرات الحربية السعودية مواقع للحوثيين في منطقة الملاحيط بصعدة يوم الأربعاء."
    strikes = [e for e in _events(text, "2009-11-12") if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["actor1"] != _COALITION
