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
