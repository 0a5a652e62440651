"""An event is split over a list of places only where they are scenes: governorates the
places stage reads as no scene (role other) describe the event's object ("مخزن الوقود التابع
لمحافظتي تعز وإب"), so the event placed there for want of a finer place stays one."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str]:
    return [e["location"] for e in rasad.extract(text, published="2015-07-21")["events"]]


def test_governorates_told_as_no_scene_do_not_split_the_event():
    text = "وأكد المجلس العسكري بتعز أن الميليشيات قصفت مخزن الوقود التابع لمحافظتي تعز وإب."
    assert _locations(text) == ["Taizz"]


def test_governorates_told_as_scenes_still_split_it():
    text = "قصفت الميليشيات بقذائف الهاون محافظتي تعز وإب أمس."
    assert sorted(_locations(text)) == ["Ibb", "Taizz"]
