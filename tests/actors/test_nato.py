"""NATO is an actor: ACLED codes its air strikes and its troops' fire under one name."""

from __future__ import annotations

import pytest

import rasad

NATO = "NATO: North Atlantic Treaty Organization"


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات حلف شمال الأطلسي مواقع لكتائب القذافي قرب مدينة البريقة الليبية.",
        "شنت مقاتلات الناتو غارات على مواقع لكتائب القذافي قرب مدينة البريقة الليبية.",
    ],
)
def test_nato_jets_strike(text: str) -> None:
    events = rasad.extract(text, published="2011-06-10")["events"]
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Air/drone strike"
    assert events[0]["actor1"] == NATO


def test_the_alliance_named_again_is_nato() -> None:
    text = (
        "أقر حلف شمال الأطلسي بمقتل مزارعين في ولاية هلمند الأفغانية. وقال الحلف إن جنوده "
        "أطلقوا النار على المزارعين عن طريق الخطأ في ولاية هلمند."
    )
    actors = rasad.extract(text, published="2013-03-03")["actors"]
    assert [a["canonical"] for a in actors if a["mention"] == "الحلف"] == [NATO]


def test_an_alliance_never_named_nato_is_not_nato() -> None:
    text = "وقال الحلف القبلي في حضرموت إن مسلحيه سيطروا على حقل نفطي في منطقة المسيلة."
    actors = rasad.extract(text, published="2013-03-03")["actors"]
    assert NATO not in {a["canonical"] for a in actors}
