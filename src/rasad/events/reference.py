"""How a trigger is anchored in time and discourse: relative clauses, pronouns pointing back to
an event already told, a day of its own, and past years near it.

Principles (Arabic grammar, ACLED's "report the event, not its mentions"):
- a relative clause ("الصحفيين الذين تم اعتقالهم") presents its content as known, so it adds
  nothing the article does not report elsewhere, unless it names its own day;
- a verbal noun with a possessive pronoun ("اغتياله") is the act done to someone already named:
  after a past event in its sentence it is that event;
- a year before the publication year near the trigger dates it to the past.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import cast

import regex

from rasad.document import Span
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.frames import speech_frames
from rasad.events.guards import Guarded
from rasad.events.lexicon import CueHit
from rasad.events.sentence_gate import needle_pieces, sentence_holds

_YEAR_RE = Guarded(
    regex.compile(
        r"(?:(?<!\S)[وف]?(?:عام|سنه|العام|في|منذ|خلال|صيف|شتاء|ربيع|خريف|مطلع|اواخر|اوايل"
        r"|منتصف|بدايه|نهايه|حرب|انتخابات"
        # two years ("بين عامي 2013 و2014", "خلال العامين 2003 و2004"), and an act named by
        # its year ("تظاهرات 2009", "انتفاضة 2011", "أحداث 1988"): the past it tells
        r"|عامي|العامين|سنتي|السنتين|احتجاجات|تظاهرات|مظاهرات|انتفاضه|ثوره|احداث|اضطرابات"
        r"|هجمات|تفجيرات|مجزره|غزو|اجتياح|انقلاب"
        # before a past year ("قبل 2002 حين قتل 21 شخصا"): earlier still
        r"|قبل)|[\(/-])\s*(19\d\d|20\d\d)(?!\d)"
        # an older year after "عام/سنة" ("معركة كربلاء عام 680 ميلادية"): history all the more
        r"|(?<!\S)[وف]?(?:عام|سنه|العام)\s+(1[0-8]\d\d|[1-9]\d\d)(?!\d)"
    ),
    tuple("123456789"),  # every year found starts with one of these digits
)

_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"})
_RELATIVE_FILLERS = frozenset({"تم", "قد", "كان", "كانت", "كانوا", "جري", "جرت"})
# "في الوقت الذي", "في اللحظة التي": the relative pronoun after a noun of time makes the clause
# an adverb of time ("at the time when", "while"), not a description of a known noun: what it
# tells is news told alongside the main clause ("وجاء ذلك في الوقت الذي قصفت فيه الطائرات …")
_WHILE_NOUNS = frozenset({"الوقت", "اللحظه", "الحين"})


def in_relative_clause(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger opens a relative clause ("الذين تم اعتقالهم", "التي حررها الجيش"): Arabic
    relative clauses describe a noun with information the reader is assumed to know, so the
    event they mention is background to the sentence's news, or told elsewhere."""
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 3)
    if len(words) >= 2 and words[-1] in _RELATIVE and words[-2] in _WHILE_NOUNS:
        return False  # "في الوقت الذي قصفت فيه الطائرات": "while", the news itself
    if len(words) >= 3 and words[-2] in _RELATIVE and words[-3] in _WHILE_NOUNS:
        return False  # "في الوقت الذي تم فيه …", "في الوقت الذي كانت تقصف"
    words = words[-2:]
    if words and words[-1] in _RELATIVE:
        return True
    if len(words) < 2 or words[0] not in _RELATIVE:
        return False
    # a verbal noun right after the relative clause's verb is its subject or object ("المدنيين
    # الذين أنهكتهم المعارك", "المنازل التي دمرتها الغارات"): the clause describes the noun
    return words[1] in _RELATIVE_FILLERS or hit.key not in ctx.lex.verb_keys


_PRONOUNS = ("ه", "ها", "هم", "هما")


def refers_back(ctx: DocContext, hit: CueHit) -> bool:
    """A verbal noun with a possessive pronoun ("اغتياله", "استعادتها"): the act done to someone
    already named — in a sentence that tells a past event, that same event."""
    if hit.key in ctx.lex.verb_keys:
        return False
    for suffix in _PRONOUNS:
        if hit.key.endswith(suffix) and len(hit.key) > len(suffix) + 2:
            stem = hit.key[: -len(suffix)]
            for base in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem):
                if ctx.lex.trigger_scanner.sets_of(base):
                    return True
    return False


