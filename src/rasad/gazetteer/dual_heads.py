"""A dual place noun heads two names: "محافظتي حلب وإدلب", "مدينتا الرقة ودير الزور".

The dual ("محافظتي", genitive, or "محافظتا", nominative: cues.yaml ``dual_nouns``) stands
before the first name only, yet it says what both are: the name after the "و" is a
governorate, a town or a district just as the first. Without the noun the second name would
resolve on its own, to the better-known seat ("إدلب" the city, not the governorate) or, if it
is also a common word, be dropped.
"""

from __future__ import annotations

from itertools import pairwise

from rasad.gazetteer.cues import Cues
from rasad.gazetteer.resolve import Mention

_QUOTES = " \"'«»“”"


def _joined(first: Mention, text: str, start: int) -> bool:
    """Only "و" (and quote marks) between ``first`` and the name at ``start``."""
    return "".join(ch for ch in text[first.end : start] if ch not in _QUOTES) == "و"


def dual_noun(mentions: list[Mention], text: str, start: int, cues: Cues) -> str:
    """The dual noun the name at ``start`` takes from the name right before it (the last of
    ``mentions``), when a dual noun heads that name and only "و" stands between them; ""
    otherwise. Only the second name takes it: a dual names two places. (The stage lets the
    dual vouch for a second name that is also a common word, "محافظتا تعز وإب", when the first
    is a place in its own right.)"""
    if not mentions:
        return ""
    previous = mentions[-1]
    if previous.noun not in cues.dual_nouns or (
        len(mentions) > 1 and is_second(mentions[-2], previous, text)
    ):
        return ""
    return previous.noun if _joined(previous, text, start) else ""


def is_second(previous: Mention, m: Mention, text: str) -> bool:
    """``m`` is the second name of the dual that heads ``previous``."""
    return bool(m.noun) and previous.noun == m.noun and _joined(previous, text, m.start)


def share_coarse_role(mentions: list[Mention], text: str) -> None:
    """Two governorates under one dual that the sentence's finer place makes no scene go
    together: "قصف منطقة الضباب ... لمحافظتي تعز وإب" happened at al-Dabab, in Taiz; Ibb,
    named with Taiz, is no more the scene than Taiz is. Run after the roles are set."""
    for prev, m in pairwise(mentions):
        if (
            prev.extra.get("role") == "other"
            and m.extra.get("role") == "event_location"
            and prev.chosen is not None
            and m.chosen is not None
            and prev.chosen.geo_precision >= 3
            and m.chosen.geo_precision >= 3
            and is_second(prev, m, text)
        ):
            m.extra["role"] = "other"
