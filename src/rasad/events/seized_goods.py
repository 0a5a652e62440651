"""What an arrest verb holds when its object is no person: "احتجزت ميليشيا الحوثي شحنة أدوية"
holds goods (ACLED: Looting/property destruction, by whoever holds them), "ضبطت سيارة محملة
بالمتفجرات" a weapon (Disrupted weapons use), "ضبطت شحنة مخدرات" contraband (a police
matter, no event). The object is the first goods or person word after the trigger, the
subject's name (between a verb and its object) skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

_OBJECT_WORDS = 8  # the subject, a place aside, a day word and the object's head after the verb
# the charge or the cause of an arrest: what follows is why they are held, not what
_REASONS = frozenset(
    normalize_key(w)
    for w in ("للاشتباه", "بتهمة", "بتهم", "بشبهة", "بعد", "عقب", "إثر", "بسبب", "لحيازة",
              "لحيازته", "لحيازتهم", "لحيازتهما", "بحيازة", "حيازة", "حيازته", "حيازتهم",
              "حيازتهما", "لاتهامه", "لاتهامهم", "بدعوى", "بحجة")
)
_PREPOSITIONS = frozenset(
    normalize_key(w)
    for w in ("في", "من", "على", "داخل", "عند", "قرب", "مع", "إلى", "عن", "بين", "خلال", "بحوزة",
              "بحوزته", "بحوزتهم", "بحوزتها")
)
_PEOPLE = ("civilians", "armed", "singular_victims", "leaders", "protesters", "gunmen",
           "unidentified", "held_people")
_THINGS = ("seized_goods", "seized_weapons", "contraband")


def held_things(ctx: DocContext, m: Mention) -> str | None:
    """"goods", "weapons" or "contraband" when the trigger's object is a thing, else None.
    Weapons or contraband anywhere in the object's phrase name it ("شحنة أسلحة", "سيارة
    محملة بالمتفجرات")."""
    trig = m.trigger
    # (the object may stand after asides set off by commas: the sentence, not the clause)
    lo, hi = ctx.clause_bounds(trig.start)[0], m.sent.end
    if any(ctx.cue_before(trig.start, name, 2, lo) is not None for name in _PEOPLE):
        return None  # "إن شخصين اعتقلا وهم يزرعون عبوات": the held named before the verb
    subject = m.actor1 if m.actor1 is not None and m.actor1.start >= trig.end else None
    hits = sorted(
        (h for name in (*_PEOPLE, *_THINGS) for h in ctx.cues_in(trig.end, hi, name)),
        key=lambda h: h.start,
    )
    # a verbal noun's object is its genitive, right after it ("احتجاز شحنة"); a verb's comes
    # after its subject and a day word
    window = _OBJECT_WORDS if trig.key in ctx.lex.verb_keys else 0
    for i, hit in enumerate(hits):
        if subject is not None and subject.start <= hit.start < subject.end:
            continue
        between = ctx.words_before(hit.start, ctx.tokens_between(trig.end, hit.start))
        skipped = ctx.tokens_between(subject.start, subject.end) if subject is not None else 0
        if sum(1 for w in between if w[:1].isalpha()) - skipped > window:
            return None  # (commas setting off an aside are no words)
        if not set(_THINGS) & hit.sets or set(_PEOPLE) & hit.sets:
            return None
        if set(between) & _REASONS:
            return None  # "احتجز مطلقي النار للاشتباه في حيازتهما أسلحة": the charge
        if set("بلك") & set(ctx.in_word_prefix(hit.start)[0]) or (
            set(ctx.words_before(hit.start, 1)) & _PREPOSITIONS
        ):
            return None  # "هجمات بالسيارات", "داخل سيارة": no object, a complement
        if any(
            ctx.tokens_between(n.end, hit.start) > 0
            and not (subject is not None and subject.start <= n.start < subject.end)
            for n in ctx.spans_in(ctx.numbers, trig.end, hit.start)
        ):
            return None  # "تم اعتقال اثنين كانا يستقلان السيارة": a count of people held
        phrase = [h for h in hits[i:] if ctx.tokens_between(hit.start, h.start) <= 3]
        for kind, name in (("contraband", "contraband"), ("weapons", "seized_weapons")):
            if any(name in h.sets for h in phrase):
                return kind
        return "goods"
    return None