def own_date(ctx: DocContext, hit: CueHit) -> bool:
    """A date right by the trigger ("القوات التي استعادت الخميس السيطرة على البلدة"): the
    relative clause tells something new, with its own day, not a presupposed event."""
    lo, hi = ctx.clause_bounds(hit.start)
    return any(
        (
            (d.end <= hit.start and ctx.tokens_between(d.end, hit.start) <= 3)
            or (d.start >= hit.end and ctx.tokens_between(hit.end, d.start) <= 3)
        )
        and (args.resolve_date(d.value) or (None, 0))[1] == 1  # a day, not "قبل أيام"
        for d in ctx.spans_in(ctx.dates, lo, hi)
    )


def past_year_distance(
    ctx: DocContext,
    m: args.Mention,
    published: dt.date,
    window: int | None = None,
    *,
    skip_described: bool = False,
) -> int | None:
    """Words from the trigger to the nearest year before ``published``'s year in its clause
    (within ``window`` words, default ``_YEAR_WINDOW``), or None. With ``skip_described``, a
    year that dates a noun a relative clause after the trigger describes does not count."""
    window = _YEAR_WINDOW if window is None else window
    if not ctx.has_year():
        return None
    trig = m.trigger
    lo, hi = ctx.clause_bounds(trig.start)
    lo = max(lo, _token_pos(ctx, trig.start, -window))
    hi = min(hi, _token_pos(ctx, trig.end, window))
    norm = ctx.norm
    best = None
    for y in _YEAR_RE.finditer(norm.text, norm.to_normalized(lo), norm.to_normalized(hi)):
        g = 1 if y.group(1) else 2
        if int(y.group(g)) >= published.year:
            continue
        pos = norm.orig(y.start(g))
        if skip_described and pos > trig.end and _described_noun_year(ctx, trig.end, pos):
            continue
        d = ctx.tokens_between(min(pos, trig.start), max(pos, trig.start))
        best = d if best is None else min(best, d)
    return best


_RELATIVE_TO_YEAR = 5  # tokens from a relative pronoun to the year its clause tells


def _described_noun_year(ctx: DocContext, lo: int, pos: int) -> bool:
    """ "وقتل مسلحون من التنظيم الذي ظهر في العراق عام 2013 سبعة جنود": a year in a relative
    clause after the trigger dates the noun the clause describes (the group's rise), not the
    act; unless that noun is an act word itself ("الهجوم الذي وقع عام 2014" is the act's)."""
    starts, norms = ctx.token_starts, ctx.token_norms
    first, year_at = bisect_left(starts, lo), bisect_left(starts, pos)
    for k in range(max(first + 1, year_at - _RELATIVE_TO_YEAR), year_at):
        if (norms[k] or "") in _RELATIVE:
            noun = starts[k - 1]
            return not any(t.start <= noun < t.end for t in ctx.triggers)
    return False


_OPENING_WORDS = 4  # "وفي عام 2012،", "وفي صيف 2014،": where a year opens the sentence


def opens_with_past_year(ctx: DocContext, sent: Span, published: dt.date) -> bool:
    """ "وفي عام 2012، قتل 74 من مشجعي النادي في أحداث الشغب الأكثر دموية": a year before the
    publication's that opens the sentence dates all the sentence tells to that year, however
    far the trigger stands from it."""
    if not ctx.has_year():
        return False
    norm = ctx.norm
    hi = min(sent.end, _token_pos(ctx, sent.start, _OPENING_WORDS))
    for y in _YEAR_RE.finditer(norm.text, norm.to_normalized(sent.start), norm.to_normalized(hi)):
        g = 1 if y.group(1) else 2
        if int(y.group(g)) < published.year:
            return True
    return False


def date_distance(ctx: DocContext, m: args.Mention) -> float:
    """Words from the trigger to the nearest date of its sentence (inf: none there). A date in
    a speech frame ("قال الوزير، الأربعاء، إن قصف إسرائيل عام 2007 …") is when it was said,
    not when the event happened, and does not count."""
    trig = m.trigger
    dates = ctx.spans_in(ctx.dates, m.sent.start, m.sent.end)
    if not dates:
        return float("inf")
    frames = speech_frames(ctx, m.sent, trig.start)
    return min(
        (
            ctx.tokens_between(d.end, trig.start)
            if d.end <= trig.start
            else ctx.tokens_between(trig.end, d.start)
            for d in dates
            if not any(lo <= d.start and d.end <= hi for lo, hi in frames)
        ),
        default=float("inf"),
    )


