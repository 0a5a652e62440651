"""Acts told over a period rather than on a day: casualty totals and history.

``totals`` reads a sentence's dead counted over a period ("قتل 200 شخص خلال الأشهر الثلاثة
الماضية") as a claim, not an event, and marks the clauses such a total covers; ``history``
says a dated mention is too old, or dated by a past month or year, to be the day's news.
"""

from __future__ import annotations

import datetime as dt

import regex

from rasad.document import Claim, Span
from rasad.events import arguments as args
from rasad.events import fatalities
from rasad.events.context import DocContext
from rasad.events.described_year import described_act_year
from rasad.events.guards import FirstOf, Guarded
from rasad.events.history_piece import history_piece
from rasad.events.reference import (
    UNDATED_YEAR_WINDOW,
    date_distance,
    opens_with_past_year,
    past_year_distance,
)
from rasad.events.statements import ranks_against
from rasad.events.tail_period import tail_period_scope

# "<number> يوم/أيام/أسابيع … على|من", "خلال|منذ|مدى … <period>" and "الـ72 ساعة الماضية" mark a
# period (a total).
_PERIOD_PARTS = (
    r"(?:\d+\s*(?:يوم|يوما|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سنه|سنوات)\s+(?:علي|من)\s)",
    r"(?:(?:خلال|منذ|مدي|مدار|غضون|طيله|طوال)\s+(?:\S+\s+){0,2}?"
    r"(?:\d+\s*)?(?:ال)?(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|الشهر|العام|الحمله|الاسبوع"
    r"|يومين|اسبوعين|شهرين|عامين))",
    # "خلال 18 يوما", "في غضون 11 شهرا": from eleven on Arabic counts with the singular
    # accusative noun, more days all the same
    r"(?:(?:خلال|منذ|مدي|مدار|غضون|طيله|طوال)\s+(?:\S+\s+){0,2}?\d+\s*"
    r"(?:يوما|اسبوعا|شهرا|عاما|سنه)(?!\p{L}))",
    # "في الـ72 ساعة الماضية": more than a day counted in hours, up to now (the last 24 hours at
    # one front may be one day's battle)
    r"(?:(?<!\S)(?:ال)?(?:3[6-9]|[4-9]\d|\d{3})\s*ساعه\s+(?:الماضيه|الاخيره|المنصرمه))",
)
# the alternation "|".join(_PERIOD_PARTS), searched part by part (the same match, far faster)
_PERIOD_RE = FirstOf(*(regex.compile(p) for p in _PERIOD_PARTS))
_SINCE_RE = regex.compile(
    r"منذ\s+(?!صباح|الصباح|فجر|الفجر|ساع|ليل|الليل|مساء|المساء|ظهر|الظهر|امس|قليل|دقايق|لحظات)\S+"
)
# "خلال مطلع/نهاية الأسبوع", "عطلة نهاية الأسبوع": a day or two at one end of the week, an
# event's date however vague, not a span a total is counted over
_WEEK_END_RE = regex.compile(
    r"(?:مطلع|بدايه|نهايه|عطله|اواخر|اوايل)\s+(?:نهايه\s+)?الاسبوع(?!\p{L})"
)
# "إنه سيكون 6 أسابيع من الاحتجاجات", "التي ستستمر شهرا": a span planned ahead, what the
# organisers mean to do, not one the dead were counted over
_PLANNED_RE = regex.compile(
    r"(?<!\S)(?:انه\s+|انها\s+)?(?:سيكون|ستكون|سيستمر|ستستمر|سيمتد|ستمتد|ستدوم|سيدوم)\s+(?:\S+\s+)?$"
)
# an era or a season ("أعدموا في عهده", "خلال فترة حكمه", "في ربيع العام الحالي"): months or
# years of dead, unless the sentence names a day of its own ("قتل ثلاثة اليوم في أول احتجاج في
# عهد الرئيس الجديد": the era only sets the act in history)
_ERA_RE = Guarded(
    regex.compile(
        r"(?<!\S)(?:(?:في|خلال|ابان|طوال|طيله)\s+(?:فتره\s+)?عهد\p{L}*"
        r"|(?:خلال|ابان|طوال|طيله)\s+(?:فتره\s+)?حكم\p{L}*"
        r"|(?:في|خلال|طوال|طيله|منذ)\s+(?:ربيع|صيف|خريف|شتاء)\s+(?:العام|عام|السنه|\d{4}))"
    ),
    ("عهد", "حكم", "ربيع", "صيف", "خريف", "شتاء"),
)
# a day of the act's own: "أمس", "اليوم", not "حتى اليوم" (the end of a period)
_OWN_DAY_RE = Guarded(
    regex.compile(r"(?<!\S)(?<!(?:حتي|لغايه|الي)\s+)[وف]?(?:اليوم|امس|الليله|البارحه)(?!\S)"),
    ("اليوم", "امس", "الليله", "البارحه"),
)


