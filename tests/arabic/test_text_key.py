"""text_key: normalize_key's result for one-off long texts, without touching its cache."""

from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic.normalize import normalize_key, text_key


@given(st.text(alphabet="ابةىيأإآؤئ ـًٌٍَُِّْ٠١٢\u00a0\n\t«»’‘ xyz", max_size=60))
def test_text_key_is_normalize_key(s):
    assert text_key(s) == normalize_key(s)


def test_text_key_leaves_the_short_key_cache_alone():
    before = normalize_key.cache_info().currsize
    text_key("قالت وكالة الأنباء إن القوات العراقية ... " * 50)
    assert normalize_key.cache_info().currsize == before
    assert text_key("  الْقُوَّاتُ   العراقيّة  ") == "القوات العراقيه"
