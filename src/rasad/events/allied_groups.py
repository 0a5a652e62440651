"""The group armed men are loyal to or allied with stands for the men.

"مسلحون موالون لتنظيم داعش", "مسلحين متحالفين مع تنظيم الدولة": the men's own name gives way
to the group's (actors.matching), so the group stands where the men stand, as a verb's
subject ("… شنوا هجمات") or its object ("هاجم الجيش مسلحين متحالفين مع …"). The "مع" or
"لـ" before it then names no foe and no owner of a target: the group is marked as the men
would be, by where it stands, not as the side the act fell on.
"""

from __future__ import annotations

from rasad.actors.allied_men import ALLIED
from rasad.document import Span
from rasad.events.actor_marks import HEAD_NOUNS
from rasad.events.context import DocContext

# "موالون لـ": the loyal forms (the "متحالفون مع" forms are the actors' ALLIED)
_LOYAL = frozenset("موالون موالين مواليه الموالون الموالين المواليه".split())
# the men named before: a generic name that gives way to their group
_MEN = frozenset(
    f"{al}{w}"
    for al in ("", "ال")
    for w in "مسلحون مسلحين مسلحا عناصر مقاتلون مقاتلين متمردون متمردين".split()
)


def men_of_group(ctx: DocContext, actor: Span) -> bool:
    """The actor follows "<men> موالون لـ" or "<men> متحالفون مع" (a head noun between
    allowed: "مع تنظيم داعش"): it names the men themselves."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 5)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    if prefix == "" and len(before) >= 3 and before[-1] == "مع":
        return before[-2] in ALLIED and before[-3] in _MEN
    if prefix.endswith("ل") and len(before) >= 2:
        return before[-1] in _LOYAL and before[-2] in _MEN
    return False


def free_men_of_groups(ctx: DocContext, actors: list[Span], marks: dict[int, str]) -> None:
    """Clear the "patient" mark "مع"/"لـ" gave the group that stands for its men."""
    for a in actors:
        if marks.get(a.start) == "patient" and men_of_group(ctx, a):
            marks[a.start] = ""
