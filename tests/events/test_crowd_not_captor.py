"""A crowd arrests nobody: an arrest whose only side before it is the crowd ("وفرقت الشرطة
المتظاهرين، وأفادت تقارير باعتقال بعضهم") holds the crowd, it is no abduction by
protesters; a crowd told as the subject that seized people ("قام المتظاهرون بالقبض على")
keeps its act."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, str | None]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return sorted((e["sub_event_type"], e["actor1"]) for e in events)


def test_protesters_some_of_whom_were_arrested_are_held() -> None:
    text = (
        "خرج مئات المتظاهرين في مدينة مشهد الجمعة احتجاجا على الغلاء. وفرقت شرطة مكافحة "
        "الشغب المتظاهرين، وأفادت تقارير باعتقال بعضهم."
    )
    assert _rows(text) == [("Protest with intervention", "Protesters (Iran)")]


def test_protesters_of_whom_dozens_were_arrested_are_held() -> None:
    text = "تظاهر مئات الطلاب في مدينة الخرطوم الأحد، وقالت مصادر إن المحتجين اعتقل منهم العشرات."
    assert _rows(text) == [("Protest with intervention", "Protesters (Sudan)")]


def test_protesters_who_seized_men_keep_their_act() -> None:
    text = (
        "وفي وقت سابق، قام المتظاهرون بالقبض على ثلاثة من أنصار الحزب الحاكم في مدينة "
        "المنصورة الجمعة وضربهم."
    )
    assert ("Abduction/forced disappearance", "Protesters (Egypt)") in _rows(text)


def test_protesters_protesting_arrests_abduct_nobody() -> None:
    text = (
        "وفرقت الشرطة السودانية المظاهرة بالغاز المسيل للدموع في الخرطوم الأحد، وكان "
        "المتظاهرون الذين ينتمون لأحزاب المعارضة يحتجون على اعتقال نشطاء وسياسيين."
    )
    assert all(sub != "Abduction/forced disappearance" for sub, _a1 in _rows(text))
