"""Statements about violence that tell no event of their own (ACLED: code what happened, on
a day, at a place — not allegations, fears, tallies or situations).

- an accused, charged or convicted act ("اتهمت … الحوثيين بقصف الأحياء", "بتهمة قتل", "بعد
  إدانتهما بقتل"), unless the clause gives it a day of its own;
- an act in an "أن + imperfect" clause governed by a fear, a warning or a plan ("وتخشى تركيا
  أن يؤدي هجوم شامل …");
- a span of weeks or more after the trigger ("أعمال عنف لعدة أسابيع"), or a span since a
  campaign began or over past years ("منذ بدء العملية", "خلال السنوات الماضية"): a tally or a
  trend, unless the event is ranked against it ("الأعنف منذ بدء الحرب").
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from rasad.document import Span
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date

# a span of weeks, months or years right after the trigger: "أعمال عنف لعدة أسابيع", "معارك
# استمرت أشهرا", "غارات خلال السنوات الماضية" — a situation or a campaign, not an event on a day
# (ACLED codes each day's event; a span of hours or days is still news and is not matched)
DURATION_AFTER_RE = regex.compile(
    r"(?:\S+\s+){0,2}?(?:ل|طوال\s+|طيله\s+|علي\s+مدي\s+|علي\s+مدار\s+|خلال\s+|لمده\s+"
    r"|استمرت\s+|استمر\s+|دامت\s+|دام\s+)(?:(?:عده|بضعه|عشرات|\d+)\s+)?"
    r"(?:ال)?(?:اسابيع|اشهر|اشهرا|شهور|اعوام|اعواما|سنوات|سنين|عقود)(?!\p{L})"
)
# "… خلال السنوات الماضية", "على مدى الأشهر الأخيرة" anywhere after the trigger in its clause:
# the clause sums up a period (a trend or a total), unless it ranks a new event against it
# ("الأعنف خلال الأشهر الماضية")
_PAST_SPAN_RE = regex.compile(
    r"(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:ال)?(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)"
    r"\s+(?:ال)?(?:ماضيه|اخيره|سابقه)(?!\p{L})"
    # "… جرى تحييدهم منذ بدء العملية العسكرية": a tally since the campaign began
    r"|منذ\s+(?:اندلاع|بدء|بدايه|انطلاق|انطلاقه)(?!\p{L})"
)
_RANKED_RE = regex.compile(
    r"(?<!\S)(?:ال|لا|لل)?(?:اعنف|اكبر|اكثر|اشد|اول|اولي|الاولي|اخطر|ادمي)(?!\S)"
)

_SUBJ_WINDOW = 15  # words from a fear, a plan or a call back to its "أن" clause
_SUBJ_CLAUSE = 8  # words from "أن" to a trigger inside its clause


def subjunctive(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """The trigger is in an "أن + imperfect verb" clause ("أن يؤدي هجوم", "أن تشن القوات
    هجوما", "أن تهاجم") governed by a fear, a plan or a call earlier in the sentence, however
    long the aside between them: the subjunctive names what is feared or wanted, not an act."""
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], _SUBJ_CLAUSE)
    if not words:
        return False
    verbal = hit.key in ctx.lex.verb_keys and hit.key[:1] in ("ي", "ت")
    if words[-1] == "ان" and verbal:
        k = len(words) - 1
    else:
        k = next(
            (j for j in range(len(words) - 1) if words[j] == "ان" and words[j + 1][:1] in "يت"),
            -1,
        )
    if k < 0:
        return False
    i = bisect_left(ctx.token_starts, hit.start) - (len(words) - k)
    an = ctx.tokens[max(i, 0)].start
    if an < ctx.clause_bounds(hit.start)[0]:
        return False  # "… أن تشن هجوما، فيما قتل 5 في قصف": a new clause tells its own act
    return ctx.cue_before(an, "irrealis", _SUBJ_WINDOW, sent.start) is not None


_PERIOD_WORDS = 10  # "منذ بدء العملية" or "خلال السنوات الماضية" this close after a trigger


def sums_up_period(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """ "جرى تحييدهم، … منذ بدء العملية العسكرية", "دمرت الغارات المستشفيات خلال السنوات
    الماضية": a span since a campaign began, or over past months or years, close after the
    trigger makes it a tally or a trend (ACLED codes each day's event, not totals). Kept: a
    trigger with a day of its own, and an event ranked against the span ("الأعنف منذ بدء
    الحرب", "للمرة الأولى منذ بدء النزاع")."""
    i = bisect_left(ctx.token_starts, hit.end)
    if i >= len(ctx.tokens):
        return False
    end = min(sent.end, ctx.tokens[min(i + _PERIOD_WORDS, len(ctx.tokens) - 1)].end)
    after = ctx.norm_of(hit.end, min(end, clause[1]))
    if clause[1] < end:
        # a span set off by a comma still qualifies the clause before it ("أو قتلوا، منذ بدء
        # العملية"); a new clause ("لترتفع الحصيلة منذ بداية الشهر") tells something else
        rest = ctx.norm_of(clause[1], end).lstrip(" ،,")
        if rest.startswith("منذ"):
            after = f"{after} {rest}"
    span = _PAST_SPAN_RE.search(after)
    if span is None:
        return False
    return not ranked(ctx, hit, sent, after[: span.start()]) and not own_date(ctx, hit)


def ranked(ctx: DocContext, hit: CueHit, sent: Span, between: str) -> bool:
    """A superlative or "the first" near the trigger ("أعنف المعارك منذ اندلاع الحرب",
    "للمرة الأولى منذ بدء النزاع"): a new event measured against a span, not a tally of it;
    the superlative may come first ("في واحدة من أكثر معارك العاصمة حدة منذ …")."""
    i = bisect_left(ctx.token_starts, hit.start)
    lead = ctx.tokens[max(i - 4, 0)].start if ctx.tokens else hit.start
    return bool(_RANKED_RE.search(ctx.norm_of(max(lead, sent.start), hit.end) + " " + between))


def ranks_against(before: str, words: int = 4) -> bool:
    """A superlative or "the first" among the last ``words`` words of normalised ``before``
    ("… وهي الأعنف" + "خلال الأشهر الماضية"): what follows is the yardstick of a new event."""
    return bool(_RANKED_RE.search(" ".join(before.split()[-words:])))


# a day or a time the dates layer may not read as a date: "الآن", "الليلة", "منذ ساعات"
_NOW_RE = regex.compile(
    r"(?<!\S)(?:[وف]?(?:ال)?يوم|[وف]?الان|[وف]?الليله|صباح|مساء|فجر|ظهر|ساعات|ساعه|لحظات"
    r"|دقايق|امس|البارحه)(?!\S)"
)


def undated_present(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """An imperfect verb ("ويحتجز المسلحون المدنيين في المدينة", "تقصف الطائرات مواقع …")
    with no date, day or time anywhere in its paragraph: a state or a habit, not an event on a
    day (ACLED codes what happened on a day). Arabic news tells today's events in the
    imperfect too ("تشن الطائرات غارات على المدينة منذ صباح اليوم"), so any date, "today" or
    time of day in the sentence or its paragraph keeps the verb as an event."""
    if hit.key not in ctx.lex.present_keys or "ال" in ctx.in_word_prefix(hit.start)[0]:
        return False  # "التدخل" is the verbal noun, not "تدخل" the verb
    if ctx.cue_before(hit.start, "state_change", ctx.window("state_change", 2), sent.start):
        return False  # "بات الجيش يسيطر", "تمكنت القوات من …": a change, not a state
    lo = ctx.paragraph_start(sent.start)
    i = bisect_left(ctx.paragraph_breaks, sent.end)
    hi = ctx.paragraph_breaks[i] if i < len(ctx.paragraph_breaks) else len(ctx.doc.text)
    if ctx.spans_in(ctx.dates, lo, hi):
        return False
    return not _NOW_RE.search(ctx.norm_of(lo, hi))


def alleged(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """The act is what someone is charged with or accused of, not an act reported as done:
    right after a charge or pretext noun ("بتهمة قتل", "بحجة تفجير عبوة"), or a verbal noun
    governed by "بـ" after an accusation verb ("اتهمت الحكومة الحوثيين بقصف الأحياء"). ACLED
    codes events that happened on a day, not allegations: an accused act with a day of its own
    in the clause ("… بقصف حي في تعز أمس") is kept as the event it reports."""
    prefix, _ = ctx.in_word_prefix(hit.start)
    if ctx.cue_before(hit.start, "charge", ctx.window("charge", 2), clause[0]):
        return True
    if not prefix.startswith(("ب", "وب", "فب")):
        return False  # "بـ" makes a noun of any form ("بنهب", "بالقتال"): the thing accused of
    # the accused and an aside may stand between ("اتهمت …، في وقت سابق، بنهب"): the sentence
    if not ctx.cue_before(hit.start, "accusation", ctx.window("accusation", 12), sent.start):
        return False
    return not any(
        d.start >= hit.end and (args.resolve_date(d.value) or (None, 0))[1] == 1
        for d in ctx.spans_in(ctx.dates, hit.end, clause[1])
    )
