"""Figures near a death word that are not the event's toll.

A death toll is often told together with how many acts brought it ("قتل عشرون شخصا في ثلاثة
تفجيرات", "مقتل 12 في 5 غارات"): the figure right before an act's noun counts the acts, never
more dead (ACLED: fatalities are deaths only). A figure "of the victims" ("قتل ثلاثة من الضحايا
على الفور") counts part of dead told as a whole elsewhere, never a rival toll; the first
figure after "في حصيلة سابقة" in its sentence is the count the report has since replaced; a
figure with the article ("الجنود الخمسة", "القائدان") names dead already known to the reader; a
figure in brackets that date an earlier year ("هجمات باريس (2015، التي راح ضحيتها 130 شخصا)")
is the toll of that past event.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.counts import is_vague, names_people, number_value
from rasad.events.lexicon import CueHit

_SINGULAR_FROM = 11  # "11 غارة": from eleven on the counted noun is singular
# acts whose noun after a figure may name the people they befell ("رهينة", "مختطف", "شهيدا")
_PEOPLE_ACTS = frozenset({"kill", "abduction", "arrest"})


def counts_acts(ctx: DocContext, num: Span) -> bool:
    """ "في ثلاثة تفجيرات", "بـ5 غارات", "عدة هجمات": the noun right after the figure is the
    plural of an act (a trigger of no killing), so the figure counts acts, not dead; a figure of
    people ("3 متظاهرين") keeps counting people even where their noun is a cue too."""
    if names_people(ctx, num):
        return False
    i = bisect_left(ctx.triggers, num.end, key=lambda t: t.start)  # triggers are in text order
    if i < len(ctx.triggers):
        t = ctx.triggers[i]
        word = ctx.norm_of(t.start, t.end).split()
        if ctx.tokens_between(num.end, t.start) != 0 or not word:
            return False
        # "ثلاثة تفجيرات", "5 غارات": the feminine plural of acts, "300 قذيفة": the singular
        # Arabic counts from eleven on (not "52 شهيدا", "115 مختطف", "20 رهينة", "4
        # انتحاريين": the killed, the taken, the attackers are people)
        if t.sets & _PEOPLE_ACTS:
            return False
        n = number_value(ctx, num)
        return word[0].endswith("ات") or (
            n is not None and n >= _SINGULAR_FROM and word[0].endswith(("ه", "ة"))
        )
    return False


# the dead as a whole, after "من" ("ثلاثة من الضحايا", "اثنان من القتلى"; normalised forms)
_THE_DEAD = frozenset({"الضحايا", "القتلي"})


def part_of_the_dead(ctx: DocContext, num: Span) -> bool:
    """ "وقتل ثلاثة من الضحايا على الفور، بينما توفي رابع في المستشفى": the figure counts some
    of the victims, a part of the toll; the toll itself is told elsewhere."""
    after = ctx.words_after(num.end, 2, ctx.sentence(num.start).end)
    return len(after) == 2 and after[0] == "من" and after[1] in _THE_DEAD


_EARLIER_REACH = 10  # "وفي حصيلة سابقة، كانت الشرطة تحدثت عن وجود ثلاثة قتلى": the words between


def told_as_earlier(ctx: DocContext, num: Span, floor: int) -> bool:
    """ "وفي حصيلة سابقة، كانت الشرطة تحدثت عن وجود ثلاثة قتلى": the first figure after words
    of an earlier toll in its sentence is that earlier count, even when a clause of who said it
    stands between."""
    lo = max(floor, ctx.sentence(num.start).start)
    cue = ctx.cue_before(num.start, "superseded_toll", _EARLIER_REACH, lo)
    if cue is None:
        return False
    i = bisect_left(ctx.numbers, cue.end, key=lambda o: o.start)
    return i < len(ctx.numbers) and ctx.numbers[i].start == num.start


def definite(ctx: DocContext, num: Span) -> bool:
    """ "الجنود الخمسة", "القائدان": a figure with the article refers back to people already
    known, often some of a toll told before; it is no count of its own to rival one."""
    if is_vague(num):
        return False  # "مقتل العشرات", "قتل الآلاف": a vague quantity takes the article too
    return ctx.in_word_prefix(num.start)[0].endswith("ال")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def in_dated_aside(ctx: DocContext, num: Span | CueHit) -> bool:
    """ "هجمات باريس (2015، التي راح ضحيتها 130 شخصا)": the figure (or death word) stands in
    brackets that name an earlier year before it, an aside on a past event the article only
    recalls."""
    published = ctx.doc.meta.published if ctx.doc.meta else None
    if published is None:
        return False
    text = ctx.doc.text
    sent = ctx.sentence(num.start)
    opened = text.rfind("(", sent.start, num.start)
    if opened < 0 or ")" in text[opened : num.start]:
        return _in_dated_relative(ctx, num, published.year)
    return any(int(y) < published.year for y in _YEAR.findall(text[opened : num.start]))


# a relative clause told of a noun before it ("هجمات باريس التي راح ضحيتها 130 شخصا عام 2015")
_RELATIVE = re.compile(r"(?<!\S)(?:التي|الذي|اللذين|اللتين|الذين|اللواتي|اللاتي)(?!\S)")
_CLAUSE_END = re.compile(r"[،,;:.()\n]")


def _in_dated_relative(ctx: DocContext, num: Span | CueHit, year: int) -> bool:
    """The figure (with its death word) stands in a relative clause, no comma between, that
    names a year before the one of publication: the clause recalls a past event ("هجمات
    باريس التي راح ضحيتها 130 شخصا عام 2015"), its dead are not today's."""
    text = ctx.doc.text
    sent = ctx.sentence(num.start)
    before = list(_RELATIVE.finditer(text, sent.start, num.start))
    if not before:
        return False
    rel = before[-1].end()
    if _CLAUSE_END.search(text, rel, num.start):
        return False
    if isinstance(num, Span) and not ctx.cues_in(rel, num.start, "death_words"):
        # "مسلحون من الجماعة التي تأسست عام 2009 سبعة قرويين": the count is the object of a
        # death verb before the clause, not the toll the clause tells of
        return False
    close = _CLAUSE_END.search(text, num.end, sent.end)
    clause = text[rel : close.start() if close else sent.end]
    return any(int(y) < year for y in _YEAR.findall(clause))