_YEAR_WINDOW = 8  # words either side of the trigger where a year dates it
# an act with no day of its own: a year a little further on in its clause still dates it
# ("وسيطرت حماس على قطاع غزة بعد مواجهات دامية مع حركة فتح في 2007")
UNDATED_YEAR_WINDOW = 12


def _token_pos(ctx: DocContext, pos: int, n: int) -> int:
    """The start (n < 0) or end (n > 0) of the |n|-th token before/after ``pos``."""
    starts = ctx.token_starts
    i = bisect_left(starts, pos)
    if n < 0:
        return starts[max(i + n, 0)] if starts else pos
    j = min(i + n, len(starts) - 1)
    return ctx.token_ends[j] if starts else pos


# "قبل أكثر من ثلاثة أشهر", "قبل نحو عام", "قبل سنوات": months or years ago, with a hedge and a
# count the dates layer does not read
_LONG_AGO_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وف]?قبل\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|زهاء\s+"
        r"|ما\s+يزيد\s+(?:عن|علي)\s+|ما\s+يقارب\s+)?(?:\S+\s+)?"
        r"(?:اشهر|شهور|شهرين|عام|عامين|اعوام|سنه|سنتين|سنوات|عقد|عقدين|عقود)(?!\p{L})"
    ),
    ("قبل",),  # "ago"
)
_TODAY_RE = Guarded(
    regex.compile(r"(?<!\S)[وف]?(?:اليوم|امس|الليله|الان|البارحه)(?!\S)"),
    ("اليوم", "امس", "الليله", "الان", "البارحه"),
)
# "في الصيف الماضي", "العام الماضي": a past season or year (not "منذ العام الماضي", "منذ نهاية
# العام الماضي", a span that runs to today)
_LAST_SEASON_RE = Guarded(
    regex.compile(
        r"(?<!\S)(?<!منذ\s(?:\S+\s)?)[وف]?(?:في\s+)?(?:الصيف|الشتاء|الربيع|الخريف|العام|السنه)"
        # closing punctuation may follow: "ألقت القبض عليه العام الماضي."
        r"\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته|الفائت|الفائته)(?!\p{L})"
    ),
    ("الماضي", "المنصرم", "الفايت", "الفائت"),  # "past": each form begins with one of these
)
# a war of the past named by its name ("خلال الحرب العالمية الثانية", "إبان حرب الخليج", "في
# حرب أكتوبر"): what the clause tells happened in it, decades before any news of today
_PAST_WAR_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وفبل]?(?:ال)?حرب\s+(?:العالميه\s+(?:الاولي|الثانيه)|الخليج|اكتوبر|تشرين"
        r"|حزيران|يونيو|النكسه|الاستنزاف|فيتنام|الكوريه)(?!\p{L})"
    ),
    ("حرب",),  # "war": each name begins with it
)
_WHEN_WORDS = frozenset({"عندما", "حين", "حينما", "لما", "يوم"})
# "بعد عام ونصف من استعادة", "بعد مرور ثلاثة أشهر على سقوط", "بعد نحو عامين من": a month or
# more elapsed since an act, whatever its count or fraction (the fixed phrases of the
# background cues list the plain ones only); the act is the earlier point the span runs from.
# A span of days or weeks ("بعد ستة أيام من اعتقاله") leaves a recent act that the dates layer
# dates back by the span (arguments.assign_date), still a codable event of its own.
_ELAPSED_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وف]?بعد\s+(?:مرور\s+)?(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+)?"
        # "بعد 21 شهرا من اعتقاله": a count from eleven on takes the singular accusative
        r"(?:\S+\s+)?(?:شهر|شهرين|اشهر|شهور|شهرا|عام|عامين|اعوام|عاما"
        r"|سنه|سنتين|سنوات|عقد|عقدين|عقود)(?:\s+و\S+)?\s+(?:من|علي)(?!\S)"
    ),
    ("بعد",),  # "after"
)


# every match of a pattern _dated_long_ago searches holds one of these (their guards' needles)
_LONG_AGO_PIECES = needle_pieces(
    *_LONG_AGO_RE.needles, *_LAST_SEASON_RE.needles, *_PAST_WAR_RE.needles
)


