"""A verb right after an indefinite noun, with a pronoun pointing back to it ("مواقع سيطر
عليها المتشددون"), is an adjectival clause with no "التي": it describes the noun with an act
assumed known, no new seizure. A verb after a name, a definite noun or a conjunction tells
the act."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-20") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_seizure_describing_the_noun_before_it_is_no_new_seizure() -> None:
    assert _subs("وقصفت الطائرات في دير الزور مواقع سيطر عليها المتشددون.") == ["Air/drone strike"]
    text = "ورفع الجنود الخميس العلم السوري فوق أحياء سيطرت عليها الفصائل المعارضة لسنوات في درعا."
    assert "Non-state actor overtakes territory" not in _subs(text)
    assert _subs("وعرض المقاتلون في غزة دبابة استولت عليها كتائب القسام خلال الحرب.") == []


def test_a_seizure_told_after_a_name_or_a_conjunction_stays() -> None:
    text = "وكانت المدينة بيد الجيش، لكن الحوثيين استولوا عليها أمس بعد معارك عنيفة في تعز."
    assert "Government regains territory" in _subs(text)
    text = "وحاصر الحوثيون مدينة حيس منذ أسابيع، وسيطروا عليها اليوم بعد معارك عنيفة."
    assert "Government regains territory" in _subs(text)
