"""The token-level name finder agrees with the generic PhraseMatcher, and its cache is keyed
by its inputs."""

from __future__ import annotations

import pickle

import pytest

from rasad.arabic.match import PhraseMatcher
from rasad.arabic.tokens import tokenize
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import words
from rasad.gazetteer.names import NameFinder, cached_finder, inputs_digest

NAMES = [
    ("دمشق", 1), ("حلب", 2), ("مخيم اليرموك", 3), ("اليرموك", 4), ("الحجر الأسود", 5),
    ("دير الزور", 6), ("ريف دمشق", 7), ("جسر الشغور", 8), ("باب", 9), ("الباب", 10),
    ("فرانس 24", 11), ("أبو-ظبي", 12), ("ال عودة", 13), ("العودة", 14), ("تل أبيض", 15),
    ("تل", 16), ("جوبر", 17), ("جوبر", 18),
]

SENTENCES = [
    "قصفت الطائرات بمخيم اليرموك والحجر الأسود جنوب دمشق.",
    "وصلت التعزيزات إلى دير الزور ولدير الزور قادمة من حلب وريف دمشق",
    "فتح باب المعبر قرب الباب، وبالباب اشتباكات",
    "لليرموك واليرموك واليرموكي ويرموك",  # article chains; adjective; bare form without ال
    "قالت فرانس 24 إن أبو-ظبي ردت. جسر  الشغور وجسر\nالشغور",  # double space, line break
    "حلب2 و3حلب وحلب، (حلب) «دمشق»",  # glued digits end or open the word
    "دِمَشْق وبِحَلَب وتلّ أبيض",  # diacritics and shadda inside words
    "في جوبر وفي تل وتل أبيض ومن العودة وللعودة",
    "كبيرة\u200cحلب ودمشق\u200f حلب",  # zero-width marks around words
]


@pytest.fixture(scope="module")
def finders() -> tuple[NameFinder, PhraseMatcher]:
    return NameFinder(NAMES), PhraseMatcher(NAMES)


@pytest.mark.parametrize("text", SENTENCES)
def test_finder_agrees_with_phrase_matcher(finders, text):
    finder, matcher = finders
    ours = [(m.start, m.end, m.key, m.prefix, m.payloads) for m in finder.find(text)]
    theirs = [(m.start, m.end, m.key, m.prefix, m.payloads) for m in matcher.find(text)]
    assert ours == theirs


def test_finder_strips_proclitics_and_keeps_homonyms(finders):
    finder, _ = finders
    found = {
        "بمخيم اليرموك والحجر الأسود وجوبر"[m.start : m.end]: m
        for m in finder.find("بمخيم اليرموك والحجر الأسود وجوبر")
    }
    assert set(found) == {"مخيم اليرموك", "الحجر الأسود", "جوبر"}
    assert found["مخيم اليرموك"].prefix == "ب"
    assert found["جوبر"].payloads == (17, 18)


def test_bare_form_needs_a_chain_that_supplies_the_article(finders):
    finder, _ = finders
    assert [m.key for m in finder.find("لليرموك")] == ["اليرموك"]
    assert finder.find("يرموك") == []


def test_finder_uses_given_tokens(finders):
    finder, _ = finders
    text = "وصلوا إلى حلب"
    assert finder.find(text, tokenize(text)) == finder.find(text)


def test_finder_lookup_any_spelling(finders):
    finder, _ = finders
    assert finder.lookup("مُخيّم اليرموك") == (3,)
    assert finder.lookup("غير موجود") == ()


def test_finder_survives_pickling(finders):
    finder, _ = finders
    again = pickle.loads(pickle.dumps(finder))
    text = "من دير الزور إلى دمشق"
    assert again.find(text) == finder.find(text)


def test_cache_is_keyed_by_inputs(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RASAD_NO_CACHE", raising=False)
    src = tmp_path / "names.tsv"
    src.write_text("a\n", encoding="utf-8")
    builds = []

    def build(names=(("حمص", 1),)):
        builds.append(1)
        return NameFinder(names)

    first = cached_finder(inputs_digest([src]), build)
    second = cached_finder(inputs_digest([src]), build)
    assert len(builds) == 1  # the second came from the cache
    assert second.lookup("حمص") == first.lookup("حمص") == (1,)
    src.write_text("b\n", encoding="utf-8")  # the input changed: rebuilt
    third = cached_finder(inputs_digest([src]), lambda: build((("حماة", 2),)))
    assert len(builds) == 2
    assert third.lookup("حماة") == (2,)
    # both versions stay cached (the most recently used few are kept), so switching back is free
    assert len(list((tmp_path / "cache").glob("place-names-*.pickle"))) == 2


def test_unreadable_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    digest = inputs_digest([])
    (tmp_path / f"place-names-{digest}.pickle").write_bytes(b"not a pickle")
    finder = cached_finder(digest, lambda: NameFinder([("حمص", 1)]))
    assert finder.lookup("حمص") == (1,)


@pytest.mark.parametrize("text", SENTENCES)
def test_doc_words_match_text_words(text):
    dw = DocWords(text, tokenize(text))
    for start in range(0, len(text), 3):
        for end in (start + 5, start + 17, start + 40):
            end = min(end, len(text))
            expected = words(text[start:end])
            if "\u200c" in text[start:end]:
                continue  # a zero-width mark joins two tokens into one word there
            assert dw.words(start, end) == expected, (start, end)
            assert dw.last_word(start, end) == (expected[-1] if expected else "")


def test_word_start_includes_proclitics():
    text = "قصف على وبمخيم اليرموك"
    dw = DocWords(text)
    assert dw.word_start(text.index("مخيم"), 0) == text.index("وبمخيم")
    assert dw.word_start(text.index("مخيم"), text.index("وبمخيم") + 1) == text.index("وبمخيم") + 1


@pytest.mark.parametrize("text", SENTENCES)
def test_word_before_is_last_word_before_the_word_start(text):
    dw = DocWords(text)
    for offset in range(len(text)):
        for floor in (0, max(0, offset - 7)):
            ws = dw.word_start(offset, floor)
            expected = dw.last_word(max(floor, ws - 24), ws)
            assert dw.word_before(offset, floor, 24) == expected, (offset, floor)


@pytest.mark.parametrize("text", SENTENCES)
def test_first_word_is_the_first_of_words(text):
    dw = DocWords(text)
    for start in range(len(text)):
        for end in (start + 1, start + 4, start + 9):
            ws = dw.words(start, min(end, len(text)))
            assert dw.first_word(start, min(end, len(text))) == (ws[0] if ws else "")


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("كفر نبودة", ["كفرنبوده"]),
        ("كفرنبل", ["كفر نبل"]),
        ("أبو ظبي", ["ابوظبي"]),
        ("عين عيسى", ["عينعيسي"]),
        ("دير الزور", ["ديرالزور"]),  # news joins it too ("قتلى في ديرالزور")
        ("خان يونس", ["خانيونس"]),
        ("أبو الخير", []),  # a kunya joined with the article is a person's name
        ("بني الحارث", []),
        ("ديرك", []),  # too short a rest to be a second word
        ("حلب", []),
    ],
)
def test_compound_names_get_their_other_spacing(name, variants):
    from rasad.gazetteer.names import spacing_variants

    assert spacing_variants(name) == variants


@pytest.mark.parametrize(
    ("name", "variants"), [("المعلاء", ["المعلا"]), ("كربلاء", ["كربلا"]), ("ماء", []), ("حلب", [])]
)
def test_final_hamza_is_optional(name, variants):
    from rasad.gazetteer.names import hamza_variants

    assert hamza_variants(name) == variants
