"""A speaker's own men: "قال قائد في المعارضة إن مقاتليه قصفوا ثكنة للجيش".

The subject right after the reporting "إن/أن" is a body of men with a possessive pronoun
("مقاتليه", "قواتها", "عناصرهم", "رجاله"): the pronoun points back to who speaks, so the act
told is done by the speaker's group — the group named in the frame ("قائد في المعارضة",
"مسؤول في الحشد الشعبي"), even when the speaker himself is a person no actor list holds.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rasad.actors.dictionary import default_lexicon
from rasad.events.actor_roles import canonical, inter_of
from rasad.events.force_hit import adjective_iso, attack_told
from rasad.events.frames import speech_frames

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext

# nouns for a body of fighters; with a possessive they are the speaker's own side
_MEN = ("مقاتلي", "مقاتلو", "قوات", "عناصر", "رجال", "مسلحي", "مسلحو", "جنود", "افراد", "وحدات")
_SUFFIXES = ("ه", "ها", "هم")
OWN_MEN = frozenset(men + s for men in _MEN for s in _SUFFIXES)
# the possessive subject stands right after the complementizer; a word or two may come
# between it and the trigger ("إن مقاتليه قصفوا", "إن قواته تمكنت من …" is told by the verb)
_SUBJECT_TO_TRIGGER = 2
# "قادتنا", "مقاتلينا": the men of who speaks, in the first person plural (the accusative or
# genitive "-ينا" only: "مقاتلونا قتلوا" is the subject)
_OUR_HEADS = ("قادت", "قاده", "مقاتلي", "عناصر", "رجال", "جنود", "افراد", "مجاهدي", "اخوان",
              "ابطال", "شباب", "كوادر", "قيادات")  # fmt: skip
OUR_MEN = frozenset(h + "نا" for h in _OUR_HEADS)
# "أعلنت الحركة مقتل أحد قادتها", "اعترف التنظيم بمقتل عشرة من عناصره": the announcing group's
# men in the third person, right after the announced death (no "إن" between: in reported
# speech "ها" may point to anyone the speech names)
THEIR_MEN = frozenset(h + s for h in _OUR_HEADS for s in ("ه", "ها", "هم") if h[-1] != "ه")
# between the partitive "من" and the men ("اثنين من كبار قادتنا")
_RANKS = frozenset({"كبار", "ابرز", "خيره", "خيرة", "افضل"})
_OUR_MEN_WINDOW = 7
# how far after the trigger a joined verb ("… وجرحت اثنين من جنودنا") may stand
_JOINED_REACH = 16
# verbs of wounding: no event triggers of their own, they go on with the act before them
_WOUND_VERBS = frozenset("جرح جرحت جرحوا اصاب اصابت اصابوا".split())


# state forces (ACLED inter 1) and the count words that may stand before their men's noun
_STATE_INTER = 1
_COUNT_REACH = 3


def _state_rank_and_file(speaker: Span | None, words: list[str]) -> bool:
    """A state force speaks and the announced dead are soldiers or policemen ("أربعة جنود",
    "ثلاثة عسكريين") within a count's reach, named with no "من" (whose men they were) and no
    country adjective other than the speaker's ("جنديين أمريكيين" told by the Afghan army)."""
    if speaker is None or inter_of(speaker) != _STATE_INTER:
        return False
    lex = default_lexicon()
    for i, w in enumerate(words[:_COUNT_REACH]):
        if w == "من":
            return False
        if w in lex.rank_and_file:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt == "من":
                return False
            iso = adjective_iso(nxt, lex) if nxt else None
            return iso is None or iso == getattr(speaker.value, "country", None)
    return False


def _joined_hit(ctx: DocContext, verb: str) -> bool:
    return verb in _WOUND_VERBS or verb in ctx.lex.verb_keys


def speaker_own_men(ctx: DocContext, m: Mention, *, casualty: bool = False) -> None:
    """Make the speaker's group actor1 of an act its own men did (see the module doc).
    ``casualty``: a death or wound trigger ("إن عناصره قتلوا في هجوم" reads as the passive
    once diacritics are gone): the men are the side hit."""
    trig = m.trigger
    frames = speech_frames(ctx, m.sent, trig.start)
    if _our_men_hit(ctx, m, frames) or not frames:
        return
    verb_end, comp_at = max(frames, key=lambda f: f[1])
    i = bisect_left(ctx.token_starts, comp_at)
    k = i + 1
    if k >= len(ctx.token_starts) or ctx.token_starts[k] >= trig.start:
        return
    if (ctx.token_norms[k] or "") not in OWN_MEN:
        return
    if ctx.tokens_between(ctx.token_starts[k], trig.start) > _SUBJECT_TO_TRIGGER:
        return
    group = _speaker_group(ctx, m, verb_end, comp_at)
    if group is None or group is m.actor1:
        return
    if casualty and not _counted_object(ctx, trig.end, m.sent.end):
        # the men were hit: their group is the other side, when none is named
        if m.actor2 is None and (m.actor1 is None or canonical(m.actor1) != canonical(group)):
            m.actor2, m.actor2_name, m.inter2 = group, canonical(group), inter_of(group)
        return
    if m.actor1 is not None and canonical(m.actor1) == canonical(group):
        return
    old = m.actor1
    m.actor1, m.actor1_name, m.inter1 = group, canonical(group), inter_of(group)
    if m.actor2 is not None and canonical(m.actor2) == m.actor1_name:
        m.actor2, m.actor2_name, m.inter2 = None, None, None
    # "إن عناصره اشتبكوا مع مسلحي داعش": the side read as the subject is the other side
    if old is not None and m.actor2 is None and canonical(old) != m.actor1_name:
        m.actor2, m.actor2_name, m.inter2 = old, canonical(old), inter_of(old)


