"""An act named by a charge laid against someone: "التهمة الموجهة إلى المنتج بالاغتصاب", "التهم
المنسوبة إليه بتفجير سيارة". The charge noun, "directed" or "attributed" to the accused, and
the act governed by "بـ" a few words on: what a court or a prosecutor alleges, no act reported
as done (ACLED codes events, not allegations). Read only inside the charge's own phrase, so an
act told after it in the sentence ("نفى التهمة، وقامت الشرطة باعتقاله") is still an event.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from rasad.events.context import DocContext
from rasad.events.guards import Guarded
from rasad.events.lexicon import CueHit

# the charge noun, its "directed/attributed" adjective, then the accused (one to four words:
# "إلى المنتج", "إليه", "إلى الضابط السابق"), ending right before the act's word
_CHARGE_PHRASE_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وف]?(?:ال)?(?:تهمه|تهم|تهما|اتهام|اتهامات)\s+(?:ال)?(?:موجهه|موجه|منسوبه"
        r"|منسوب)\s+(?:\S+\s+){1,4}$"
    ),
    ("موجه", "منسوب"),
)
_PHRASE_WORDS = 7  # the charge noun, its adjective and the accused


def charged_act(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """The trigger, governed by "بـ", ends a charge's phrase in its clause ("التهمة الموجهة
    إلى المنتج بالاغتصاب")."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if not prefix.startswith(("ب", "وب")):
        return False
    i = bisect_left(ctx.token_starts, word_start)
    if i == 0:
        return False
    lo = max(clause[0], ctx.token_starts[max(i - _PHRASE_WORDS, 0)])
    text = ctx.norm_of(lo, word_start).strip() + " "
    return _CHARGE_PHRASE_RE.search(text) is not None
