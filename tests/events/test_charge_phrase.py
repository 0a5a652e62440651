"""An act named by a charge laid against someone ("التهمة الموجهة إلى المخرج بالاغتصاب",
"تتهمانه بالاغتصاب") is an allegation, no event; an act told after the charge in another
clause is still an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-20") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_act_ending_a_charge_phrase_is_no_event() -> None:
    text = "أكدت هيئة محلفين في نيويورك التهمة الموجهة إلى المخرج الشهير بالاغتصاب."
    assert _subs(text) == []
    assert _subs("ونفى الضابط التهم المنسوبة إليه بتفجير سيارة في حلب.") == []


def test_an_accusing_verb_with_its_object_pronoun_names_an_allegation() -> None:
    assert _subs("وقالت المحامية إن امرأتين تتهمانه بالاغتصاب في باريس.") == []
    assert _subs("وتتهمهم الحكومة بتفجير سيارة مفخخة في حلب.") == []
    assert _subs("ونفى الممثل ما قالته الممثلات اللواتي اتهمنه بالاغتصاب في لندن.") == []


def test_an_act_after_the_charge_in_another_clause_stays() -> None:
    text = "ووجهت النيابة التهم إلى الموقوفين، فيما قامت الشرطة باعتقال عشرة آخرين في الموصل."
    assert _subs(text) == ["Arrests"]
    text = "وأسقطت المحكمة التهمة الموجهة إلى الناشط، بينما قام مسلحون بقتل شرطيين في العريش اليوم."
    assert {"Armed clash", "Attack"} & set(_subs(text))
