"""One person told a few words apart from the death verb is one dead.

"توفي صباح الأحد شاب فلسطيني متأثرا بجروحه": the day (or time of day) stands between the verb
and its subject; "فتى في الخامسة عشرة من عمره توفي", "مواطن من بوركينا فاسو في الثانية
والثلاثين من العمر قتل", "رجلا (45 عاما) قتل": an age (perhaps after where the person is from)
stands between the subject and the verb. The death names one person, not an unnumbered group
(the three ACLED gives deaths told without a number); a count of people ("ثلاثة أشخاص") is no
singular noun and is left to the counts.
"""

from __future__ import annotations

import re

from rasad.events.actor_roles import past_time_and_weapon
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_SINGULAR_SETS = ("singular_victims", "singular_nationals")
_ASIDE_REACH = 90  # characters from the person to the verb, the age aside between them
# an age, perhaps after where the person is from, in normalised words: "في الخامسه عشره من
# عمره", "من بوركينا فاسو في الثانيه والثلاثين من العمر", "يبلغ من العمر 20 عاما"
_AGE_ASIDE = re.compile(
    r"^(?:من (?:\S+ ){1,2})?"
    r"(?:في (?:\S+ ){1,3}من (?:العمر|عمره|عمرها)"
    r"|(?:ال)?(?:يبلغ|تبلغ|بالغ|بالغه) من العمر \S+ (?:عاما|عام|سنه|سنوات))$"
)
_BRACKETS = re.compile(r"\([^()]*\)")
# singular death verbs a subject before them agrees with (normalised)
_SINGULAR_VERBS = frozenset(
    {
        "قتل",
        "قتلت",
        "توفي",
        "توفيت",
        "استشهد",
        "استشهدت",
        "لقي مصرعه",
        "لقيت مصرعها",
        "لقي حتفه",
        "لقيت حتفها",
    }
)


def victim_apart(ctx: DocContext, death: CueHit, end: int) -> str | None:
    """The key of the one person the death verb ``death`` is told of, standing apart from it
    across a time after it or an age before it; None when there is none."""
    after = past_time_and_weapon(ctx, death.end, end)
    if after > death.end:
        hit = _singular_at(ctx, after, end)
        if hit is not None:
            return hit
    return _aged_before(ctx, death)


def _singular_at(ctx: DocContext, pos: int, end: int) -> str | None:
    for name in _SINGULAR_SETS:
        hit = ctx.cue_after(pos, name, 0, end)
        if hit is not None and not ctx.norm_of(pos, hit.start).strip(" ،,"):
            if _joined_after(ctx, hit, end):
                return None  # "شاب وامرأة": more than one person, counted elsewhere
            return hit.key
    return None


_JOINED_REACH = 3  # words from the person to one joined by "و" ("شاب فلسطيني وامرأة")


def _joined_after(ctx: DocContext, hit: CueHit, end: int) -> bool:
    for other in ctx.cues_in(hit.end, end):
        if ctx.tokens_between(hit.end, other.start) > _JOINED_REACH:
            break
        people = other.sets & {*_SINGULAR_SETS, "civilians", "armed"}
        if people and ctx.in_word_prefix(other.start)[0].startswith("و"):
            return True
    return False


def _aged_before(ctx: DocContext, death: CueHit) -> str | None:
    if ctx.norm_of(death.start, death.end).strip() not in _SINGULAR_VERBS:
        return None  # "رجل وامرأة (45 عاما) قتلا": a dual or plural verb, more than one
    verb = ctx.in_word_prefix(death.start)[1]
    lo = max(0, verb - _ASIDE_REACH)
    hits = [h for name in _SINGULAR_SETS for h in ctx.cues_in(lo, verb, name) if h.end <= verb]
    if not hits:
        return None
    hit = max(hits, key=lambda h: h.end)  # the person nearest before the verb
    text = ctx.norm_of(hit.end, verb)
    if "،" in text or "," in text:
        return None  # another clause between
    words = " ".join(_BRACKETS.sub(" ", text).split())
    bracketed = words != " ".join(text.split())
    if (bracketed and not words) or (words and _AGE_ASIDE.match(words)):
        return hit.key  # "رجلا (45 عاما) قتل", "فتى في الخامسة عشرة من عمره توفي"
    return None
