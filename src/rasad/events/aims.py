"""An act named as what an aim or a mission consists of: "وتتمثل أهداف العملية في طرد المسلحين
من خلال تحرير القرى", "وأوضح أن المهمة كانت تتمثل في اعتقال القيادي".

A noun of aim or mission ("هدف", "أهداف", "المهمة", "الغاية") beside a verb of consisting
("تتمثل", "تتلخص", "تكمن", "تنحصر") names what was meant to be done, not what was done: an act
noun after that verb in its clause is an aim (irrealis), as after "بهدف" or "سعيا". Read to the
first word that opens another time ("قبل انفجار عبوة ناسفة": what happened before the aim was
reached is an act of its own). A verb's form is left alone: it tells an act of its own.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_LINK_REACH = 20  # words from the verb of consisting to the act it names ("في طرد … وتحرير")
_NOUN_REACH = 3  # words between the aim noun and the verb ("المهمة كانت تتمثل", "تتمثل أهداف")
# words that open another time between the aim and the act: what follows is no longer the aim
_OTHER_TIME = frozenset({"قبل", "بعد", "عقب", "اثر", "عندما", "حين", "لكن", "الا", "غير"})


def aim_stated(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """The act noun ``hit`` is what an aim or a mission named before it in its clause is."""
    if hit.key in ctx.lex.verb_keys:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    link = ctx.cue_before(word_start, "aim_links", _LINK_REACH, clause[0])
    if link is None:
        return False
    if (
        ctx.cue_before(link.start, "aim_nouns", _NOUN_REACH, clause[0]) is None
        and ctx.cue_after(link.end, "aim_nouns", _NOUN_REACH, word_start) is None
    ):
        return False
    starts, norms = ctx.token_starts, ctx.token_norms
    lo, hi = bisect_left(starts, link.end), bisect_left(starts, word_start)
    return not any((norms[i] or "").lstrip("و") in _OTHER_TIME for i in range(lo, hi))