# a toll broken down over two places or more ("منهم 40 في حمص و30 في درعا", "بينهم 12 في حلب، و5
# في إدلب"): the numbers are a total's parts, each place's dead no event of its own
_DEAD_WORD = r"(?:(?:قتيلا|قتلي|قتيل|شهيدا|شهداء|شهيد)\s+)?"  # "منهم 54 قتيلا في حلب"
_BREAKDOWN_RE = Guarded(
    regex.compile(
        rf"(?<!\S)(?:من\s+)?(?:منهم|بينهم|منها)\s+\d+\s+{_DEAD_WORD}(?:في\s+|ب)\S+\s+"
        rf"(?:\S+\s+){{0,3}}?و\s*\d+\s+{_DEAD_WORD}(?:في\s|ب)"
    ),
    ("منهم", "بينهم", "منها"),
)
# a day's toll listed place by place after "besides" ("بلغت 52 قتيلا، بجانب 18 في حلب، و11 في
# درعا", "وثلاثة قتلى في دير الزور بجانب واحد في كل من حلب ودرعا"): two places more, or one
# number for each of several, are the parts of a tally, not the dead of one act beside another
_ONE_TO_TEN = r"(?:واحد|اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
_BESIDES_BREAKDOWN_RE = Guarded(
    regex.compile(
        r"(?<!\S)(?:بجانب|[وف]?(?:بال)?اضافه\s+(?:الي|لل?)|[وف]?علاوه\s+علي|[وف]?فضلا\s+عن)\s+"
        rf"(?:\d+\s+{_DEAD_WORD}(?:في\s+|ب)\S+\s+(?:\S+\s+){{0,3}}?و\s*\d+\s+{_DEAD_WORD}"
        rf"(?:في\s|ب)|(?:\d+|{_ONE_TO_TEN})\s+{_DEAD_WORD}في\s+كل\s+من\s)"
    ),
    ("بجانب", "اضافه", "علاوه", "فضلا"),
)
# a day's toll counted over a country ("حصيلة القتلى الذين سقطوا برصاص قوات النظام ليوم الأحد
# بلغت 119 قتيلا", "ارتفاع حصيلة قتلى السبت إلى 111", "الحصيلة اليومية"): the dead of a day
# everywhere, a claim; the toll of one act names the act ("حصيلة الهجوم يوم الجمعة") and is
# not matched
_WEEKDAY = r"(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\p{L})"
_DAY_TALLY_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وبل]?(?:ال)?حصيله\s+(?:(?:ال)?يوميه(?!\p{L})"
        rf"|(?:\S+\s+){{0,8}}?(?:ليوم\s+|(?:ال)?(?:قتلي|ضحايا|شهداء)\s+){_WEEKDAY})"
    ),
    ("حصيله",),
)
# "حصيلة القتلى الذين سقطوا برصاص القوات الموالية للنظام، أمس الجمعة، بـ144": the dead of a
# day by a force, with no act word between the toll and the day (read on the trigger layer)
_DEAD_OF_DAY_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وبل]?(?:ال)?حصيله\s+(?:ال)?(?:قتلي|ضحايا|شهداء)\s+(?:\S+\s+){0,8}?"
        rf"(?:يوم|امس)\s+{_WEEKDAY}"
    ),
    ("حصيله",),
)
# a weekday named in the sentence ("يوم الجمعة", "والسبت"): a day of its own (see _era)
_WEEKDAY_RE = Guarded(
    regex.compile(rf"(?<!\S)(?:يوم\s+)?[وف]?{_WEEKDAY}"),
    ("سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه"),
)


