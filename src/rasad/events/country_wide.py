"""An act told across a whole country ("سقوط 125 قتيلا في المواجهات … في مختلف أنحاء سوريا",
"أعمال عنف شهدتها عدة محافظات مصرية", "في مختلف أنحاء البلاد"): a sum over many scenes, with
no place of its own. ACLED codes each town's act apart and no event "across the country", so
such a mention is set at the country and told apart from the towns the article names (it is
not their account: its dead are a nationwide tally, not a town's), and, placed at nothing
finer than a country, it is too vague to keep. Read by
:func:`rasad.events.arguments.assign_place`, :func:`rasad.events.merge_scene.place_ok` and
the record's confidence; the phrases are ``country_wide`` in resources/cues.yaml."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from rasad.document import Place, Span
from rasad.events.context import DocContext
from rasad.events.country_part import _country_place
from rasad.events.location import article_country, is_country, local_country

# what may stand between a spread phrase and the country it spreads over: "أنحاء متفرقة من"
_LINK = regex.compile(r"\s+(?:(?:من|في)\s+)?")
# a nisba after the spread phrase names the country: "عدة محافظات مصرية", "مختلف المدن السورية"
_NISBA = regex.compile(r"(?:ال)?\p{L}{3,}ي[ةه](?!\p{L})")


def _pattern(phrases: Sequence[str]) -> regex.Pattern[str]:
    """The phrases as one pattern: any alef spelling, any run of spaces, whole words."""
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = [regex.sub("[اأإآ]", "[اأإآ]", regex.escape(w)) for w in p.split()]
        alts.append(r"\s+".join(words))
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(alts) + r")(?!\p{L})")


# the compiled patterns of a lexicon's phrase lists, kept with the lists they were made from
# (compiled once per process, not once per document)
_COMPILED: dict[int, tuple[object, tuple[regex.Pattern[str], ...]]] = {}


def _patterns(ctx: DocContext) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    cues = ctx.lex.cues.get("country_wide") or {}
    kept = _COMPILED.get(id(cues))
    if kept is None or kept[0] is not cues:
        spread, whole = cues.get("spread") or (), cues.get("country_words") or ()
        kept = _COMPILED[id(cues)] = (
            cues,
            (_pattern(spread), _pattern(whole)) if spread and whole else (),
        )
    return kept[1] or None  # type: ignore[return-value]


def spread_over(ctx: DocContext, country: Span) -> bool:
    """A spread phrase stands just before the country's name ("في مختلف أنحاء سوريا")."""
    pats = _patterns(ctx)
    if pats is None:
        return False
    head = ctx.doc.text[max(0, country.start - 40) : country.start]
    return any(_LINK.fullmatch(head, m.end()) for m in pats[0].finditer(head))


def told_country_wide(
    ctx: DocContext, lo: int, hi: int, frames: Sequence[tuple[int, int]] = ()
) -> bool:
    """The text ``lo``…``hi`` tells an act spread over the country: a spread phrase then
    "البلاد"/"المملكة" or a nisba ("في مختلف أنحاء البلاد", "عدة محافظات مصرية"), outside
    the speech frames ``frames``."""
    pats = _patterns(ctx)
    if pats is None:
        return False
    text = ctx.doc.text
    for m in pats[0].finditer(text, lo, hi):
        if any(a <= m.start() < b for a, b in frames):
            continue
        link = _LINK.match(text, m.end(), hi)
        if link and (pats[1].match(text, link.end(), hi) or _NISBA.match(text, link.end(), hi)):
            return True
    return False


def country_wide_scene(
    ctx: DocContext,
    m: Any,
    best: Span | None,
    frames: Sequence[tuple[int, int]],
    country: str | None,
) -> Place | None:
    """The country the act of mention ``m`` is told spread over, or None. ``best``: the place
    its sentence gives it (a country a spread phrase stands before: "في مختلف أنحاء سوريا");
    None when the sentence names no usable place ("في مختلف أنحاء البلاد"): then ``country``
    (the act's or the article's) when the phrase is the act's own (no other act is told
    between them)."""
    if best is not None:
        return best.value if is_country(best.value) and spread_over(ctx, best) else None
    if country is None:
        return None
    lo, hi = _own_stretch(ctx, m.trigger, m.sent)
    return _country_place(country) if told_country_wide(ctx, lo, hi, frames) else None


def _own_stretch(ctx: DocContext, trig: Any, sent: Span) -> tuple[int, int]:
    """The part of the sentence between the acts told before and after ``trig``."""
    others = [t for t in ctx.triggers if sent.start <= t.start < sent.end and t.start != trig.start]
    lo = max((t.end for t in others if t.end <= trig.start), default=sent.start)
    hi = min((t.start for t in others if t.start >= trig.end), default=sent.end)
    return lo, hi


def spread_before_other_act(
    ctx: DocContext, m: Any, best: Span | None, places: Sequence[Span]
) -> Span | None:
    """The country the act's own stretch of the sentence tells it spread over ("بسقوط 141
    قتيلا في المواجهات … في مختلف أنحاء سوريا الأربعاء، وأشارت إلى … إسقاط طائرة … في إدلب")
    when the place chosen for it lies past another act of the sentence: that town is the
    other act's scene, and the act is a nationwide tally. None otherwise."""
    if best is None or is_country(best.value):
        return None
    lo, hi = _own_stretch(ctx, m.trigger, m.sent)
    if lo <= best.start < hi:
        return None  # "اشتباكات في مختلف أنحاء سوريا أعنفها في حلب": its own clause's town
    return next(
        (p for p in places if lo <= p.start < hi and is_country(p.value) and spread_over(ctx, p)),
        None,
    )


def spread_past_scene(
    ctx: DocContext, m: Any, best: Span | None, frames: Sequence[tuple[int, int]]
) -> Place | None:
    """The country (the act's local actors', else the article's) when the act's own clause
    tells it spread over the whole country ("… داخل مسجد وسط دمشق، كما يأتي متزامنا مع
    اندلاع المعارك العنيفة في جميع أنحاء البلاد") and the town chosen for it is told after
    another act, outside this one's clause: it is that act's scene, this act a nationwide
    one. A town in the same clause ("تظاهر الآلاف في القاهرة وفي مختلف أنحاء البلاد") or
    after no other act ("تجددت الاحتجاجات في عدد من المحافظات الأردنية، وفي عمان") stays
    its scene."""
    if best is None or is_country(best.value):
        return None
    lo, hi = ctx.clause_bounds(m.trigger.start)
    if lo <= best.start < hi or not told_country_wide(ctx, lo, hi, frames):
        return None
    # another act told before the town, on its side of the act's clause: the town is its object
    a = m.sent.start if best.start < lo else hi
    if not any(a <= t.start < best.start for t in ctx.triggers if t.start != m.trigger.start):
        return None
    country = local_country(m, ctx) or article_country(ctx)
    return _country_place(country) if country else None
