"""A news agency's dateline ("إسلام آباد 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس") says
where the agency filed from, as a "(CNN)--" dateline does: its town is no event's scene, and a
lead that names only a province is set there, not in the town filed from."""

from __future__ import annotations

import rasad


def _locations(text: str) -> set[str | None]:
    return {e["location"] for e in rasad.extract(text)["events"]}


def test_the_town_filed_from_is_no_scene():
    text = (
        "إسلام آباد 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
        "انتشلت الشرطة الباكستانية اليوم خمس جثث في إقليم بلوشستان لأشخاص أعدمهم مسلحون"
        " مجهولون رميا بالرصاص.\n"
        "وأوضح مسؤول أمني في مدينة كويتا أن الجثث عليها آثار التعذيب."
    )
    locations = _locations(text)
    assert locations and "Islamabad" not in locations


def test_the_agency_dateline_gives_the_event_its_date():
    text = (
        "صنعاء 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
        "قتل ثلاثة جنود يمنيين اليوم في هجوم شنه مسلحون على نقطة عسكرية في مديرية صرواح."
    )
    events = rasad.extract(text)["events"]
    assert events and {e["event_date"] for e in events} == {"2015-08-11"}
