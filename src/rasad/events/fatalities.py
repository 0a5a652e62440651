"""Fatalities of an event mention: numbers next to death words, conservative per ACLED.

ACLED codes the most conservative reported number of deaths (not injuries); a vague quantity
("عشرات") stands for a count only when no counted figure of the same dead is given; a toll
update ("ارتفعت حصيلة ... إلى N") replaces the earlier figure; a breakdown after "بينهم/منهم"
is part of the dead, not the whole; totals over a period are claims, never one event's toll.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.added_dead import AGAINST, against_joined, told_as_more
from rasad.events.among import among, in_breakdown, is_among
from rasad.events.arguments import Mention
from rasad.events.companions import with_companions
from rasad.events.context import DocContext, per_range
from rasad.events.counted_acts import (
    counts_acts,
    definite,
    in_dated_aside,
    part_of_the_dead,
    told_as_earlier,
)
from rasad.events.counts import (
    JOINED_GAP,
    ONE_DEAD,
    after_adding,
    assassinated,
    bare,
    hedge_words,
    is_vague,
    joined_singulars,
    names_people,
    number_value,
    one_after,
    one_before,
    one_of_a_group,
    pair_named,
    victim_key,
    word_after,
)
from rasad.events.dead_sides import CIVILIANS, counts_anyone, dead_sides
from rasad.events.earlier_relative import told_apart
from rasad.events.killers_count import no_dead_counted
from rasad.events.late_subject import late_subject
from rasad.events.lexicon import CueHit
from rasad.events.mixed_fates import in_mixed_fates
from rasad.events.others_beside import one_beside
from rasad.events.others_dead import own_clause_start
from rasad.events.reported_none import reported_none
from rasad.events.rival_tolls import rival_no_dead
from rasad.events.significant import significant_deaths
from rasad.events.toll_reach import reached_total, toll_words_before
from rasad.events.tolls import TOLL_UPDATE_SPAN, retold_totals, toll_superseded, toll_update
from rasad.events.wounded_list import in_wounded_list


@per_range("death_words")
def _death_words(ctx: DocContext, start: int, end: int) -> list[CueHit]:
    """Death words in [start, end) that are not part of a name ("ساحة الشهداء", "لواء الشهيد")."""
    names = ctx.spans_in(ctx.places, start, end) + ctx.spans_in(ctx.actors, start, end)
    return [
        h
        for h in ctx.cues_in(start, end, "death_words")
        if not any(n.start <= h.start and h.end <= n.end for n in names)
        and not _name_head_before(ctx, h, start)
        and not _in_background(ctx, h)
        and not in_dated_aside(ctx, h)  # "(2015، التي راح ضحيتها …)": a past event's dead
    ]


def _name_head_before(ctx: DocContext, h: CueHit, start: int) -> bool:
    """A name head right before the death word ("يوم الشهيد", "ساحة الشهداء"), unless that
    head is part of a date ("أفادت مصادر اليوم بمقتل أربعة": today, no named day)."""
    head = ctx.cue_before(ctx.in_word_prefix(h.start)[1], "name_heads", 0, start)
    if head is None:
        return False
    if _own_fate(ctx, h) and bare(ctx.norm_of(head.start, head.end)) != "يوم":
        return False  # "لقي قائد الكتيبة مصرعه": the unit's leader met his death, no name
    dates = ctx.spans_in(ctx.dates, max(0, head.start - 40), head.end + 1)
    return not any(d.start <= head.start < d.end for d in dates)


# death nouns with the pronoun of the dead ("مصرعه", "حتفهم"): they name no place nor unit
_OWN_FATE = frozenset(
    {"مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "حتفه", "حتفها", "حتفهم", "حتفهما", "مقتله",
     "مقتلها"}
)


def _own_fate(ctx: DocContext, h: CueHit) -> bool:
    words = ctx.norm_of(h.start, h.end).split()
    return bool(words) and words[-1] in _OWN_FATE


def _intended(ctx: DocContext, h: CueHit) -> bool:
    """ "هددوا بقتل خمسة رهائن", "محاولة قتل", "خططوا لقتل": a killing threatened, planned
    or attempted counts no dead."""
    word_start = ctx.in_word_prefix(h.start)[1]
    floor = ctx.sentence(h.start).start
    window = ctx.window("intended_death", 2)
    return ctx.cue_before(word_start, "intended_death", window, floor) is not None


def _unconfirmed(ctx: DocContext, h: CueHit) -> bool:
    """ "ليس بوسعه تأكيد … سقوط قتلى": a source cannot confirm the deaths of its clause."""
    window = ctx.window("unconfirmed_death", 8)
    return (
        ctx.cue_before(h.start, "unconfirmed_death", window, ctx.clause_bounds(h.start)[0])
        is not None
    )


def _in_background(ctx: DocContext, h: CueHit) -> bool:
    """ "بعد عام على اجتياحه … وقتل مئات المحاصرين": deaths of an earlier event told as background
    ("منذ" is left out: "منذ صباح اليوم قتل 5" is today's toll)."""
    cue = ctx.cue_before(
        h.start, "background", ctx.window("background", 8), ctx.clause_bounds(h.start)[0]
    )
    return cue is not None and cue.key != "منذ" and not _suspected_doers(ctx, cue, h)


# "مسلحون يشتبه بأنهم من جماعة …": who the doers are suspected to be (normalised forms)
_SUSPECTED = frozenset({"يشتبه", "المشتبه"})
_THAT_THEY = frozenset({"بانهم", "انهم", "بانه", "انه", "بانها", "انها"})


def _suspected_doers(ctx: DocContext, cue: CueHit, h: CueHit) -> bool:
    """ "مسلحين يشتبه بأنهم من بوكو حرام قتلوا ستة": a suspicion about who the killers are is
    told of today's killing as well; it makes no aftermath of an earlier one (as "محاكمة
    المشتبه بهم" does)."""
    if ctx.norm_of(cue.start, cue.end) not in _SUSPECTED:
        return False
    after = ctx.words_after(cue.end, 2, h.start)
    if after[:1] in (["في"], ["ب"]):  # "يشتبه في أنه قتل أربعة": the preposition first
        after = after[1:]
    return bool(after) and after[0] in _THAT_THEY


_YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "في", "منذ", "مطلع", "منتصف", "اواخر"})


