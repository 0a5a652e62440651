"""A complaint on the pitch: "وكان بعض اللاعبين احتج على منح الترجي ركلة جزاء في نهاية الشوط
الأول", "سجل هدفا لم يره الحكم، رغم احتجاج الإنجليز إلا أن الهدف احتسب".

In a sentence about a match (a word of sport in it: "اللاعبين", "الشوط", "سجل هدفا"), a
protest word beside a referee's call (a penalty given, a goal allowed or ruled out, a player
sent off) is players or a team objecting to a decision of the game: no demonstration (ACLED
codes crowds in public, not appeals to a referee). Fans marching about their club ("تظاهر
مشجعو النادي أمام مقره") name no call and stay protests.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import TriggerDef
from rasad.events.senses import landmark


def match_complaint(ctx: DocContext, tdef: TriggerDef, sent: Span) -> bool:
    """A protest trigger in a sentence naming a referee's call and a word of sport (not a
    stadium named as a landmark: "تظاهروا قرب الملعب")."""
    if tdef.event_type != "Protests" or not ctx.has_cue(sent.start, sent.end, "match_calls"):
        return False
    return any(
        not landmark(ctx, h, sent.start) for h in ctx.cues_in(sent.start, sent.end, "sports_domain")
    )
