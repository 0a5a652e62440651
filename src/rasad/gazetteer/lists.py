"""Lists of places ("حديثة وهيت والبغدادي غرب الأنبار"): support shared by their members.

A name that needs support (a common word such as "حديثة", "recent"; a surname such as
"البغدادي"; a town after the weak preposition "على") is rarely a place on its own, but in a
list with places of one area it is one of them: a writer lists towns of one governorate, and
the qualifier after the last name ("غرب الأنبار") locates them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, is_list_gap
from rasad.gazetteer.index import Entry
from rasad.gazetteer.resolve import NEAR_KM, Mention, near

_COUNTRY_CODES = frozenset({"PCLI", "PCLD"})
# Every character whose normalised form opens with "و", "،" or "," (checked by a test over
# the whole BMP). Normalisation maps or deletes single characters, so a gap holding none of them
# has no word that joins a list, and its words need not be read.
JOINERS = frozenset("\u0648\u0624\u060c,\u066c")


def list_groups(mentions: Sequence[Mention], dw: DocWords, cues: Cues) -> dict[int, list[Mention]]:
    """id(mention) → the members of its list (itself included), for mentions in a list of two
    or more names joined by "و" or "،" in one sentence."""
    groups: dict[int, list[Mention]] = {}
    current: list[Mention] = []
    for prev, m in pairwise(mentions):
        if prev.sentence != m.sentence:
            joined = False
        else:
            ws = dw.word_start(m.start, prev.end)
            gap = dw.text[prev.end : ws]
            prefix = m.extra.get("prefix", "")
            # is_list_gap rejects a gap of over 20 characters or with no joining word (and no
            # glued "و"): tested here first, as most neighbours are not joined and collecting
            # a gap's words is the cost
            joined = (
                prev.end <= ws
                and len(gap) <= 20
                and (prefix.startswith("و") or not JOINERS.isdisjoint(gap))
                and is_list_gap(gap, cues, prefix=prefix, gap_words=dw.words(prev.end, ws))
            )
        if joined:
            if not current:
                current = [prev]
            current.append(m)
            continue
        if current:  # most mentions are in no list: no call for them
            _close(current, groups)
            current = []
    _close(current, groups)
    return groups


def _close(members: list[Mention], groups: dict[int, list[Mention]]) -> None:
    if len(members) > 1:
        for m in members:
            groups[id(m)] = members


def list_anchors(members: Sequence[Mention]) -> list[Entry]:
    """The places a list is known to lie in: its members that stand on their own, and the
    qualifiers of its members ("... وحديثة غرب الأنبار")."""
    out = []
    for m in members:
        if m.chosen is not None and "pending" not in m.extra and "weak" not in m.extra:
            out.append(m.chosen)
        q = m.qualifier
        if q is not None and q.chosen is not None and "pending" not in q.extra:
            out.append(q.chosen)
    return [e for e in out if e.feature_code not in _COUNTRY_CODES]


def agrees_with_list(m: Mention, members: Sequence[Mention]) -> bool:
    """Whether the mention's place lies in the area of its list's other places."""
    e = m.chosen
    if e is None:
        return False
    for a in list_anchors([o for o in members if o is not m]):
        if a is e:
            continue
        if (a.admin1 and (a.country, a.admin1) == (e.country, e.admin1)) or near(a, e, NEAR_KM):
            return True
    return False
