"""Whether a place is where attackers fled to ("قبل أن يلوذ المهاجمون بالفرار باتجاه مدينة
دمت", "وفر المسلحون إلى جعار"): the end of their flight, not where they struck. A flight word
(``flight_place.flight`` in resources/cues.yaml), at most :data:`FLIGHT_GAP` words, then a word
toward the place ("باتجاه", "نحو", "إلى") and an optional area word ("مدينة").

:func:`rasad.events.arguments.assign_place` leaves such a place out of the sentence's
candidates, so another town of the sentence, or of the paragraph or the story before it, is
the scene; a story that names no other place still falls back on it (its main place)."""

from __future__ import annotations

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.context import DocContext

FLIGHT_GAP = 2  # words between the flight word and the word toward the place ("المهاجمون")
_AREA_WORDS = frozenset(
    {"مدينه", "بلده", "قريه", "منطقه", "محافظه", "مديريه", "ولايه", "مخيم", "جبال", "جبل"}
)


def _lists(ctx: DocContext) -> tuple[frozenset[str], frozenset[str]]:
    found = ctx.memo.get("flight_place")
    if found is None:
        cues = ctx.lex.cues.get("flight_place") or {}
        found = ctx.memo["flight_place"] = (
            frozenset(normalize_key(str(w)) for w in cues.get("flight") or ()),
            frozenset(normalize_key(str(w)) for w in cues.get("toward") or ()),
        )
    return found  # type: ignore[return-value]


def fled_to(ctx: DocContext, p: Span) -> bool:
    """The words before ``p`` are a flight word, at most :data:`FLIGHT_GAP` words, a word
    toward it and an optional area word ("لاذوا بالفرار باتجاه مدينة")."""
    flight, toward = _lists(ctx)
    prefix, word_start = ctx.in_word_prefix(p.start)
    before = ctx.words_before(word_start, FLIGHT_GAP + 3)
    if prefix:  # "إلى" glued as "ل"? never: only a bare word or an area word leads to it
        return False
    if before and before[-1] in _AREA_WORDS:
        before = before[:-1]
    if not before or before[-1] not in toward:
        return False
    reach = before[-FLIGHT_GAP - 2 : -1]
    return any(w in flight or (w[:1] in ("و", "ف") and w[1:] in flight) for w in reach)
