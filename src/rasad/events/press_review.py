"""A press review: an article that tells what the day's papers wrote ("تناولت الصحف البريطانية
الصادرة الخميس عددا من موضوعات الشرق الأوسط", "اهتمت الصحف اليوم بالوضع في الغوطة", "في
الصحف اليوم: …", "تصدر خبر الهجوم عناوين الصحف الخليجية").

ACLED codes events from the reports that tell them. A review names acts as the topics of other
papers' stories and columns, often days old and without place or day ("والهجوم الجوي
الإسرائيلي في سوريا" among a list of subjects); the gold standards code them from those
stories, not from the review. The article is read as one when its opening (the first
``_OPENING`` characters, a dateline included) says what the papers took up: a verb of attention
a few words before "الصحف"/"صحف" (the cue list ``press_review.verbs``), one of the review's
set phrases (``press_review.phrases``), or a story that "led the papers' headlines". A report
that cites one paper as its source ("ذكرت الصحف السعودية الصادرة الاثنين أن محكمة …") is news
told by its source, not a review: "ذكرت"/"نقلت" are no verbs of the list.
"""

from __future__ import annotations

import regex

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext

_OPENING = 300  # characters of the normalised text read for the review's opening
_PAPERS = r"(?:ال)?صحف(?!\p{L})"  # "the papers", not "الصحفي"/"صحفية" (a journalist, a press …)
# a story that led the papers' headlines ("تصدر خبر الحادث … عناوين الصحف الخليجية")
_HEADLINES_RE = regex.compile(r"(?<!\S)تصدر\S*\s+(?:\S+\s+){0,10}?عناوين\s+" + _PAPERS)
_PATTERNS: dict[int, tuple[object, regex.Pattern[str], tuple[str, ...]]] = {}


def _patterns(ctx: DocContext) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """The verbs' pattern and the normalised phrases of the lexicon's cue list (made once per
    lexicon)."""
    lex = ctx.lex
    found = _PATTERNS.get(id(lex))
    if found is None or found[0] is not lex:
        spec = lex.cues.get("press_review") or {}
        verbs = sorted({normalize_key(str(w)) for w in spec.get("verbs") or ()}, key=len)
        phrases = tuple(normalize_key(str(w)) for w in spec.get("phrases") or ())
        alt = "|".join(regex.escape(v) for v in reversed(verbs)) or "(?!)"
        verbs_re = regex.compile(rf"(?<!\S)[وف]?(?:{alt})\s+(?:\S+\s+){{0,2}}?{_PAPERS}")
        found = _PATTERNS[id(lex)] = (lex, verbs_re, phrases)
    return found[1], found[2]  # type: ignore[return-value]


def press_review(ctx: DocContext) -> bool:
    """The article opens as a press review (read once per document)."""
    found = ctx.memo.get("press_review")
    if found is None:
        opening = ctx.norm.text[:_OPENING]
        verbs_re, phrases = _patterns(ctx)
        found = bool(
            "صحف" in opening
            and (
                verbs_re.search(opening)
                or any(p in opening for p in phrases)
                or _HEADLINES_RE.search(opening)
            )
        )
        ctx.memo["press_review"] = found
    return bool(found)
