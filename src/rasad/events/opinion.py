"""Opinion and analysis pieces: a column, an essay or a memoir told in the writer's own voice.

ACLED codes events reported as news, on a day and at a place; the acts a column names ("وما
يحدث بيننا اليوم أن الانتحاري تطوع …", "لقد خطفته عصابة") are its argument or its story, and
the gold standards hold none of them. A piece is read as one when the writer speaks in the
first person or asks questions, outside quotations and the speech after a colon (a report
quotes people who say "نحن"), often enough for its length: a news report names its sources
in the third person and asks nothing.
"""

from __future__ import annotations

import regex

from rasad.events.context import DocContext

# quotations and the speech after a colon, on the normalised text (quote marks are '"' there)
_QUOTED_RE = regex.compile(r'"[^"\n]{0,600}"|:[^\n]*')
# the writer's own voice: first-person pronouns, verbs of opinion and memory, "our country"
# (whole words, normalised, with or without a leading و/ف; a set, not a pattern tried at every
# position of the text)
_FIRST_PERSON = frozenset(
    "انا نحن اننا انني لدينا علينا اعتقد نعتقد اري نري اظن نظن لنا بنا اقول نقول كنت كنا اتمني"
    " نتمني اذكر اتذكر اعرف نعرف عندي لدي بلادنا مجتمعنا امتنا وطننا".split()
)
_MIN_MARKS = 4  # first-person words and questions together
_MIN_PER_1000 = 1.0  # … per 1,000 characters: a long report may quote a few unmarked


# every word counted: a first-person word, bare or after "و" or "ف" (a set: each word once)
_COUNTED = _FIRST_PERSON | {c + w for c in "وف" for w in _FIRST_PERSON}


def first_person_words(text: str) -> int:
    """How many whole words of ``text`` (normalised) are the writer's own voice (each word
    looked up in C, no Python step per word of a whole article)."""
    return sum(map(_COUNTED.__contains__, text.split()))


_QUOTE_REACH = 600  # the most characters between two quote marks _QUOTED_RE reads as a quote


def unquoted(text: str) -> str:
    """``_QUOTED_RE.sub(" ", text)``, found from the quote marks and colons (str.find) instead
    of trying the pattern at every position of the whole text: a quote mark opens a quotation
    when the next one follows within the reach on the same line; a colon runs to the line's
    end. Matches are taken left to right, each search going on after the last, as sub does."""
    find = text.find
    pieces: list[str] = []
    kept = at = 0  # the end of the last match; where the search goes on
    quote, colon = find('"'), find(":")  # the next of each from ``at`` (-1: none left)
    while True:
        if 0 <= quote < at:
            quote = find('"', at)
        if 0 <= colon < at:
            colon = find(":", at)
        if quote < 0 and colon < 0:
            break
        if quote >= 0 and (colon < 0 or quote < colon):
            close = find('"', quote + 1, quote + _QUOTE_REACH + 2)
            if close < 0 or find("\n", quote + 1, close) >= 0:
                at = quote + 1  # no quotation opens here: a colon may still follow
                continue
            start, end = quote, close + 1
        else:
            end = find("\n", colon)
            start, end = colon, len(text) if end < 0 else end
        pieces += (text[kept:start], " ")
        kept = at = end
    if not pieces:
        return text
    pieces.append(text[kept:])
    return "".join(pieces)


def opinion_piece(ctx: DocContext) -> bool:
    """The document is a column or an essay in the writer's own voice (read once)."""
    found = ctx.memo.get("opinion_piece")
    if found is None:
        text = ctx.norm.text
        own = unquoted(text)
        marks = first_person_words(own) + own.count("؟") + own.count("?")
        found = marks >= _MIN_MARKS and marks * 1000 >= _MIN_PER_1000 * max(1, len(text))
        ctx.memo["opinion_piece"] = found
    return bool(found)
