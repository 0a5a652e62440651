"""A clause describing an indefinite square ("في ساحة تستوعب آلاف الأشخاص") is no square's name:
the event lies in the town that follows. A square named by a name stays an unlisted square."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    out = rasad.extract(text, published="2019-03-10")["places"]
    return [(p["mention"], p["role"]) for p in out]


def test_square_holding_thousands_is_no_name():
    places = _places("احتشد المحتجون في ساحة تستوعب آلاف الأشخاص في البصرة للمطالبة بالخدمات.")
    assert not any(mention.startswith("ساحة") for mention, _ in places)
    places = _places("اعتصم مئات الطلاب في ساحة تتسع لعشرات الآلاف وسط عمان.")
    assert not any(mention.startswith("ساحة") for mention, _ in places)


def test_named_square_stays():
    places = _places("احتشد المحتجون في ساحة عرنوس وسط دمشق للمطالبة بالإفراج عن المعتقلين.")
    assert any(mention.startswith("ساحة") for mention, _ in places)
