"""A deal or an act named in quotes before the relative clause that dates it ("صفقة «وفاء
الأحرار» التي أبرمت … في 2011") is dated by the year closing that clause, as when the
pronoun follows the noun directly: history, no event of the day. A clause with a recent day
("يوم الأحد الماضي") keeps the deal."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_quoted_deal_of_a_past_year_is_no_agreement() -> None:
    text = (
        "وأكدت الحركة الأحد أن أسرى صفقة «وفاء الأحرار» التي أبرمت مع إسرائيل في 2011 "
        "يتعرضون للملاحقة."
    )
    assert "Agreement" not in _subs(text)


def test_quoted_deal_beside_a_new_arrest_leaves_the_arrest_only() -> None:
    text = (
        "وقال القيادي في الحركة الأحد إن إسرائيل أعادت اعتقال العشرات من أسرى صفقة «وفاء "
        "الأحرار» التي أبرمت بين حماس وإسرائيل في 2011."
    )
    assert "Agreement" not in _subs(text)


def test_quoted_deal_made_last_sunday_stays_an_agreement() -> None:
    text = (
        "وأفرجت إسرائيل عن 20 أسيرا بموجب صفقة «الحرية» التي أبرمت بين حماس وإسرائيل يوم "
        "الأحد الماضي."
    )
    assert _subs(text) == ["Agreement"]
