"""A standoff held "about" an issue ("مواجهة مع قوى عالمية بشأن برنامجها النووي") is no armed
clash; fighting that broke out "because of" a quarrel stays one."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2012-04-11")]


def test_a_standoff_over_a_nuclear_programme_is_no_clash() -> None:
    text = "وقال المحلل في طهران إن إيران منخرطة في مواجهة مع قوى عالمية بشأن برنامجها النووي."
    assert "Armed clash" not in _subs(text)


def test_a_confrontation_concerning_a_border_dispute_is_no_clash() -> None:
    text = "وتخوض الحكومة السودانية في الخرطوم معركة مع جارتها بخصوص ترسيم الحدود."
    assert "Armed clash" not in _subs(text)


def test_clashes_over_a_feud_are_still_a_clash() -> None:
    text = "واندلعت اشتباكات عنيفة بين الجيش والمسلحين في الرمادي بسبب خلاف على نقطة تفتيش."
    assert "Armed clash" in _subs(text)
