"""A force named after a participle of backing ("مسنودا بـ", "مدعوما بـ") backs the side before
it: an associated actor of that side, never its foe."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت قوات الجيش الوطني مسنودا بقوات التحالف على مدينة ميدي في محافظة حجة أمس.",
        "تقدم الجيش الوطني مدعوما بطيران التحالف في مديرية نهم شرق صنعاء أمس.",
    ],
)
def test_a_force_after_masnudan_or_madumun_bi_backs_the_army(text: str) -> None:
    events = rasad.extract(text, published="2016-03-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Yemen (2012-2022)"
    assert events[0]["actor2"] != "Operation Restoring Hope"
    assert events[0]["assoc_actor_1"] == "Operation Restoring Hope"