def long_ago(ctx: DocContext, hit: CueHit) -> bool:
    """ "وكان المحافظ قد تعرض قبل أكثر من ثلاثة أشهر لمحاولة اغتيال", "سيطروا على المنطقة قبل
    نحو عام": an act dated months or years back in its own clause is background to the news
    (ACLED codes it from the reports of its own day). Kept: a trigger with a day of its own
    or "today" in its clause ("قتل الأحد جنود في قرية سيطروا عليها قبل عام")."""
    if not sentence_holds(ctx, ctx.sentence(hit.start), "long_ago", _LONG_AGO_PIECES):
        return False  # the clause read lies in the sentence: no word any pattern needs
    lo, hi = ctx.clause_bounds(hit.start)
    if ctx.next_word(lo).lstrip("وف") in _WHEN_WORDS:
        # "انسحب في الصيف الماضي عندما تفجرت الاشتباكات": a "when" clause takes the time of
        # the clause it hangs on
        lo = ctx.sentence(hit.start).start
    return _dated_long_ago(ctx, lo, hi) and not own_date(ctx, hit)


def _dated_long_ago(ctx: DocContext, lo: int, hi: int) -> bool:
    """The clause [lo, hi) says months or years ago, or a past season, and not "today" (kept
    per clause: each trigger of the clause, under each of its entries, asks)."""
    seen = cast("dict[tuple[int, int], bool]", ctx.memo.setdefault("long_ago_clauses", {}))
    found = seen.get((lo, hi))
    if found is None:
        clause = ctx.norm_of(lo, hi)
        found = seen[lo, hi] = bool(
            (
                _LONG_AGO_RE.search(clause)
                or _LAST_SEASON_RE.search(clause)
                or _PAST_WAR_RE.search(clause)
            )
            and not _TODAY_RE.search(clause)
        )
    return found


def elapsed_since(ctx: DocContext, hit: CueHit, floor: int, window: int) -> bool:
    """ "بعد عام ونصف من استعادة السيطرة على المدينة": a verbal noun a span of days or more
    has passed since, within ``window`` tokens after the span in its clause, is the earlier
    point the news is measured from, not the news itself."""
    lo = max(floor, _token_pos(ctx, hit.start, -(window + 8)))
    before = ctx.norm_of(lo, hit.start)
    for m in _ELAPSED_RE.finditer(before):
        if len(before[m.end() :].split()) <= window:
            return True
    return False


_TRUCE_WORDS = 12  # "دخل اتفاق وقف إطلاق النار حيز التنفيذ في المدينة بعد اشتباكات"
_CAUSE_ANCHORS = frozenset({"بعد", "عقب", "اثر", "اعقاب", "اعقابه", "اعقابها"})
_CAUSE_DAY_WORDS = 6


def truce_cause(ctx: DocContext, hit: CueHit) -> bool:
    """ "دخل اتفاق وقف إطلاق النار حيز التنفيذ بعد اشتباكات عنيفة", "عاد الهدوء إلى المدينة
    عقب مواجهات": fighting named after "بعد" as what a truce or a calm followed is its cause,
    fought on days the sentence does not tell; it joins those days' reports, no event of its
    own. A truce that broke down ("انهارت الهدنة بعد اشتباكات") or fighting with a day right by
    it ("بعد اشتباكات اندلعت اليوم") is news."""
    if hit.key in ctx.lex.verb_keys:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.strip("وف") or not set(ctx.words_before(word_start, 1)) & _CAUSE_ANCHORS:
        return False
    sent = ctx.sentence(hit.start)
    truce = ctx.cue_before(word_start, "truce_words", _TRUCE_WORDS, sent.start)
    if truce is None or ctx.cue_before(truce.start, "negation", 3, sent.start) is not None:
        return False
    return not any(
        d.start >= hit.end
        and ctx.tokens_between(hit.end, d.start) <= _CAUSE_DAY_WORDS
        and (args.resolve_date(d.value) or (None, 0))[1] == 1
        for d in ctx.spans_in(ctx.dates, hit.end, sent.end)
    )



# "والشهداء هم محمد علي وأحمد حسن", "وكان القتلى هم": the dead of an act told before, named;
# the definite noun and its pronoun take them up, they tell no act and no side of their own
_DEAD_NOUNS = frozenset({"شهداء", "قتلي", "ضحايا", "شهيدان", "قتيلان", "شهيدين", "قتيلين"})
_THEY = frozenset({"هم", "هما"})


def dead_named(ctx: DocContext, hit: CueHit) -> bool:
    """The dead of an act told before, named in a sentence of their own ("والشهداء هم …")."""
    prefix = ctx.in_word_prefix(hit.start)[0]
    if prefix.lstrip("وف") != "ال" or ctx.norm_of(hit.start, hit.end) not in _DEAD_NOUNS:
        return False
    return ctx.next_word(hit.end) in _THEY
