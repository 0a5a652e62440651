""""في إطار مواجهة داعش" is the frame of a policy of facing a foe (training, support), no
fight; "في إطار مواجهة مع مسلحين" tells a confrontation with someone, a clash."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_support_in_the_frame_of_facing_a_group_is_no_clash() -> None:
    text = "وتدعم واشنطن قوات سوريا الديمقراطية في إطار مواجهة تنظيم الدولة الإسلامية."
    assert _subs(text) == []


def test_training_in_the_frame_of_facing_a_group_is_no_clash() -> None:
    text = "ودربت القوات الأمريكية البيشمركة الكردية في إطار مواجهة تنظيم داعش في أربيل."
    assert _subs(text) == []


def test_a_confrontation_with_gunmen_in_that_frame_is_a_clash() -> None:
    text = "وقتل جنديان في إطار مواجهة مع مسلحين في سيناء الأحد."
    assert _subs(text) == ["Armed clash"]


def test_a_strike_in_the_frame_of_facing_a_group_is_kept() -> None:
    text = "وقصفت طائرات التحالف مواقع في الرقة في إطار مواجهة تنظيم داعش."
    assert _subs(text) == ["Air/drone strike"]
