"""Acts told that happened on no day of the news: a battle acted out by children or re-enacted
(events/performed.py), and the acts of a "when" clause hung on a clause dated in a past year
(events/past_when.py)."""

from __future__ import annotations

import rasad


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [
        (e["sub_event_type"], e["event_date"])
        for e in rasad.extract(text, published=published)["events"]
    ]


# ---- a battle acted out ------------------------------------------------------------------------
def test_children_acting_a_battle_fight_none() -> None:
    text = "ونشرت صور لأطفال يمثلون معركة غاليبولي داخل مسجد في فيينا."
    assert _events(text, "2018-06-08") == []


def test_a_battle_re_enacted_is_no_battle() -> None:
    text = "ونشرت الصحيفة صور إعادة تمثيل معركة غاليبولي من قبل أطفال في فيينا أمس."
    assert _events(text, "2018-06-08") == []


def test_a_battle_fought_is_still_one() -> None:
    text = "واندلعت معركة عنيفة بين الجيش والمسلحين أمس في بلدة الرمادي."
    assert [s for s, _ in _events(text, "2018-06-08")] == ["Armed clash"]


# ---- a "when" clause hung on a past year -------------------------------------------------------
def test_fighting_in_a_when_clause_of_a_past_year_is_background() -> None:
    # the president's full name puts the year out of the reach that dates the act by itself
    text = (
        "وشهد اليمن اضطرابات سياسية في أوائل عام 2011 عندما انتهت مظاهرات حاشدة ضد الرئيس "
        "علي عبد الله صالح بقتال في العاصمة صنعاء ووقوع انشقاقات داخل الجيش."
    )
    assert _events(text, "2013-01-31") == []


def test_a_when_clause_hung_on_yesterday_is_news() -> None:
    # the year dates another clause; the "when" clause hangs on "أمس"
    text = "وانسحب الجيش من البلدة عام 2011، وقتل جنديان أمس عندما هاجم مسلحون نقطة تفتيش في صنعاء."
    assert _events(text, "2013-01-31") == [("Armed clash", "2013-01-30")]