def _day_tally(ctx: DocContext, sent_start: int, nsent: str) -> regex.Match | None:
    """A day's toll over a country in the sentence (``_DAY_TALLY_RE``, or ``_DEAD_OF_DAY_RE``
    when no act word stands between the toll and its day: "حصيلة ضحايا الهجوم يوم الجمعة" is
    one act's toll)."""
    found = _DAY_TALLY_RE.search(nsent)
    if found or not (found := _DEAD_OF_DAY_RE.search(nsent)):
        return found
    base = ctx.norm.to_normalized(sent_start)
    lo, hi = ctx.norm.orig(base + found.start()), ctx.norm.orig(base + found.end() - 1)
    for t in ctx.triggers:
        if lo <= t.start < hi and not any(ctx.lex.triggers[i].casualty for i in t.sets):
            return None
    return found


def _act_between(ctx: DocContext, lo: int, hi: int) -> bool:
    """A trigger of an act, not a bare death word, in [lo, hi) ("تفجير", "قصف"); one after
    "تحت" ("وقضى معظمهم تحت التعذيب") is how the counted died, no act told."""
    for t in ctx.triggers:
        if not lo <= t.start < hi or any(ctx.lex.triggers[i].casualty for i in t.sets):
            continue
        words = ctx.norm_of(lo, t.start).split()[-1:] + ctx.norm_of(t.start, t.end).split()[:1]
        if "تحت" not in words:
            return True
    return False


_WAR_TOLL = 10_000  # dead no single act of political violence has come near


def _war_toll(found: list) -> Span | None:
    """The first number of dead in ``found`` as large as a war's toll."""
    return next((num for num, value, _ in found if value >= _WAR_TOLL), None)


def since_dates_another(ctx: DocContext, since: int) -> bool:
    """ "وقتل خمسة جنود أمس في هجوم على حاجز للجيش أقيم منذ سنوات": once the clause has told
    its act with a day of its own ("أمس", a date), a "since" phrase after it dates what a
    relative clause describes (the checkpoint), not the act, and sums up no period."""
    lo = ctx.clause_bounds(since)[0]
    before = ctx.norm_of(lo, since)
    if "منذ" in before.split():
        return False
    return bool(_OWN_DAY_RE.search(before) or ctx.spans_in(ctx.dates, lo, since))


def _era(nsent: str) -> regex.Match | None:
    """An era or a season the sentence's dead are counted over (``_ERA_RE``), in a sentence
    naming no day of its own."""
    if _OWN_DAY_RE.search(nsent) or _WEEKDAY_RE.search(nsent):
        return None
    return _ERA_RE.search(nsent)


_BEGAN_DAYS = 3  # a campaign that began this many days before publication is background


