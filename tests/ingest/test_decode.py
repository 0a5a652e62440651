"""decode_bytes: encodings, binary refusal, empty input, size limit, newlines."""

from __future__ import annotations

import pytest

from rasad.errors import InputError
from rasad.ingest import MAX_ARTICLE_BYTES, decode_bytes

ARTICLE = (
    "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين اثنين.\n"
    "وقال الدفاع المدني إن فرقه أخمدت حريقاً اندلع في سوق البلدة بعد الغارة."
)


def test_utf8_is_decoded_as_is():
    assert decode_bytes(ARTICLE.encode("utf-8")) == ARTICLE


def test_utf8_bom_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")) == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_decode(encoding):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    assert decode_bytes(bom + ARTICLE.encode(encoding)) == ARTICLE


def test_utf16_without_bom_is_recognised_by_its_nul_pattern():
    assert decode_bytes(ARTICLE.encode("utf-16-le")) == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_code_pages_decode(encoding):
    assert decode_bytes(ARTICLE.encode(encoding)) == ARTICLE


def test_windows_1256_with_crlf_gets_unix_newlines():
    data = ARTICLE.replace("\n", "\r\n").encode("cp1256")
    assert decode_bytes(data) == ARTICLE


def test_newline_variants_become_lf():
    text = "سطر أول\r\nسطر ثان\rسطر ثالث\u2028سطر رابع\fسطر خامس"
    assert decode_bytes(text.encode("utf-8")).split("\n") == [
        "سطر أول", "سطر ثان", "سطر ثالث", "سطر رابع", "سطر خامس",
    ]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(50), "gzip"),
    ],
)
def test_known_binary_formats_are_refused_by_name(data, what):
    with pytest.raises(InputError, match=what) as err:
        decode_bytes(data, source="page.bin")
    assert "page.bin" in str(err.value)


def test_nul_bytes_are_refused():
    data = "تقرير".encode() + b"\x00\x01\x00\x00\x07" + "قصير".encode()
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, source="x.txt")


def test_random_bytes_are_refused():
    data = bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, source="noise.dat")


def test_a_stray_control_character_is_tolerated():
    text = ARTICLE + "\x1b"
    assert decode_bytes(text.encode("utf-8")).endswith("\x1b")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_or_whitespace_input_is_refused_with_the_source_named(data):
    with pytest.raises(InputError, match="empty") as err:
        decode_bytes(data, source="blank.txt")
    assert "blank.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_input_over_the_size_limit_is_refused_with_its_size():
    data = b"a" * (MAX_ARTICLE_BYTES + 1)
    with pytest.raises(InputError, match=r"10\.0 MB, over the 10 MB per-article limit"):
        decode_bytes(data, source="big.txt")


def test_input_at_the_size_limit_is_accepted():
    assert len(decode_bytes(b"a" * MAX_ARTICLE_BYTES)) == MAX_ARTICLE_BYTES


def test_every_rare_line_break_becomes_a_newline():
    from rasad.ingest.decode import _RARE_BREAKS, normalize_newlines

    for ch in _RARE_BREAKS:
        assert normalize_newlines(f"سطر{ch}سطر") == "سطر\nسطر", repr(ch)
    assert normalize_newlines("سطر\u00a0سطر") == "سطر\u00a0سطر"  # not a line break
