"""Cheaper ways the place stage finds what it reads around mentions: they must give exactly
what the plain definitions give."""

from __future__ import annotations

import regex

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
