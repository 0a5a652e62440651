"""A count of people told well after the death verb it is the subject of: "وقتل في المعارك التي
دارت في محيط المدينة يوم الثلاثاء أكثر من 25 عنصرا", "وقتل الخميس، أيضا وفق المرصد، 8 مدنيين".

Arabic news puts the verb first and its subject last, after the scene, the day and the
source (VSO). The verb "قتل" with no victim of its own before the count, and only such
adverbials between (no other number, verb of an act, death or injury word, person named, nor
a whole country: a nationwide tally), makes the count the dead, however far it stands.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.counts import names_people
from rasad.events.lexicon import CueHit
from rasad.events.merge_scene import is_country

_VERBS = frozenset({"قتل", "وقتل", "فقتل"})  # the bare past (passive or not), normalised
_REACH = 20  # words from the verb to the count: a scene, a day and a source at most
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_PEOPLE_SETS = frozenset({"civilians", "armed", "protesters", "singular_victims"})


def late_subject(ctx: DocContext, death: CueHit, num: Span) -> bool:
    """``num`` counts the dead of the verb ``death`` told before it in its sentence."""
    if ctx.norm_of(death.start, death.end) not in _VERBS or death.end > num.start:
        return False
    sent = ctx.sentence(death.start)
    if not sent.start <= num.start < sent.end or not names_people(ctx, num):
        return False
    if ctx.tokens_between(death.end, num.start) > _REACH:
        return False
    if ctx.spans_in(ctx.numbers, death.end, num.start):
        return False
    if any(is_country(p.value) for p in ctx.spans_in(ctx.places, death.end, num.start)):
        return False  # "وقتل السبت في أعمال العنف في سوريا 133 شخصا": a country's tally
    verbs = ctx.lex.verb_keys
    if any(
        death.end <= t.start < num.start and t.key in verbs and not _relative(ctx, t)
        for t in ctx.triggers
    ):
        return False  # "قتل جندي وخطف مسلحون 30 شخصا": another act's object
    cues = ctx.cues_in(death.end, num.start)
    # "وفق الدفاع المدني": a name or a source holds the person word, no victim
    names = [
        *ctx.spans_in(ctx.actors, death.end, num.start),
        *(h for h in cues if "source" in h.sets),
    ]
    return not any(
        ("death_words" in h.sets or "injury_words" in h.sets or h.sets & _PEOPLE_SETS)
        and not any(n.start <= h.start and h.end <= n.end and n is not h for n in names)
        for h in cues
    )  # "قتل جندي في هجوم على قرية يسكنها 300 شخص": the victim told already


def _relative(ctx: DocContext, t: CueHit) -> bool:
    """The verb opens a relative clause that describes the scene ("في القصف الذي استهدف")."""
    before = ctx.words_before(ctx.in_word_prefix(t.start)[1], 1)
    return bool(before) and before[-1] in _RELATIVES
