"""The brink of a fight ("إلى حافة مواجهة عسكرية", "على شفا حرب") tells a danger, not fighting;
a confrontation that breaks out is a clash."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_crisis_brought_to_the_brink_of_confrontation_is_no_clash() -> None:
    text = "ووصلت الأزمة بين الهند وباكستان إلى حافة مواجهة عسكرية في كشمير الأحد."
    assert _subs(text) == []


def test_armies_pushed_to_the_verge_of_armed_confrontation_is_no_clash() -> None:
    text = "وأوصل التصعيد الجيش الهندي والجيش الباكستاني إلى شفا مواجهة مسلحة على الحدود في كشمير."
    assert _subs(text) == []


def test_states_pushed_to_the_brink_is_no_clash() -> None:
    assert _subs("ودفعت الأزمة روسيا وتركيا إلى حافة مواجهة عسكرية في إدلب.") == []


def test_a_confrontation_that_broke_out_is_a_clash() -> None:
    text = "واندلعت مواجهة عسكرية بين الجيش ومسلحين في سيناء الأحد."
    assert _subs(text) == ["Armed clash"]
