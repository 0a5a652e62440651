"""A place that names a pact, a negotiation track or a conference ("اتفاقية أوتاوا", "مسار
أستانا"), or a party to one ("اتفاق سوتشي بين روسيا وتركيا"): not where anything happened.
Read by :mod:`rasad.events.location`."""

from __future__ import annotations

from typing import cast

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.gazetteer.cues import load_cues, strip_proclitics


def words_before_bare(ctx: DocContext, p: Span, n: int) -> list[str]:
    """The ``n`` words before a place that carries no proclitic (a construct: "سلطات أنقرة",
    "اتفاقية أوتاوا"); none when a preposition is glued to it ("بأنقرة")."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    return [] if prefix else ctx.words_before(word_start, n)


def names_a_pact(ctx: DocContext, p: Span) -> bool:
    """ "اتفاقية أوتاوا", "اتفاق سوتشي", "مسار أستانا": the place names an agreement, a track or
    a conference (the places layer's ``pact_words``), not where anything happened; nor does a
    party to one ("اتفاق سوتشي بين روسيا وتركيا", "التفاهمات بين أنقرة وموسكو"). Memoised
    by start (only the words before it are read): the article's country and each place's
    verdict as a scene both ask."""
    named = cast("dict[int, bool]", ctx.memo.setdefault("place_names_pact", {}))
    found = named.get(p.start)
    if found is None:
        pacts = load_cues().pact_words
        if not _pact_word_in_text(ctx, pacts):
            named[p.start] = False
            return False
        words = words_before_bare(ctx, p, 1)
        found = named[p.start] = bool(
            words and strip_proclitics(words[-1], pacts)[1] in pacts
        ) or _pact_party(ctx, p, pacts)
    return found


def _pact_word_in_text(ctx: DocContext, pacts: frozenset[str]) -> bool:
    """Whether the normalised text holds a pact word anywhere (once per document): a place
    names a pact or a party to one only after such a word, and the bare word a proclitic
    reading leaves is part of the text (without its article: "للاتفاق" reads "الاتفاق")."""
    found = ctx.memo.get("pact_word_in_text")
    if found is None:
        text = ctx.norm.text
        found = ctx.memo["pact_word_in_text"] = any(
            (w[2:] if w.startswith("ال") else w) in text for w in pacts
        )
    return bool(found)


_PARTY_REACH = 3  # words of the first party before "و" + the second ("بين الولايات المتحدة وروسيا")
_PACT_REACH = 3  # words between the pact noun and "بين" ("الاتفاق الروسي التركي بين")


def _pact_party(ctx: DocContext, p: Span, pacts: frozenset[str]) -> bool:
    """The place is a party after "بين" to a pact named just before ("اتفاق سوتشي بين روسيا
    وتركيا"): the first party right after "بين", the second after "و" within a few words."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    if prefix not in ("", "و"):
        return False
    words = ctx.words_before(word_start, _PARTY_REACH + _PACT_REACH + 1)
    reach = 1 if prefix == "" else _PARTY_REACH + 1
    tail = words[-reach:]
    if "بين" not in tail:
        return False
    at = len(words) - 1 - tail[::-1].index("بين")
    before = words[max(0, at - _PACT_REACH) : at]
    return any(strip_proclitics(w, pacts)[1] in pacts for w in before)