@per_range("death_numbers")
def death_numbers(ctx: DocContext, start: int, end: int) -> list[tuple[Span, int, CueHit]]:
    """Numbers of dead in [start, end): next to a death word and not nearer an injury word."""
    duals = _dual_deaths(ctx, start, end)
    deaths = _death_words(ctx, start, end)
    borrowed = not deaths  # "ارتفعت حصيلة قتلى التفجير | الانتحاري … إلى 83"
    deaths = deaths or toll_words_before(ctx, start)
    if not deaths:
        return duals
    injuries = ctx.cues_in(start, end, "injury_words")
    out = list(duals)
    left: list[tuple[Span, int]] = []  # numbers no death word counts by itself
    dates = ctx.spans_in(ctx.dates, start, end)
    for num in ctx.spans_in(ctx.numbers, start, end):
        if any(num.start == d.start for d, _n, _h in duals):
            continue
        if any(d.start <= num.start < d.end for d in dates):
            continue
        unit = ctx.cue_after(num.end, "period_words", 0, end)
        if unit is not None and not any(d.start <= unit.start < d.end for d in dates):
            # "28 يوما": a duration (not "قتلوا جنديين يوم الأحد": the day, a date of its own)
            continue
        period = ctx.cue_before(ctx.in_word_prefix(num.start)[1], "period_words", 0, start)
        if period is not None and not any(d.start <= period.start < d.end for d in dates):
            # "خلال الأيام الثلاثة الماضية": the length of a period (not "قتل مسلحون اليوم
            # خمسة": a date, the count after it the verb's object)
            continue
        if ctx.cue_after(num.end, "mixed_casualties", 2, end):  # "74 بين قتيل وجريح"
            continue
        if _agreeing_dual(ctx, num, start):  # "جنديان مصريان": one pair, not two
            continue
        if counts_acts(ctx, num):  # "في ثلاثة تفجيرات": the acts, not more dead
            continue
        if in_dated_aside(ctx, num):  # "(2015، التي راح ضحيتها 130 شخصا)": a past toll
            continue
        n = number_value(ctx, num)
        if n is None:
            continue
        # "13 جنديا و65 متمردا قتلوا": a figure joined to a count of people counts people
        partner = any(
            _joined(ctx, o, num) and names_people(ctx, o)
            for o in ctx.spans_in(ctx.numbers, max(start, num.start - 60), num.start)
        )
        hit = _dead_counted_by(ctx, num, n, deaths, injuries, start, end, people=partner)
        if hit is not None and no_dead_counted(ctx, num, hit, end):
            continue  # "مسلحين اثنين قتلا تسعة", "و40 رأسا من الماشية"
        if hit is None:
            left.append((num, n))
        else:
            out.append((num, n, hit))
    found = out + _joined_counts(ctx, left, out, deaths, injuries, start, end)
    if borrowed:
        found = [x for x in found if x[0] in duals or reached_total(ctx, x[0])]
    return sorted(found, key=lambda x: x[0].start)  # in text order: the dual nouns were first


_ADDED_REACH = 12  # words from a death word to a count added to the one it names


