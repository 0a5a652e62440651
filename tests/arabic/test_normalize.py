from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic.normalize import normalize, normalize_key

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
