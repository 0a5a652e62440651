"""A control verb whose object is weapons, vehicles or goods ("استولت القوات على أسلحة ثقيلة",
"استولوا على مئات الدبابات", "سيطر مسلحون على سفينة") tells things seized, no ground taken:
no territory event. A place taken stays, a weapons depot too ("على مخزن للأسلحة")."""

from __future__ import annotations

import rasad

_TAKEN = {"Government regains territory", "Non-state actor overtakes territory"}


def _types(text: str, published: str = "2019-04-11") -> set[str]:
    return {e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]}


def test_weapons_seized_are_no_ground_taken() -> None:
    text = "وأضاف أن قوات الجيش استولت الأربعاء على أسلحة ثقيلة وصواريخ كانت بقبضة المسلحين."
    assert not _TAKEN & _types(text)
    text = "وقال المتحدث إن عناصر طالبان استولوا الأربعاء على أسلحة في أعقاب الهجوم على قندوز."
    assert not _TAKEN & _types(text)


def test_armour_seized_with_the_subject_between_is_no_ground_taken() -> None:
    text = "واستولى مقاتلو مصراتة الأربعاء على مئات الدبابات والمدرعات في مدينة سرت."
    assert not _TAKEN & _types(text)


def test_a_ship_or_food_seized_is_no_ground_taken() -> None:
    text = "وسيطر مسلحون الأربعاء على سفينة تجارية قبالة سواحل عدن."
    assert not _TAKEN & _types(text)
    text = "وقال شاهد إن المسلحين استولوا الأربعاء على المواد الغذائية والماشية في قرية كيلوا."
    assert not _TAKEN & _types(text)


def test_a_depot_or_a_town_taken_stays() -> None:
    text = "وسيطرت فصائل المعارضة الأربعاء على مخزن للأسلحة في بلدة خان طومان."
    assert _TAKEN & _types(text)
    text = "وسيطرت فصائل المعارضة الأربعاء على بلدة خان طومان واستولت على أسلحة وذخائر."
    assert _TAKEN & _types(text)
    text = "واستولت قوات الجيش الأربعاء على مطار الحديدة بعد معارك عنيفة."
    assert _TAKEN & _types(text)


def test_the_security_apparatus_holding_a_city_is_not_a_thing_seized() -> None:
    text = "أكد وزير الداخلية اليمني الأربعاء سيطرة الأجهزة الأمنية التابعة للحكومة على مدينة عدن."
    assert _TAKEN & _types(text)