def _added_to_named(ctx: DocContext, num: Span, death: CueHit, person: bool) -> bool:
    """ "قتل قيادي في داعش بغارة على بلدته، فضلا عن سبعة من مرافقيه": people counted after
    an adding phrase are more dead of the death word that named one before them."""
    return (
        (person or word_after(ctx, num.end) == "من")  # "سبعة من مرافقيه"
        and death.end <= num.start
        and ctx.tokens_between(death.end, num.start) <= _ADDED_REACH
        and after_adding(ctx, num)
        and one_before(ctx, death, num) == 1
    )


def _dead_counted_by(
    ctx: DocContext,
    num: Span,
    n: int,
    deaths: list[CueHit],
    injuries: list[CueHit],
    start: int,
    end: int,
    *,
    joined: bool = False,
    people: bool = False,
) -> CueHit | None:
    """The death word whose dead ``num`` counts, or None. ``joined``: the number is joined by
    "و" to a count of dead ("قتل ستة أطفال وثلاثة بالغين"), so it may stand further from the
    death word than a lone count; ``people``: it is joined to a count of people."""
    if ctx.cue_before(num.start, "numbered_names", 0, start):
        return None  # "قائد اللواء 405": the unit's number
    before = ctx.words_before(num.start, 1)
    if 1900 <= n <= 2100 and set(before) & _YEAR_WORDS:
        return None  # "لقي مصرعه في عام 2008": a year, not a count of dead
    if n <= 2 and _counts_event_before(ctx, num):
        return None  # "17 شخصا قتلوا في غارة واحدة": 1 and 2 follow the noun they count
    clause = ctx.clause_bounds(num.start)
    reached = ctx.cue_before(num.start, "toll_update", TOLL_UPDATE_SPAN, clause[0])
    if (
        before
        and (before[0] in ("الي", "ب") or reached is not None)
        and any(  # "ارتفعت حصيلة القتلى … إلى 32"
            h.end <= num.start and h.start >= clause[0] for h in deaths
        )
        # "بلغ عدد قتلى الضربات على المدينة منذ بداية العام 300": the total a toll reached,
        # its death word between the verb and the number
        # or right before the number ("حصيلة قتلى الضربات خلال العام بلغت 120")
        and (
            before[0] in ("الي", "ب")
            or ctx.tokens_between(reached.end, num.start) == 0
            or (
                any(reached.end <= h.start and h.end <= num.start for h in deaths)
                # the first figure the verb reaches, no wounded on the way ("بلغت 23 قتيلا
                # وإصابة 51": 51 are wounded)
                and not any(reached.end <= o.start < num.start for o in ctx.numbers)
                and not any(reached.end <= h.start < num.start for h in injuries)
            )
        )
    ):
        return max((h for h in deaths if h.end <= num.start), key=lambda h: h.start)

    def d(h: CueHit, num: Span = num) -> int:
        if h.end <= num.start:  # "وقتل في المعارك يوم الثلاثاء 25 عنصرا": the verb's subject
            gap = ctx.tokens_between(h.end, num.start)
            far = gap > 5 and (late_subject(ctx, h, num) or with_companions(ctx, h, num))
            return 1 if far else gap
        return ctx.tokens_between(num.end, h.start) + 1  # "5 قتلى": number first

    best_death = min(deaths, key=d)
    if _intended(ctx, best_death):
        return None  # "هددوا بقتل خمسة رهائن": the number counts who may be killed
    if _either_fate(ctx, best_death, end):
        return None  # "آلاف قتلوا أو أرغموا على الفرار": the number counts either fate
    # "لقي 24 من ميليشيا الحوثي مصرعهم": the subject of the split idiom is people, also when
    # counted by "من" and a group rather than a noun of people
    person = people or names_people(ctx, num) or _split_fate_idiom(ctx, num, best_death)
    if not joined and d(best_death) > 5 and not (
        # "خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا": the counted subject of a
        # plural death verb further on
        person
        and best_death.start > num.end
        and d(best_death) <= 12
        and (_plural_verb(ctx, best_death) or _split_fate_idiom(ctx, num, best_death))
        # "289 مدنيا، بينهم 43 طفلا، قتلوا": a breakdown between is no subject of its own
        and not any(
            num.end <= o.start < best_death.start
            and not in_breakdown(ctx, o)  # "بينهم 4 أطفال و3 نساء": the parts, too
            and not one_of_a_group(ctx, o)  # "من عائلة واحدة": no count of people
            for o in ctx.numbers
        )
    ) and not _added_to_named(ctx, num, best_death, person):
        return None
    if str(getattr(num.value, "kind", "")) == "dual" and not person:
        return None  # "انفجرت عبوتان": two bombs, not two dead
    if (
        not joined
        and best_death.start > num.end
        and d(best_death) > 2
        and not person
        and not _human_verb_after(ctx, num, best_death, d(best_death))
    ):
        return None  # a number well before the death word must count people
    if not joined and injuries and min(d(h) for h in injuries) < d(best_death):
        return None
    # "سقوط تسعة قتلى وعشرات الجرحى": the noun right after a number says what it counts
    # (not "مقتل 7 وإصابة 12", where و starts the next item)
    injured = ctx.cue_after(num.end, "injury_words", 1, end)
    if injured is not None:
        prefix, word_start = ctx.in_word_prefix(injured.start)
        if ctx.tokens_between(num.end, word_start) == 0 and not prefix.startswith(("و", "ف")):
            return None
    # "مقتل 5 وإصابة 7": an injury word between the death word and the number
    lo, hi = sorted((best_death.start, num.start))
    if any(lo < h.start < hi for h in injuries):
        return None
    if best_death.end <= num.start and _other_act_between(ctx, best_death.end, num.start):
        return None  # "قتلوا حارسا وخطفوا سبعة عمال": the seven were taken, not killed
    if best_death.end <= num.start and ctx.cues_in(best_death.end, num.start, "damage_words"):
        return None  # "سقوط 36 قتيلا وتدمير مئات من الخيام": the hundreds were tents
    if best_death.end <= num.start and _subject_of_own_verb(ctx, num, end):
        return None  # "توفي طفل و13 شخصا واجهوا صعوبات في التنفس": the 13 had another fate
    return best_death


