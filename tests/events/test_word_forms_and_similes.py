"""Words spelt like trigger forms that are not the act: "المياه العذبة" (fresh, no "عذبه"),
"انعكس سلبا على الأسعار" (negatively, no looting), and a simile ("ما يشبه مظاهرة"). The act
itself stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_fresh_water_is_no_torture() -> None:
    assert _subs("وتزخر النمسا بكثير من مصادر المياه العذبة في جبال الألب.") == []


def test_negatively_is_no_looting() -> None:
    assert _subs("وانعكس ذلك سلبا على أسعار الإيجارات في الرياض.") == []


def test_negatively_before_on_is_no_looting() -> None:
    text = "ويقول إن الضائقة المالية في طرابلس أثرت سلبًا على العناصر في الجنوب."
    assert "Looting/property destruction" not in _subs(text)


def test_two_gunmen_looting_a_shop_stay_looting() -> None:
    text = "وسلبا المسلحان محلا تجاريا في مدينة تعز اليوم."
    assert _subs(text) == ["Looting/property destruction"]


def test_a_funeral_likened_to_a_demonstration_is_no_demonstration() -> None:
    assert _subs("وتحولت جنازته في القاهرة اليوم إلى ما يشبه مظاهرة حاشدة.") == []


def test_a_demonstration_told_as_news_stays() -> None:
    text = "وخرجت اليوم مظاهرة حاشدة في القاهرة تطالب برحيل الحكومة."
    assert _subs(text) == ["Peaceful protest"]
