"""National capitals the world layer carries without an Arabic name, found by the press's
spellings (world_towns.tsv, written by scripts/build_world_towns.py)."""

from __future__ import annotations

import pytest

from .conftest import run_places


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("تظاهر المئات في سانتو دومينغو احتجاجا على الفساد.", "DO"),
        ("احتجزت الشرطة الناشطة في كوناكري.", "GN"),
        ("اعتقلت الشرطة معارضين في بانجول.", "GM"),
        ("وصلت سفينة تقل مهاجرين إلى ميناء فاليتا.", "MT"),
        ("وقع انفجار في تيمفو.", "BT"),
        ("وصل وفد أممي إلى ناي بي تاو لبحث الأزمة.", "MM"),
        ("اجتمع المجلس العسكري في نايبيداو.", "MM"),
    ],
)
def test_a_capital_abroad_is_found(text, country):
    found = [s.value for _, s in run_places(text, None)]
    assert [(p.country, p.feature_code) for p in found] == [(country, "PPLC")]


def test_financial_is_not_the_maldives_capital():
    assert run_places("قدمت الدول المانحة مساعدات مالية للاجئين.", None) == []