_HUMAN_VERB_REACH = 4  # "20 متمردا إسلاميا، قتلوا": the noun, an adjective or two


def _human_verb_after(ctx: DocContext, num: Span, death: CueHit, dist: int) -> bool:
    """ "أكثر من 20 متمردا إسلاميا قتلوا": a plural death verb a few words after the count has
    people for its subject (Arabic gives things a feminine singular verb), so the count is of
    people even when its noun is not a known word for them; nothing counted or done between."""
    words = ctx.norm_of(death.start, death.end).split()
    word = words[0] if words else ""
    return (
        dist - hedge_words(ctx, num.end, death.start) <= _HUMAN_VERB_REACH
        and word.endswith("وا")
        and not any(num.end <= o.start < death.start for o in ctx.numbers)
        and not any(num.end <= t.start < death.start for t in ctx.triggers)
        # "وعددهم 170 سجينا بعدما قتلوا شخصين": a verb after a subordinator has its own subject
        and not set(ctx.norm_of(num.end, death.start).split()) & _OTHER_SUBJECT
    )


# words that open a clause of its own between a count and a verb (normalised forms)
_OTHER_SUBJECT = frozenset(
    {"بعدما", "عندما", "حينما", "بينما", "فيما", "لما", "حين", "بعد", "قبل", "ثم", "حيث", "اذ",
     "الذين", "الذي", "التي", "كما", "لكن", "وقد", "قد", "ان", "انهم", "ممن"}
)


# words that may stand between a count's noun and its verb ("13 شخصا على الأقل واجهوا")
_BEFORE_OWN_VERB = frozenset({"علي", "الاقل", "اقل", "اخرون", "اخرين", "اخري", "اخر"})


def _subject_of_own_verb(ctx: DocContext, num: Span, end: int) -> bool:
    """A count joined by "و" to the dead and followed, after its noun, by a plural past verb
    of no death ("و13 شخصا على الأقل واجهوا"): that verb's subject, people told with
    another fate (not "فقتلوا اثنين منهم وأصابوا عشرة": an object, the verb another clause's)."""
    prefix, word_start = ctx.in_word_prefix(num.start)
    if not prefix.endswith("و") and ctx.words_before(word_start, 1) != ["و"]:
        return False
    i = bisect_left(ctx.token_starts, num.end)
    norms, starts, ends = ctx.token_norms, ctx.token_starts, ctx.token_ends
    words = 0
    while i < len(norms) and starts[i] < end and words < 5:
        form = norms[i] or ""
        i += 1
        if not form[:1].isalpha():
            continue
        words += 1
        if words == 1 or form in _BEFORE_OWN_VERB:
            continue  # the counted noun, "على الأقل"
        return (
            form.endswith("وا")
            and len(form) >= 4
            # "و27 آخرين جرحوا": a verb of wounding tells another fate too
            and not ctx.cues_in(starts[i - 1], ends[i - 1], "death_words")
        )
    return False


# acts that kill nobody: a number right after such a verb counts the people it took, held or
# moved (trigger ids of triggers.yaml)
_NONLETHAL_ACTS = frozenset(
    {"abduction", "arrest", "raid", "evacuation", "looting", "transfer", "agreement", "protest"}
)


def _other_act_between(ctx: DocContext, start: int, end: int) -> bool:
    """A verb of another, non-lethal act joined by "و" or "ف" stands in [start, end) ("وخطفوا",
    "واعتقلوا"): a number after it is its object."""
    return any(
        start <= t.start < end
        and t.sets & _NONLETHAL_ACTS
        and ctx.in_word_prefix(t.start)[0][-1:] in ("و", "ف")
        for t in ctx.triggers
    )


