"""Death words inside a phrase of mixed fates: "سقط 40 بين قتيل وجريح", "أوقعت أفرادها بين قتيل
ومصاب".

The singular "قتيل" there names no one dead man: "بين قتيل وجريح" sorts a crowd (or a count
that rasad already keeps from the dead, cues.yaml mixed_casualties) into the killed and the
wounded without saying how many died. The deaths are reported without a number, so ACLED's
convention (3 for a limited attack, 10 for a significant one) holds, never one dead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

_REACH = 16  # characters: "ما بين " before "قتيل", " وجريح" after it


def in_mixed_fates(ctx: DocContext, h: CueHit) -> bool:
    """The death word ``h`` lies inside a phrase of mixed fates ("بين قتيل وجريح")."""
    return any(
        m.start <= h.start and h.end <= m.end
        # the phrase may begin a few words before the death word ("ما بين") and end after it
        for m in ctx.cues_in(max(0, h.start - _REACH), h.end + _REACH, "mixed_casualties")
    )
