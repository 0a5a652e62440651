"""Regaining one's hearing and taking over a club's board take no ground; armed men seizing a
security directorate's building do."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_regaining_her_hearing_is_no_retaking() -> None:
    text = (
        "وخضعت الطفلة لجراحة ناجحة في مستشفى بريطاني في لندن الأحد لمساعدتها في استعادة سمعها."
    )
    assert _subs(text) == []


def test_businessmen_taking_over_a_clubs_board_take_no_ground() -> None:
    assert _subs("وسيطر رجال الأعمال على إدارة النادي في بغداد الأحد.") == []


def test_gunmen_seizing_a_security_building_take_ground() -> None:
    text = "وسيطر المسلحون على مبنى إدارة الأمن في الموصل الأحد."
    assert _subs(text) == ["Non-state actor overtakes territory"]
