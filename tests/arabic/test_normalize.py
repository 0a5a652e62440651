from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic.normalize import _TABLE as _STR_TABLE
from rasad.arabic.normalize import normalize, normalize_key, normalize_keys, variants

ARABIC_ISH = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةئؤ ـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲’‘«»\u00a0\u200e\u200f\n -–")
        + list("abcXYZ019.,")
    ),
    max_size=200,
)


def test_alef_ya_ta_marbuta_and_tatweel_fold():
    assert normalize("أإآٱ").text == "اااا"
    assert normalize("مستشفى").text == "مستشفي"
    assert normalize("مدينة").text == "مدينه"
    assert normalize("قـــوات").text == "قوات"


def test_diacritics_removed_but_offsets_land_on_original():
    original = "تكبَّد فيها خسائر"
    n = normalize(original)
    assert n.text == "تكبد فيها خساير"  # ئ folds to ي
    i = n.text.index("خساير")
    start, end = n.to_original(i, i + 5)
    assert original[start:end] == "خسائر"


def test_digits_in_every_script_become_ascii():
    assert normalize("٢٠١٨ و۱۹").text == "2018 و19"


def test_quote_marks_and_spaces():
    assert normalize("’’داعش‘‘").text == '""داعش""'
    assert normalize("«النصرة»").text == '"النصره"'
    assert normalize("حي\u00a0التضامن").text == "حي التضامن"
    assert normalize("السبت–الأحد").text == "السبت-الاحد"


def test_bidi_marks_deleted_with_offsets():
    original = "\u200fقوات\u200e النظام"
    n = normalize(original)
    assert n.text == "قوات النظام"
    s, e = n.to_original(0, 4)
    assert original[s:e] == "قوات"
    s, e = n.to_original(5, 11)
    assert original[s:e] == "النظام"


def test_normalize_key_collapses_spaces():
    assert normalize_key("  تنظيم الدولة  الإسلامية ") == "تنظيم الدوله الاسلاميه"


@given(ARABIC_ISH)
def test_idempotent(s):
    once = normalize(s).text
    assert normalize(once).text == once


@given(ARABIC_ISH)
def test_never_longer_and_offsets_increasing_in_bounds(s):
    n = normalize(s)
    assert len(n.text) <= len(s)
    offsets = [n.orig(i) for i in range(len(n.text))]
    assert offsets == sorted(set(offsets))
    assert all(0 <= o < len(s) for o in offsets)
    assert n.orig(len(n.text)) == len(s)


@given(ARABIC_ISH)
def test_each_normalised_char_comes_from_its_original(s):
    n = normalize(s)
    for i, ch in enumerate(n.text):
        assert normalize(s[n.orig(i)]).text == ch


# The fast paths (containment tests and str.replace instead of one regex pass; the offset map
# stored as deletion runs; the new words of a text normalised together) must agree with the
# plain per-character definition.
WITH_MARKERS = st.text(
    alphabet=st.sampled_from(list("اأةى ـًّ\u200f\u200b\u00ad\n\x00\x1c«1٢xX")), max_size=80
)


def _reference(s: str) -> tuple[str, list[int]]:
    """Normalised text and original offset of each of its characters, one character at a time."""
    chars, offsets = [], []
    for i, ch in enumerate(s):
        out = normalize(ch).text if len(ch) else ""
        if out:
            chars.append(out)
            offsets.append(i)
    return "".join(chars), offsets


@given(st.one_of(ARABIC_ISH, WITH_MARKERS))
def test_offset_map_matches_the_per_character_definition(s):
    n = normalize(s)
    text, offsets = _reference(s)
    assert n.text == text
    assert [n.orig(i) for i in range(len(text))] == offsets
    assert n.orig(len(text)) == len(s)
    for o in range(len(s) + 2):
        expected = next((i for i, off in enumerate(offsets) if off >= o), len(text))
        assert n.to_normalized(o) == expected


def test_deleted_runs_map_back_across_marks_and_controls():
    original = "ـقُوَّات\u200f النِّظام\x00ً"  # a NUL takes the regex path
    for s in (original, original.replace("\x00", "")):
        n = normalize(s)
        start = n.text.index("النظام")
        a, b = n.to_original(start, start + len("النظام"))
        assert s[a:b] == "النِّظام"
        assert n.to_normalized(s.index("النِّظام")) == start


