"""What a crowd protests ("احتجاجا على اعتقال", "تنديدا بمقتل") is its grievance, an act done
before and to others: the protest stays peaceful unless force is used on this crowd."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_sit_in_against_arrests_is_a_peaceful_protest() -> None:
    text = (
        "اعتصم عشرات المعلمين أمام مبنى البرلمان في طهران الجمعة احتجاجا على اعتقال عدد من "
        "زملائهم."
    )
    assert _subs(text) == ["Peaceful protest"]


def test_a_march_against_a_killing_by_the_police_is_a_peaceful_protest() -> None:
    text = "تظاهر المئات في مدينة البصرة الجمعة احتجاجا على مقتل شاب برصاص الشرطة."
    assert _subs(text) == ["Peaceful protest"]


def test_a_stand_condemning_repression_elsewhere_is_a_peaceful_protest() -> None:
    text = "نظم العشرات وقفة احتجاجية أمام مقر الحكومة في عدن الجمعة تنديدا بقمع المحتجين."
    assert _subs(text) == ["Peaceful protest"]


def test_the_crowd_dispersed_after_its_grievance_is_an_intervention() -> None:
    text = (
        "تظاهر المئات في مدينة البصرة الجمعة احتجاجا على الغلاء، وفرقت الشرطة المتظاهرين "
        "بالغاز المسيل للدموع."
    )
    assert _subs(text) == ["Protest with intervention"]


def test_a_protester_killed_after_the_grievance_clause_is_excessive_force() -> None:
    text = "تظاهر المئات في مدينة البصرة الجمعة احتجاجا على الغلاء، وقتلت الشرطة متظاهرا."
    assert _subs(text) == ["Excessive force against protesters"]
