"""Places inside armed groups' names are no place mentions.

A group named for a holy city or a region ("سرايا القدس", "أنصار بيت المقدس", al-Qaeda "في
بلاد المغرب الإسلامي") claims attacks far from it: the name is no place mention, or a rocket
fired from Gaza is placed in Jerusalem.
"""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in rasad.extract(text, published="2015-08-01")["places"]}


def test_islamic_jihads_wing_is_not_jerusalem():
    places = _places("أطلقت سرايا القدس صاروخين على مستوطنة قرب سديروت مساء أمس.")
    assert "Jerusalem" not in places


def test_ansar_bayt_al_maqdis_is_not_jerusalem():
    places = _places("تبنت جماعة أنصار بيت المقدس تفجير خط الغاز في العريش.")
    assert "Jerusalem" not in places
    assert "Arish" in places


def test_aqim_is_not_morocco():
    places = _places("قتل الجيش أربعة من تنظيم القاعدة في بلاد المغرب الإسلامي قرب تبسة.")
    assert "Morocco" not in places
    assert "Tebessa" in places


def test_jerusalem_itself_is_still_found():
    assert "Jerusalem" in _places("اقتحمت الشرطة منازل في القدس فجر اليوم.")
