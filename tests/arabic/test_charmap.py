"""The one-byte code of Arabic news text that the tokenizer and the normaliser use for speed."""

import regex
from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic import charmap

# Every character the table encodes (not the cut marker or the reserved noncharacters).
TABLE_CHARS = st.text(
    alphabet=st.sampled_from(sorted(set(charmap.TABLE[charmap.RESERVED :]))), max_size=300
)


@given(TABLE_CHARS)
def test_encode_keeps_one_byte_per_character_and_decodes_back(s):
    data = charmap.encode(s)
    assert data is not None
    assert len(data) == len(s)
    assert charmap.decode(data) == s


def test_news_text_is_encoded():
    s = "قال «المرصد السوري»: قُتل 12 مدنياً، و١٫٥ مليون نازح\u200f – اليوم\n\nF-16 پ"
    assert charmap.decode(charmap.encode(s)) == s


def test_characters_outside_the_table_are_refused():
    for s in ("emoji 😀", "ﻻ presentation form", "नमस्ते", "cut\x00marker", "held\ufdd0", "\x1c"):
        assert charmap.encode(s) is None
    for held in "\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4":  # every reserved noncharacter, anywhere
        assert charmap.encode(f"نص {held} عربي") is None
        assert charmap.encode(held) is None


def test_the_last_two_texts_are_remembered_by_identity():
    s = "نص" * 40
    assert charmap.encode(s) is charmap.encode(s)
    t = "x" + s[1:]
    code = charmap.encode(s)
    assert charmap.encode(t) != code
    assert charmap.encode(s) is code  # still kept after another text


def test_separator_holders_decode_to_the_separators():
    assert charmap.decode(charmap.SEPARATOR_HOLDERS) == charmap.SEPARATORS


def test_byte_classes_match_their_pattern_and_each_is_one_run():
    for pattern in (r"\p{N}", r"\s", r"[\p{L}\p{M}\u0640]", r"[^\s\p{L}\p{N}\p{M}]"):
        members = charmap.byte_class(pattern)
        assert members, pattern
        assert list(members) == list(range(members[0], members[-1] + 1)), pattern
        rx = regex.compile(pattern)
        assert all(rx.fullmatch(charmap.decode(bytes([b]))) for b in members)


def test_byte_of_and_its_errors():
    assert charmap.decode(bytes([charmap.byte_of("ب")])) == "ب"
    for ch in ("😀", "\ufdd0"):
        try:
            charmap.byte_of(ch)
        except ValueError as exc:
            assert "not in the charmap table" in str(exc)
        else:
            raise AssertionError(ch)


@given(TABLE_CHARS)
def test_translation_agrees_with_str_translate(s):
    mapping = {ord("أ"): "ا", ord("ـ"): None, ord("\n"): " ", ord("٣"): "3"}
    table, delete = charmap.translation(mapping)
    assert charmap.decode(charmap.encode(s).translate(table, delete)) == s.translate(mapping)


def test_translation_refuses_targets_outside_the_table():
    assert charmap.translation({ord("a"): "😀"}) is None
    assert charmap.translation({ord("a"): "ab"}) is None


def test_reserved_bytes_encode_no_character():
    assert charmap.decode(bytes(range(charmap.RESERVED))) == "\x00" + charmap.SEPARATORS + "\x00"
    assert charmap.decode(charmap.CUT2) == "\x00"
    for ch in charmap.TABLE[1 : charmap.RESERVED]:
        assert charmap.encode("ب" + ch) is None
