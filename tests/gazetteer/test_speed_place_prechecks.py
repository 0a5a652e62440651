"""Cheaper ways the place stage finds what it reads around mentions: they must give exactly
what the plain definitions give."""

from __future__ import annotations

import dataclasses

import pytest
import regex

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.cues import (
    _EVENT_CHAINS,
    PROCLITICS,
    event_word_rests,
    load_cues,
    strip_proclitics,
)
from rasad.gazetteer.quoted_names import _opening_marks

_PLAIN_OPENERS = regex.compile('[«"“”]')


def _plain_marks(text: str) -> list[int]:
    return [m.start() for m in _PLAIN_OPENERS.finditer(text)]


def test_quote_marks_are_found_in_order_as_a_regex_scan_finds_them() -> None:
    texts = [
        'أعلن حزب «مصر القوية» أن "تجمع شعب غينيا" شارك في مسيرة “السلام” ببغداد',
        "قصفت الطائرات مواقع في ريف حلب الجنوبي",  # no quote mark at all
        "«»«",
        '"""',
        "قال: ”نحن هنا“ و«هناك»",
    ]
    for text in texts:
        assert _opening_marks(text) == _plain_marks(text)
    assert _opening_marks("قصفت الطائرات مواقع في حلب") == []
    # "»" closes only: it opens nothing
    assert _opening_marks("حلب»") == []


def _plain_strip(word: str, known: frozenset[str]) -> tuple[str, str]:
    """strip_proclitics by its definition: the word itself, then the longest proclitic chain
    first, each with and without the article ("لل" restores it), then the word without its
    article: the first reading whose bare word is known."""
    readings = [("", word)]
    for pre in sorted(PROCLITICS, key=len, reverse=True):
        if word.startswith(pre) and len(word) > len(pre) + 1:
            rest = word[len(pre) :]
            if pre.endswith("لل"):
                rest = "ال" + rest
            readings.append((pre, rest))
            if rest.startswith("ال"):
                readings.append((pre, rest[2:]))
    if word.startswith("ال"):
        readings.append(("", word[2:]))
    return next((r for r in readings if r[1] in known), ("", word))


_WORDS = [
    "وبالمدينة",
    "للمدينة",
    "فللقرية",
    "المدينة",
    "مدينة",
    "بمدينة",
    "وفي",
    "في",
    "كالقرية",
    "والقرى",
    "وللحي",
    "حي",
    "وحي",
    "بالحي",
    "قرية",
    "القرية",
    "ومدينه",
    "ب",
    "و",
    "بحلب",
]


def test_proclitics_are_stripped_as_by_definition_for_new_and_known_words() -> None:
    known = frozenset(normalize_key(w) for w in ("مدينة", "القرية", "حي", "في", "قرى"))
    other = frozenset({normalize_key("مدينة")})
    words = [normalize_key(w) for w in _WORDS]
    for _ in range(2):  # new words, then the same words from the table
        for w in words:
            assert strip_proclitics(w, known) == _plain_strip(w, known)
            assert strip_proclitics(w, other) == _plain_strip(w, other)
    assert strip_proclitics(normalize_key("وبالمدينة"), known) == ("وب", "مدينه")
    assert strip_proclitics(normalize_key("للقرية"), known) == ("لل", "القريه")
    # a word no list holds keeps no proclitic: "بحلب" is no ب + a known word here
    assert strip_proclitics("بحلب", known) == ("", "بحلب")


def test_an_empty_word_list_strips_nothing() -> None:
    empty: frozenset[str] = frozenset()
    assert strip_proclitics("وفي", empty) == ("", "وفي")
    assert strip_proclitics("وفي", empty) == ("", "وفي")


@pytest.mark.parametrize(
    "word",
    [
        *_WORDS,
        "والاشتباكات",
        "وبقصف",
        "فللقصف",
        "قص",
        "اشتباك",
        "الاشتباكاتهم",
        "عمليه",
        "وعمليه",
        "كتاب",
        "ال",
        "وال",
    ],
)
def test_event_stems_are_found_as_by_definition_on_a_fresh_cue_set(word: str) -> None:
    cues = dataclasses.replace(load_cues())  # its own caches: every word is new to them
    w = normalize_key(word)
    stems = cues.event_words
    single = [s for s in stems if " " not in s]
    expect: tuple[str, ...]
    if any(w.startswith(c + s) for c in _EVENT_CHAINS for s in single):
        expect = ("",)
    else:
        expect = tuple(
            dict.fromkeys(
                s
                for c in sorted(_EVENT_CHAINS, key=len)
                for s in stems
                if " " in s and c + s.split(" ", 1)[0] == w
            )
        )
    assert event_word_rests(w, cues) == expect
    assert event_word_rests(w, cues) == expect  # cached


