"""Armed men "allied with" a named group ("مسلحون متحالفون مع تنظيم الدولة") are its men.

"مع" after a side usually names its foe ("اشتباكات مع داعش"), but after "متحالفون" (or
"المتحالفة", "حلفاء") it names the side the men fight for, as "موالون لـ" does: the group is
the actor of the men, never the side they attack.
"""

from __future__ import annotations

import regex

from rasad.arabic.normalize import normalize_key

ALLIED = frozenset(
    normalize_key(w) for w in "متحالفون متحالفين متحالفة المتحالفون المتحالفين المتحالفة".split()
)
_WITH = regex.compile(r"[ \t\u00a0]+مع(?=[ \t\u00a0])")


def past_with(text: str, end: int) -> int | None:
    """The end of "مع" right after ``end`` (the end of an allied word), else None."""
    m = _WITH.match(text, end)
    return m.end() if m else None
