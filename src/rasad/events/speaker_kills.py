"""A masculine speaker's own killing: "قال الجيش إنه قتل خمسة مسلحين من داعش".

Without diacritics "إنه قتل" reads two ways: the pronoun is the speaker ("that it killed") or
the impersonal pronoun of the matter ("that … were killed", قُتل). The feminine and plural
forms leave no doubt ("إنها قتلت", "إنهم قتلوا": :func:`rasad.events.frames.kills_itself`).
The masculine one is read as the speaker's own act when

- the reporting verb is masculine ("قال الجيش", not "قالت الشرطة إنه قتل …", whose "ه" can only
  be the impersonal pronoun),
- the death verb right after "إنه/أنه/بأنه" is the bare masculine past ("قتل", no ت/وا), and
- an armed side other than the speaker is named after the verb in its clause: the dead are the
  speaker's foe. Its own men or fellow state forces ("إنه قتل جنديان") are left to the
  impersonal reading and the rules for the side hit.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext

# "إنه", "أنه", "بأنه" (normalised)
_MASCULINE_SELF = frozenset({"انه", "بانه"})
# endings of a verb that agrees with another subject than a masculine singular one
_NOT_MASCULINE = ("ت", "وا", "ا", "ن")
# ACLED inter codes of armed sides (state, rebel, political and identity militias, external)
_ARMED = frozenset({1, 2, 3, 4, 8})
_STATE = 1
# tokens after the verb the foe may stand at ("قتل خمسة من عناصر تنظيم داعش")
_FOE_REACH = 6
# tokens before the speaker, or between it and "إنه", its reporting verb may stand at
_VERB_REACH = 3


def _inter(span: Span) -> int | None:
    return getattr(span.value, "inter", None)


def _canonical(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""


def _feminine_report(ctx: DocContext, speaker: Span, comp_start: int) -> bool:
    """The reporting verb next to the speaker ends in "ت" ("قالت", "أعلنت")."""
    lo = ctx.token_starts[max(0, bisect_left(ctx.token_starts, speaker.start) - _VERB_REACH)]
    verbs = ctx.cues_in(lo, comp_start, "reporting_verbs")
    return bool(verbs) and ctx.doc.text[verbs[-1].start : verbs[-1].end].endswith("ت")


def masculine_kills_itself(ctx: DocContext, speaker: Span, k: int) -> bool:
    """Token ``k`` is a death verb after "إنه/أنه" said by ``speaker``: the speaker killed
    the armed men named after it (see the module doc)."""
    if (ctx.token_norms[k - 1] or "") not in _MASCULINE_SELF or _inter(speaker) not in _ARMED:
        return False
    start, end = ctx.token_starts[k], ctx.token_ends[k]
    if ctx.doc.text[start:end].endswith(_NOT_MASCULINE):
        return False
    if not any(t.start == start and t.key in ctx.lex.verb_keys for t in ctx.triggers):
        return False
    if _feminine_report(ctx, speaker, ctx.token_starts[k - 1]):
        return False
    clause_end = ctx.clause_bounds(start)[1]
    # the first side named after the verb is its object ("إنه قتل خمسة مدنيين في قصف لداعش"
    # has civilians killed, by whoever it was)
    foe = next(iter(ctx.spans_in(ctx.actors, end, clause_end)), None)
    if foe is None or ctx.tokens_between(end, foe.start) > _FOE_REACH:
        return False
    if _inter(foe) not in _ARMED or _canonical(foe) == _canonical(speaker):
        return False
    return not (_inter(foe) == _STATE and _inter(speaker) == _STATE)
