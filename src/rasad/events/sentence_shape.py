"""The shape of a sentence a trigger is read in: a byline or credit, a site's tag line, a linked
gallery's title, an entry of a "this day in history" list, a question, or an opinion piece's
argument. Read once per sentence for the status checks (events/status.py)."""

from __future__ import annotations

from typing import cast

import regex

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.opinion import opinion_piece
from rasad.events.press_review import press_review


def _credit_line(ctx: DocContext, sent: Span) -> bool:
    """A credit ("إعداد …") in the sentence. Normalised, "إعداد" (prepared by) and "أعداد"
    (numbers: "تظاهروا بأعداد كبيرة") are one word: spelt with hamza above, or followed by an
    amount ("كبيرة", "من"), it is a number of people, and the sentence is still a report."""
    if not ctx.has_cue(sent.start, sent.end, "byline"):
        return False
    text = ctx.doc.text
    amounts = word_keys(ctx, "amount_after_numbers")
    for h in ctx.cues_in(sent.start, sent.end, "byline"):
        if text[h.start] == "أ":
            continue
        after = text[h.end : h.end + 20].split()
        if ctx.norm_of(h.start, h.end) == "اعداد" and after and normalize_key(after[0]) in amounts:
            continue
        return True
    return False


def _tag_line(ctx: DocContext, sent: Span) -> bool:
    """The sentence opens with a tag-list head ("سمات اشتباكات الجنوب صنعاء"): the site's
    keyword footer, whose words name topics, not an act told."""
    hits = ctx.cues_in(sent.start, sent.end, "tag_line_heads")
    return any(ctx.tokens_between(sent.start, h.start) == 0 for h in hits)


# the marks a link's title ends with; the line is stripped, so "ends with" needs no pattern
# (a search for "(?:…)\s*$" tried every position of a long line)
_LINK_MARKS = ("بالصور", "بالفيديو", "(صور)", "(فيديو)", "(شاهد)")
_LINK_WORDS = 15


def _link_title(ctx: DocContext, sent: Span) -> bool:
    """A short line of its own ending with "بالصور" or "بالفيديو" ("المظاهرات في تونس...
    بالصور"): the title of a gallery or a video the page links to, not a report of its own."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return line.endswith(_LINK_MARKS) and len(line.split()) <= _LINK_WORDS


# a line opening with a year and a dash or a colon: "1951 - اغتيال العاهل الأردني …", an entry
# of a "this day in history" list (years 15xx–20xx; 14xx is a Hijri year of a dateline)
_ALMANAC_RE = regex.compile(r"\s*[-–*•]?\s*((?:1[5-9]|20)\d\d)\s*[-–:]")


def _almanac_entry(ctx: DocContext, sent: Span) -> bool:
    """The sentence is an entry of a "this day in history" list: a line or a sentence opening
    with a year before the publication year ("1965 - الرئيس المصري يأمر باعتقال الصحافي …").
    The act is history, told on its anniversary, not news of the day."""
    published = ctx.doc.meta.published
    if published is None:
        return False
    text = ctx.doc.text
    # the entry opens its line, or its sentence when a list runs on one line, or follows the
    # colon of the list's heading ("… على النحو التالي : 1923 - عرض … . 1965 - الرئيس …")
    colon = text.find(":", sent.start, sent.end)
    starts = [text.rfind("\n", 0, sent.start) + 1, sent.start]
    if colon >= 0:
        starts.append(colon + 1)
    for start in starts:
        m = _ALMANAC_RE.match(text, start, sent.end)
        if m is not None and int(m.group(1)) < published.year:
            return True
    return False


def sentence_shape(ctx: DocContext, sent: Span) -> str:
    """ "byline" or "question" when the sentence is one, else "": read once per sentence (every
    trigger of it, under each of its entries, asks; the cues do not change while they do)."""
    shapes = cast("dict[tuple[int, int], str] | None", ctx.memo.get("sentence_shapes"))
    if shapes is None:  # (not setdefault: it would make a dict for every trigger asking)
        shapes = ctx.memo["sentence_shapes"] = {}
    key = (sent.start, sent.end)
    found = shapes.get(key)
    if found is None:
        if opinion_piece(ctx):
            found = "opinion"  # a column or an essay: the acts it names are its argument
        elif press_review(ctx):
            found = "statement"  # "تناولت الصحف …": the acts are other papers' topics
        elif (
            _credit_line(ctx, sent)
            or _tag_line(ctx, sent)
            or _link_title(ctx, sent)
        ):
            found = "byline"
        elif _almanac_entry(ctx, sent):
            found = "history"  # "1951 - اغتيال العاهل الأردني": an anniversary list's entry
        elif ctx.doc.text[sent.start : sent.end].rstrip().endswith(("؟", "?")) or (
            ctx.norm_of(sent.start, min(sent.end, sent.start + 4)) == "هل"
        ):
            found = "question"
        else:
            found = ""
        shapes[key] = found
    return found


def word_keys(ctx: DocContext, name: str) -> frozenset[str]:
    """The normalised words of the cue list ``name`` in the lexicon's cues, made once per
    lexicon (they were made again for every trigger that asked)."""
    lex = ctx.lex
    found = _WORD_KEYS.get((id(lex), name))
    if found is None or found[0] is not lex:
        found = (lex, frozenset(normalize_key(w) for w in lex.cues.get(name) or ()))
        _WORD_KEYS[(id(lex), name)] = found
    return found[1]


# (lexicon id, list name) → (the lexicon, held so its id stays its own; the words)
_WORD_KEYS: dict[tuple[int, str], tuple[object, frozenset[str]]] = {}
