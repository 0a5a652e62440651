"""An act judged by a speaker is no act told: a verbal noun that opens its clause (after "أن"
or a quote mark) as the topic of an evaluative copula right after it ("تحرير الميناء يشكل
علامة فارقة", "استعادة المدينة تمثل بداية النهاية"). From a seventh audit of fresh news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_quoted_liberation_judged_a_blow_is_no_takeover() -> None:
    assert _subs("وقال الوزير إن « تحرير مدينة الحديدة يشكل ضربة قاصمة للحوثيين ».") == []


def test_a_recapture_said_to_mark_the_end_is_no_takeover() -> None:
    text = "وأكد البيان أن استعادة مدينة الموصل تمثل بداية النهاية لتنظيم داعش."
    assert _subs(text) == []


def test_a_takeover_told_then_judged_stays() -> None:
    text = "وحررت القوات الحكومية مدينة الحديدة الأحد، في خطوة تمثل ضربة قاصمة للحوثيين."
    assert _subs(text) == ["Government regains territory"]


def test_an_attack_with_a_long_complement_before_the_judgement_stays() -> None:
    text = "وقال المتحدث إن الهجوم الانتحاري على سوق مدينة الرمادي يمثل تصعيدا خطيرا."
    assert _subs(text) == ["Suicide bomb"]
