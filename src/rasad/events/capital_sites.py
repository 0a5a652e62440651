"""A capital that names a site told as a scene ("بمطار القاهرة", "بسجن صنعاء المركزي"): the
site is where something happened, not the government the capital often stands for ("قالت
موسكو"). Read by :func:`rasad.events.location.metonym`."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext

# a site named after its city ("مطار القاهرة", "سجن صنعاء المركزي"): where things happen
_FACILITIES = frozenset({"مطار", "ميناء", "سجن", "جامعه", "مستشفى", "ساحه", "ميدان", "شوارع"})


def facility_of(ctx: DocContext, p: Span) -> bool:
    """The capital follows a site noun that carries "ب" ("بمطار القاهرة"): the preposition is
    glued to the site, not to the city, so the city reads as bare. ("في مطار القاهرة" is told
    as a scene already: "في" stands within the words a scene word is looked for in.)"""
    prefix, word_start = ctx.in_word_prefix(p.start)
    words = ctx.words_before(word_start, 1)
    if prefix or not words:
        return False
    site = words[-1].lstrip("وف")
    return site[:1] == "ب" and site[1:] in _FACILITIES