def _joined_counts(
    ctx: DocContext,
    left: list[tuple[Span, int]],
    counted: list[tuple[Span, int, CueHit]],
    deaths: list[CueHit],
    injuries: list[CueHit],
    start: int,
    end: int,
) -> list[tuple[Span, int, CueHit]]:
    """Numbers joined by "و" to a count of dead count dead too: "قتلوا ما لا يقل عن ستة أطفال
    وثلاثة بالغين" (the second figure stands too far from the verb to count by itself), "13
    جنديا و65 متمردا قتلوا" (the first one too far before it)."""
    found: list[tuple[Span, int, CueHit]] = []
    grew = True
    while grew and left:
        grew = False
        spans = [s for s, _n, _h in (*counted, *found)]
        for item in list(left):
            num, n = item
            # one of the two counts people ("ستة أطفال وثلاثة بالغين", not "عشرة منازل و3
            # سيارات")
            if not any(
                (
                    _joined(ctx, num, other)
                    or _joined(ctx, other, num)
                    or against_joined(ctx, other, num)  # "12 من عناصر التنظيم مقابل ثلاثة"
                )
                and (names_people(ctx, other) or names_people(ctx, num))
                for other in spans
            ):
                continue
            left.remove(item)
            hit = _dead_counted_by(ctx, num, n, deaths, injuries, start, end, joined=True)
            if hit is not None:
                found.append((num, n, hit))
                grew = True
    return found


def _joined(ctx: DocContext, first: Span, second: Span) -> bool:
    """ "ستة أطفال وثلاثة بالغين": ``second`` follows ``first`` within one clause, after a short
    noun phrase and "و", with no verb, death or injury word between."""
    if not first.end <= second.start or ctx.tokens_between(first.end, second.start) > JOINED_GAP:
        return False
    if ctx.clause_bounds(first.start) != ctx.clause_bounds(second.start):
        return False
    gap = ctx.norm_of(first.end, second.start).split()
    glued = ctx.in_word_prefix(second.start)[0].startswith("و") or ctx.norm_of(
        second.start, second.end
    ).startswith("و")
    if not (glued or (gap and gap[-1] == "و")):
        return False
    between = ctx.cues_in(first.end, second.start)
    if any("death_words" in h.sets or "injury_words" in h.sets for h in between):
        return False
    return not any(first.end <= t.start < second.start for t in ctx.triggers)


def _either_fate(ctx: DocContext, h: CueHit, end: int) -> bool:
    """ "قتلوا أو أصيبوا", "أرغموا على الفرار أو قتلوا": death is one of two fates joined by
    "أو"; a number of those people counts both, not the dead."""
    return ctx.words_after(h.end, 1, end)[:1] == ["او"] or ctx.words_before(h.start, 1) == ["او"]


def _counts_event_before(ctx: DocContext, num: Span) -> bool:
    """ "غارة واحدة", "هجومين اثنين": the number word right after an event noun is its
    adjective (Arabic puts واحد/اثنان after the counted noun), it counts events, not dead."""
    if str(getattr(num.value, "kind", "") or "") != "words":
        return False
    return any(
        t.end <= num.start
        and ctx.tokens_between(t.end, num.start) == 0
        and not ctx.cues_in(t.start, t.end, "death_words")  # "قتل اثنان": the dead
        for t in ctx.triggers
        if num.start - 40 <= t.start < num.start
    )


# singular death nouns whose dual ("قتيلين", "شهيدان", "ضحيتين") is itself a count of two dead
_DEATH_NOUNS = frozenset({"قتيل", "شهيد", "ضحيه", "صريع"})
_DUAL_ENDINGS = ("ين", "ان")


def _is_dual(num: Span) -> bool:
    return str(getattr(num.value, "kind", "") or "") == "dual"


def _agreeing_dual(ctx: DocContext, num: Span, start: int) -> bool:
    """A dual right after another dual ("جنديان مصريان", "شرطيين عراقيين") is its adjective,
    agreeing in number: the pair is counted once."""
    if not _is_dual(num):
        return False
    before = ctx.spans_in(ctx.numbers, max(start, num.start - 30), num.start)
    return any(
        _is_dual(o) and o.end <= num.start and ctx.tokens_between(o.end, num.start) == 0
        for o in before
    )


