"""Acts told as other than the one before: "هجوم آخر", "غارة أخرى", "انفجار ثان", "هجوم مماثل".

The adjective says the act is a different one from an act of its kind already told. When
its clause names a place that is not the first act's (a province the first act was told in may
hold both), the mentions from that clause to the end of the sentence make an event of their
own, never merged into an event told before that clause (they may still gather mentions told
after it, which may retell either act). A second blast told with no place, or "في ذات المكان",
is at the first act's scene: one day, place, actor pair and type is one ACLED event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from rasad.events.merge_scene import SAME_PLACE_KM, is_area, is_country
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.events import arguments as args
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

# normalised indefinite forms: "الهجوم الآخر" (definite) points back at an act already told
_ANOTHER = frozenset(
    {"اخر", "اخري", "ثان", "ثانيه", "ثالث", "ثالثه", "مماثل", "مماثله", "مشابه", "مشابهه"}
)
# "في ذات المكان", "في المكان نفسه", "في المنطقة ذاتها": the other act at the first one's place
_SAME_PLACE = regex.compile(
    r"(?:(?:ذات|نفس)\s+(?:ال)?(?:مكان|موقع|منطقه|بلده|مدينه|قريه))"
    r"|(?:(?:ال)?(?:مكان|موقع|منطقه|بلده|مدينه|قريه)\s+(?:نفسه|نفسها|ذاته|ذاتها))"
)
# a descriptive adjective between the act's noun and "آخر" ("غارة جوية أخرى", "هجوم
# انتحاري آخر", "عبوة ناسفة أخرى"): nisba adjectives and a few participles
_ADJ_ENDINGS = ("يه", "ي")
_ADJECTIVES = frozenset({"ناسفه", "مسلح", "مفخخه", "مفخخ", "عنيف", "عنيفه", "دامي", "جديد"})


# "قتل 43 في التفجير الأول، بينما قتل سبعة في التفجير الثاني": a definite ordinal past the
# first sets its act apart when the sentence told an act as the first one
_FIRST = frozenset({"الاول", "الاولي"})
_LATER = frozenset({"الثاني", "الثانيه", "الثالث", "الثالثه"})


def _marked(ctx: DocContext, hit: CueHit, sent_end: int, marks: frozenset[str] = _ANOTHER) -> bool:
    if hit.key in ctx.lex.verb_keys:
        return False  # "قتل آخر" is another man killed, not another act
    i = bisect_left(ctx.token_starts, hit.end)
    norms = ctx.token_norms
    for k in range(i, min(i + 2, len(norms))):
        if ctx.token_starts[k] >= sent_end:
            return False
        word = norms[k] or ""
        if word in marks:
            return True
        if not (word in _ADJECTIVES or word.endswith(_ADJ_ENDINGS)):
            return False
    return False


def _counted_acts(ctx: DocContext, hit: CueHit) -> bool:
    """A number counts the other acts ("وقعت 112 مجزرة أخرى في أوقات سابقة"): a summary of
    acts on other days, whose figures are no dead of one more act of the event."""
    i = bisect_left(ctx.token_starts, hit.start)
    lo = ctx.token_starts[i - 1] if i > 0 else hit.start
    return bool(ctx.spans_in(ctx.numbers, lo, hit.start))


def mark(ctx: DocContext, mentions: Iterable[args.Mention]) -> None:
    """Set ``another`` on every mention told from the clause of an act told as another one
    ("وفي هجوم آخر، قتل مدنيان", "فيما قتل ثلاثة في غارة أخرى على …") to the end of its
    sentence: the start of that clause."""
    by_sent: dict[int, list[args.Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent.start, []).append(m)
    for told in by_sent.values():
        sent = told[0].sent
        lo = bisect_left(ctx.triggers, sent.start, key=lambda t: t.start)
        first = next(
            (
                t.start
                for t in ctx.triggers[lo:]
                if t.start < sent.end and _marked(ctx, t, sent.end, _FIRST)
            ),
            sent.end,
        )
        marks = [
            ctx.clause_bounds(t.start)[0]
            for t in ctx.triggers[lo:]
            if t.start < sent.end
            and (
                _marked(ctx, t, sent.end) or (t.start > first and _marked(ctx, t, sent.end, _LATER))
            )
        ]
        if not marks:
            continue
        start = min(marks)
        told = [m for m in told if m.trigger.start >= start]
        counted = [
            t
            for t in ctx.triggers[lo:]
            if t.start < sent.end and _marked(ctx, t, sent.end) and _counted_acts(ctx, t)
        ]
        for m in told if not counted else ():
            m.other_act = start
        if _SAME_PLACE.search(ctx.norm_of(start, sent.end)):
            continue  # "غارة أخرى في ذات المكان": one day, one place, one event (ACLED)
        # the other act is told apart when its clause names a place ("وفي هجوم آخر في
        # سراقب"); "وقع تفجير آخر" with no place is often a second blast of the same attack,
        # one ACLED event, and "تلاه تفجير ثان على بعد 500 متر" is at the same scene
        if ctx.spans_in(ctx.places, start, sent.end):
            for m in told:
                m.another = start


def told_before(m: args.Mention, others: Iterable[args.Mention]) -> bool:
    """``m`` tells another act and ``others`` hold an act told before its clause and nothing
    of its clause: they are the act it is set apart from."""
    if m.another is None:
        return False
    lo = m.another
    before = [o for o in others if o.trigger.start < lo]
    if not before or any(o.another == lo for o in others):
        return False
    # ACLED codes one event per day, place, actor pair and type: a second strike told at
    # the place of the first is still that event (their day and sides are checked by the
    # merge); only another place sets it apart
    if not m.place_explicit or m.place is None or is_area(m.place) or is_country(m.place):
        return False  # "هجمات أخرى شنها نشطاء غزة": a region holds the first act's place too
    name = getattr(m.place, "name", None)
    for o in others:
        if o.place is None:
            continue
        km = km_between(m.place, o.place)
        if getattr(o.place, "name", None) == name or (km is not None and km <= SAME_PLACE_KM):
            return False
    return True


def kept_apart(a: Iterable[args.Mention], b: Iterable[args.Mention]) -> bool:
    """Two groups of mentions one of which tells another act than the other tells before."""
    a, b = list(a), list(b)
    return any(told_before(m, b) for m in a) or any(told_before(m, a) for m in b)
