"""A crowd that burns tyres or throws stones riots (ACLED: a violent demonstration), also when
its violent acts come in a later clause of its sentence; confrontations at a march are a riot,
no armed clash."""

from __future__ import annotations

import pytest

import rasad

VIOLENT = "Violent demonstration"


def _rows(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر مئات الشبان في مدينة البصرة الخميس احتجاجا على انقطاع الكهرباء، وأحرقوا "
        "الإطارات وأغلقوا الطرق الرئيسية.",
        "تجمع مئات المحتجين في مدينة الديوانية احتجاجا على البطالة، وقطعوا الطريق بالإطارات "
        "المشتعلة.",
    ],
)
def test_the_crowds_violence_in_a_later_clause_makes_the_protest_violent(text: str) -> None:
    assert _rows(text) == [("Riots", VIOLENT)]


def test_stones_thrown_by_a_crowd_are_a_riot() -> None:
    rows = _rows(
        "خرج آلاف المحتجين في مدينة الناصرية، ورشقوا قوات الأمن بالحجارة أمام مبنى المحافظة."
    )
    assert rows == [("Riots", VIOLENT)]


def test_the_noun_of_stone_throwing_tells_no_riot() -> None:
    assert _rows('وقال قائد القوات الإسرائيلية إن "رشق الحجارة نوع من الإرهاب".') == []


def test_confrontations_at_a_march_are_no_armed_clash() -> None:
    rows = _rows("أصيب عشرات الفلسطينيين في مواجهات مع الجيش الإسرائيلي خلال مسيرة في قرية بلعين.")
    assert rows == [("Riots", VIOLENT)]


def test_a_peaceful_march_stays_peaceful() -> None:
    rows = _rows("نظم مئات الطلاب مسيرة سلمية في مدينة الموصل، ورفعوا لافتات تطالب بالإصلاح.")
    assert rows == [("Protests", "Peaceful protest")]


def test_a_clash_between_armed_sides_stays_a_clash() -> None:
    rows = _rows("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة الرمادي أسفرت عن مقتل ثلاثة.")
    assert rows == [("Battles", "Armed clash")]


def test_confrontations_next_to_a_drone_are_no_riot() -> None:
    # "مسيرة" after "طائرة" is a drone, no march
    rows = _rows("اندلعت مواجهات مع طائرات مسيرة تركية فوق مدينة ترهونة.")
    assert ("Riots", VIOLENT) not in rows
