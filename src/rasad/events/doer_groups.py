"""The group a verb's subject belongs to acts with it.

A subject named by its men or its weapon and then its group ("اعتقل مسلحون من تنظيم داعش
عشرة مدنيين", "هاجمت طائرة مسيرة تابعة للحوثيين قاعدة العند") puts the group after "من" or
"تابعة لـ", where a target's or a captive's group usually stands. Right after the verb and
before the verb's object, though, the phrase is the subject: the group is the doer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.actor_clues import explicit_agent
from rasad.events.actor_marks import HEAD_NOUNS, MEMBER_NOUNS, PATIENT_WORDS
from rasad.events.allied_groups import free_men_of_groups
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

# "طائرة تابعة للحوثيين", "القوات التابعة للمجلس", "مسلحون موالون لتنظيم داعش": the owner
# after these, with ل, is the owner of the noun before them (the men loyal to a group are its)
_OWNER_WORDS = "تابع تابعه تابعين تابعون تابعتين تابعتان تابعا موال موالي مواليه موالين موالون"
_BELONGING = frozenset({f"{al}{w}" for al in ("", "ال") for w in _OWNER_WORDS.split()})
_OWNED_WORDS = 3  # the owned noun and up to two adjectives ("طائرة مسيرة انتحارية")
# words that end the owned noun phrase: whatever follows them is another phrase
_NOT_ADJECTIVES = PATIENT_WORDS | {"في", "بين", "داخل", "قرب", "فوق"} | _BELONGING
# nouns of what acts, first after a verb: its subject when no subject stands before the verb
_DOER_NOUNS = frozenset(
    f"{al}{w}"
    for al in ("", "ال")
    for w in (
        "طايره طايرات مقاتله مقاتلات مروحيه مروحيات قوه قوات عناصر مسلحون مجموعه "
        "مجموعات ميليشيا ميليشيات مليشيا مليشيات زوارق بوارج سفن مسيره مسيرات".split()
    )
)
# men named as a verb's subject before "من" their group ("قتل مقاتلون من طالبان ثلاثة جنود")
_NOMINATIVE_MEMBERS = frozenset({"مقاتلون"})
_SUBJECT_MEMBERS = MEMBER_NOUNS | _NOMINATIVE_MEMBERS
# the bomber a suicide bombing's trigger names
_BOMBERS = frozenset(
    f"{al}{w}" for al in ("", "ال") for w in ("انتحاري", "انتحاريه", "انتحاريان", "انتحاريين")
)
# an interception's object is the weapon fired at it: its owner is the side that fired it
_INTERCEPTED = frozenset({"Disrupted weapons use"})


def subject_groups(
    ctx: DocContext,
    m: Mention,
    actors: list[Span],
    marks: dict[int, str],
    has_object: Callable[[Span], bool],
    *,
    verbal: bool,
) -> None:
    """Mark ``agent`` the group of the doer: the men "من" the group right after a verb with
    the verb's object after the group, the aircraft or force "تابعة لـ" the group (the
    trigger itself, or a verb's subject), the bomber "من" the group."""
    trig = m.trigger
    free_men_of_groups(ctx, actors, marks)  # "مسلحين متحالفين مع داعش شنوا": the men
    for a in actors:
        if a.start < trig.end or marks.get(a.start) == "agent":
            continue
        # "قتل مقاتلون من طالبان": the nominative plural names only a subject's men, so it
        # is read here alone, not as a member noun everywhere ("هجوم نفذه مقاتلون من …")
        member = marks.get(a.start) == "member" or _nominative_members(ctx, a)
        if (
            (verbal and member and _members_follow_verb(ctx, a, trig) and has_object(a))
            or (
                m.sub_event_type not in _INTERCEPTED
                and _owned_follows_verb(
                    ctx, a, trig, verbal=verbal, air=m.sub_event_type == "Air/drone strike"
                )
            )
            or _group_of_bomber(ctx, a, trig)
            # "قتل خمسة جنود في هجوم نفذه مسلحون من حركة طالبان": the men a relative verb
            # names as doers are the group's, wherever the trigger stands
            or (member and explicit_agent(ctx, a, m.sent, members=True))
        ):
            marks[a.start] = "agent"


def _nominative_members(ctx: DocContext, actor: Span) -> bool:
    """ "مقاتلون من الحركة": the men's nominative plural, before "من" their group."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 4)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    return len(before) > 1 and before[-1] == "من" and before[-2] in _NOMINATIVE_MEMBERS


def _group_of_bomber(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """ "انتحاري من حركة طالبان": the group "من" right after the bomber the trigger names."""
    if ctx.norm_of(trig.start, trig.end).rsplit(" ", 1)[-1] not in _BOMBERS:
        return False
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 3)
    heads = 0
    while before and before[-1] in HEAD_NOUNS:
        before, heads = before[:-1], heads + 1
    return (
        bool(before)
        and before[-1] == "من"
        and ctx.tokens_between(trig.end, word_start) == heads + 1
    )


def _members_follow_verb(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """ "اعتقل مسلحون من تنظيم داعش": the member noun is the first word after the verb (a
    count before it, "قتل 7 مسلحين من داعش", makes the men the counted victims)."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 4)
    heads = 0
    while before and before[-1] in HEAD_NOUNS:
        before, heads = before[:-1], heads + 1
    if len(before) < 2 or before[-1] != "من" or before[-2] not in _SUBJECT_MEMBERS:
        return False
    return ctx.tokens_between(trig.end, word_start) == heads + 2


def _owned_follows_verb(
    ctx: DocContext, actor: Span, trig: CueHit, *, verbal: bool, air: bool = False
) -> bool:
    """ "طائرة مسيرة تابعة للحوثيين" (the trigger itself the owned noun) or "هاجمت قوات تابعة
    للحوثيين" (a doer's noun first after a verb with no subject before it): every word up to
    "تابعة" is as definite as it, none a preposition ("أسقطت الدفاعات طائرة تابعة لـ", "هجوم
    على دورية تابعة لـ": the owned noun is the object)."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if not prefix.endswith("ل"):
        return False
    gap = ctx.tokens_between(trig.end, word_start)
    if gap < (2 if verbal else 1) or gap > _OWNED_WORDS + 1:
        return False
    words = ctx.words_before(word_start, gap)
    if len(words) != gap or words[-1] not in _BELONGING:
        return False
    definite = words[-1].startswith("ال")
    if any(w.startswith("ال") != definite or w in _NOT_ADJECTIVES for w in words[:-1]):
        return False
    if not verbal:  # "اعتقال خلية تابعة لحماس": only a weapon's or a force's noun acts
        trigger_words = ctx.norm_of(trig.start, trig.end).split(" ")
        trigger_word = trigger_words[0]
        if air and len(trigger_words) > 1 and trigger_word not in _DOER_NOUNS:
            # "ألقت مروحيات حربية تابعة للنظام براميل": a strike phrase of a verb and its
            # aircraft, the aircraft its subject and the owned noun
            trigger_word = trigger_words[1]
        return trigger_word in _DOER_NOUNS and trigger_word.startswith("ال") == definite
    if words[0] not in _DOER_NOUNS:
        return False
    # "طائرات التحالف استهدفت قوة تابعة للحوثيين": a subject before the verb makes it the object
    lo = ctx.sentence(trig.start).start
    return not any(a.end <= trig.start and ctx.tokens_between(a.end, trig.start) <= 4
                   for a in ctx.spans_in(ctx.actors, lo, trig.start))
