"""A "when" clause hung on a clause dated in a past year: "وشهد اليمن اضطرابات سياسية في
أوائل عام 2011 عندما انتهت مظاهرات حاشدة ضد الرئيس علي عبد الله صالح بقتال في العاصمة".

A clause opened by "عندما"/"حين"/"حينما"/"لما" takes the time of the clause it hangs on. When
that clause, right before it, is dated by a year before the publication year ("في عام 2011",
"خلال احتجاجات 2011"), the acts the "when" clause tells happened then: background to the news,
no event of today (ACLED codes them from the reports of their own day). A year near the act
dates it already; a few names between (a president's full name) put the year out of that reach,
and the act would take the day of publication. Kept: a trigger with a day of its own or
"today" in its clause, and a "when" clause hung on a clause of today ("وقتل جنديان أمس عندما
هاجم مسلحون …").
"""

from __future__ import annotations

import regex

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import _TODAY_RE, own_date
from rasad.events.statements import _PAST_YEAR_RE

# normalised text: the last "when" word before the act ("حين" alone, not "حينها" then)
_WHEN_RE = regex.compile(r"(?<!\S)[وف]?(?:عندما|حينما|حين|لما)(?!\S)")
_WHEN_REACH = 20  # words from the "when" word to the act it tells


def past_year_when(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger stands in a "when" clause whose clause before it, in the sentence, names a
    year before the publication year and no "today"."""
    published = ctx.doc.meta.published
    if published is None or not ctx.has_year():
        return False
    sent = ctx.sentence(hit.start)
    lo, hi = ctx.clause_bounds(hit.start)
    word_start = ctx.in_word_prefix(hit.start)[1]
    clause = ctx.norm_of(lo, word_start)
    whens = list(_WHEN_RE.finditer(clause))
    if not whens or len(clause[whens[-1].end() :].split()) > _WHEN_REACH:
        return False
    hung_on = clause[: whens[-1].start()]
    if not hung_on.strip() and lo > sent.start:
        # the "when" word opens the clause: it hangs on the clause right before it ("وكان
        # الجيش قد انسحب عام 2011، وقتل جنديان أمس عندما …" hangs on "أمس", not on the year)
        hung_on = ctx.norm_of(max(sent.start, ctx.clause_bounds(lo - 1)[0]), lo)
    if _TODAY_RE.search(hung_on) or not any(
        int(y.group(1)) < published.year for y in _PAST_YEAR_RE.finditer(hung_on)
    ):
        return False
    return not own_date(ctx, hit) and not _TODAY_RE.search(ctx.norm_of(lo, hi))
