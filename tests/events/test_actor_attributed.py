""" "هجوم انتحاري نسبته مصادر أمنية إلى تنظيم الدولة": after a verb of attribution the side
named after "إلى" is who did the act, not whom it reached; an attribution far from the act
("الهجمات التي وقعت في السنوات الماضية ونسبت إلى …") lays other, past acts to the side."""

from __future__ import annotations

import datetime as dt

from rasad.events.actor_marks import _marker
from rasad.events.context import DocContext

from .helpers import pipeline_context


def _context(text: str) -> DocContext:
    return pipeline_context(text, dt.date(2024, 4, 12))


def _mark(text: str, trigger: str, actor: str) -> str:
    ctx = _context(text)
    at = text.index(trigger)
    trig = next(t for t in ctx.triggers if t.start < at + len(trigger) and at < t.end)
    side = next(a for a in ctx.actors if a.start <= text.index(actor) < a.end)
    return _marker(ctx, side, trig)


def test_the_side_an_attack_is_laid_to_did_it() -> None:
    text = (
        "قتل 14 شخصا بينهم جنود في هجوم انتحاري نسبته مصادر أمنية إلى حركة طالبان "
        "في ولاية قندهار يوم الجمعة."
    )
    assert _mark(text, "هجوم", "طالبان") == "agent"


def test_a_shelling_laid_to_a_side_after_its_target() -> None:
    text = "قتل أربعة مدنيين في قصف بالهاون أصاب منزلين ونسب إلى الحوثيين في مديرية الخوخة."
    assert _mark(text, "قصف", "الحوثيين") == "agent"


def test_an_authority_lays_an_abduction_to_a_group() -> None:
    text = (
        "نيامي - ونسبت السلطات عملية الخطف إلى تنظيم الدولة الإسلامية في منطقة تيلابيري غرب النيجر."
    )
    assert _mark(text, "الخطف", "تنظيم الدولة") == "agent"


def test_without_an_attribution_verb_the_side_after_ila_is_reached() -> None:
    text = "قتل 14 شخصا في هجوم انتحاري وصلت شظاياه إلى حركة طالبان في قندهار يوم الجمعة."
    assert _mark(text, "هجوم", "طالبان") == "patient"


def test_past_attacks_laid_to_a_side_further_on_are_not_this_act() -> None:
    text = "وعدد الوزير الهجمات التي وقعت في السنوات الماضية ونسبت إلى حزب الله في لبنان."
    assert _mark(text, "الهجمات", "حزب الله") != "agent"


def test_a_share_of_the_dead_laid_to_a_force_is_no_act() -> None:
    text = "وقال التقرير إن نصف القتلى نسبوا إلى القوات الأفغانية خلال العام الماضي."
    ctx = _context(text)
    at = text.index("القتلى")
    hits = [t for t in ctx.triggers if t.start < at + 6 and at < t.end]
    side = next(a for a in ctx.actors if a.start <= text.index("القوات") < a.end)
    assert all(_marker(ctx, side, t) != "agent" for t in hits)
