"""An act told outright with only a village-level country as its scene is kept at the country
(geo-precision 3); talk, a report clause or an act with no day of its own still is not."""

from __future__ import annotations

import pytest

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2024-03-14")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "قتلت القوات الأمريكية قياديا في تنظيم الدولة الإسلامية بغارة جوية في سوريا أمس.",
        "وقصفت طائرات إسرائيلية مواقع لحزب الله في سوريا يوم الثلاثاء.",
        # a strike naming only its doer, told as what officials reported
        "وقال مسؤولون أمنيون إن الطائرات الإسرائيلية قصفت مواقع في سوريا يوم الثلاثاء.",
    ],
)
def test_an_act_opened_by_its_verb_and_actor_is_kept_at_the_country(text: str) -> None:
    events = _events(text)
    assert events, "no event read"
    assert events[0]["country"] == "Syria"
    assert events[0]["geo_precision"] == 3


@pytest.mark.parametrize(
    "text",
    [
        # the act is what analysts said, in a clause after "إن"
        "قال محللون إن القوات الأمريكية قتلت قياديا في تنظيم الدولة الإسلامية بغارة جوية "
        "في سوريا أمس.",
        # no day of its own
        "وقصفت طائرات إسرائيلية مواقع لحزب الله في سوريا.",
        "وقال مسؤولون أمنيون إن الطائرات الإسرائيلية قصفت مواقع في سوريا.",
        # what the source said is a plan; the strike is told in passing
        "وقال مسؤولون إن إسرائيل ستواصل منع وصول الأسلحة إلى حزب الله بعد غارات شنتها في سوريا "
        "يوم الثلاثاء.",
        # a tally of the war, no one act
        "وقتل أكثر من ألف شخص في القتال في اليمن منذ يوم الثلاثاء.",
        # the sentence opens with who spoke, not with the act
        "قالت القوات الأمريكية إنها قتلت قياديا في تنظيم الدولة الإسلامية بغارة جوية في سوريا أمس.",
    ],
)
def test_talk_or_an_undated_act_at_a_country_is_still_dropped(text: str) -> None:
    assert _events(text) == []