def _dual_deaths(ctx: DocContext, start: int, end: int) -> list[tuple[Span, int, CueHit]]:
    """ "أسفر عن قتيلين", "سقط شهيدان": a dual death noun counts two dead (Arabic numbers 1 and 2
    are carried by the noun's own number)."""
    out = []
    for num in ctx.spans_in(ctx.numbers, start, end):
        if str(getattr(num.value, "kind", "") or "") != "dual":
            continue
        word = bare(ctx.norm_of(num.start, num.end).split(" ")[0])
        for ending in _DUAL_ENDINGS:
            if word.endswith(ending):
                stem = word[: -len(ending)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                if stem in _DEATH_NOUNS:
                    hit = CueHit(num.start, num.end, stem, frozenset({"death_words"}))
                    out.append((num, 2, hit))
                break
    return out


def _plural_verb(ctx: DocContext, h: CueHit) -> bool:
    """A plural or dual past verb ("قتلوا", "لقوا", "قتلا"), whose subject may come well before."""
    words = ctx.norm_of(h.start, h.end).split()
    word = words[0] if words else ""
    return word.endswith("وا") or (word.endswith("ا") and word[:-1] in ("قتل", "لقي", "استشهد"))


_FATE_NOUNS = frozenset({"مصرعهم", "حتفهم", "مصرعهما", "حتفهما", "مصرعهن", "حتفهن"})
_MET = frozenset({"لقي", "لقيت", "لقوا", "ولقي", "ولقيت", "ولقوا", "فلقي"})


def _split_fate_idiom(ctx: DocContext, num: Span, h: CueHit) -> bool:
    """ "لقي 27 عنصرا من الميليشيا مصرعهم": the idiom "لقي مصرعه" (met his death) split around
    its subject, the counted dead (VSO: the verb, the subject, then the object)."""
    fate = ctx.norm_of(h.start, h.end).split()
    before = ctx.words_before(num.start, 1)
    return bool(fate) and fate[-1] in _FATE_NOUNS and bool(before) and before[-1] in _MET


_APPOSITION_MARKS = frozenset("-–—:(")


def _breakdown(ctx: DocContext, nums: list[Span]) -> set[int]:
    """Starts of the figures that break down dead counted elsewhere: after "بينهم" ("بينهم 3
    أطفال"), after a dash, colon or bracket right behind a count ("أربعة أشخاص - جنديان
    ومدنيان"), and the figures joined by "و" to one of those ("بينهم 3 أطفال و2 نساء")."""
    parts: set[int] = set()
    for i, num in enumerate(nums):
        prev = nums[i - 1] if i else None
        if among(ctx, num) or part_of_the_dead(ctx, num) or (
            prev is not None
            and prev.start not in parts
            and ctx.tokens_between(prev.end, num.start) <= _APPOSED_GAP
            and any(c in _APPOSITION_MARKS for c in ctx.doc.text[prev.end : num.start])
        ):
            parts.add(num.start)
        elif prev is not None and prev.start in parts and _joined(ctx, prev, num):
            parts.add(num.start)
    return parts


_APPOSED_GAP = 4  # "أربعة أشخاص على الأقل - جنديان": the count's noun and "على الأقل"


def fatalities_for(
    ctx: DocContext, m: Mention, start: int, end: int, excluded: set[int], total_clauses: set[int]
) -> None:
    """Conservative fatalities of a mention from the death statements in [start, end).

    Death words of a total over a period (their clause holds a total) say nothing about this
    event; numbers of those totals were put in ``excluded``.
    """
    if m.sub_event_type == "Peaceful protest":
        # ACLED: a peaceful protest meets no force; deaths at a protest make it another
        # sub-type, found from the killing itself ("ذوي ضحايا النظام": no one died here)
        return
    all_nums = death_numbers(ctx, start, end)
    excluded = excluded | retold_totals(ctx, all_nums, excluded)
    nums = [(s, n, h) for s, n, h in all_nums if s.start not in excluded]
    # "علما بأن حصيلة سابقة أفادت عن مقتل 11": an earlier toll gives way to the newer one
    newer = [
        x
        for x in nums
        if not ctx.cue_before(x[0].start, "superseded_toll", 5, start)
        and not told_as_earlier(ctx, x[0], start)
    ]
    if nums and not newer:
        return  # only a superseded toll here: the newer figure is told elsewhere
    # "وتضاف الحصيلة إلى 113 قتيلا قضوا الثلاثاء": the total a new toll is added to is an
    # earlier one, never this event's dead
    # "وعقب مقتل القائد شنت الميليشيا حملة": a death dating another act is not its toll
    nums = [x for x in newer if not _earlier_total(ctx, x[0]) and not told_apart(ctx, m, x[2])]
    cut = own_clause_start(ctx, m, nums, start)  # "… مقتل 12، بينما قتل 4 آخرون في مواجهات"
    nums = [x for x in nums if cut is None or x[0].start >= cut]
    used_by_totals = {h.start for s, _n, h in all_nums if s.start in excluded}
    deaths = [
        h
        for h in _death_words(ctx, start, end)
        if not ctx.cue_before(h.start, "negation", 2, start)
        and not reported_none(ctx, h)
        and not ctx.cue_before(h.start, "possible_death", 2, start)
        and not _unconfirmed(ctx, h)
        and not _intended(ctx, h)
        and h.start not in used_by_totals
        and not told_apart(ctx, m, h)
        and ctx.clause_bounds(h.start)[0] not in total_clauses
    ]
    # "القتلى مدنيون بينهم طفلان" with the total told in another sentence: a breakdown is part
    # of the dead, never the event's figure (ACLED: fatalities of the whole event); the figures
    # of its clause after "بينهم" go with it, a later clause may give the toll ("وأشار إلى
    # مقتل 11")
    parts = _breakdown(ctx, [s for s, _n, _h in nums])
    breakdowns = [s for s, _n, _h in nums if s.start in parts]
    # "بين القتلى 5 أطفال" with no total anywhere near: at least those 5 died
    at_least = sum(n for s, n, _h in nums if s.start in parts)
    if nums and breakdowns and breakdowns[0].start == nums[0][0].start:
        nums = [
            x
            for x in nums
            if not any(
                b.start <= x[0].start
                and ctx.clause_bounds(b.start)[0] == ctx.clause_bounds(x[0].start)[0]
                for b in breakdowns
            )
        ]
    if nums:
        total = 0
        prev_end = -1
        is_range = False
        vague = False  # the figure so far rests on a vague word ("العشرات" → 12)
        summed: list[int] = []  # the figures added up into the total
        sides: set[str] | None = set()  # whose dead the total counts (None: not all named)
        whole = False
        figure_sides, inferred = dead_sides(ctx, m, [s for s, _n, _h in nums], end)
        for (s, n, _h), side in zip(nums, figure_sides, strict=True):
            words = ctx.words_before(s.start, 2)
            last = words[-1] if words else ""
            this_vague = is_vague(s)
            if prev_end >= 0 and (s.start in parts or is_among(word_after(ctx, s.end))):
                # "23 قتيلا بينهم 3 انتحاريين و2 مدنيين", "17 قتيلا، قتل عشرة منهم في دمشق":
                # a breakdown of the dead already counted, not more dead
                continue
            if prev_end < 0:
                total, vague = n + one_before(ctx, _h, s) + one_after(ctx, s, end), this_vague
                if total == n:  # "اغتال مسلحون الشيخ … ومقتل شخصين آخرين": the sheikh too
                    total += one_beside(ctx, s)
                summed = [n]
                # a fight's dead counted as people of no side: the whole toll of every side
                whole = m.event_type == "Battles" and counts_anyone(ctx, s, end)
                sides = None if whole else {side} if side else None
                is_range = last in ("بين", "من")  # "بين 5 و7", "من 5 إلى 7"
                m.deaths_updated = toll_update(ctx, s, start)
                m.deaths_superseded = toll_superseded(ctx, s, start)
                m.deaths_added = told_as_more(ctx, s, _h)  # "كما قتل ثلاثة"
            elif toll_update(ctx, s, start):
                # "قتل 5 … ثم ارتفعت حصيلة القتلى إلى 9": the latest total of the same dead
                # replaces the first figure (an update, not more dead nor a rival report)
                total, vague = n, this_vague
                summed = [n]
                sides = {side} if side else None
                m.deaths_updated = True
            elif last == "او" or is_range:
                total, vague = _alternative(total, vague, n, this_vague)
                sides = sides if sides and {side} == sides else None
            elif (
                last in ("و", "الي")
                or last in AGAINST  # "12 من عناصر التنظيم مقابل ثلاثة من القوات"
                or ctx.tokens_between(prev_end, s.start) <= 4
                # "لقي 24 من الحوثيين مصرعهم … بينما قتل 2 من رجال المقاومة": the dead of a
                # side not counted yet add to the toll (ACLED: the dead of all sides)
                or (side and sides and side not in sides)
            ):
                # "26 من قوات النظام إضافة إلى 9 روس", "3 عناصر و2 مدنيين"
                total += n + one_after(ctx, s, end)
                summed.append(n)
                vague = vague or this_vague
                sides = sides | {side} if side and sides else None
            elif whole and side and side != CIVILIANS and n <= total:
                continue  # "24 شخصا قتلوا في قتال … قتلت قواته سبعة حوثيين": part of the 24
            elif len(summed) > 1 and n in summed:
                # "13 جنديا و65 متمردا قتلوا … وقتل 65 إرهابيا، ونأسف لمقتل 13": one part of
                # the total told again, neither more dead nor a rival, lower report
                continue
            else:
                total, vague = _alternative(total, vague, n, this_vague)
                summed = [total]
                sides = sides if sides and {side} == sides else None
            prev_end = s.end
        if rival_no_dead(ctx, nums[0][0].start, end):
            total = 0  # the other side reports no dead: ACLED's most conservative figure
        # figures that only refer back ("الجنود الخمسة") give way to any count in another
        # account of the event (they stand when none is told)
        referred = all(definite(ctx, s) for s, _n, _h in nums)
        m.fatalities, m.deaths_stated, m.deaths_counted = total, True, not referred
        m.dead_sides = frozenset(() if inferred else sides or ())
        m.deaths_vague = vague
        m.deaths_whole = whole
    elif deaths and any(h.key not in _TOLL_WORDS for h in deaths):
        significant = significant_deaths(ctx, start, end)
        m.fatalities, m.deaths_stated = max(10 if significant else 3, at_least), True
        # a breakdown ("وإصابة 13 بينهم طفلان") counts no one by itself
        # people counted in a clause of the deaths ("مقتل قائد و5 عناصر"; not "خرج آلاف
        # المتظاهرين، وقتل متظاهر", the crowd)
        death_clauses = {ctx.clause_bounds(h.start) for h in deaths}
        counted = any(
            names_people(ctx, n)
            and not _wounded_count(ctx, n, start, end)
            and not in_wounded_list(ctx, n, deaths, start)  # "وإصابة ضابط و3 مدنيين"
            and not among(ctx, n)
            and not _other_act_between(ctx, start, n.start)  # "وخطفوا سبعة": the taken
            and not _subject_of_own_verb(ctx, n, end)  # "و13 شخصا واجهوا صعوبات"
            and ctx.clause_bounds(n.start) in death_clauses
            for n in ctx.spans_in(ctx.numbers, start, end)
        )
        # "سقط 40 بين قتيل وجريح": the singular in mixed fates names no one dead (nor does a
        # toll word)
        named = [h for h in deaths if h.key not in _TOLL_WORDS and not in_mixed_fates(ctx, h)]
        if not significant and not counted and named:
            # "مقتل قائد ميداني": one person, not the unnumbered-deaths 3; "مقتل عنصر …
            # وإصابة 14 … إضافة إلى مقتل مدني": one dead for each different person named; a
            # singular death noun ("أردوه قتيلا") is one dead, perhaps one already named
            # ("الحصيلة الأولية … أسفرت عن مقتل شرطي": the toll word names nobody itself)
            keys = [victim_key(ctx, h, _through_next_word(ctx, h.end, end)) for h in named]
            if any(pair_named(ctx, h, end) for h in named):  # "مقتل شابين أحدهما طفل"
                m.fatalities = 2
            elif all(keys):
                m.fatalities = max(1, len(set(keys) - {ONE_DEAD}))
            else:  # "قتل مدني وسائق سيارة إسعاف": two people named one by one
                joined = max(joined_singulars(ctx, h.end, end) for h in named)
                if joined > 1:
                    m.fatalities = joined
    else:
        killed = assassinated(ctx, m)
        if killed:
            m.fatalities, m.deaths_stated = killed, True
            m.deaths_counted = killed > 1


def _through_next_word(ctx: DocContext, pos: int, end: int) -> int:
    """``end``, or the end of the word right after ``pos`` when that word runs past it: the
    person a death word names is its own even where a sibling event's window begins ("أسفر
    الأول عن مقتل | شرطي، فيما أسفر الثاني عن مقتل خمسة")."""
    i = bisect_left(ctx.token_starts, pos)
    norms, sent_end = ctx.token_norms, ctx.sentence(pos).end
    while i < len(norms) and not (norms[i] or "")[:1].isalpha():
        i += 1
    if i < len(norms) and ctx.token_ends[i] <= sent_end:
        return max(end, ctx.token_ends[i])
    return end


# death words that only name a toll, no one killed ("الحصيلة")
_TOLL_WORDS = frozenset({"حصيله"})

_ADDED_TO = frozenset({"تضاف", "يضاف", "وتضاف", "ويضاف", "لتضاف", "ليضاف"})


def _earlier_total(ctx: DocContext, num: Span) -> bool:
    """ "تضاف (هذه) الحصيلة إلى N": N is the earlier total the toll adds to ("إضافة إلى 9"
    without a toll subject adds more dead and is not meant)."""
    words = ctx.words_before(num.start, 5)
    if not words or words[-1] != "الي":
        return False
    head = words[:-1]
    return bool(set(head) & _ADDED_TO) and any(w.endswith("حصيله") for w in head)


def _wounded_count(ctx: DocContext, num: Span, start: int, end: int) -> bool:
    """The number counts wounded: an injury word right before or after it ("وإصابة 14",
    "3 جرحى")."""
    return (
        ctx.cue_before(num.start, "injury_words", 0, start) is not None
        or ctx.cue_after(num.end, "injury_words", 0, end) is not None
    )


def _alternative(total: int, vague: bool, n: int, n_vague: bool) -> tuple[int, bool]:
    """Two figures for the same dead: a count wins over a vague word ("قتل العشرات … وبلغ عدد
    القتلى 44" → 44, not the 12 that stands in for "عشرات"); between two counts, or two vague
    words, ACLED's most conservative figure."""
    if vague != n_vague:
        return (total, vague) if n_vague else (n, n_vague)
    return min(total, n), vague
