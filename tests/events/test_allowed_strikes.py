"""An act allowed is not yet done: "وافقت تركيا على السماح للجيش الأمريكي بشن ضربات جوية"
tells a permission, no strike; the strikes flown later are their own news."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2015-07-24") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_permission_to_launch_strikes_is_no_strike() -> None:
    text = (
        "قالت الصحيفة إن تركيا وافقت على السماح للجيش الأمريكي بشن ضربات جوية ضد "
        "تنظيم الدولة الإسلامية في مدينة الرقة انطلاقا من قاعدة إنجرليك."
    )
    assert _events(text) == []


def test_a_law_that_allows_arrests_is_no_arrest() -> None:
    text = (
        "أقر مجلس الشورى قانونا يسمح لأفراد الجيش بإلقاء القبض على المخالفين "
        "في مدينة بورسعيد خلال فترة الطوارئ."
    )
    assert _events(text, published="2013-01-30") == []
