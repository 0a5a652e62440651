"""A capital abroad after "جبل" is a mountain's name, not the capital.

Yemeni, Syrian and Saudi front reports name mountains after cities: "جبل القاهرة الاستراتيجي"
in al-Jawf, "تحرير جبل القاهرة" at Harad. The index has no such mountain, so the name resolves
to the capital (its size outweighs the article's villages). A capital (PPLC) right after a
mountain head noun (cues.yaml ``mountain_heads``) is dropped when no other place of the article
lies in its country: the story is elsewhere, and the mountain is unknown to the index. "جبل
عمان" in a Jordanian story (Amman's own quarter) keeps Amman.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.resolve import Mention

_WINDOW = 24  # characters before a mention read for its head noun


def _after_mountain(m: Mention, dw: DocWords, floor: int, cues: Cues) -> bool:
    word = dw.word_before(m.start, floor, _WINDOW)
    return strip_proclitics(word, cues.mountain_heads)[1] in cues.mountain_heads


def drop_capitals_after_mountain(
    mentions: list[Mention], dw: DocWords, bounds: Sequence[tuple[int, int]], cues: Cues
) -> list[Mention]:
    """``mentions`` without the capitals abroad named after a mountain head noun."""
    if not cues.mountain_heads:
        return mentions
    suspects = {
        id(m)
        for m in mentions
        if m.chosen is not None
        and m.chosen.feature_code == "PPLC"
        and _after_mountain(m, dw, bounds[m.sentence][0], cues)
    }
    if not suspects:
        return mentions
    home = {m.chosen.country for m in mentions if m.chosen is not None and id(m) not in suspects}
    return [m for m in mentions if id(m) not in suspects or m.chosen.country in home]
