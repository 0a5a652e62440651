"""Memories recalled and a player's form regained are "استعاد" in another sense: no ground
retaken. A force retaking a town stays Government regains territory."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-01-15")["events"]]


def test_recalling_the_details_of_a_day_is_no_retaking() -> None:
    text = "واستعاد الرئيس في كلمته تفاصيل يوم قضاه في مدينة الموصل قبل الحرب."
    assert _subs(text) == []


def test_recalling_childhood_memories_is_no_retaking() -> None:
    assert _subs("واستعاد المخرج ذكريات طفولته في مدينة حمص خلال الندوة.") == []


def test_a_team_regaining_its_form_is_no_retaking() -> None:
    assert _subs("واستعاد فريق الاتحاد مستواه في مباراته أمام الوحدة في مدينة حلب.") == []


def test_the_army_retaking_a_town_stays_an_event() -> None:
    text = "واستعاد الجيش السوري أمس السيطرة على بلدة تادف في ريف حلب."
    assert _subs(text) == ["Government regains territory"]