def totals(ctx: DocContext, published: dt.date | None) -> tuple[list[Claim], set[int], set[int]]:
    """Casualty totals over a period → claims; returns claims, excluded numbers, total clauses."""
    claims: list[Claim] = []
    excluded: set[int] = set()
    total_clauses: set[int] = set()
    for sent in ctx.sentences_with_cue("death_words"):  # a total is a number of dead
        cues = [
            h
            for h in ctx.cues_in(sent.start, sent.end, "totals")
            if not (h.key.startswith("منذ") and since_dates_another(ctx, h.start))
        ]
        spread = [(h.start, h.end) for h in ctx.cues_in(sent.start, sent.end, "distributed_totals")]
        nsent = ctx.norm.text[ctx.norm.to_normalized(sent.start) : ctx.norm.to_normalized(sent.end)]
        era = None
        period = (
            _PERIOD_RE.search(nsent)
            or _SINCE_RE.search(nsent)
            or _day_tally(ctx, sent.start, nsent)
            or (era := _era(nsent))
        )
        if (
            period
            and period[0].startswith("منذ")
            and since_dates_another(
                ctx, ctx.norm.orig(ctx.norm.to_normalized(sent.start) + period.start())
            )
        ):
            period = None  # "أقيم منذ سنوات": dates the place the act is told at
        if period and ranks_against(nsent[: period.start()]):
            # "قتل خمسة … وهي الأعنف خلال الأشهر الماضية": an event ranked against the period,
            # not a total over it (the guard statements.sums_up_period uses for spans)
            period = None
        if period and (
            _WEEK_END_RE.search(period.group()) or _PLANNED_RE.search(nsent[: period.start()])
        ):
            period = None
        brk = None if spread else _BREAKDOWN_RE.search(nsent)
        besides = not spread and not brk and bool(brk := _BESIDES_BREAKDOWN_RE.search(nsent))
        if brk:
            # "ارتفع عدد القتلى إلى 120 قتيلا، منهم 40 في حمص و30 في درعا": a toll broken
            # down over places is spread over them, as after "معظمهم في"
            bstart = ctx.norm.orig(ctx.norm.to_normalized(sent.start) + brk.start())
            bend = ctx.norm.orig(ctx.norm.to_normalized(sent.start) + brk.end() - 1) + 1
            spread = [(bstart, bend)]
        found = fatalities.death_numbers(ctx, sent.start, sent.end)
        # "تسببت العمليات العسكرية في مصرع أكثر من 70 ألف شخص": tens of thousands dead are a
        # war's or an era's toll, never the dead of one act, whatever period goes untold
        war = None if cues or period or spread else _war_toll(found)
        if not cues and not period and not spread and war is None:
            continue
        # a total covers the clause of its cue and what follows it in the sentence; one spread
        # over places starts at its first number ("قصفت قواته مبنى الأركان، فيما أعلنت الشبكة
        # عن مقتل 93 شخصا، معظمهم في دمشق": the shelling before it is an act of its own)
        spread_from = [x[0].start for x in found if spread and x[0].start < spread[0][0]]
        if besides and spread_from and _act_between(ctx, spread_from[-1], spread[0][0]):
            # "بينهم 56 قتلوا نتيجة تفجير استهدف معامل الدفاع، بالإضافة إلى 33 في دمشق و19 في
            # حمص": the act told before the list keeps its dead; the list alone is the tally's
            spread_from = []
        first = min(
            [h.start for h in cues]
            + ([spread_from[0] if spread_from else spread[0][0]] if spread else [])
            + (
                [ctx.norm.orig(ctx.norm.to_normalized(sent.start) + period.start())]
                if period
                else []
            )
            + ([war.start] if war is not None else [])
        )
        if period is not None and period is era and found:
            # "لقي 121 شخصا مصرعهم في ربيع العام الحالي": a sentence with no day of its own
            # counts its dead over the era wherever it names it
            first = min(first, found[0][0].start)
        scope = ctx.clause_bounds(first)[0]
        if period is not None and not cues and not spread:
            scope = tail_period_scope(ctx, sent, scope, [x[0] for x in found])
        nums = [x for x in found if x[0].start >= scope]
        if not nums:
            continue
        for h in cues:
            total_clauses.add(ctx.clause_bounds(h.start)[0])
        total_clauses.add(scope)
        if war is not None:
            period_text = ctx.doc.text[war.start : war.end]
        elif spread and not cues and not period:
            period_text = ctx.doc.text[spread[0][0] : spread[0][1]]
        elif cues:
            period_text = ctx.doc.text[cues[0].start : cues[0].end]
        else:
            pstart = ctx.norm.orig(ctx.norm.to_normalized(sent.start) + period.start())
            pend = ctx.norm.orig(ctx.norm.to_normalized(sent.start) + period.end() - 1) + 1
            period_text = ctx.doc.text[pstart:pend].strip()
        sources = [s.kb_id or str(s.value) for s in ctx.spans_in(ctx.sources, sent.start, sent.end)]
        claimed = 0  # the largest total claimed so far in the sentence
        for num, value, death in nums:
            excluded.add(num.start)
            total_clauses.add(ctx.clause_bounds(death.start)[0])
            if fatalities.among(ctx, num) or value < claimed:
                # "228 شخصا، بينهم 13 طفلا … بواقع 118 في حلب": who the total's dead were and
                # where, not totals of their own
                continue
            claimed = value
            victim = next(
                (
                    a
                    for a in ctx.spans_in(ctx.actors, num.end, sent.end)
                    if ctx.tokens_between(num.end, a.start) <= 4
                ),
                None,
            )
            claims.append(
                Claim(
                    kind="casualty_total",
                    text=ctx.doc.text[sent.start : sent.end],
                    start=sent.start,
                    end=sent.end,
                    value=value,
                    period=period_text,
                    claimed_by="; ".join(dict.fromkeys(sources)) or None,
                    actor=getattr(victim.value, "canonical", None) if victim else None,
                )
            )
    return claims, excluded, total_clauses


