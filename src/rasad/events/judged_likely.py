"""An act judged likely or possible, still to come: "ومن المرجح أن تندلع اشتباكات في المدينة",
"ومن المحتمل شن هجوم على المطار". A likelihood phrase (the cue set "likely": "من المرجح",
"من المحتمل") followed by "أن" and an imperfect verb, or by the act's verbal noun itself, names
an act that may happen: irrealis, no event (ACLED codes what has happened). An act judged
likely to HAVE happened stays an event: a past verb as the trigger ("من المرجح أن المسلحين قتلوا
خمسة جنود") or a copula before it ("من المرجح أن يكون المسلحون قد قتلوا ...", "أن تكون
التفجيرات نفذت ...") tells a reported act whose doer or cause is only judged likely.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# "أن يكون/تكون ..." (it is likely that X was/did ...): a past act judged, still an event
_COPULAS = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا", "يكن", "كان", "كانت", "قد"})
_PRESENT = ("ي", "ت", "ن")


def judged_likely(ctx: DocContext, hit: CueHit, clause: tuple[int, int], word_start: int) -> bool:
    """The trigger is an act a likelihood phrase before it in its clause says may happen."""
    cue = ctx.cue_before(word_start, "likely", ctx.window("likely", 6), clause[0])
    if cue is None:
        return False
    verbal = hit.key in ctx.lex.verb_keys
    if verbal and hit.key[:1] not in _PRESENT:
        return False  # "من المرجح أن المسلحين قتلوا …": a past act, judged likely
    starts = ctx.token_starts
    norms = ctx.token_norms
    lo, hi = bisect_left(starts, cue.end), bisect_left(starts, word_start)
    between = [w or "" for w in norms[lo:hi]]
    if any(w in _COPULAS for w in between):
        return False  # "من المرجح أن يكون المسلحون قد قتلوا …"
    if not between:
        return not verbal  # "من المحتمل اندلاع اشتباكات": the verbal noun of what may happen
    if between[0] != "ان":
        return not verbal and len(between) == 1  # "من المحتمل شن هجوم", "إجراء مواجهات"
    if len(between) == 1:
        return verbal  # "من المرجح أن تندلع الاشتباكات"
    return between[1][:1] in _PRESENT  # "أن تشهد المدينة اشتباكات", "أن يشن الجيش هجوما"
