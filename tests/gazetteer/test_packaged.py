"""The packaged index and overlay: loads offline, resolves known places, data files valid."""

from __future__ import annotations

import pytest

from rasad.gazetteer.cues import load_cues
from rasad.gazetteer.index import PlaceIndex
from rasad.gazetteer.overlay import (
    blocked_phrases,
    common_words,
    country_rows,
    cue_words,
    overlay_rows,
)
from rasad.resources import load_tsv


def test_packaged_index_loads():
    # its load time is a figure, not a test: scripts/bench_places.py reports it
    index = PlaceIndex.load()
    assert len(index) > 50_000


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("دمشق", "SY", "Damascus"),
        ("حلب", "SY", "Aleppo"),
        ("دير الزور", "SY", "Deir ez Zor"),
        ("الحسكة", "SY", "Al Hasakeh"),
        ("الرقة", "SY", "Ar Raqqa"),
        ("إدلب", "SY", "Idleb"),
        ("الموصل", "IQ", "Ninewa"),
        ("صنعاء", "YE", "Sanaa"),
        ("بنغازي", "LY", "Benghazi"),
        ("صيدا", "LB", "South"),
        ("الخرطوم", "SD", "Khartoum"),
    ],
)
def test_known_places_resolve_offline(packaged_index, name, country, admin1):
    entries = packaged_index.lookup(name)
    assert any(e.country == country and e.admin1 == admin1 for e in entries), entries


def test_overlay_places_are_in_the_index(packaged_index):
    for row in overlay_rows():
        e = packaged_index.get(row["id"])
        assert e is not None and e.source == "overlay", row["id"]
        assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180
        for name in row["names_ar"].split("|"):
            assert e in packaged_index.lookup(name), (row["id"], name)


def test_countries_have_english_names_and_arabic_names(packaged_index):
    rows = country_rows()
    assert len(rows) > 90
    names = {r["country"]: r["name"] for r in rows}
    assert names["PK"] == "Pakistan" and names["GE"] == "Georgia" and names["NG"] == "Nigeria"
    [georgia] = [e for e in packaged_index.lookup("جورجيا") if e.feature_code == "PCLI"]
    assert georgia.country == "GE"


def test_overlay_admin1_names_use_acled_spellings():
    acled = {r["acled"] for r in load_tsv("gazetteer/admin1.tsv")}
    for row in overlay_rows():
        if row["country"] in {"SY", "IQ", "YE", "LY", "LB", "PS", "SD"} and row["admin1"]:
            assert row["admin1"] in acled, row


def test_not_places_lists_are_loaded():
    assert "الحرب" in common_words() or "الحرب".replace("ة", "ه") in common_words()
    assert "روسيا اليوم" in blocked_phrases()
    assert "الباب" in cue_words()
    assert not (common_words() & cue_words())  # a word is either common or a cue word


def test_cue_lexicon_has_the_words_the_stage_relies_on():
    cues = load_cues()
    assert {"الي", "نحو", "باتجاه"} <= cues.destination
    assert "من" in cues.origin
    assert "في" in cues.event_location
    assert "ريف" in cues.area_words
    assert {"جنوب", "الشمالي"} <= set(cues.directions)
    assert {"قريه", "حي", "مخيم"} <= cues.name_nouns