def test_normalize_keys_agrees_with_normalize_key_on_words():
    words = ["الأُمَمِ", "المتّحدة", "«قال»", "٢٠١٨", "ـ", "\u200f", "x\x1c", "مستشفى"] * 3
    assert normalize_keys(words) == [normalize_key(w) for w in words]
    spaced = [*words, "كلمة\nأخرى", "two  spaces"]  # whitespace inside: one at a time
    assert normalize_keys(spaced) == [normalize_key(w) for w in spaced]


@given(st.lists(st.one_of(ARABIC_ISH, WITH_MARKERS), max_size=30))
def test_normalize_keys_property(words):
    assert normalize_keys(words) == [normalize_key(w) for w in words]


def test_variants_are_the_characters_that_normalise_to_a_letter():
    assert variants("ا") >= {"ا", "أ", "إ", "آ", "ٱ"}
    assert all(normalize(c).text == "ا" for c in variants("ا"))
    assert variants("ع") == {"ع"}


# The byte path (texts of 64+ characters, all in rasad.arabic.charmap) must agree with the str
# path: the same text, the same offset map, and for the key functions the same keys.
LONG_CHARMAP = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحدرسعفقكلمنهويءآأإىةئؤپ ـًٌٍَُِّْٰ٠١٢۰۱’‘«»“”–—\u00a0\u2009\u200e\u200f\u00ad\n\t")
        + list("abcXYZ019.,'`")
    ),
    min_size=64,
    max_size=300,
)


@given(LONG_CHARMAP)
def test_byte_path_normalize_matches_the_per_character_definition(s):
    from rasad.arabic import charmap

    assert charmap.encode(s) is not None  # the byte path is the one under test
    n = normalize(s)
    text, offsets = _reference(s)
    assert n.text == text
    assert [n.orig(i) for i in range(len(text))] == offsets


def test_byte_path_offset_map_at_the_edges_of_deleted_runs():
    from rasad.arabic import charmap

    body = "قتل عنصر في حلب " * 5
    for s in ("ًّ" + body, body + "ـًّ", "ـ" + body + "ـ", "ًٌ" + body.replace(" ", "ـًّ ")):
        assert charmap.encode(s) is not None and len(s) >= 64
        n = normalize(s)
        text, offsets = _reference(s)
        assert n.text == text
        assert [n.orig(i) for i in range(len(text))] == offsets
        assert n.to_original(0, len(text)) == (offsets[0], offsets[-1] + 1)
        assert n.to_normalized(0) == 0 and n.to_normalized(len(s)) == len(text)


@given(LONG_CHARMAP)
def test_byte_path_fold_matches_the_str_rules(s):
    from rasad.arabic.normalize import _delete, _fold, _translate

    assert _fold(s) == _translate(_delete(s)) == s.translate(_STR_TABLE)


@given(st.lists(st.text(alphabet=st.sampled_from(list("ابتأإىةـًّ«»٣X")), min_size=1, max_size=9),
                min_size=10, max_size=40))
def test_byte_path_normalize_keys_of_many_words(words):
    assert normalize_keys(words) == [normalize_key(w) for w in words]


SHORT_CHARMAP = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحدرسعفقكلمنهويءآأإىةئؤپ ـًٌٍَُِّْٰ٠١٢۰۱’‘«»“”–—\u00a0\u2009\u200e\u200f\u00ad\n\t")
        + list("abcXYZ019.,'`")
    ),
    max_size=63,
)


@given(SHORT_CHARMAP)
def test_short_strings_on_the_byte_path_follow_the_str_rules(s):
    # strings under 64 characters are folded on the charmap code too (encoded uncached)
    from rasad.arabic import charmap
    from rasad.arabic.normalize import _fold

    assert charmap.encode_uncached(s) is not None
    n = normalize.__wrapped__(s)
    assert n.text == _fold(s) == s.translate(_STR_TABLE)
    kept = [i for i, ch in enumerate(s) if ch.translate(_STR_TABLE)]  # one char → one or none
    assert [n.orig(i) for i in range(len(n.text))] == kept
    assert n.orig(len(n.text)) == len(s)


def test_short_strings_leave_the_document_code_cached():
    from rasad.arabic import charmap

    text = "قتل عنصر من الجيش في ريف حلب الشمالي " * 4
    code = charmap.encode(text)
    other = "قصف مدفعي على بلدة في ريف إدلب الجنوبي " * 4
    assert charmap.encode(other) is not None  # the cache holds the last two texts
    for short in ("قتلى", "الجيش السوري", "آخر تحديث: الأحد", "حلب"):
        normalize_key(short)
        normalize.__wrapped__(short)
    assert charmap.encode(text) is code  # not encoded again: still cached
