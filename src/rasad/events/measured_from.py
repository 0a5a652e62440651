"""Whether a place is the point a distance is measured from ("على بعد 25 كيلومترا شمال غرب
العاصمة السورية (دمشق)", "على بعد 20 كلم إلى الشمال من مدينة دمشق"): it tells where the
scene lies, not where anything happened, and the town told before it is the scene.

:func:`rasad.events.location.usable` already sets apart a place at most two words after a
distance word ("على بعد 70 كلم شمالي مقديشو"); this reads further, as long as every word
between says only which way or what kind of place follows: a direction, a link ("إلى",
"من", "عن"), an administrative word or "العاصمة", a nisba ("السورية"). Any other word
("كلم من الحدود حيث هاجم المسلحون قرية …") ends the reading.

A direction opened in brackets after a town ("مدينة مأرب (شرق صنعاء)") measures the same
way: :func:`direction_aside` lets :func:`rasad.events.location.containment` read it as the
bare "مأرب شرق صنعاء" (a reference point, or a container that holds the town)."""

from __future__ import annotations

import regex

from rasad.document import Span
from rasad.events.context import DocContext

MEASURE_REACH = 6  # words between a distance word and the place it is measured from
# on normalised text ("إلى" → "الي", "العاصمة" → "العاصمه")
_WAY = regex.compile(r"^(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|ا)?$")
_LINKS = frozenset({"الي", "من", "عن", "نحو"})
_KINDS = frozenset(
    {
        "مدينه",
        "محافظه",
        "مديريه",
        "بلده",
        "قريه",
        "ولايه",
        "منطقه",
        "ناحيه",
        "قضاء",
        "اقليم",
        "عاصمه",
    }
)
_NISBA = regex.compile(r"^ال\p{L}{2,}يه$")  # "السوريه", "اليمنيه"
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _says_only_where(word: str) -> bool:
    bare = word.removeprefix("ال")
    return bool(_WAY.match(word) or word in _LINKS or bare in _KINDS or _NISBA.match(word))


def measured_from(ctx: DocContext, p: Span, floor: int) -> bool:
    """A distance word stands before ``p`` in its sentence (after ``floor``) with only words
    of direction, link, kind or nisba between them."""
    word_start = ctx.in_word_prefix(p.start)[1]
    h = ctx.cue_before(word_start, "distance_words", MEASURE_REACH, floor)
    if h is None:
        return False
    between = _WORD.findall(ctx.norm_of(h.end, word_start))  # (brackets and quotes skipped)
    return all(_says_only_where(w) for w in between)


# an opening bracket and a direction after a town, on normalised text: " (شرق ", " (الي الشمال من "
_BRACKETED_WAY = regex.compile(r"^\s*\((?=\s*(?:الي\s+)?(?:ال)?(?:جنوب|شمال|شرق|غرب))")


def direction_aside(gap: str) -> str:
    """``gap`` (the normalised text between a town and the next place) without the opening
    bracket of a direction aside ("مارب (شرق صنعاء)"); any other gap as it is."""
    found = _BRACKETED_WAY.match(gap)
    return gap if found is None else " " + gap[found.end() :]
