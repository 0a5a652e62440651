"""A speaker's own men: "قال قائد في المعارضة إن مقاتليه قصفوا ثكنة للجيش".

The subject right after the reporting "إن/أن" is a body of men with a possessive pronoun
("مقاتليه", "قواتها", "عناصرهم", "رجاله"): the pronoun points back to who speaks, so the act
told is done by the speaker's group — the group named in the frame ("قائد في المعارضة",
"مسؤول في الحشد الشعبي"), even when the speaker himself is a person no actor list holds.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rasad.events.actor_roles import canonical, inter_of
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


def speaker_own_men(ctx: DocContext, m: Mention, *, casualty: bool = False) -> None:
    """Make the speaker's group actor1 of an act its own men did (see the module doc).
    ``casualty``: a death or wound trigger ("إن عناصره قتلوا في هجوم" reads as the passive
    once diacritics are gone): the men are the side hit."""
    trig = m.trigger
    frames = speech_frames(ctx, m.sent, trig.start)
    if not frames:
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
    if casualty:
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


def _speaker_group(ctx: DocContext, m: Mention, verb_end: int, comp_at: int) -> Span | None:
    """The group that speaks: the last actor between the reporting verb and "إن" ("قال قائد
    في المعارضة لرويترز إن"), else the speaker read before the verb ("الحركة قالت إن")."""
    inside = ctx.spans_in(ctx.actors, verb_end, comp_at)
    if inside:
        return inside[-1]
    return m.speaker
