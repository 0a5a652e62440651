"""A killing a crowd remembers or objects to is no force used on it; a march that turned into
violence is a violent demonstration; "تظاهر بالوفاة" feigns death, no protest."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-08-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_anniversary_of_a_killing_is_no_force_on_the_crowd() -> None:
    text = (
        "وخرجت مسيرة سلمية في مدينة الإسكندرية يوم الأحد في الذكرى الثالثة لمقتل الناشط "
        "خالد سعيد، ورفع المشاركون صوره."
    )
    subs = _subs(text)
    assert "Excessive force against protesters" not in subs
    assert "Peaceful protest" in subs


def test_a_killing_told_after_the_anniversary_still_is_force_on_the_crowd() -> None:
    text = (
        "خرج المئات في تظاهرة في الذكرى الثانية للثورة قتلت الشرطة خلالها ثلاثة متظاهرين "
        "في مدينة السويس أمس."
    )
    assert "Excessive force against protesters" in _subs(text)


def test_an_assassination_objected_to_is_the_grievance() -> None:
    text = (
        "اقتحم متظاهرون غاضبون مقر الحزب في مدينة قفصة وأحرقوه، وذلك اعتراضا على اغتيال "
        "القيادي المعارض صباح اليوم."
    )
    events = rasad.extract(text, published="2013-02-06")["events"]
    assert [e["sub_event_type"] for e in events] == ["Violent demonstration"]
    # the leader was killed by others, before: no death of this riot
    assert events[0]["fatalities"] == 0


def test_a_march_that_turned_into_violence_is_a_violent_demonstration() -> None:
    text = (
        "وتحولت المظاهرات السلمية التي خرجت مساء السبت في مدينة البصرة إلى أعمال عنف "
        "أمام مبنى المحافظة."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_feigning_death_is_no_protest() -> None:
    text = (
        "وأصيب الرجل بعدة طلقات نارية في مدينة ذمار مساء الأحد، تظاهر معها بالوفاة خوفا "
        "من أن يجهز عليه المسلح."
    )
    assert not {"Peaceful protest", "Excessive force against protesters"} & set(_subs(text))
