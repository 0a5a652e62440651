"""Statements about violence that tell no event of their own (ACLED: code what happened, on
a day, at a place — not allegations, fears, tallies or situations).

- an accused, charged or convicted act ("اتهمت … الحوثيين بقصف الأحياء", "بتهمة قتل", "بعد
  إدانتهما بقتل"), unless the clause gives it a day of its own;
- an act in an "أن + imperfect" clause governed by a fear, a warning or a plan ("وتخشى تركيا
  أن يؤدي هجوم شامل …");
- a span of weeks or more after the trigger ("أعمال عنف لعدة أسابيع"), or a span since a
  campaign began or over past years ("منذ بدء العملية", "خلال السنوات الماضية"): a tally or a
  trend, unless the event is ranked against it ("الأعنف منذ بدء الحرب");
- a possibility or a future: "قد" + imperfect before the act ("قد تساعد في اعتراض الصواريخ"),
  a future predicate after a verbal noun ("معركة إدلب ستكون حاسمة");
- a pluperfect sentence dated by a past year ("وكانت … أوقفت خلال تظاهرات … عام 2009"):
  background told to explain today's news.

Presupposed events and denied reports are in ``presupposed``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container
from functools import lru_cache

import regex

from rasad.document import Span
from rasad.events import arguments as args
from rasad.events import reference
from rasad.events.charged import charged_act
from rasad.events.context import DocContext
from rasad.events.guards import Guarded
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date
from rasad.events.sentence_gate import needle_pieces, sentence_holds

# attached possessive pronouns ("تحريرها") and relative pronouns, shared with ``presupposed``
POSSESSIVES = ("ها", "هم", "هما", "هن")
REL_PRONOUNS = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين"})

# a span of weeks, months or years right after the trigger: "أعمال عنف لعدة أسابيع", "معارك
# استمرت أشهرا", "غارات خلال السنوات الماضية" — a situation or a campaign, not an event on a day
# (ACLED codes each day's event; a span of hours or days is still news and is not matched)
DURATION_AFTER_RE = Guarded(
    regex.compile(
        r"(?:\S+\s+){0,2}?(?:ل|طوال\s+|طيله\s+|علي\s+مدي\s+|علي\s+مدار\s+|خلال\s+|لمده\s+"
        r"|استمرت\s+|استمر\s+|دامت\s+|دام\s+)(?:(?:عده|بضعه|عشرات|\d+)\s+)?"
        r"(?:ال)?(?:اسابيع|اشهر|اشهرا|شهور|اعوام|اعواما|سنوات|سنين|عقود)(?!\p{L})"
    ),
    ("اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين", "عقود"),  # the span's noun
)
# "… خلال السنوات الماضية", "على مدى الأشهر الأخيرة" anywhere after the trigger in its clause:
# the clause sums up a period (a trend or a total), unless it ranks a new event against it
# ("الأعنف خلال الأشهر الماضية")
_IN_LAST_SPAN = (
    r"(?<!\S)[وف]?في\s+ال(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)(?:\s+ال[\p{L}\d]+)?"
    r"\s+ال(?:ماضيه|اخيره|سابقه)(?!\p{L})"
)
# vague spans up to now: "خلال الفترة الماضية", "في الآونة الأخيرة" — over them acts are
# summed up or recalled, none told on its day (ACLED codes each day's event)
_VAGUE_SPAN = (
    r"(?:(?:خلال|طوال|طيله|في)\s+الفتره\s+(?:الماضيه|الاخيره|السابقه|المنصرمه)"
    r"|(?:في\s+)?الاونه\s+الاخيره)(?!\p{L})"
)
# the count of a span: digits, the numbers with a masculine noun ("خمسة أشهر") and with a
# feminine one ("ست سنوات", "ثلاث سنوات"), or a vague few
_COUNT = (
    r"\d+|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر"
    r"|بضعه|بضع|عده"
)
_PAST_SPAN_RE = Guarded(
    regex.compile(
        r"(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:ال)?(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)"
        # a count may stand between: "خلال السنوات الثلاث الماضية"
        r"(?:\s+(?:ال)?[\p{L}\d]+)?\s+(?:ال)?(?:ماضيه|اخيره|سابقه)(?!\p{L})"
        # "… جرى تحييدهم منذ بدء العملية العسكرية": a tally since the campaign began
        r"|منذ\s+(?:اندلاع|بدء|بدايه|انطلاق|انطلاقه)(?!\p{L})"
        # "تشهد احتجاجات واسعة منذ أسابيع": a situation going on for weeks or more
        r"|منذ\s+(?:عده\s+|بضعه\s+|نحو\s+|قرابه\s+)?(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)(?!\p{L})"
        # counted months or years ("الضربات التي ينفذها التحالف منذ نحو أربعة أشهر", "منذ
        # عامين"); counted weeks are left to the day's report ("مظاهرات يومية منذ أسبوعين")
        r"|منذ\s+(?:نحو\s+|قرابه\s+|حوالي\s+)?(?:(?:(?:" + _COUNT + r")\s+)"
        r"(?:اشهر|شهور|اعوام|سنوات|سنين)|شهرين|عامين|سنتين)(?!\p{L})"
        # "استهدفت الميناء مرارا": a thing done again and again, no one event
        r"|(?<!\S)(?:مرارا|مرارا\s+وتكرارا|مرات\s+عده|عده\s+مرات)(?!\p{L})"
        # "في الأشهر الأخيرة": "في" with a definite span of weeks or more up to now
        + r"|"
        + _IN_LAST_SPAN
        # "في الآونة الأخيرة", "خلال الفترة الماضية": a vague span up to now
        + r"|"
        + _VAGUE_SPAN
        # a counted span of weeks or more: "قتلوا 232 مدنيا في غضون خمسة أسابيع"
        + r"|(?:خلال|غضون|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:(?:" + _COUNT + r")\s+"
        r"(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)"
        r"|اسبوعين|شهرين|عامين|سنتين)(?!\p{L})"
        # a year or a month gone or under way: "عدد الشرطة الذين قتلوا خلال العام الماضي"
        r"|(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:العام|السنه|الشهر)\s+(?:الماضي|المنصرم"
        r"|الفائت|الحالي|الجاري)(?!\p{L})"
    ),
    # one from each alternative: "منذ", "مرارا"/"مرات", or the span's noun (plural or dual)
    ("منذ", "مرار", "مرات", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين", "اسبوعين",
     "شهرين", "عامين", "سنتين", "العام", "السنه", "الشهر", "الفتره", "الاونه"),
)
# "أكثر من 85 قتيلا", "أكبر من مئة": a count's floor, no superlative
_MORE_THAN_COUNT = r"(?!\s+من\s+(?:\d|عشر|مي|ماي|الف|الاف|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع))"
_RANKED_RE = regex.compile(
    r"(?<!\S)(?:ال|لا|لل)?(?:اعنف|اشد|اول|اولي|الاولي|اخطر|ادمي|(?:اكبر|اكثر)"
    + _MORE_THAN_COUNT
    + r")(?!\S)"
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
    an = ctx.token_starts[max(i, 0)]
    if an < ctx.clause_bounds(hit.start)[0]:
        return False  # "… أن تشن هجوما، فيما قتل 5 في قصف": a new clause tells its own act
    return ctx.cue_before(an, "irrealis", _SUBJ_WINDOW, sent.start) is not None


_PERIOD_WORDS = 10  # "منذ بدء العملية" or "خلال السنوات الماضية" this close after a trigger


_PAST_SPAN_PIECES = needle_pieces(*_PAST_SPAN_RE.needles)  # one of them in every span


def sums_up_period(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """ "جرى تحييدهم، … منذ بدء العملية العسكرية", "دمرت الغارات المستشفيات خلال السنوات
    الماضية": a span since a campaign began, or over past months or years, close after the
    trigger makes it a tally or a trend (ACLED codes each day's event, not totals). Kept: a
    trigger with a day of its own, and an event ranked against the span ("الأعنف منذ بدء
    الحرب", "للمرة الأولى منذ بدء النزاع")."""
    # what is read (after the trigger, to the sentence's end at most) lies in the sentence:
    # without a word every span needs, no span
    if (
        sent.start <= hit.start
        and sent.start <= clause[0]
        and not sentence_holds(ctx, sent, "past_span", _PAST_SPAN_PIECES)
    ):
        return False
    i = bisect_left(ctx.token_starts, hit.end)
    if i >= len(ctx.token_starts):
        return False
    end = min(sent.end, ctx.token_ends[min(i + _PERIOD_WORDS, len(ctx.token_starts) - 1)])
    after = ctx.norm_of(hit.end, min(end, clause[1]))
    if clause[1] < end:
        # a span set off by a comma still qualifies the clause before it ("أو قتلوا، منذ بدء
        # العملية", "قتلوا 232 مدنيا، في غضون خمسة أسابيع"); a new clause ("لترتفع الحصيلة
        # منذ بداية الشهر") tells something else
        rest = ctx.norm_of(clause[1], end).lstrip(" ،,")
        if rest.startswith("منذ") or _PAST_SPAN_RE.match(rest.removeprefix("في ")):
            after = f"{after} {rest}"
    span = _PAST_SPAN_RE.search(after)
    if span is None:
        return False
    return not ranked(ctx, hit, sent, after[: span.start()]) and not own_date(ctx, hit)


# the same spans, or "خلال/على مدى" the last weeks or more, shortly BEFORE the trigger
_SPAN_BEFORE_RE = Guarded(
    regex.compile(
        _IN_LAST_SPAN
        + r"|(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+ال(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)"
        r"(?:\s+ال[\p{L}\d]+)?\s+ال(?:ماضيه|اخيره|سابقه)(?!\p{L})"
        # a counted span "of" the act, right before it: "خلال ست سنوات من القتال"
        r"|(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:(?:" + _COUNT + r")\s+)?"
        r"(?:اشهر|شهور|اعوام|سنوات|سنين|شهرين|عامين|سنتين)\s+من\s*$"
    ),
    # every alternative names the span
    ("اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين", "شهرين", "عامين", "سنتين"),
)
_VAGUE_SPAN_RE = Guarded(regex.compile(r"(?<!\S)[وف]?" + _VAGUE_SPAN), ("الفتره", "الاونه"))
# the same spans, or one of weeks or more, as the whole opening of a sentence before a comma
_OPENING_SPAN_RE = regex.compile(
    r"[وف]?(?:" + _VAGUE_SPAN + r"|(?:خلال|طوال|طيله|في|علي\s+مدي|علي\s+مدار)\s+"
    r"ال(?:اسابيع|اشهر|شهور|اعوام|سنوات|سنين)(?:\s+ال[\p{L}\d]+)?\s+ال(?:ماضيه|اخيره|سابقه))"
    r"\s*[،,]?"
)
_SPAN_BEFORE_WORDS = 6  # "مع تصاعد التوتر في الأشهر الأخيرة بسبب تظاهرات"
# what a span before the trigger or an opening span holds: the needles of both guards, and
# the words of _OPENING_SPAN_RE's two alternatives (a vague span's "الفترة" or "الآونة", or
# the plural of weeks, months or years)
_SPAN_BEFORE_PIECES = needle_pieces(
    *_SPAN_BEFORE_RE.needles,
    *_VAGUE_SPAN_RE.needles,
    *("الفتره", "الاونه", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين"),
)


def period_before(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """ "مع تصاعد التوتر في الأشهر الأخيرة بسبب تظاهرات ومواجهات أدت إلى مقتل 140": a span of
    the last weeks, months or years just before the trigger in its clause names what happened
    over it, a trend or a tally, no one day's event (as ``sums_up_period`` does after it).
    Kept: an event ranked against the span, and a trigger with a day of its own."""
    # what is read (the clause before the trigger, the sentence's opening clause) lies in
    # the sentence: without a word every span needs, no span
    if (
        sent.start <= clause[0]
        and hit.start <= sent.end
        and not sentence_holds(ctx, sent, "span_before", _SPAN_BEFORE_PIECES)
    ):
        return False
    i = bisect_left(ctx.token_starts, hit.start) - _SPAN_BEFORE_WORDS
    lo = max(clause[0], ctx.token_starts[max(i, 0)]) if ctx.token_starts else clause[0]
    before = ctx.norm_of(lo, ctx.in_word_prefix(hit.start)[1])
    span = _SPAN_BEFORE_RE.search(before) or _VAGUE_SPAN_RE.search(before)
    if span is None:
        return _opening_span(ctx, hit, sent, clause)
    return not ranks_against(before[: span.start()]) and not own_date(ctx, hit)


def _opening_span(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """ "وخلال الفترة الماضية، أجلي المئات … عبر الجولان، مع تقدم قوات النظام": a span that
    makes up the whole first clause of the sentence, set off by a comma, frames what the
    sentence tells after it, as ``period_before`` frames its own clause. Kept: an act with a
    day of its own ("…، فيما قتل 5 مدنيين أمس")."""
    first_end = ctx.clause_bounds(sent.start)[1]
    if clause[0] < first_end or first_end >= sent.end:
        return False
    head = ctx.norm_of(sent.start, first_end).strip()
    return _OPENING_SPAN_RE.fullmatch(head) is not None and not own_date(ctx, hit)


# what opens the clause of a judged act: "أن"/"إن", or a quote mark right before it
_THAT = frozenset({"ان", "وان", "بان", "لان", "فان"})
_QUOTE_MARKS = frozenset('«"“:')
_JUDGED_WORDS = 4  # "تحرير ميناء الحديدة يشكل علامة فارقة"


def judged_topic(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "وتابعت الحكومة أن « تحرير ميناء الحديدة يشكل علامة فارقة »": a verbal noun that
    opens its clause as the topic of an evaluative copula right after it ("يشكل", "يمثل") is
    what the speaker judges, not an act told (the act, if any, is told elsewhere). Kept: a
    trigger with a day of its own ("الهجوم الذي وقع أمس يمثل تصعيدا")."""
    if hit.key in ctx.lex.verb_keys:
        return False
    word_start = ctx.in_word_prefix(hit.start)[1]
    before = ctx.words_before(word_start, 1)
    opens = (
        not ctx.norm_of(clause[0], word_start).strip()
        or (bool(before) and before[0] in _THAT)
        or bool(_QUOTE_MARKS & set(ctx.doc.text[max(clause[0], word_start - 3) : word_start]))
    )
    if not opens:
        return False
    if ctx.cue_after(hit.end, "evaluative", _JUDGED_WORDS, clause[1]) is None:
        return False
    return not own_date(ctx, hit)


def ranked(ctx: DocContext, hit: CueHit, sent: Span, between: str) -> bool:
    """A superlative or "the first" near the trigger ("أعنف المعارك منذ اندلاع الحرب",
    "للمرة الأولى منذ بدء النزاع"): a new event measured against a span, not a tally of it;
    the superlative may come first ("في واحدة من أكثر معارك العاصمة حدة منذ …")."""
    i = bisect_left(ctx.token_starts, hit.start)
    lead = ctx.token_starts[max(i - 4, 0)] if ctx.token_starts else hit.start
    return bool(_RANKED_RE.search(ctx.norm_of(max(lead, sent.start), hit.end) + " " + between))


def ranks_against(before: str, words: int = 4) -> bool:
    """A superlative or "the first" among the last ``words`` words of normalised ``before``
    ("… وهي الأعنف" + "خلال الأشهر الماضية"): what follows is the yardstick of a new event."""
    return bool(_RANKED_RE.search(" ".join(before.split()[-words:])))


# a day or a time the dates layer may not read as a date: "الآن", "الليلة", "منذ ساعات"
_NOW_RE = Guarded(
    regex.compile(
        r"(?<!\S)(?:[وف]?(?:ال|ل|لل)?يوم|[وف]?الان|[وف]?الليله|صباح|مساء|فجر|ظهر|ساعات|ساعه"
        r"|لحظات|دقايق|امس|البارحه)(?!\S)"
    ),
    # one from each alternative ("ساع": "ساعه" and "ساعات")
    ("يوم", "الان", "الليله", "صباح", "مساء", "فجر", "ظهر", "ساع", "لحظات", "دقايق",
     "امس", "البارحه"),
)


_LIGHT_VERB_WORDS = 8  # words from an imperfect light verb to the verbal noun it governs


def undated_light_verb(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """A verbal noun governed by an imperfect light verb in its clause ("وتشن القوات هجوما في
    درعا", "الدول الأوروبية تنظم تظاهرات", "وتستخدم القوات … كتفريق المظاهرات"), with no day
    anywhere in the paragraph: a habit, a capability or a situation, as with an undated
    imperfect trigger (undated_present). A word that is also a verb form ("تقدما", they two
    advanced) right after the light verb is its verbal noun ("تشهد الجبهة … تقدما": no finite
    verb follows "تشهد" as its object)."""
    word_start = ctx.in_word_prefix(hit.start)[1]  # "كتفريق المظاهرات": from the whole word
    if hit.key in ctx.lex.verb_keys:
        if ctx.cue_before(word_start, "present_light_verbs", 1, clause[0]) is None:
            return False
        return _undated_paragraph(ctx, sent)
    if ctx.cue_before(word_start, "present_light_verbs", _LIGHT_VERB_WORDS, clause[0]) is None:
        if not _keeps_up_its_own(ctx, hit, word_start, clause):
            return False
    return _undated_paragraph(ctx, sent)


def _keeps_up_its_own(
    ctx: DocContext, hit: CueHit, word_start: int, clause: tuple[int, int]
) -> bool:
    """ "وتواصل مقاتلات التحالف غاراتها الجوية", "تواصل القوات تقدمها": the act, possessed by
    the subject that keeps it up, is a campaign; "يواصل الجيش قصف الرقة" names one act on a
    place and is not read so. The verb stands as a word of its own ("التواصل" is a noun)."""
    if not hit.key.endswith(POSSESSIVES):
        return False
    verb = ctx.cue_before(word_start, "keeps_up_verbs", _LIGHT_VERB_WORDS, clause[0])
    return verb is not None and ctx.in_word_prefix(verb.start)[0] in ("", "و", "ف")


def _undated_paragraph(ctx: DocContext, sent: Span) -> bool:
    lo = ctx.paragraph_start(sent.start)
    i = bisect_left(ctx.paragraph_breaks, sent.end)
    hi = ctx.paragraph_breaks[i] if i < len(ctx.paragraph_breaks) else len(ctx.doc.text)
    if ctx.spans_in(ctx.dates, lo, hi):
        return False
    return not _NOW_RE.search(ctx.norm_of(lo, hi))


# a suffixed object pronoun on the relative clause's verb ("تشنها", "ينفذونها")
_OBJ_SUFFIX_RE = regex.compile(r"(?:ها|هم|هما|هن|ه)$")


def habitual_relative(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "دعم الجيش للهجمات التي تشنها الطائرات الأمريكية", "الغارات التي يشنها الطيران": a
    plural act noun whose relative clause holds an imperfect verb, in a paragraph with no date,
    day or time, names a practice that goes on, not an event on a day. A past verb ("التي
    شنتها", "التي تعرضت لها") or a day ("التي تشنها القوات منذ صباح اليوم") keeps it."""
    if hit.key in ctx.lex.verb_keys or not hit.key.endswith("ات"):
        return False
    words = ctx.words_after(hit.end, 2, ctx.clause_bounds(hit.start)[1])
    if len(words) < 2 or words[0] not in ("التي", "اللاتي", "اللواتي"):
        return False
    verb = words[1]
    if verb[:1] not in ("ي", "ت") or verb in ("تم", "تمت"):
        return False
    if verb[:1] == "ت" and _OBJ_SUFFIX_RE.sub("", verb).endswith("ت"):
        return False  # "التي تعرضت", "التي تبنتها": a feminine past verb
    return _undated_paragraph(ctx, sent)


def provoking_cause(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """A definite act noun right after a verb of provoking, as its subject ("وأثار الاغتيال
    موجة من الاحتجاجات", "أزمة سياسية فجرها اغتيال المعارض"), in a sentence with no day or
    date: the act is the cause of what is reported, an event told earlier, no new one. With a
    day of its own ("أثار مقتل الشاب أمس موجة غضب") it is kept, and so in the lead, which
    tells the news ("أثار الهجوم الكيمياوي الذي تعرضت له بلدة قرب حلب قلقا دوليا")."""
    if ctx.sentence_index(sent.start) == 0:
        return False
    word_start = ctx.in_word_prefix(hit.start)[1]
    if ctx.cue_before(word_start, "provoking_verbs", 0, sent.start) is None:
        return False
    definite = "ال" in ctx.in_word_prefix(hit.start)[0]
    if not definite:  # "اغتيال السياسي": a noun made definite by the one after it
        nxt = ctx.norm_of(hit.end, min(sent.end, hit.end + 30)).split()[:1]
        definite = bool(nxt) and nxt[0].startswith("ال")
    if not definite or ctx.spans_in(ctx.dates, sent.start, sent.end):
        return False
    return not _NOW_RE.search(ctx.norm_of(sent.start, sent.end))


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
    return _undated_paragraph(ctx, sent)


_OCCURRENCE = frozenset({"وقوع", "حدوث", "بوقوع", "بحدوث"})
_DENIAL_REACH = 15  # words from a denial verb to the occurrence it denies, in its clause


def occurrence_denied(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "ونفى المتحدث باسم الجيش في بيان بصفحته على الفيسبوك وقوع اشتباكات": the occurrence
    of an act denied in its clause, however far the denial verb, is no act reported."""
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 1)
    if not words or words[0] not in _OCCURRENCE:
        return False
    return ctx.cue_before(hit.start, "denial", _DENIAL_REACH, clause[0]) is not None


_CAUSES = (["بسبب"], ["جراء"], ["نتيجه"], ["بفعل"])
_SUFFERING_WORDS = 4  # words from the verb of suffering to the cause word


def suffered_habitually(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "المدنيون في حمص يستشهدون بسبب القصف المستمر", "الأطفال يموتون جراء الغارات": an act
    named as the cause of a plight told in the present is a habit, no act on a day (the
    past, "قتل ثلاثة مدنيين بسبب القصف", tells one)."""
    if hit.key in ctx.lex.verb_keys and "ال" not in ctx.in_word_prefix(hit.start)[0]:
        return False
    word_start = ctx.in_word_prefix(hit.start)[1]
    before = ctx.words_before(word_start, 2)
    if before[-1:] not in _CAUSES:
        return False
    cause_start = ctx.token_starts[bisect_left(ctx.token_starts, word_start) - 1]
    if before == ["من", "جراء"]:
        cause_start = ctx.token_starts[bisect_left(ctx.token_starts, cause_start) - 1]
    verb = ctx.cue_before(cause_start, "habitual_suffering", _SUFFERING_WORDS, clause[0])
    return verb is not None and ctx.in_word_prefix(verb.start)[0] in ("", "و", "ف")


def alleged(
    ctx: DocContext,
    hit: CueHit,
    sent: Span,
    clause: tuple[int, int],
    cues: Container[str] | None = None,
) -> bool:
    """The act is what someone is charged with or accused of, not an act reported as done:
    right after a charge or pretext noun ("بتهمة قتل", "بحجة تفجير عبوة"), or a verbal noun
    governed by "بـ" after an accusation verb ("اتهمت الحكومة الحوثيين بقصف الأحياء"). ACLED
    codes events that happened on a day, not allegations: an accused act with a day of its own
    in the clause ("… بقصف حي في تعز أمس") is kept as the event it reports. ``cues``: the cue
    sets the sentence holds, when the caller knows them (a look-up of a set not among them is
    skipped: it finds nothing in the sentence)."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    # counted from the word's start: the article is no word between ("بتهمة التحريض على الشغب")
    if (cues is None or "charge" in cues) and ctx.cue_before(
        word_start, "charge", ctx.window("charge", 2), clause[0]
    ):
        return True
    # a list of charges opens past a comma, which ends the clause: the sentence is the floor
    if (cues is None or "charge_list" in cues) and ctx.cue_before(
        word_start, "charge_list", ctx.window("charge_list", 2), sent.start
    ):
        return True
    if _claimed(ctx, hit, sent, word_start) or charged_act(ctx, hit, clause):
        return True
    if not prefix.startswith(("ب", "وب", "فب")) and not (
        _taking_part(ctx, hit) or _attempted(ctx, hit)
    ):
        return False  # "بـ" makes a noun of any form ("بنهب", "بالقتال"): the thing accused of
    # the accused and an aside may stand between ("اتهمت …، في وقت سابق، بنهب"): the sentence
    if (cues is not None and "accusation" not in cues) or not ctx.cue_before(
        hit.start, "accusation", ctx.window("accusation", 12), sent.start
    ):
        return False
    return not any(
        d.start >= hit.end and (args.resolve_date(d.value) or (None, 0))[1] == 1
        for d in ctx.spans_in(ctx.dates, hit.end, clause[1])
    )


# a claim and its "that" clause: "ادعاء الفتاة بأنها كانت تدافع عن نفسها ضد محاولة اغتصابها",
# "مزاعمه بأن القوات قصفت"; "الادعاء العام" (the prosecution) is no claim
_CLAIM_THAT_RE = Guarded(
    regex.compile(
        r"(?<!\S)[وفبل]?(?:ال)?(?:ادعاء(?!\s+العام)|ادعاءات|مزاعم)(?:ه|ها|هم|هما)?"
        r"\s+(?:\S+\s+){0,3}?[وف]?ب?ان(?:ه|ها|هم|هما)?(?!\S)"
    ),
    ("ادعاء", "مزاعم"),  # the nouns only: the verb "زعم" reports what activists say
)
_CLAIM_WORDS = 15  # words from the claim back to it, at most


def _claimed(ctx: DocContext, hit: CueHit, sent: Span, word_start: int) -> bool:
    """The act is told inside what someone claims ("ادعاء الفتاة بأنها كانت تدافع عن نفسها ضد
    محاولة اغتصابها"): a party's claim, not a report of an act on a day, unless the clause
    gives the act a day of its own."""
    i = bisect_left(ctx.token_starts, word_start)
    lo = sent.start
    if ctx.token_starts:
        lo = max(lo, ctx.token_starts[max(i - _CLAIM_WORDS, 0)])
    if _CLAIM_THAT_RE.search(ctx.norm_of(lo, word_start)) is None:
        return False
    return not own_date(ctx, hit)


_TAKING_PART = frozenset({"بالمشاركه", "بالتورط", "بالضلوع", "بالاشتراك"})


def _taking_part(ctx: DocContext, hit: CueHit) -> bool:
    """ "اتهامات لموسكو بالمشاركة في القصف": the act one is accused of taking part in."""
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 2)
    # "بالخروج عن طاعة ولي الأمر والمشاركة في المظاهرات": a second charge joined by و
    return (
        len(words) == 2
        and words[1] == "في"
        and (words[0] in _TAKING_PART or "ب" + words[0].removeprefix("و") in _TAKING_PART)
    )


_ATTEMPT = frozenset({"بمحاوله", "بمحاولات", "بمحاولتهم", "بمحاولته", "بمحاولتها"})


def _attempted(ctx: DocContext, hit: CueHit) -> bool:
    """ "المتهم بمحاولة اغتيال …": the "بـ" of the accused act sits on the attempt before it."""
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 1)
    return bool(words) and words[0] in _ATTEMPT


# "قد" + imperfect: possibility ("قد تساعد السفن في اعتراض …", "قد يكون قتل"); "قد" + perfect
# ("قد سيطرت", "كانت قد تمكنت") asserts. ي starts only imperfects; a ت-initial word may be a
# perfect of forms V/VI ("قد تراجع", "قد تقدم"), so only the imperfects "تت…"/"تست…" and a few
# common imperfects are read ("قد تتحول", "قد تستهدف", "قد تكون"; the words are normalised,
# so "تؤدي" is spelt "تودي"); a ن-initial word is far more
# often a perfect in news ("قد نفذ ضربة", "قد نجح", "قد نشر") than a first-person imperfect.
_MAY_RE = regex.compile(
    r"(?<!\S)قد\s+(?:ي\S{2,}|تت\S{2,}|تست\S{2,}"
    r"|(?:تكون|تودي|تساعد|تسهم|تصل|تبدا|تلجا|تشن|تقوم|تحاول|تضطر))(?!\S)"
)
# سـ + imperfect ("سيضعف", "ستنهار"), not a noun that starts the same way
_FUTURE_RE = regex.compile(
    r"[وف]?س[يتن](?!ئ|ي|ار|طر|اس|ناء|ناريو|ده$|دي$|ما$|ول$|وات$|وي$|ويه$|ويا$|ين$|ون$|ه$|له$)"
    r"\p{L}{2,}$"
)


@lru_cache(maxsize=65536)
def future_form(word: str) -> bool:
    """The word is a future form (``_FUTURE_RE``), remembered per word: the same words come
    back in every clause read."""
    return _FUTURE_RE.match(word) is not None


_PLUPERFECT_WORDS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "وكان", "وكانت", "وكانوا"})
_MAY_WORDS = 7  # words before the trigger searched for "قد" + imperfect


def modal_or_future(
    ctx: DocContext, hit: CueHit, clause: tuple[int, int], cues: Container[str] | None = None
) -> bool:
    """The act is a possibility or still to come: "قد" with an imperfect verb before it in its
    clause ("قال إن السفن قد تساعد في … اعتراض الصواريخ", "قد يكون قتل في اليمن"), or a verbal
    noun whose predicate is a future verb right after it ("معركة إدلب ستكون حاسمة"). Arabic
    marks possibility with قد + imperfect and the future with سـ; neither reports an act done.
    ``cues``: the cue sets of the clause's sentence, when the caller knows them."""
    if hit.key not in ctx.lex.verb_keys and any(
        future_form(w) for w in ctx.words_after(hit.end, 3, clause[1])
    ):
        return True  # "ستكون", "سيضعف": a سـ + imperfect predicate right after the noun
    _, word_start = ctx.in_word_prefix(hit.start)
    if (cues is not None and "may_words" not in cues) or ctx.cue_before(
        word_start, "may_words", _MAY_WORDS, clause[0]
    ) is None:
        return False  # no "قد" in reach (the cheap test first)
    words = ctx.words_before(word_start, _MAY_WORDS)
    m = _MAY_RE.search(" ".join(words))
    if m is None:
        return False
    before = " ".join(words)[: m.start()].split()
    return not (before and before[-1] in _PLUPERFECT_WORDS)  # "كانت قد تمكنت": a perfect


_MEANS = frozenset({"عبر", "بواسطه", "خلال"})  # "من خلال": the last word is enough


def future_means(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "سيتم تدمير جميع الأنفاق … عبر التفجير": a verbal noun after "عبر/بواسطة/من خلال" is
    the means of its clause's act and shares its tense; when that act is still to come (سـ +
    imperfect, "سوف"), so is the means, however far apart the two stand."""
    if hit.key in ctx.lex.verb_keys:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    before = ctx.words_before(word_start, 1)
    if not before or before[0] not in _MEANS:
        return False
    words = ctx.norm_of(clause[0], word_start).split()
    return any(w == "سوف" or future_form(w) for w in words)


_NOUN_HEADS = frozenset({"اكبر", "اول", "اوسع", "اعنف", "اي", "عده", "سلسله", "موجه"})
_GOVERNED_BY = frozenset({"في", "علي", "الي"})


def future_governor(ctx: DocContext, hit: CueHit) -> bool:
    """ "وسينظم أكبر احتجاج الأحد", "ستشن القوات هجوما", "سيتم اعتقال": a verbal noun that is
    the object or the subject of a future verb (سـ + imperfect, "سوف") right before it is an
    act still to come."""
    if hit.key in ctx.lex.verb_keys:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    sent = ctx.sentence(hit.start)
    words = ctx.norm_of(max(sent.start, ctx.clause_bounds(hit.start)[0]), word_start).split()
    if words and (words[-1].startswith("ال") or words[-1] in _NOUN_HEADS):
        # "ستشن القوات هجوما", "سينظم أكبر احتجاج": a subject or a head may stand between
        words = words[:-1]
    if words and words[-1] in _GOVERNED_BY:
        # "ستشارك في استعادة المدينة", "سيعمل على تحرير": the noun governed through a
        # preposition of the future verb
        words = words[:-1]
    return bool(words) and (words[-1] in ("سوف", "وسوف") or future_form(words[-1]))


_WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})
# present verbs that put on a protest ("تنظم", "تنطلق", "يعتزم"): after a leading weekday, a plan
_STAGE_VERBS = frozenset(
    {"تنظم", "ينظم", "تنطلق", "ينطلق", "تشهد", "يشهد", "يعتزم", "تعتزم", "يخرج", "تخرج",
     "يقام", "تقام", "تبدا", "يبدا", "ينفذ", "تنفذ", "يدعو", "تدعو", "تنتظم", "ينتظم"}
)

# "إضراب جديد/آخر": a verbless protest after a weekday is a coming one only when it is another
_ANOTHER = frozenset({"جديد", "جديده", "اخر", "اخري", "ثان", "ثاني", "ثانيه", "مرتقب", "مرتقبه"})


def weekday_plan(ctx: DocContext, hit: CueHit) -> bool:
    """ "أما السبت فتنظم مظاهرات جديدة", "والأربعاء إضراب جديد": a weekday leading the clause,
    then a present verb of staging (or the protest noun itself, with no verb) tells a protest
    planned for the coming day; the date layer reads a bare weekday backwards, so without this it
    would be dated to the last one. A present verb alone is no future ("تشهد المدينة مظاهرات منذ
    أسبوع" goes on), hence the weekday must lead."""
    if hit.key in ctx.lex.verb_keys:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    sent = ctx.sentence(hit.start)
    words = ctx.norm_of(max(sent.start, ctx.clause_bounds(hit.start)[0]), word_start).split()
    if words and words[0] in ("اما", "واما"):
        words = words[1:]
    if words and words[0].lstrip("وف") == "يوم":
        words = words[1:]
    if not words or words[0].lstrip("وف") not in _WEEKDAYS:
        return False
    rest = words[1:]
    if not rest:
        # "والأربعاء إضراب جديد": without a verb only a "new/another" one is a plan; a headline's
        # "الخميس مظاهرات حاشدة في صفاقس" reports the day just gone
        clause_end = ctx.clause_bounds(hit.start)[1]
        return bool(set(ctx.words_after(hit.end, 2, clause_end)) & _ANOTHER)
    # "فتنظم مظاهرات", "تشهد عمان مظاهرات": the verb, with at most one word (its subject) after
    return len(rest) <= 2 and rest[0].lstrip("وف") in _STAGE_VERBS


_TAKES_PLACE = frozenset(
    {"سيتم", "ستتم", "سيجري", "ستجري", "سينطلق", "ستنطلق", "سيبدا", "ستبدا", "سيكتمل", "ستكتمل"}
)
_PREDICATE_WORDS = 5  # "وأن استعادتها من قبضة الانقلابيين سيتم قريبا"


def future_predicate(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "وأن استعادتها من قبضة الانقلابيين سيتم قريبا", "إن تحرير المدينة سيبدأ خلال أيام": a
    verbal noun after "أن/إن" whose predicate says it will take place is still to come. A
    relative clause between ("أن الهجوم الذي وقع اليوم سيتم التحقيق فيه") tells a done act."""
    if hit.key in ctx.lex.verb_keys:
        return False
    word_start = ctx.in_word_prefix(hit.start)[1]
    if not set(ctx.words_before(word_start, 1)) & (_THAT | {"ان", "بان"}):
        return False
    i = bisect_left(ctx.token_starts, hit.end)
    for form in ctx.token_norms[i : i + _PREDICATE_WORDS + 1]:
        if not form:
            continue
        if form in REL_PRONOUNS or ctx.token_starts[i] >= clause[1]:
            return False
        if form.lstrip("و") in _TAKES_PLACE:
            # "سيتم الرد عليه", "سيتم التحقيق فيه": another act will follow this one
            return not ctx.next_word(ctx.token_starts[i] + len(form)).startswith("ال")
        i += 1
    return False


# a year after a word that dates by it ("عام 2009", "في 2011", "صيف 2014"); not "منذ 2011"
_PAST_YEAR_RE = regex.compile(
    r"(?<!\S)[وف]?(?:عام|العام|سنه|في|خلال|صيف|شتاء|ربيع|خريف|مطلع|اواخر|اوايل|منتصف|بدايه"
    r"|نهايه|حرب|انتخابات|احداث|تظاهرات|احتجاجات)\s+(19\d\d|20\d\d)(?!\d)"
)
_TODAY_RE = reference._TODAY_RE  # the same words, one guarded pattern


def pluperfect_past_year(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "وكانت فائزة أوقفت مع آلاف آخرين خلال تظاهرات الاحتجاج … عام 2009", "وكان كيم قد أعلن
    عام 2017 … بعد أن أطلقت صاروخا": the pluperfect (كان + perfect) with a year before the
    publication year in the same sentence tells background from that year, not today's news.
    Kept: a trigger with a day of its own or "today" in its clause."""
    published = ctx.doc.meta.published
    if published is None or not ctx.has_year():
        return False
    if ctx.cue_before(hit.start, "pluperfect", 40, sent.start) is None:
        return False
    nsent = ctx.norm_of(sent.start, sent.end)
    if not any(int(y.group(1)) < published.year for y in _PAST_YEAR_RE.finditer(nsent)):
        return False
    lo, hi = ctx.clause_bounds(hit.start)
    return not own_date(ctx, hit) and not _TODAY_RE.search(ctx.norm_of(lo, hi))


def report_finding(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """A plural verbal noun ("غارات", "هجمات", "انتهاكات") in a sentence that cites a report
    ("تقرير", "التقارير"), with no date in the sentence: a report's finding over the period it
    covers, not an event on a day (ACLED codes a report's events only where it dates them)."""
    head = hit.key.split(" ", 1)[0]  # "غارات جويه": the plural heads the phrase
    if not head.endswith("ات") or not ctx.has_cue(sent.start, sent.end, "report_nouns"):
        return False
    if ctx.spans_in(ctx.dates, sent.start, sent.end):
        return False
    return not _TODAY_RE.search(ctx.norm_of(sent.start, sent.end))
