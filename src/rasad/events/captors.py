"""A captor named by a relative clause: "طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش
اللبناني بالإفراج عن …".

The group right before "التي/الذي/الذين" followed by a verb of holding or taking captive
with its object after it holds that object: for a detention or abduction told in the same
sentence the group is the captor (actor1) and the men it holds are the side held (actor2),
however far the trigger stands from them. A verb with an object pronoun ("الذين تحتجزهم
داعش") has its subject after it, and "اختطفت على يد …"/"من قبل" is the passive: neither names
the head as captor, so both are left alone.

The captor can also follow the men it holds: "المخطوفين لدى جبهة النصرة"، "محتجزين في قبضة
داعش" (held by): the group after "لدى"/"في قبضة" is the captor, the actors named right before
the held word are the side held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.context import DocContext

_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتي", "اللذين"})
# verbs of holding or taking captive, bare (no object pronoun), present and past
_HOLD = frozenset(
    """تحتجز يحتجز يحتجزون احتجزت احتجز احتجزوا تختطف يختطف يختطفون اختطفت اختطف اختطفوا
    تخطف يخطف يخطفون خطفت خطف خطفوا تاسر ياسرون اسرت اسروا تعتقل يعتقل يعتقلون اعتقلت اعتقل
    اعتقلوا""".split()
)
# the passive's agent marker between the verb and the actor after it: the head was taken
_PASSIVE = frozenset({"قبل", "يد", "يدي", "ايدي"})
# the held men stand close after the verb ("تحتجز عددا من عناصر الجيش")
_OBJECT_WINDOW = 5


def relative_captors(
    ctx: DocContext, actors: list[Span], sent: Span
) -> list[tuple[Span, list[Span]]]:
    """Each captor actor of ``sent`` with the actors its relative clause holds."""
    out: list[tuple[Span, list[Span]]] = []
    for head in actors:
        words = ctx.words_after(head.end, 2, sent.end)
        if len(words) < 2 or words[0] not in _RELATIVES or words[1] not in _HOLD:
            continue
        held = []
        for a in actors:
            if a.start <= head.end or ctx.tokens_between(head.end, a.start) > _OBJECT_WINDOW + 2:
                continue
            gap = ctx.words_after(head.end, _OBJECT_WINDOW + 2, a.start)[2:]
            if _PASSIVE.isdisjoint(gap):
                held.append(a)
        if held:
            out.append((head, held))
    return out


# a participle or noun of captivity: "(المدنيين) المخطوفين لدى …"
_HELD_WORDS = frozenset(
    """مخطوف مخطوفا مخطوفه مخطوفين مخطوفون المخطوف المخطوفه المخطوفين المخطوفون مختطف مختطفا
    مختطفه مختطفين مختطفون المختطف المختطفه المختطفين المختطفون محتجز محتجزا محتجزه محتجزين
    محتجزون المحتجز المحتجزه المحتجزين المحتجزون مخطوفان مختطفان محتجزان اسير اسيرا اسري
    الاسير الاسري رهينه رهاين الرهينه الرهاين معتقل معتقلا معتقلين معتقلون المعتقل
    المعتقلين المعتقلون""".split()
)
# "لدى X"، "في قبضة X"، "بقبضة X": held by X
_HELD_BY = frozenset({"لدي", "قبضه", "بقبضه"})
_HOLDER_HEADS = frozenset({"تنظيم", "جماعه", "حركه", "جبهه", "ميليشيا", "مليشيا", "ميليشيات"})
_HELD_REACH = 6  # words from the held word back to the men it tells of


def held_by_captors(
    ctx: DocContext, actors: list[Span], sent: Span
) -> list[tuple[Span, list[Span]]]:
    """Each actor of ``sent`` named as holding captives ("المخطوفين لدى جبهة النصرة"), with
    the actors named right before the held word (the side held; maybe none)."""
    out: list[tuple[Span, list[Span]]] = []
    for head in actors:
        words = ctx.words_before(head.start, 4)
        if words and words[-1] in _HOLDER_HEADS:
            words = words[:-1]  # "لدى تنظيم داعش" when the name starts at "داعش"
        if len(words) < 2 or words[-1] not in _HELD_BY:
            continue
        held_word = words[-3] if words[-1] != "لدي" and words[-2] == "في" else words[-2]
        if held_word not in _HELD_WORDS:
            continue
        held = [
            a
            for a in actors
            if a.end <= head.start
            and a.start >= sent.start
            and ctx.tokens_between(a.end, head.start) <= _HELD_REACH
        ]
        out.append((head, held))
    return out
