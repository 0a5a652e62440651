"""Dead told as added to a figure already given for the same event.

"قتل خمسة جنود في الهجوم. كما قتل ثلاثة مدنيين": a count of dead after "كما" (also) and a
death verb tells more dead of an event whose toll was told before, no rival report of the
same dead; the figures add up (8), where rival reports keep the lowest (3). The first toll
must be a count told in an earlier sentence (a sentence's own clauses already add up).

"قتل 12 من عناصر التنظيم مقابل ثلاثة من القوات": a count after "مقابل" (against, in exchange
for) right behind a count of dead is the other side's dead in the same fight. ACLED counts the
dead of all sides, so it adds to the first figure rather than standing as a rival report of
the same dead, and it may stand further from the death verb than a lone count could.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

# "مقابل", "بمقابل", "في مقابل" (normalised forms)
AGAINST = frozenset({"مقابل", "بمقابل"})
_AGAINST_GAP = 10  # "12 من عناصر تنظيم الدولة في ريف الرقة مقابل": the first count's phrase


def against(ctx: DocContext, num: Span) -> bool:
    """The word right before ``num`` is "مقابل"."""
    words = ctx.words_before(num.start, 1)
    return bool(words) and words[0] in AGAINST


def against_joined(ctx: DocContext, first: Span, second: Span) -> bool:
    """ "12 من عناصر التنظيم مقابل ثلاثة": ``second`` follows "مقابل" within ``first``'s
    sentence, a few words after it, with no other figure, death or injury word between."""
    if not first.end <= second.start or not against(ctx, second):
        return False
    if ctx.tokens_between(first.end, second.start) > _AGAINST_GAP:
        return False
    if ctx.sentence_index(first.start) != ctx.sentence_index(second.start):
        return False
    if ctx.spans_in(ctx.numbers, first.end, second.start):
        return False
    between = ctx.cues_in(first.end, second.start)
    return not any("death_words" in h.sets or "injury_words" in h.sets for h in between)


# "كما" (also) opening a clause; the verbs of meeting death that come before their counted
# subject ("كما لقي 4 مصرعهم", "كما سقط 4 قتلى"), beside the death verbs themselves
_ALSO = frozenset({"كما", "وكما"})
_FATE_VERBS = frozenset({"لقي", "لقيت", "سقط", "قضي"})
_ALSO_REACH = 3  # "كما قتل في الهجوم 3": words from "كما" to the count, at most, past the verb


def told_as_more(ctx: DocContext, num: Span, death: CueHit) -> bool:
    """ "كما قتل ثلاثة", "كما لقي ثلاثة مصرعهم": the count ``num`` follows "كما" and a
    verb of death right after it, in one clause (no punctuation between)."""
    i = bisect_left(ctx.token_starts, num.start)
    norms, starts = ctx.token_norms, ctx.token_starts
    for k in range(i - 1, max(i - _ALSO_REACH - 2, 0) - 1, -1):
        word = norms[k] or ""
        if not word[:1].isalpha():
            return False  # a comma or a full stop: "كما" opens another clause
        if word in _ALSO:
            # the verb right after "كما" (not "كما أكدت الشرطة مقتل اثنين": a report,
            # perhaps of dead already counted)
            verb = norms[k + 1] or ""
            return verb in _FATE_VERBS or starts[k + 1] <= death.start < ctx.token_ends[k + 1]
    return False


def with_added(
    counts: Sequence[Mention], stated: list[int], rivals: Callable[[list[Mention]], list[int]]
) -> list[int]:
    """The event's figures once the dead told as more ("كما قتل ثلاثة") are added to the lowest
    figure of the other accounts; ``stated`` as it is when none is told, or when no precise
    count of the other accounts comes in an earlier sentence."""
    rest = [m for m in counts if not m.deaths_added]
    counted = [m for m in rest if m.deaths_counted and not m.deaths_vague]
    if not counted:
        return stated
    first = min(m.sent.start for m in counted)
    told = {m.sent.start for m in counted}
    scenes = {_scene(m) for m in counted}
    added = [
        m
        for m in counts
        if m.deaths_added
        and m.deaths_counted
        and not m.deaths_updated  # "كما قتل اثنان، لترتفع الحصيلة إلى أربعة": the total
        and m.sent.start > first
        and m.sent.start not in told
        # "كما قتل ستة في اشتباك في منطقة المضيق": a scene of its own, another act
        and (not m.place_explicit or _scene(m) in scenes)
    ]
    base = rivals(rest)
    if not added or not base:
        return stated
    return [min(base) + sum(m.fatalities for m in added)]


def _scene(m: Mention) -> str | None:
    return getattr(m.place, "name", None) if m.place_explicit else None
