"""A claim of responsibility joins the account of the act told last; the earlier accounts of
the same act (same type, same scene) are claimed too, while another town's act is not."""

from __future__ import annotations

import rasad

IS_IRAQ = "Islamic State (Iraq)"


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published="2016-04-12")["events"]
    return [(e["actor1"], e["location"]) for e in events]


def test_the_claim_names_the_bomber_of_an_act_told_twice():
    text = (
        "قتل عشرون شخصا على الأقل وأصيب العشرات في سلسلة تفجيرات بسيارات مفخخة استهدفت أحياء "
        "في بغداد الأحد. وكانت الشرطة قد أعلنت أن التفجيرات وقعت في أسواق مزدحمة. وأعلن "
        "تنظيم الدولة الإسلامية لاحقا مسؤوليته عن هذه الهجمات."
    )
    assert _rows(text) == [(IS_IRAQ, "Baghdad")]


def test_the_claim_of_one_attack_leaves_another_towns_bombing_unclaimed():
    text = (
        "قتل خمسة أشخاص في تفجير سيارة مفخخة في مدينة الموصل صباح الأحد. وفي المساء قتل ثلاثة "
        "أشخاص في تفجير عبوة ناسفة في مدينة كركوك. وأعلن تنظيم الدولة الإسلامية مسؤوليته عن "
        "الهجوم."
    )
    rows = dict((loc, a1) for a1, loc in _rows(text))
    assert rows["Kirkuk"] == IS_IRAQ
    assert rows["Mosul"] != IS_IRAQ


def test_a_claim_naming_another_countrys_scene_leaves_the_act_unclaimed():
    text = (
        "قتل خمسة أشخاص في تفجير سيارة مفخخة استهدف سوقا في مدينة الرياض صباح الجمعة. "
        "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على مسجد في الكويت."
    )
    rows = dict((loc, a1) for a1, loc in _rows(text))
    assert "Riyadh" in rows
    assert not rows["Riyadh"].startswith("Islamic State")


def test_a_claim_of_the_day_befores_bombing_leaves_todays_unclaimed():
    text = (
        "قتل عشرة أشخاص في انفجار عبوة ناسفة خارج مكتب حاكم مدينة الرمادي اليوم الأحد. "
        "وكان انفجار سيارة مفخخة في مدينة الرمادي أمس السبت أسفر عن مقتل 36 شخصا. "
        "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن ذلك الهجوم."
    )
    events = rasad.extract(text, published="2016-04-10")["events"]
    sunday = [e for e in events if e["event_date"] == "2016-04-10"]
    assert sunday, events
    assert all(e["actor1"] != IS_IRAQ for e in sunday)