def _plain_countryside(index, entry, direction, city=""):  # type: ignore[no-untyped-def]
    """countryside_point by its definition, with ``_km_bearing`` for every settlement."""
    from rasad.gazetteer.countryside import (
        _HALF_SECTOR,
        _MIN_SETTLEMENTS,
        _NEAR_KM,
        BEARINGS,
        _km_bearing,
    )

    lat0, lon0 = entry.lat, entry.lon
    if city:
        towns = [
            e
            for e in index.lookup(city)
            if e.country == entry.country and e.feature_code.startswith("PPL")
        ]
        if towns:
            town = max(towns, key=lambda e: e.population)
            lat0, lon0 = town.lat, town.lon
    target = BEARINGS[direction]
    kept = []
    for _, _, code, lat, lon in index.points_in(entry.country, entry.admin1):
        if not code.startswith("PPL"):
            continue
        km, bearing = _km_bearing(lat0, lon0, lat, lon)
        if km > _NEAR_KM and abs((bearing - target + 180.0) % 360.0 - 180.0) <= _HALF_SECTOR:
            kept.append((lat, lon))
    if len(kept) < _MIN_SETTLEMENTS:
        return None
    return sum(p[0] for p in kept) / len(kept), sum(p[1] for p in kept) / len(kept)


@pytest.mark.parametrize(
    ("name", "city"), [("حمص", ""), ("حلب", ""), ("ريف دمشق", "دمشق"), ("إدلب", "")]
)
def test_a_countryside_point_is_the_plain_mean_to_the_last_bit(name: str, city: str) -> None:
    from rasad.gazetteer.countryside import BEARINGS, countryside_point
    from rasad.gazetteer.index import default_index

    index = default_index()
    [area] = [e for e in index.lookup(name) if e.feature_code == "ADM1" and e.country == "SY"][:1]
    points = 0
    for direction in BEARINGS:
        got = countryside_point(index, area, direction, city)
        assert got == _plain_countryside(index, area, direction, city)
        points += got is not None
    assert points >= 4  # most directions of a governorate have settlements


def test_cluster_support_marks_the_records_with_a_namesake_nearby_as_near_does() -> None:
    from rasad.gazetteer.index import Entry
    from rasad.gazetteer.resolve import CLUSTER_BONUS, CLUSTER_KM, _cluster_support, near

    def entry(i: int, lat: float, lon: float) -> Entry:
        return Entry(f"t:{i}", f"V{i}", "قرية", "SY", "A", "", lat, lon, "PPL", 0, "test")

    deg = CLUSTER_KM / 111.0
    cands = [
        entry(0, 35.0, 37.0),
        entry(1, 35.05, 37.02),  # ~6 km from 0
        entry(2, 35.0 + deg * 0.999, 37.0),  # inside the box, just within ~10 km of 0
        entry(3, 35.0, 37.0 + deg * 2.9),  # inside the box, ~30 km east: too far
        entry(4, 36.0, 38.0),  # far from all
        entry(5, 35.0 + deg * 1.01, 38.0),  # outside the box
    ]
    support = _cluster_support(cands)
    expect = tuple(
        CLUSTER_BONUS
        if any(i != j and near(a, b, CLUSTER_KM) for j, b in enumerate(cands))
        else 0.0
        for i, a in enumerate(cands)
    )
    assert support == expect
    assert support[0] == support[1] == CLUSTER_BONUS and support[4] == 0.0
    assert _cluster_support([cands[0]]) == (0.0,)  # a lone record: no namesake


_WINDOW_TEXTS = [
    "قتل 12 شخصا، وأصيب 1.5 ألف في قصف على حي الشعار، شرق حلب (شمال سوريا).",
    'أعلنت "القوات" عن #معركة_الفجر في 9/12/2017 بريف إدلب: 2,000 مقاتل؛ ١٢ قتيلا؟',
    "وصلت التعزيزات إلى مدينة الرقة - شمال - ثم إلى «دير الزور» مع 1½ طن من المواد!",
]


@pytest.mark.parametrize("text", _WINDOW_TEXTS)
def test_window_words_are_the_words_of_the_window_text(text: str) -> None:
    from rasad.arabic.tokens import tokenize
    from rasad.gazetteer.context import DocWords
    from rasad.gazetteer.cues import words

    dw = DocWords(text, tokenize(text))
    fast = 0
    for start in range(len(text)):
        for end in range(start, min(len(text), start + 45) + 1):
            got = dw.words(start, end)
            assert got == words(text[start:end]), (start, end)
            fast += bool(got) and all(not w.isdigit() for w in got)
    assert fast  # windows of words and punctuation only were read too
