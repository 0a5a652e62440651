"""A place named again by its kind alone: "وسيطر التنظيم على المدينة", "استهدف مقر الشرطة في
الناحية".

A definite place noun after a scene preposition, with no name after it, refers back to the last
place the article named with that noun ("مدينة القريتين", "قائمقام ناحية الدبس") — even one
named only in a speech frame or as someone's office. That town is the scene, not the coarser
place the article opened with ("قرب مدينة كركوك") nor the province a fallback would give.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from rasad.document import Span
from rasad.events.context import DocContext

# place nouns (normalised) a place is named after and referred back to by
_PLACE_NOUNS = ("مدينه", "بلده", "قريه", "ناحيه", "قضاء", "مديريه", "مخيم", "محافظه")
_PREPOSITIONS = frozenset({"في", "وفي", "علي", "داخل", "قرب", "محيط", "اطراف", "وعلي", "الي"})
_GLUED = ("ب", "وب", "فب")  # "بالمدينة", "وبالناحية"
_LOOKBACK_SENTENCES = 4  # the antecedent is named this close before


@lru_cache(maxsize=65536)
def _noun_of(form: str, nouns: tuple[str, ...] = _PLACE_NOUNS) -> str | None:
    """The place noun of a definite form ("المدينه" → "مدينه", "بالناحيه" → "ناحيه"); kept
    per form: every word of a sentence without a place of its own is read."""
    for lead in ("ال", "بال", "وبال", "فبال", "وال"):
        if form.startswith(lead) and form[len(lead) :] in nouns:
            return form[len(lead) :]
    return None


# "القاعدة" with one of these adjectives is a military base ("القاعدة الجوية")
_BASE_NOUN = ("قاعده",)
_BASE_ADJECTIVES = frozenset({"الجويه", "العسكريه", "البحريه"})
_ANY_NOUN = _PLACE_NOUNS + _BASE_NOUN
_CLITICS = ("وب", "فب", "ول", "فل", "ب", "ل", "و", "ف")


def _without_clitics(word: str, noun: str) -> bool:
    """``word`` is ``noun`` with at most a conjunction and a preposition glued to it ("ببلدة",
    "وبمدينة"); stripping letters one by one would eat the noun's own ب or ل ("بلدة")."""
    return word == noun or any(word == c + noun for c in _CLITICS)


def _named_with(ctx: DocContext, p: Span, noun: str) -> bool:
    """The place is named right after ``noun`` ("ناحية الدبس", "بمدينة القريتين", "ببلدة سروج"),
    or its name opens with it ("قاعدة العند الجوية")."""
    if noun == _BASE_NOUN[0]:
        return ctx.norm_of(p.start, p.end).split()[:1] == [noun]
    prefix, word_start = ctx.in_word_prefix(p.start)
    if prefix:
        return _without_clitics(prefix, noun)
    before = ctx.words_before(word_start, 1)
    return bool(before) and _without_clitics(before[-1], noun)


# "في هذه المدينة", "بتلك البلدة": a demonstrative between the preposition and the noun
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك"})
_GLUED_DEMONSTRATIVES = frozenset(
    c + d for c in ("ب", "وب", "فب") for d in _DEMONSTRATIVES
)


def _demonstrative(before: list[str]) -> bool:
    """The words before a place noun are a scene preposition and a demonstrative ("في هذه"),
    or a demonstrative with the preposition glued ("بهذه")."""
    if not before:
        return False
    if before[-1] in _GLUED_DEMONSTRATIVES:
        return True
    return len(before) > 1 and before[-1] in _DEMONSTRATIVES and before[-2] in _PREPOSITIONS


def antecedent(ctx: DocContext, sent: Span, start: int, end: int) -> Span | None:
    """The place a definite place noun in [start, end) of ``sent`` refers back to, if any."""
    i = bisect_left(ctx.token_starts, start)
    starts, ends, norms = ctx.token_starts, ctx.token_ends, ctx.token_norms
    last = bisect_left(starts, end, i) - 1  # the last token read
    if last < i:
        return None
    # every noun read back is part of a token's form, and every form part of the normalised
    # range the tokens cover: a range that holds none of the nouns (most sentences) has no
    # word to read
    covered = ctx.norm_of(starts[i], ends[last])
    if not any(noun in covered for noun in _ANY_NOUN):
        return None
    place_starts = {p.start for p in ctx.places}
    while i < len(starts) and starts[i] < end:
        tok_start, tok_end = starts[i], ends[i]
        form = norms[i] or ctx.norm_of(tok_start, tok_end)
        i += 1
        noun = _noun_of(form)
        if noun is None and _noun_of(form, _BASE_NOUN) and i < len(starts):
            # "داخل القاعدة الجوية": a base, only with its adjective ("في القاعدة" alone is
            # as often al-Qaeda)
            if (norms[i] or ctx.norm_of(starts[i], ends[i])) in _BASE_ADJECTIVES:
                noun = _BASE_NOUN[0]
        if noun is None:
            continue
        glued = form.startswith(_GLUED)
        before = ctx.words_before(tok_start, 2)
        if not glued and not (before and before[-1] in _PREPOSITIONS) and not (
            _demonstrative(before)
        ):
            continue
        # "في مدينة حلب" is named where it stands; only a bare noun refers back
        nxt = i
        while nxt < len(starts) and not (norms[nxt] or "")[:1].isalpha():
            nxt += 1
        if nxt < len(starts) and starts[nxt] in place_starts:
            continue
        floor_sent = max(ctx.sentence_index(sent.start) - _LOOKBACK_SENTENCES, 0)
        floor = ctx.sentences[floor_sent].start
        for p in reversed(ctx.places):
            if p.start >= tok_start:
                continue
            if p.start < floor:
                break
            if _named_with(ctx, p, noun):
                return p
    return None


# an area named again by its kind right after a place ("موقع ملحان بالمديرية ذاتها", "قرية
# الجنادية بالمحافظة"), on normalised text: the place lies in that area
_SAME_AREA_AFTER = regex.compile(
    r"^\s*[،,]?\s*(?:[وف]?ب|[وف]?في\s+)ال(مديريه|محافظه|ناحيه|قضاء)"
    r"(?:\s+(?:ذاتها|نفسها|ذاته|نفسه))?(?!\p{L})"
)


def area_named_after(ctx: DocContext, p: Span) -> Span | None:
    """The district or province a place is said to lie in by its kind alone, right after it
    ("ملحان بالمديرية ذاتها": the district last named with "مديرية"), if the article named one
    in the sentences before."""
    sent = ctx.sentence(p.start)
    tail = ctx.norm_of(p.end, min(sent.end, p.end + 40))
    match = _SAME_AREA_AFTER.match(tail)
    if match is None:
        return None
    noun = match.group(1)
    floor_sent = max(ctx.sentence_index(sent.start) - _LOOKBACK_SENTENCES, 0)
    floor = ctx.sentences[floor_sent].start
    for q in reversed(ctx.places):
        if q.start >= p.start:
            continue
        if q.start < floor:
            break
        if _named_with(ctx, q, noun):
            return q
    return None
