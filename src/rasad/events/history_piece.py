"""A history piece: an essay, a biography, a feature or a series that tells the past.

ACLED codes the day's news, each event on its day. A piece that names three or more different
years each at least ten years before its publication ("عام 1894", "في 1986", "منذ 1979")
tells history (a people's past, a leader's life, a war's story, a film's plot set in it): an
act it names with no day of its own ("وأصيب البطريرك بجروح خلال محاولة اغتياله") belongs to
that past, not to the news. An act told with its own day ("أعلنت الوزارة الجمعة مقتل …",
"نظم مئات الشباب أول أمس الثلاثاء مظاهرة") is still news, as a report with a paragraph of
background names its news by the day; such acts are not read here.
"""

from __future__ import annotations

import datetime as dt

import regex

from rasad.events.context import DocContext

# a year after a word that dates by it (normalised text): "عام 1894", "في 1986", "منذ 1979"
_YEAR_RE = regex.compile(r"(?<!\S)[وف]?(?:عام|سنه|العام|في|منذ|خلال)\s+(1[5-9]\d\d|20\d\d)(?!\d)")
_MIN_YEARS = 3  # different old years the piece names
_MIN_AGE = 10  # years before the publication year that make a year history


def history_piece(ctx: DocContext, published: dt.date) -> bool:
    """The document names ``_MIN_YEARS`` different years at least ``_MIN_AGE`` years before
    ``published``'s year (read once per document)."""
    found = ctx.memo.get("history_piece")
    if found is None:
        found = False
        if ctx.has_year():
            last = published.year - _MIN_AGE
            old = {int(y) for y in _YEAR_RE.findall(ctx.norm.text) if int(y) <= last}
            found = len(old) >= _MIN_YEARS
        ctx.memo["history_piece"] = found
    return bool(found)
