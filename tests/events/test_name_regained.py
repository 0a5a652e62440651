"""A town that regains its old name ("استعادت المدينة اسمها القديم") is renamed: no ground is
taken, while a force that regains a town still does."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-05-02")["events"]]


def test_a_city_regaining_its_old_name_is_no_event():
    text = "وبقرار من البرلمان استعادت مدينة فولغوغراد اسمها القديم في ذكرى المعركة."
    assert _types(text) == []


def test_a_town_taking_back_its_former_name_is_no_event():
    text = "وقرر المجلس البلدي أن تستعيد مدينة دنيبرو تسميتها السابقة اعتبارا من الشهر المقبل."
    assert _types(text) == []


def test_a_force_regaining_a_town_still_regains_territory():
    text = "واستعاد الجيش السوري اليوم السيطرة على مدينة تدمر بعد معارك مع تنظيم داعش."
    assert _types(text) == ["Government regains territory"]
