"""Cue words inside names: an outlet's title ('قناة "المسيرة"', "شعبة الإعلام الحربي") or an
air base's name ("قاعدة الطبقة الجوية") borrows words that would otherwise tell the act.

Split from :mod:`.context`: :func:`rasad.events.context.build_context` calls the two
``drop_*`` functions once per document, after the cue scan and the sources."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from rasad.arabic.normalize import normalize_key
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.context import DocContext

# a news outlet's own title, quoted after the word for its kind ('قناة "المسيرة"', "صحيفة
# «الثورة»", "موقع «الدرر الشامية»"): a name (at most this many characters), not the act
_OUTLET_TITLE = regex.compile(
    r"(?<![\p{L}\p{M}])[وفبل]{0,2}(?:ال)?(?:قنا[ةه]|فضائي[ةه]|صحيف[ةه]|جريد[ةه]|مجل[ةه]|موقع|وكال[ةه]|"
    r"إذاع[ةه]|شبك[ةه]|تلفزيون)\s*[\"«“]([^\"«»“”\n]{1,40})[\"»”]"
)
# the quote marks that open a title and the words for an outlet's kind, as _OUTLET_TITLE spells
# them: a match ends its kind word right before blanks and one of these marks
_TITLE_OPENERS = ('"', "«", "“")
_OUTLET_KIND_WORDS = frozenset(
    w + end for w in ("قنا", "فضائي", "صحيف", "جريد", "مجل", "وكال", "إذاع", "شبك") for end in "ةه"
) | {"موقع", "تلفزيون"}
_KIND_LENGTHS = sorted({len(w) for w in _OUTLET_KIND_WORDS})
_MAX_PROCLITICS = 4  # "[وفبل]{0,2}(?:ال)?" before the kind word


def outlet_titles(text: str) -> list[tuple[int, int]]:
    """The spans of group 1 of ``_OUTLET_TITLE.finditer(text)``, the same matches in the same
    order: the pattern is tried only before the kind words that stand right before an opening
    quote (each quote found by str.find), not at every position of the text (a whole article;
    the engine is slow to fail at each). A match starts at most _MAX_PROCLITICS characters
    before its kind word; each start from there is tried in order, as finditer would."""
    quotes: list[int] = []
    find = text.find
    for mark in _TITLE_OPENERS:
        at = find(mark)
        while at >= 0:
            quotes.append(at)
            at = find(mark, at + 1)
    if not quotes:
        return []
    quotes.sort()
    spans: list[tuple[int, int]] = []
    last = 0  # where finditer goes on after the last match
    match = _OUTLET_TITLE.match
    for q in quotes:
        j = q
        while j > 0 and text[j - 1].isspace():  # a superset of the pattern's \s
            j -= 1
        for n in _KIND_LENGTHS:
            if text[j - n : j] in _OUTLET_KIND_WORDS:
                k = j - n
                break
        else:
            continue
        for p in range(max(last, k - _MAX_PROCLITICS), k + 1):
            m = match(text, p)
            if m is not None:
                spans.append(m.span(1))
                last = m.end()
                break
    return spans


# the kinds of source that are outlets: their names are titles, whatever words they borrow
# ("قناة المسيرة": a march, and a drone; "شعبة الإعلام الحربي": a warplane)
_OUTLET_KINDS = frozenset({"media", "group"})


def drop_cues_in_outlet_names(ctx: DocContext) -> None:
    """Cue words inside an outlet's name are no words of the act the sentence reports:
    "أعلنت قناة المسيرة قصف …" tells a shelling, not a drone strike."""
    if not ctx.cues:
        return
    names = [
        (s.start, s.end) for s in ctx.sources if getattr(s.value, "kind", None) in _OUTLET_KINDS
    ]
    names += outlet_titles(ctx.doc.text)
    if not names:
        return
    # the hits inside a name, found by bisection from each name's start (the cues are in text
    # order; an article names a few outlets among hundreds of cue hits)
    cues, starts = ctx.cues, ctx.cue_starts
    inside: set[int] = set()
    for a, b in names:
        for i in range(bisect_left(starts, a), bisect_left(starts, b)):
            h = cues[i]
            if h.end <= b and "source" not in h.sets:
                inside.add(i)
    if inside:
        kept = [h for i, h in enumerate(cues) if i not in inside]
        ctx.cues, ctx.cue_starts = kept, [h.start for h in kept]
        ctx._by_set.clear()  # built from the old list, if read already


_AIR_BASE_WORDS = 2  # "قاعدة الطبقة الجوية", "قاعدة الملك خالد الجوية": the base's name between
# the air adjectives a base or an air force building takes in its name
_AIR_ADJECTIVES = frozenset(normalize_key(w) for w in ("جوي", "جوية", "الجوي", "الجوية"))


def drop_air_in_names(ctx: DocContext) -> None:
    """An air word inside the name of an air base or an air force building ("قصفت الفصائل
    قاعدة الطبقة الجوية بالهاون", "قصفوا مستودعات القوة الجوية") tells no aircraft: it stops
    counting as an air word (its other sets stay)."""
    drop_set_where(ctx, "air", _AIR_ADJECTIVES, _air_in_name)


def drop_set_where(
    ctx: DocContext, name: str, keys: frozenset[str], told: Callable[[DocContext, CueHit], bool]
) -> None:
    """The cue hits of ``keys`` in set ``name`` for which ``told(ctx, hit)`` holds stop
    counting in that set (their other sets stay)."""
    changed = False
    kept: list[CueHit] = []
    for h in ctx.cues:
        if name in h.sets and h.key in keys and told(ctx, h):
            h = CueHit(h.start, h.end, h.key, h.sets - {name})
            changed = True
        kept.append(h)
    if changed:
        ctx.cues = kept
        ctx._by_set.clear()  # built from the old list, if read already


def _air_in_name(ctx: DocContext, h: CueHit) -> bool:
    word_start = ctx.in_word_prefix(h.start)[1]
    floor = ctx.sentence(h.start).start
    return ctx.cue_before(word_start, "air_base_heads", _AIR_BASE_WORDS, floor) is not None
