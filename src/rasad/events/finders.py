"""Who finds the dead did not kill them: "عثرت الشرطة على جثث خمسة رجال عليها آثار تعذيب".

The subject of a finding verb ("عثر", "وجد", "انتشل", "اكتشف") whose object is bodies or
remains is the police or a rescue team that came upon them; ACLED codes such a killing to an
unidentified armed group unless a doer is named. The finder is dropped as actor1 so the
unnamed perpetrator's default applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.arabic.normalize import normalize_key

if TYPE_CHECKING:
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext

_FIND_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "عثر", "عثرت", "عثروا", "وجد", "وجدت", "وجدوا", "انتشل", "انتشلت", "انتشلوا",
        "اكتشف", "اكتشفت", "اكتشفوا",
    )
)  # fmt: skip
_REMAINS = frozenset(
    normalize_key(w)
    for w in ("جثة", "جثث", "جثتي", "جثتين", "جثمان", "جثامين", "رفات", "أشلاء")
)
# "عثرت الشرطة العراقية اليوم على جثث": the subject and "على" between the verb and the bodies
_VERB_TO_REMAINS = 6


def _bare(word: str) -> str:
    """Without a joined و/ف/ال/ب/ل: "والجثث" → "جثث"."""
    for prefix in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def drop_finder(ctx: DocContext, m: Mention) -> None:
    """actor1 found the bodies the event tells of: it is no side of the killing."""
    a1 = m.actor1
    if a1 is None or a1.end > m.trigger.start:
        return
    # the find verb right before the finder (VSO) or right after it (SVO)
    before = ctx.words_before(ctx.in_word_prefix(a1.start)[1], 1)
    after = ctx.words_after(a1.end, 1, m.sent.end)
    if not ((before and before[-1] in _FIND_VERBS) or (after and after[0] in _FIND_VERBS)):
        return
    # its object is bodies, named before the trigger ("على جثث ... عليها آثار تعذيب") or
    # as the trigger itself ("على جثة")
    words = ctx.words_after(a1.end, _VERB_TO_REMAINS, m.trigger.end)
    if not any(_bare(w) in _REMAINS for w in words):
        return
    m.actor1, m.actor1_name, m.inter1 = None, None, None
