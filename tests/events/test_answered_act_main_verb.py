"""Where the act "ردا على" answers ends when the cue opens the sentence: a verb right after a
definite noun phrase is the sentence's main verb, not part of the answered act
(presupposed.answered_act). Texts written for these tests."""

from __future__ import annotations

import rasad
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
from rasad.events.presupposed import answered_act

from .helpers import make_doc


def _answered(text: str, word: str) -> bool:
    ctx = build_context(make_doc(text), default_lexicon())
    hit = next(h for h in ctx.triggers if ctx.doc.text[h.start : h.end] == word)
    return answered_act(ctx, hit)


def test_the_main_verb_after_a_fronted_answered_act_is_not_answered() -> None:
    text = "وردا على الهجوم الكيماوي قصفت المدمرات الأمريكية قاعدة جوية قرب حمص بالصواريخ."
    assert not _answered(text, "قصفت")


def test_a_verb_the_answered_act_governs_stays_answered() -> None:
    # a relative pronoun, an indefinite noun, or a main clause before the cue: the verb
    # describes the act answered
    assert _answered("وردا على الهجوم الذي استهدف القاعدة شنت الطائرات غارات.", "استهدف")
    assert _answered("وردا على غارات استهدفت القرى قصف الجيش مواقع المسلحين.", "استهدفت")
    assert _answered(
        "أطلق المسلحون صواريخ على المدينة ردا على القصف المدفعي استهدف قراهم.", "استهدف"
    )


def test_a_shelling_answering_a_chemical_attack_told_first_is_no_chemical_attack() -> None:
    text = (
        "وردا على الهجوم الكيماوي قصفت القوات الأمريكية فجر الجمعة قاعدة الشعيرات الجوية "
        "في ريف حمص بصواريخ كروز."
    )
    subs = [e["sub_event_type"] for e in rasad.extract(text, published="2017-04-07")["events"]]
    assert "Chemical weapon" not in subs, subs
    assert "Shelling/artillery/missile attack" in subs, subs