# tokens after a death verb its counted object may begin at ("قتلت أمس 12 مسلحا")
_OBJECT_AT = 1


def _counted_object(ctx: DocContext, after: int, end: int) -> bool:
    """A count right after the death verb is its object ("إن قواته قتلت 12 مسلحا"): the verb is
    active and the speaker's men killed; men killed are counted before it ("إن 3 من جنوده
    قتلوا") or not at all ("إن عناصره قتلوا في هجوم")."""
    counts = ctx.spans_in(ctx.numbers, after, end)
    return bool(counts) and ctx.tokens_between(after, counts[0].start) <= _OBJECT_AT


def _speaker_group(ctx: DocContext, m: Mention, verb_end: int, comp_at: int) -> Span | None:
    """The group that speaks: the last actor between the reporting verb and "إن" ("قال قائد
    في المعارضة لرويترز إن"), else the speaker read before the verb ("الحركة قالت إن")."""
    inside = ctx.spans_in(ctx.actors, verb_end, comp_at)
    if inside:
        return inside[-1]
    return m.speaker


def _their_men_after_death(ctx: DocContext, m: Mention) -> list[str]:
    """The words after the death the speaker announces: the trigger itself when it is a noun
    right after the speaker ("أعلن الجيش مقتل عشرة من جنوده في هجوم"), else the death word
    between them, before the act ("أعلنت الحركة مقتل أحد قادتها بغارة"); none when the speaker
    stands far off or the act comes first."""
    speaker, trig = m.speaker, m.trigger
    if speaker is None or speaker.end > trig.start:
        return []
    death: int | None = None
    if trig.key not in ctx.lex.verb_keys:
        death = trig.end
    deaths = ctx.cues_in(speaker.end, trig.start, "death_words")
    if deaths:
        death = deaths[0].end
    if death is None or ctx.tokens_between(speaker.end, death) > 5:
        return []
    return ctx.words_after(death, _OUR_MEN_WINDOW, m.sent.end)


def _our_men_hit(ctx: DocContext, m: Mention, frames: list[tuple[int, int]]) -> bool:
    """ "قال متحدث باسم طالبان إن غارات قتلت اثنين من كبار قادتنا": the speaker's own men in
    the first person after the trigger (its object, or counted with "من") were hit, so the
    speaker's group is the side hit, not the doer."""
    trig = m.trigger
    words = ctx.words_after(trig.end, _OUR_MEN_WINDOW, m.sent.end)
    k = next((i for i, w in enumerate(words) if w in OUR_MEN), None)
    third = False
    if k is None and not frames:
        words = _their_men_after_death(ctx, m)
        k = next((i for i, w in enumerate(words) if w in THEIR_MEN), None)
        third = k is not None
        if k is None and _state_rank_and_file(m.speaker, words):
            # "أعلن الجيش المصري استشهاد أربعة جنود في هجوم": soldiers a state force
            # announces dead, with no other force or country named for them, are its own
            third = True
            words, k = ["من", *words], 1  # read as the partitive "من جنوده" is below
    if k is None:
        # "قصفت القوات التركية قرية … أمس وجرحت اثنين من جنودنا": a verb joined by "و" goes on
        # with the trigger's subject, so the men it hit were hit by this act
        words = ctx.words_after(trig.end, _JOINED_REACH, m.sent.end)
        joined = next(
            (i for i, w in enumerate(words) if w[:1] == "و" and _joined_hit(ctx, w[1:])), None
        )
        if joined is None:
            return False
        words = words[joined + 1 : joined + 1 + _OUR_MEN_WINDOW]
        k = next((i for i, w in enumerate(words) if w in OUR_MEN), None)
        if k is None:
            return False
    before = words[:k]
    while before and before[-1] in _RANKS:
        before.pop()
    partitive = bool(before) and before[-1] in ("من", "بين", "احد", "احدى")
    if not partitive and not (k == 0 and trig.key not in ctx.lex.verb_keys):
        return False  # "قتل جنودنا عشرة مسلحين": the men may be the verb's subject
    if frames:
        verb_end, comp_at = max(frames, key=lambda f: f[1])
        group = _speaker_group(ctx, m, verb_end, comp_at)
    else:
        group = m.speaker
    if group is None:
        return False
    name = canonical(group)
    if third and m.event_type == "Battles" and m.actor1 is not None:
        if canonical(m.actor1) == name and (m.actor2 is not None or not attack_told(ctx, m.sent)):
            # "أعلن الجيش مقتل 13 من جنوده و65 مسلحا": a fight has no direction, the
            # announcer already read as a side stays as it is; alone in an attack ("في هجوم
            # على كمين") it is the side attacked (the attackers are left to the defaults)
            return True
    if m.actor1 is not None and canonical(m.actor1) == name:
        # the speaker read as the doer: the side named as the other one did it, if any
        other = m.actor2 if m.actor2 is not None and canonical(m.actor2) != name else None
        m.actor1, m.actor1_name, m.inter1 = (
            (other, canonical(other), inter_of(other)) if other is not None else (None, None, None)
        )
        m.actor2, m.actor2_name, m.inter2 = group, name, inter_of(group)
    elif m.actor2 is None:
        m.actor2, m.actor2_name, m.inter2 = group, name, inter_of(group)
    return True
