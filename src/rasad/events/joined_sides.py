"""Actors joined by و as one side: "الجيش الوطني والمقاومة الشعبية", "القوات الفرنسية
والتشادية".

Two forces named one after the other with و between are the same side of what they do: the
first of them is the subject ("الجيش الوطني والمقاومة … هجوما"), neither is the other's foe,
and a killing's object follows the last of them, not the first.
"""

from __future__ import annotations

import regex

from rasad.document import Span
from rasad.events.actor_marks import _DESCRIPTORS, HEAD_NOUNS, _bare
from rasad.events.context import DocContext

# a nisba adjective left out of an actor's name: "(قوات الشرعية) اليمنية ومقاتلات التحالف"
_NISBA = regex.compile(r"^\s*(?:ال\p{Arabic}{2,}(?:ية|يه|يين|يون|ي)(?=[\s،]|$)\s*){1,2}")


def _past_adjectives(gap: str) -> str:
    """The gap between two actor names without the one or two nisba adjectives ("اليمنية",
    "السوريين") that end the first name and that the dictionary did not take in; the و that
    joins the names stays (glued to the second name, or on its own)."""
    m = _NISBA.match(gap)
    return gap[m.end() :].strip(" \u00a0") if m else gap


def _coordinated(ctx: DocContext, a: Span, b: Span) -> bool:
    """ "الجيش الوطني والمقاومة الشعبية": two actors joined by و as one side (not after بين)."""
    if b.start <= a.end:
        return False
    gap = _past_adjectives(ctx.doc.text[a.end : b.start])
    if gap.strip(" \u00a0") not in ("و", "،و", "، و") and not (
        gap.strip() == "" and ctx.in_word_prefix(b.start)[0].startswith("و")
    ):
        return False
    before = ctx.words_before(ctx.in_word_prefix(a.start)[1], 4)
    while before and (before[-1] in HEAD_NOUNS or _bare(before[-1]) in _DESCRIPTORS):
        before = before[:-1]  # "بين مسلحي تنظيم داعش و قوات …": the nouns of the first side
    return not (set(before[-2:]) & {"بين", "وبين"})


# "القوات الفرنسية والتشادية": a nisba joined by و, one more force of the same subject
_JOINED_NISBA = regex.compile(r"\s*و\s?ال\p{Arabic}{2,}(?:ية|يه|يين|يون)(?=[\s،.]|$)")


# "مسلحون من الجماعة": the one group word the men are of, part of the subject
_OF_GROUP = regex.compile(r"\s+من\s+ال\p{Arabic}{2,}(?=[\s،.]|$)")


def past_group_of(ctx: DocContext, pos: int, end: int) -> int:
    """The offset past the group the men named just before ``pos`` are of ("مسلحون من
    الجماعة"), or ``pos`` itself."""
    group = _OF_GROUP.match(ctx.doc.text, pos, end)
    return group.end() if group is not None else pos


def _joined_subjects_end(ctx: DocContext, a: Span, end: int) -> int:
    """The end of the subject ``a`` begins: past the actors joined to it by و ("قتل الجيش
    الفرنسي والجيش التشادي عشرات المسلحين"), the nisbas of more forces ("القوات الفرنسية
    والتشادية") and the group its men are of ("قتل مسلحون من الجماعة خمسة جنود"). The object
    follows the last of them, not the first."""
    pos = past_group_of(ctx, a.end, end)
    while True:
        nisba = _JOINED_NISBA.match(ctx.doc.text, pos, end)
        if nisba is not None:
            pos = nisba.end()
            continue
        nxt = next(iter(ctx.spans_in(ctx.actors, pos, min(end, pos + 60))), None)
        if nxt is None or not _coordinated(ctx, a, nxt):
            return pos
        a, pos = nxt, nxt.end