def history(
    ctx: DocContext, m: args.Mention, published: dt.date | None, max_age_days: int
) -> bool:
    if published is None:
        return False
    # "قتل مسلحون من التنظيم الذي ظهر عام 2013 سبعة جنود الأحد": an act with a day of its own;
    # the year of the noun a relative clause describes is no rival to it
    dated = m.date_explicit and m.date is not None
    year_d = past_year_distance(ctx, m, published, skip_described=dated)
    if dated:
        end = m.date_range[1] if m.date_range else m.date
        # an act dated after the day of the news ("الإضراب الذي سينفذ يوم غد الأربعاء", "دعت
        # إلى اعتصام غدا") is still to come: a call or a plan, no event yet
        if (published - end).days > max_age_days or (m.date - published).days > 0:
            return True
        if m.time_precision >= 3 and m.date >= published:
            # "أعدموا 8116 خنزيرا بعد تفشي الحمى هذا الشهر" told on the 15th: a month's act is
            # coded on its 15th (or first day), so on the day of the news the text has not put
            # it before the news; most such mentions are a running total, not the day's event
            return True
        if m.time_precision >= 3 and end < published.replace(day=1):
            # "في شباط/فبراير الماضي", "الشهر الماضي": news dates a new event by its day; an
            # event dated only by an earlier month is background to the story
            return True
        if year_d is not None and year_d < date_distance(ctx, m):
            # "ذكرت الصحف السبت أنه أفرج عنه في 2001 بعد إضراب …": the past year is nearer the
            # trigger than the day the sentence names (when it was said)
            return True
        if described_act_year(ctx, m.trigger.start, m.trigger.end, published):
            # "وذكر الناطق، اليوم، أن الحلف يرحب بالاعتذار عن الهجوم الذي شنته القوات على
            # السفينة في العام 2010": the year closing the act noun's relative clause dates the
            # act, however far it runs; the day the sentence names is when it was said
            return True
        # "بدأت المظاهرات … مطلع الشهر", "الهجوم الذي بدأ قبل أسبوعين إلى استعادة …": the start
        # of a campaign days ago, a development that is still going on, not a new event
        began = ctx.cue_before(m.trigger.start, "began", ctx.window("began", 4), m.sent.start)
        return began is not None and (published - end).days >= _BEGAN_DAYS
    # "سيطرت حماس على غزة في 2007", "منذ حرب 2014": a bare year before the publication year
    # near the trigger, in its clause, or opening its sentence, dates it to the past (the
    # dates layer may not read a year alone)
    if year_d is None:
        year_d = past_year_distance(ctx, m, published, UNDATED_YEAR_WINDOW)
    return (
        year_d is not None
        or opens_with_past_year(ctx, m.sent, published)
        # a past year closing the relative clause that describes the act noun
        or described_act_year(ctx, m.trigger.start, m.trigger.end, published)
        # an act with no day of its own in a piece that tells the past (three old years or more)
        or history_piece(ctx, published)
    )
