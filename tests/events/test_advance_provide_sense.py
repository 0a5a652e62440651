""""تقدم" is also "provides" or "submits" (تقدم القوات الجوية دعما, تقدمت بطلب): with what is
given as its object it tells no advance of forces and no battle."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-09-11") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_air_force_providing_support_is_no_battle() -> None:
    text = "وتقدم القوات الجوية الألمانية بالفعل دعما بتزويد الطائرات بالوقود من قاعدة في الأردن."
    assert _subs(text) == []


def test_forces_submitting_a_request_is_no_battle() -> None:
    text = "وتقدمت قوات حفظ السلام بطلب إلى الحكومة في جوبا لتوسيع مهمتها الخميس."
    assert _subs(text) == []


def test_forces_advancing_towards_a_town_stay_a_battle() -> None:
    text = "وتقدمت قوات الجيش نحو بلدة الحاضر جنوب حلب الخميس بعد اشتباكات مع فصائل المعارضة."
    assert _subs(text) == ["Armed clash"]
