"""An aside describing what the sentence just named ("الأقلية الهزارية، وهي مجموعة تعيش في
أفغانستان", "الحزب التركستاني، وهو فصيل ينشط في إدلب"): the places it names say where a
group lives or a town lies, never where the act took place."""

from __future__ import annotations

import re

# ", وهي/وهو/وهم" + a noun that classes the thing just named (a group, a people, a place);
# "، وهو ما أدى" (which led to) and "وهو يقود" (while driving) go on with the story instead
_ASIDE = re.compile(
    r"[،,]\s*و(?:هي|هو|هم|هما)\s+"
    r"(?:إحدى|احدى|أحد|احد|أكبر|اكبر|مجموعة|مجموعات|جماعة|فصيل|تنظيم|حركة|ميليشيا|مليشيا|"
    r"أقلية|اقلية|طائفة|قبيلة|عشيرة|قومية|مدينة|بلدة|قرية|منطقة|ناحية|محافظة|ولاية|مديرية|"
    r"دولة|عاصمة|جزء)(?!\w)[^،,؛.!?\n]*"
    # "، ولها تواجد في إيران", "، وتنتشر في …": the aside goes on telling the same thing
    r"(?:[،,]\s*و(?:لها|له|لهم|منها|منه|فيها|فيه|تنتشر|ينتشر|تعيش|يعيش|تقطن|يقطن|تعد|يعد)"
    r"(?!\w)[^،,؛.!?\n]*)*"
)


def aside_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The describing asides between ``start`` and ``end``: from their comma to the next
    comma or the sentence's end."""
    if "وه" not in text[start:end]:
        return []
    return [(start + f.start(), start + f.end()) for f in _ASIDE.finditer(text[start:end])]
