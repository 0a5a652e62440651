"""The town the next sentence names for an act its own sentence places only in a country.

News often tells the act first and its town after ("قتل أربعة أشخاص بالرصاص في باكستان.
وأوضحت الشرطة أن الضحايا كانوا في منزلهم بمدينة كويتا"): the country is the whole of what
the first sentence says, and ACLED codes the act at the town. A town in the following
sentence(s) locates the act when it lies in that country, is told as an event location (not
as where someone spoke or came from), and the sentence that names it tells no act of its own (a
town there is that act's scene: "… في سوريا. وشنت طائرات غارات على حلب"; one that retells
this act places it itself, and a country-level copy would be a duplicate).
Read by :func:`rasad.events.arguments.assign_place`.
"""

from __future__ import annotations

from typing import Any

from rasad.document import Span
from rasad.events import location
from rasad.events.context import DocContext
from rasad.events.country_part import told_of_speaker

NEXT_SENTENCES = 1  # sentences after the act's own read for its town


def town_told_next(ctx: DocContext, m: Any, country: Span) -> Span | None:
    """The first event-location town of ``country``'s country in the sentence(s) after the
    mention's when they tell no act; None when they do, or name another country first."""
    iso = getattr(country.value, "country", None)
    if not iso:
        return None
    si = ctx.sentence_index(m.sent.start)
    last = min(si + NEXT_SENTENCES, len(ctx.sentences) - 1)
    lo, hi = m.sent.end, ctx.sentences[last].end
    if hi <= lo:
        return None
    home = location.article_country(ctx)
    # a sentence that tells an act of its own (a passing reference too: "ووقعت معظم هذه
    # الهجمات في كابول") places that act; one that retells this act places it itself
    if any(lo <= t.start < hi for t in ctx.triggers):
        return None
    for p in location.usable_places(ctx):
        if p.start < lo:
            continue
        if p.start >= hi:
            return None
        if location.metonym(ctx, p, home):
            continue
        if getattr(p.value, "country", None) != iso:
            return None  # another country told first: the story moves on
        if location.is_country(p.value):
            continue
        if getattr(p.value, "role", "") != "event_location":
            continue
        if told_of_speaker(ctx, ctx.sentence(p.start).start, p.start):
            continue  # "وأكد مسؤول أميركي في كابل الضربة": where the news was told
        return p
    return None
