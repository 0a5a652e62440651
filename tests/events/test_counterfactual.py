"""What almost happened ("كادت القوات أن تقتحم", "أوشكت على اقتحام") and the answer of "لولا"
("لولا تدخل الشرطة لأحرقوه") did not happen: no event. The acts told beside them stay events,
and "ما كاد … حتى" (no sooner … than) is no "almost"."""

from __future__ import annotations

import rasad
from rasad.events.context import build_context
from rasad.events.counterfactual import almost_done, counterfactual_answer
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_LEAD = "قال مسؤول محلي إن الوضع في مدينة الفلوجة هادئ. "


def _subs(text: str, published: str = "2016-04-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_town_almost_stormed_is_no_event() -> None:
    text = _LEAD + "وكادت القوات العراقية أن تقتحم أمس بلدة الكرمة لولا الألغام التي زرعها التنظيم."
    assert _subs(text) == []


def test_forces_on_the_verge_of_storming_is_no_event() -> None:
    text = _LEAD + "وأوشكت القوات العراقية أمس على اقتحام بلدة الكرمة."
    assert _subs(text) == []


def test_the_storming_told_before_the_counterfactual_stays_an_event() -> None:
    text = _LEAD + "واقتحم المحتجون أمس مبنى المحافظة في الفلوجة، ولولا تدخل الشرطة لأحرقوه."
    assert _subs(text) == ["Violent demonstration"]


def test_an_attack_that_almost_killed_a_chief_stays_an_event() -> None:
    text = (
        _LEAD + "وقتل مسلحون أمس ثلاثة جنود في هجوم على حاجز في الفلوجة كاد يودي بحياة قائد الشرطة."
    )
    assert [
        (e["sub_event_type"], e["fatalities"])
        for e in rasad.extract(text, published="2016-04-10")["events"]
    ] == [("Armed clash", 3)]


def _reading(text: str, word: str) -> tuple[bool, bool]:
    ctx = build_context(make_doc(text), default_lexicon())
    hit = next(h for h in ctx.triggers if ctx.doc.text[h.start : h.end] == word)
    prefix, start = ctx.in_word_prefix(hit.start)
    sent = ctx.sentence(hit.start)
    return (
        almost_done(ctx, hit, ctx.clause_bounds(hit.start), start),
        counterfactual_answer(ctx, hit, sent, prefix),
    )


def test_almost_and_no_sooner() -> None:
    assert _reading("وكاد المسلحون يقتحمون القرية.", "يقتحمون") == (True, False)
    assert _reading("وما كاد المسلحون يقتحمون القرية حتى وصلت التعزيزات.", "يقتحمون") == (
        False,
        False,
    )


def test_the_answer_of_lawla_and_its_condition() -> None:
    text = "ولولا تدخل الشرطة لاقتحم المحتجون مبنى المحافظة."
    assert _reading(text, "اقتحم") == (False, True)
    # the same verb with no condition in its sentence
    assert _reading("واقتحم المحتجون مبنى المحافظة.", "اقتحم") == (False, False)
