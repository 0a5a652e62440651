"""What the words right before an actor say of its part in the act: named as the doer by an
agent marker ("هجوم شنته جماعة", "برصاص قناص", "على يد"), or told as the side that lost men
("مقتل أمير داعش", "قتل ثلاثة جنود مصريين", "27 عنصرا من ميليشيات الحوثي قتلوا").

Split from :mod:`.actor_roles`, whose :func:`~rasad.events.actor_roles.assign_actors` reads
these tests for each actor of a trigger's sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.actor_marks import (
    _RANKED_MEMBERS,
    _RELATIVE_AGENT_VERBS,
    _TIME_WORDS,
    HEAD_NOUNS,
    MEMBER_NOUNS,
    _bare,
    counted_of,
    fire_of,
)

if TYPE_CHECKING:
    from rasad.events.context import DocContext


# relative verbs and agent nouns that name the doer however far from the trigger they stand:
# "قتل جنديان في هجوم شنته جماعة …", "أصيب مدني برصاص قناص …"
EXPLICIT_AGENT = frozenset(
    {
        *_RELATIVE_AGENT_VERBS,
        "برصاص",
        "بنيران",
        "قبل",
        "يد",
    }
)

# men named as doers before "من" their group ("هجوم شنه مسلحون من …"، "نفذه مقاتلون من …")
_DOER_MEN = MEMBER_NOUNS | {"مقاتلون", "عناصر", "مسلحون"}

# nouns that count a group's men ("27 عنصرا من …", "قياديين من …")
_COUNTED_MEN = MEMBER_NOUNS | {"عنصرا", "مسلحا", "قياديين", "قاده"}


def explicit_agent(ctx: DocContext, actor: Span, sent: Span, *, members: bool = False) -> bool:
    """The actor follows a relative verb or agent noun ("شنته", "برصاص", "من قبل", "على يد")
    that hangs on an event word of the sentence ("هجوم شنته", "قتل … على يد"), not on any noun
    ("ادعاءات من قبل جيش الإسلام"); ``members``: or its men do ("هجوم نفذه مسلحون من …")."""
    if fire_of(ctx, actor):
        return True  # "بنيران إسرائيلية": the attack noun is the actor's own first word
    word_start = ctx.in_word_prefix(actor.start)[1]
    words = ctx.words_before(word_start, 6)
    before = list(words)
    while before and (before[-1] in HEAD_NOUNS or before[-1] in _TIME_WORDS):
        before = before[:-1]
    if members and len(before) > 2 and before[-1] == "من" and before[-2] in _DOER_MEN:
        before = before[:-2]  # the group of the men the relative verb names as doers
    if not before or before[-1] not in EXPLICIT_AGENT:
        return False
    if before[-1] in ("برصاص", "بنيران"):
        return True  # an attack noun itself
    lead = 2 if before[-1] in ("قبل", "يد") else 1  # "من قبل", "على يد": two words
    # words from the event word to the actor: the marker, time words, head nouns and at most
    # one adjective ("هجوم مسلح شنته")
    allowed = (len(words) - len(before)) + lead + 1
    lo = max(sent.start, word_start - 120)
    events = [*ctx.cues_in(lo, word_start, "death_words")]
    events += [t for t in ctx.triggers if lo <= t.start and t.end <= word_start]
    return any(ctx.tokens_between(e.end, word_start) <= allowed for e in events)


def dead_leader(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """ "مقتل أمير داعش", "مقتل والي الصقلاوية في تنظيم داعش": a death word before a ranked
    member named with the group (in construct or after "في") tells the group's loss."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 4)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    if before and before[-1] == "في":
        before = before[:-1]
    # "والي" as it stands: _bare would take its و for the conjunction
    ranked = [w for w in before[-2:] if w in _RANKED_MEMBERS or _bare(w) in _RANKED_MEMBERS]
    if not ranked:
        return False
    return ctx.cue_before(word_start, "death_words", 4, sent.start) is not None


def killed_right_before(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """Men counted or named by a member noun stand right after a death word ("قتل ثلاثة جنود
    مصريين", "مقتل جنود أمريكيين"; not a force's name: "قتلت قوات الأمن أحدهما" is active)."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    death = ctx.cue_before(word_start, "death_words", 1, sent.start)
    if death is None:
        return False
    between = ctx.tokens_between(death.end, word_start)
    if between == 1:
        return bool(ctx.spans_in(ctx.numbers, death.end, word_start))
    return between == 0 and ctx.next_word(actor.start) in MEMBER_NOUNS


def counted_dead(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """ "27 عنصرا من ميليشيات الحوثي قُتلوا", "مقتل 5 مقاتلين من داعش": the actor's men, counted
    right before it, are the dead of the sentence."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 3)
    heads = 0
    while before and before[-1] in HEAD_NOUNS:
        before, heads = before[:-1], heads + 1
    if len(before) < 2 or before[-1] not in ("من", "في"):
        return False
    member_at, reach = actor.start - 1, 5
    if before[-1] == "في":
        # "قتل (صباح السبت) عشرين ناشطا في جماعة بوكو حرام": the group's members counted
        # before "في"; the death word is read back from the count, past time words
        if _bare(before[-2]) not in _RANKED_MEMBERS or not counted_of(ctx, word_start, 2 + heads):
            return False
        counts = ctx.spans_in(ctx.numbers, max(0, word_start - 60), word_start)
        member_at, reach = counts[-1].start, 3
    elif before[-2] not in _COUNTED_MEN and not counted_of(ctx, word_start, 4 - len(before)):
        return False
    return bool(
        ctx.cue_before(member_at, "death_words", reach, sent.start)
        or ctx.cue_after(actor.end, "death_words", 2, sent.end)
    )
