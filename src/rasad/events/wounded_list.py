"""A count told in a list of wounded: the people it counts were hurt, not killed.

"مقتل جندي وإصابة ضابط و3 مدنيين": the injury word governs the whole list joined after it, so
the 3 civilians are wounded even though no injury word stands right next to the number (ACLED
counts deaths only). A death word between the injury word and the number starts a new list
("إصابة ضابط ومقتل 3 مدنيين"), and one right after the number names its fate ("وإصابة ضابط
و3 قتلى"): those count the dead.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# words from the injury word to the number: the wounded noun, an adjective or two and "و"
_LIST_REACH = 6
# words after the number in which a death word names the counted people's fate ("و3 قتلى")
_FATE_AFTER = 3


def in_wounded_list(ctx: DocContext, num: Span, deaths: list[CueHit], start: int) -> bool:
    """``num`` is counted in the list an injury word before it governs."""
    hurt = [h for h in ctx.cues_in(start, num.start, "injury_words") if h.end <= num.start]
    if not hurt:
        return False
    last = max(hurt, key=lambda h: h.start)
    if any(last.end <= h.start < num.start for h in deaths):
        return False  # "إصابة ضابط ومقتل 3 مدنيين": a new list, of dead
    if any(
        h.start >= num.end and ctx.tokens_between(num.end, h.start) < _FATE_AFTER for h in deaths
    ):
        return False  # "وإصابة ضابط و3 قتلى": the number's own fate word
    return ctx.tokens_between(last.end, num.start) <= _LIST_REACH
