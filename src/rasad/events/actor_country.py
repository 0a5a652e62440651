"""Generic actors take the event's own country.

A name that does not say its country ("الشرطة", "المتمردون", "المدنيين", "داعش") was resolved
by the actors stage from the country the article or sentence is most about; ACLED names such
actors by the country where the event happened ("Police Forces of Turkey" for a Turkish town
even in an article about Iraq). Armies are left as read: they fight abroad ("قصف الجيش بلدة
عرسال" in a Syrian story is Syria's army in Lebanon)."""

from __future__ import annotations

from rasad.actors.dictionary import Entry, Template, default_lexicon
from rasad.events import arguments as args
from rasad.events.location import is_country
from rasad.events.record import place_iso2

# families whose actor is always of the event's country (police serve at home; civilians,
# crowds and unnamed armed men are named by where they are; ACLED's Islamic State actors by
# the country of the event)
_LOCAL_FAMILIES = frozenset(
    {"police", "civilians", "protesters", "rioters", "unidentified", "tribal_militia",
     "armed_men", "armed_groups", "insurgents", "islamic_state"}
)


def follow_event_country(m: args.Mention) -> None:
    """Re-resolve the generic actor1/actor2 of ``m`` for the country of its place. A place
    that is a whole country is left alone: a mention's country is often only a neighbour told
    beside it ("بيشاور … على الحدود مع أفغانستان"), its town comes with the merged event."""
    iso = place_iso2(m.place)
    if iso is None or is_country(m.place):
        return
    for side in (1, 2):
        span = getattr(m, f"actor{side}")
        ref = getattr(span, "value", None)
        family = getattr(ref, "family", None)
        if family not in _LOCAL_FAMILIES or ref.country in (None, iso):
            continue
        if getattr(m, f"actor{side}_name") != span.kb_id:
            continue  # the role step named another actor for this side
        lex = default_lexicon()
        target = lex.for_family(family, iso, m.date)
        if isinstance(target, Entry):
            name, inter = lex.name_on(target, m.date), lex.inter_on(target, m.date, where=iso)
        elif isinstance(target, Template):
            name, inter = lex.template_name(target, iso), target.inter
        else:
            continue
        setattr(m, f"actor{side}_name", name)
        setattr(m, f"inter{side}", inter)
