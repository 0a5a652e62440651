"""The town a wire story was filed from, told with its country before the agency ("عدن
(اليمن) (ا ف ب) -", "الخرطوم (السودان) (ا ف ب) -"). The events context keeps its places
(unlike a "دبي (CNN)--" dateline, such a town is often where the story happened), but in the
lead's own sentence a place the sentence itself tells is the scene: "الخرطوم (السودان) (ا ف
ب) - دارت معارك … في دارفور" happened in Darfur, not in Khartoum."""

from __future__ import annotations

import regex

from rasad.events.context import DocContext

# a town, its country in brackets, the agency in brackets, then a dash or a colon
_WIRE_DATELINE = regex.compile(r"^\s*[^\n()]{2,80}?\([^()\n]{1,40}\)\s*\([^()\n]{1,25}\)\s*[-–—:]+")
_HEAD = 200  # a dateline stands in the first characters


def filed_from_end(ctx: DocContext) -> int:
    """Where such a dateline ends, 0 without one (read once per document)."""
    found = ctx.memo.get("filed_from_end")
    if found is None:
        text = ctx.doc.text
        m = _WIRE_DATELINE.match(text[:_HEAD]) if "(" in text[:_HEAD] else None
        found = ctx.memo["filed_from_end"] = m.end() if m else 0
    return int(found)
