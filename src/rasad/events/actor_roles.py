"""Who acts and who is acted on: actor1/actor2 of an event mention from clause structure.

Arabic clause structure is read from word order and markers rather than a parser:
- VSO "اشتبكت قوات النظام مع …" and SVO "قوات الأسد سيطرت على …": the unmarked actor nearest the
  trigger is actor1;
- agents of passives and verbal nouns: "من قبل X", "على يد X", "برصاص X", "غارات للطيران X";
- the other side: "ضد X", "على X", "مع X", "من X", "بين X و Y";
- a reporting subject ("أعلنت قوات … عن سيطرتها") is actor1 when the event clause names none;
- a source ("مصدر في الشرطة", "قالت الشرطة إن") speaks about the event, it is never a side.

The marks the words next to one actor give it (agent, patient, member, supporter) are read in
:mod:`rasad.events.actor_marks`; this module weighs them over the sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, cast

from rasad.document import Span
from rasad.events.actor_clues import counted_dead, dead_leader, explicit_agent, killed_right_before
from rasad.events.actor_marks import (
    _TIME_WORDS,
    HEAD_NOUNS,
    _backs,
    _bare,
    _marker,
    linked_group,
    national_object,
)
from rasad.events.allied_sides import foe_for_ally
from rasad.events.announcer import only_reports, reports_another
from rasad.events.captors import held_by_captors, relative_captors
from rasad.events.context import DocContext
from rasad.events.doer_groups import subject_groups
from rasad.events.frames import kills_itself, source_of, speech_frames
from rasad.events.joined_acts import fought_in_joined_battle, striker_joined_before
from rasad.events.joined_sides import _coordinated, _joined_subjects_end, _past_adjectives
from rasad.events.killed_objects import killed_objects
from rasad.events.later_act import later_doer
from rasad.events.led_by import led_by_other
from rasad.events.lexicon import CueHit
from rasad.events.members_hit import member_befallen
from rasad.events.speaker_side import own_act_objects, speaker_fought

if TYPE_CHECKING:
    from rasad.events.arguments import Mention


ARMED_INTER = frozenset({1, 2, 3, 4, 8})


def _object_after(ctx: DocContext, a: Span, end: int) -> bool:
    """A person noun in the accusative ("جنديا", "مدنيا", "شرطيا") or a plural one in "-ين"
    ("قتلت القوات محتجين"; the subject's plural is "-ون") after the actor, or a count of people
    ("قتل مسلحون ثلاثة من رجال الشرطة"): a passive has no object. A day or time of day and the
    weapon may stand between ("قتل الجيش الأحد فلسطينيا", "قتلت الشرطة بالرصاص أربعة رجال")."""
    a_end = _joined_subjects_end(ctx, a, end)  # "قتل الجيش الفرنسي والجيش التشادي عشرات …"
    start = past_time_and_weapon(ctx, a_end, end)
    # past an aside only the unarmed are read as the object: an armed object makes a fight,
    # whose sides the passive reading already gives
    if _people_counted_after(ctx, start, end, unarmed=start > a_end):
        return True
    if start > a_end and _people_counted_after(ctx, start, end, named=True):
        # "وقتل مسلحون اليوم خمسة من عناصر الشرطة": a named force counted past the aside is
        # the object too; the passive reading would lose it (only its cue words stay a side)
        return True
    if counted_past_relative(ctx, a_end, end) is not None:
        return True
    last = ctx.norm_of(a.start, a_end).rsplit(" ", 1)[-1]
    if national_object(ctx, start, end, definite_before=last.startswith("ال")):
        return True
    for h in ctx.cues_in(start, min(end, start + 30)):
        if ctx.tokens_between(start, h.start) > 0:
            break
        form = ctx.norm_of(h.start, h.end)
        if {"armed", "civilians", "singular_victims"} & h.sets and form.endswith("ا"):
            return start == a_end or "gunmen" not in h.sets
        if _plural_object(ctx, h, form):
            return True
        if _armed_dual_object(ctx, h, form):
            return start == a_end or "gunmen" not in h.sets
    return False


_RELATIVE = frozenset({"الذي", "التي", "الذين"})
_RELATIVE_CLAUSE_MAX = 8  # tokens of a relative clause describing the subject


def counted_past_relative(ctx: DocContext, a_end: int, end: int) -> int | None:
    """ "قتلت جماعة بوكو حرام التي ظهرت في نيجيريا عام 2009 ثلاثة جنود": a short relative
    clause describing the subject stands before the people counted as the object; the count's
    offset, or None. Not when the clause tells an act ("المسلحون الذين هاجموا … ثلاثة جنود"
    is its own object)."""
    i = bisect_left(ctx.token_starts, a_end)
    norms = ctx.token_norms
    if norms[i : i + 1] == ["من"]:
        i += 2  # "مسلحون من التنظيم الذي ظهر …": the clause describes the group they are of
    if i >= len(norms) or (norms[i] or "") not in _RELATIVE:
        return None
    for num in ctx.spans_in(ctx.numbers, a_end, end):
        if ctx.tokens_between(a_end, num.start) > _RELATIVE_CLAUSE_MAX:
            return None
        if any(a_end <= t.start < num.start for t in ctx.triggers):
            return None
        if getattr(num.value, "value", 0) < 1000 and _people_counted_after(ctx, num.start, end):
            return num.start
    return None


def past_time_and_weapon(ctx: DocContext, pos: int, end: int) -> int:
    """The offset past the day, time of day or weapon words right after ``pos`` ("، الأربعاء،",
    "الليلة الماضية", "اليوم (السبت)", "بالرصاص الحي"), or ``pos`` itself."""
    i = bisect_left(ctx.token_starts, pos)
    words = 0
    while i < len(ctx.token_norms) and ctx.token_starts[i] < end and words <= _ASIDE_MAX:
        form = ctx.token_norms[i] or ""
        if form and form[0].isalpha():
            if form.removeprefix("ال") not in _ASIDE_WORDS and form not in _ASIDE_WORDS:
                return ctx.token_starts[i] if words else pos
            words += 1
        i += 1
    return pos


def _plural_object(ctx: DocContext, h: CueHit, form: str) -> bool:
    """A people noun's sound plural in "-ين" with no "و" before it ("محتجين", "المسلحين"): after
    the subject it is the object; joined by "و" it is one more subject."""
    unarmed = bool({"civilians", "protesters"} & h.sets) and "gunmen" not in h.sets
    joined = ctx.in_word_prefix(h.start)[0].startswith(("و", "ف"))
    return unarmed and form.endswith("ين") and not joined


def _armed_dual_object(ctx: DocContext, h: CueHit, form: str) -> bool:
    """An indefinite dual (or sound plural) of an armed man in "-ين" with no "و" before it
    ("قتل مسلحون جنديين", "قتلت الحركة شرطيين"): after the subject, whose nominative is "-ان" or
    "-ون", this case is the object's, so the verb is active ("قُتل جنديان" would be the passive)."""
    if "armed" not in h.sets or not form.endswith("ين") or form.startswith("ال"):
        return False
    return not ctx.in_word_prefix(h.start)[0].startswith(("و", "ف"))


# "ثلاثة من رجال الشرطة", "5 جنود": the words from a count to the people it counts
_COUNTED_PEOPLE_WORDS = 3


def _people_counted_after(
    ctx: DocContext, pos: int, end: int, *, unarmed: bool = False, named: bool = False
) -> bool:
    """A number right at ``pos`` (after the actor) counts people (a person noun or an actor;
    ``unarmed``: civilians or protesters only; ``named``: an actor only) named within a few
    words of it."""
    num = next((n for n in ctx.numbers if n.start >= pos), None)
    if num is None or num.start >= end or ctx.tokens_between(pos, num.start) > 0:
        return False
    near = min(end, num.end + 40)
    sets = {"civilians", "protesters"} if unarmed else {"armed", "civilians"}
    people = [] if named else [h.start for h in ctx.cues_in(num.end, near) if sets & h.sets]
    if not unarmed:
        people += [p.start for p in ctx.spans_in(ctx.actors, num.end, near)]
    return any(ctx.tokens_between(num.end, s) <= _COUNTED_PEOPLE_WORDS for s in people)


# a day or time of day set off by commas ("قصفت الطائرات، الاثنين، مقر …") is no clause
_WEEKDAYS = frozenset("سبت احد اثنين ثلاثاء اربعاء خميس جمعه".split())
_TIME_ASIDE = _WEEKDAYS | _TIME_WORDS | frozenset({"يوم", "ماضي", "فايت", "امس", "اول"})

# words that may stand between a verb's subject and its object: a day, a time of day, the weapon
_ASIDE_WORDS = _TIME_ASIDE | _TIME_WORDS | frozenset({"ماضيه", "ليله", "بالرصاص", "رصاص", "حي"})
_ASIDE_MAX = 4


def clause_end_past_time(ctx: DocContext, pos: int) -> int:
    """The end of the clause around ``pos``, past any clause that is only a day or a time of
    day between commas ("، الاثنين،", "، يوم الخميس،"): the verb's object follows it."""
    sent_end = ctx.sentences[ctx.sentence_index(pos)].end
    end = ctx.clause_bounds(pos)[1]
    while end < sent_end:
        nxt = ctx.clause_bounds(end)[1]
        lo, hi = bisect_left(ctx.token_starts, end), bisect_left(ctx.token_starts, nxt)
        words = [w.removeprefix("ال") for w in ctx.token_norms[lo:hi] if w and w not in "،,"]
        if not words or len(words) > 3 or not all(w in _TIME_ASIDE for w in words):
            break
        end = ctx.clause_bounds(nxt)[1] if nxt < sent_end else nxt
    return end


_DETENTIONS = frozenset({"Arrests", "Abduction/forced disappearance"})


# ---------------------------------------------------------------- actors
def _inter(span: Span | None) -> int | None:
    return getattr(span.value, "inter", None) if span is not None else None


def _canonical(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""


def usable_actors(ctx: DocContext, start: int, end: int) -> list[Span]:
    """Actor spans in [start, end) that may be a side: not a source, a speaker or a supporter."""
    return _usable_actors(ctx, start, end)


def canonical(span: Span) -> str:
    """The actor's date-valid ACLED name."""
    return _canonical(span)


def inter_of(span: Span) -> int | None:
    return _inter(span)


def bare(word: str) -> str:
    """A normalised word without و/ف and the article or ل/لل/بال before it."""
    return _bare(word)


def _usable_actors(ctx: DocContext, start: int, end: int) -> list[Span]:
    """Actor spans in [start, end) that are not part of a quoted source phrase."""
    # kept per actor: the verdict does not read the range (a source or a supporter holding
    # the actor overlaps any range it lies in), and each mention of a sentence asks
    verdicts = cast("dict[tuple[int, int], bool] | None", ctx.memo.get("usable_actor"))
    if verdicts is None:
        verdicts = ctx.memo["usable_actor"] = {}
    out: list[Span] = []
    for a in ctx.spans_in(ctx.actors, start, end):
        ok = verdicts.get((a.start, a.end))
        if ok is None:
            ok = verdicts[a.start, a.end] = _usable_actor(ctx, a)
        if ok:
            out.append(a)
    return out


def _usable_actor(ctx: DocContext, a: Span) -> bool:
    """Not in a source phrase, not a supporter ("مدعومة من الطيران الروسي"), no source's body,
    not the leader named of another force ("قسد بقيادة الوحدات الكردية")."""
    return (
        not any(s.start <= a.start and a.end <= s.end for s in ctx.sources)
        and not any(b.start <= a.start and a.end <= b.end for _a, b in ctx.support)
        and not source_of(ctx, a)
        and not _backs(ctx, a)
        and not led_by_other(ctx, a)
    )


# "ذكرت أن الجيش اعتقل مسلحين": after "أن" a noun comes first, so the clause is SVO
_THAT = frozenset({"ان", "بان", "لان", "وان"})


def _subject_of_that(ctx: DocContext, before: list[Span], trig: CueHit) -> bool:
    """The actor right before a verb trigger stands right after "أن"/"إن": it is the verb's
    subject, and an actor after the verb is its object ("أن الجيش الجزائري اعتقل مسلحين")."""
    if not before:
        return False
    gap = ctx.norm_of(before[-1].end, ctx.in_word_prefix(trig.start)[1]).strip(" \u00a0")
    if gap and _past_adjectives(gap):  # "أن الجيش الجزائري اعتقل": a nisba may stand between
        return False
    word_start = ctx.in_word_prefix(before[-1].start)[1]
    words = ctx.words_before(word_start, 1)
    return bool(words) and words[-1] in _THAT


# "مصدر في الشرطة", "المتحدث باسم الجيش", "بيان للتحالف": the group named after a source noun
# speaks about the event; it is not one of its sides
# ("مسؤول في X" is left out: "اغتيال مسؤول في حزب الله" names a victim's group)
SOURCE_NOUNS = frozenset({"مصدر", "مصادر", "متحدث", "ناطق", "بيان", "مراسل"})
# "المتحدث باسم الجيش": the head noun of a source is one word before "باسم"
_ON_BEHALF = frozenset({"باسم"})
# "اشتباكات بين الطرفين": the two sides are the actors of the clash told just before
_BOTH_SIDES = frozenset({"الطرفين", "الجانبين", "الطرفان", "الجانبان"})


def _is_source_actor(ctx: DocContext, actor: Span) -> bool:
    """ "قال مصدر بالشرطة", "مصادر في الجيش", "المتحدث باسم التحالف": an actor right after a
    source noun (with ب/في/من/ل or "باسم" between) speaks, it does not fight."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 3)
    if before and before[-1] in ("في", "من", "داخل", *_ON_BEHALF):
        before = before[:-1]
    if len(before) > 1 and before[-1] in _CLOSE_TO:
        before = before[:-1]  # "مصدر مقرب من أجهزة الأمن": a source close to the force
    return bool(before) and _bare(before[-1]) in SOURCE_NOUNS


_CLOSE_TO = frozenset({"مقرب", "مقربه", "مقربين", "قريب", "قريبه", "قريبين"})


def _both_sides(ctx: DocContext, m: Mention) -> list[Span]:
    """ "مواجهات بين الطرفين" after a trigger: the last two different sides named before it in
    its paragraph (else from the sentence before), nearest first; a group that speaks ("مصدر من
    المقاومة") counts, it is usually one of the two."""
    lo_i = bisect_left(ctx.token_starts, m.trigger.end)
    hi_i = bisect_left(ctx.token_starts, m.sent.end)
    found = False
    for k in range(lo_i, hi_i):
        if ctx.tokens_between(m.trigger.end, ctx.token_starts[k]) > 8:
            break
        norm = ctx.token_norms[k] or ""
        if norm in _BOTH_SIDES or (norm[:1] in ("و", "ب", "ل") and norm[1:] in _BOTH_SIDES):
            found = True
            break
    if not found:
        return []
    lo = ctx.paragraph_start(m.sent.start)
    if lo >= m.sent.start and m.sent.start > 0:
        lo = ctx.sentence(m.sent.start - 1).start
    sides: list[Span] = []
    for a in reversed(_usable_actors(ctx, lo, m.trigger.start)):
        if any(_canonical(a) == _canonical(b) for b in sides):
            continue
        sides.append(a)
        if len(sides) == 2:
            break
    return sides if len(sides) == 2 else []


_AGENT_CUES = frozenset({"برصاص", "بنيران", "بقصف", "بغاره", "بغارات", "بقذيفه", "بقذائف"})


def _agent_word_after(ctx: DocContext, start: int, end: int) -> int | None:
    """Offset of the first agent phrase ("برصاص", "على يد", "من قبل", unidentified gunmen)."""
    lo = bisect_left(ctx.token_starts, start)
    hi = bisect_left(ctx.token_starts, end)
    prev = ""
    for k in range(lo, hi):
        form = ctx.token_norms[k] or ""
        if (
            form in _AGENT_CUES
            or (form == "يد" and prev == "علي")
            or (form == "قبل" and prev == "من")
        ):
            return ctx.token_starts[k]
        prev = form
    hit = ctx.cues_in(start, end, "unidentified")
    return hit[0].start if hit else None


def _between_after(ctx: DocContext, start: int, end: int) -> int | None:
    """Offset of "بين" within 12 words after a trigger, in its clause."""
    hi = min(end, ctx.clause_bounds(start)[1])
    lo_i = bisect_left(ctx.token_starts, start)
    hi_i = bisect_left(ctx.token_starts, hi)
    for k in range(lo_i, hi_i):
        if ctx.tokens_between(start, ctx.token_starts[k]) > 12:
            break
        if (ctx.token_norms[k] or "") in ("بين", "وبين"):
            return ctx.token_starts[k]
    return None


def assign_actors(ctx: DocContext, m: Mention, *, verbal: bool, victim_after: bool = False) -> None:
    """actor1/actor2 of a mention; ``victim_after``: who follows a death word is its victim
    ("قُتل ثلاثة عناصر من قسد" reads like the active voice once diacritics are gone)."""
    trig = m.trigger
    sent = m.sent
    # "قصفت الفصائل مدينة محردة ردا على غارات شنتها طائرات روسية": who is named in what the
    # act answers is a side of that act, not of this one
    answered = None if m.answered else ctx.cue_after(trig.end, "in_response", 99, sent.end)
    ends = answered.start if answered is not None else sent.end
    # "لتفرقة المحتجين": the crowd the trigger word itself names is the event's crowd, set
    # by the event type; the sides are the other actors
    actors = [
        a
        for a in _usable_actors(ctx, sent.start, ends)
        if not (a.start <= trig.start and trig.end <= a.end and _inter(a) in (5, 6))
        # a strike and a battle joined by "و": each act keeps its own sides (joined_acts)
        and not (m.event_type == "Battles" and striker_joined_before(ctx, a, trig))
        and not (m.event_type == _STRIKE and fought_in_joined_battle(ctx, a, trig))
    ]
    if not actors:
        sides = _both_sides(ctx, m) if m.event_type == "Battles" else []
        if sides:  # "واندلعت مواجهات بين الطرفين": the two sides told before
            _set_actors(m, sides[1], sides[0])
        return
    reporting = ctx.cues_in(sent.start, sent.end, "reporting_verbs") + ctx.cues_in(
        sent.start, sent.end, "denial"
    )
    speakers = [
        a
        for a in actors
        if a.end <= trig.start
        and any(
            (r.end <= a.start and ctx.tokens_between(r.end, a.start) <= 1)
            or (a.end <= r.start and ctx.tokens_between(a.end, r.start) == 0)
            for r in reporting
        )
    ]

    # "قال مصدر بالشرطة إن …", "فيما قالت الشرطة إن …": who speaks about the event is no side
    def next_to_reporting(a: Span) -> bool:
        return any(
            (a.end <= r.start and ctx.tokens_between(a.end, r.start) == 0)
            or (r.end <= a.start and ctx.tokens_between(r.end, a.start) == 0)
            for r in reporting
        )

    frames = speech_frames(ctx, sent, trig.start)
    talkers = {
        id(a)
        for a in actors
        if _is_source_actor(ctx, a) or (a.start >= trig.end and next_to_reporting(a))
    }
    speakers += [
        a for a in actors if id(a) in talkers and a.end <= trig.start and a not in speakers
    ]
    speakers.sort(key=lambda a: a.start)
    speaker = speakers[-1] if speakers else None
    m.speaker = speaker
    talkers |= {id(a) for a in speakers}

    def dist(a: Span) -> int:
        if a.end <= trig.start:
            return ctx.tokens_between(a.end, trig.start)
        return ctx.tokens_between(trig.end, a.start)

    a1: Span | None = None
    a2: Span | None = None
    # "قتل الجيش عشرة مسلحين في اشتباكات": the killing verb's object is the side hit
    killed, actors = killed_objects(
        ctx, m, actors, lambda a: _object_after(ctx, a, sent.end), _fought_with
    )
    marks = {a.start: _marker(ctx, a, trig) for a in actors}
    marks.update((a.start, "patient") for a in killed)
    # "اعتقل مسلحون من داعش …", "طائرة مسيرة تابعة للحوثيين": the doer's group
    subject_groups(ctx, m, actors, marks, lambda a: _object_after(ctx, a, sent.end), verbal=verbal)
    agent_later = _agent_word_after(ctx, trig.start, sent.end)
    for a in actors:
        # "قتل 3 عناصر من قسد برصاص مسلحين": who follows a death word before an agent is a victim
        if (
            agent_later is not None
            and a.end <= agent_later
            and marks[a.start] not in ("agent", "between")
            and ctx.cue_before(a.start, "death_words", 4, sent.start)
        ):
            marks[a.start] = "patient"
            continue
        if (
            m.event_type != "Battles"  # in a fight either side may lose a man
            and marks[a.start] in ("", "member")
            and dead_leader(ctx, a, sent)
        ):
            marks[a.start] = "patient"  # "مقتل أمير داعش بغارة": the group lost its leader
            continue
        if (
            m.event_type != "Battles"
            and not marks[a.start]
            and a.end <= trig.start
            and killed_right_before(ctx, a, sent)
            and not _object_after(ctx, a, sent.end)
            # "قتل الجيش عشرة مسلحين": a count after the actor is the verb's object
            and not ctx.spans_in(ctx.numbers, a.end, min(sent.end, a.end + 12))
        ):
            # "قتل ثلاثة جنود مصريين في انفجار عبوة": the men a passive death verb tells of,
            # with no victim after them, are who the attack killed, not its doers
            marks[a.start] = "patient"
            continue
        if marks[a.start] == "member":
            # "قتل 7 مسلحين من داعش في غارة …": the counted dead are the side that was hit
            hit = (victim_after and a.start >= trig.end) or counted_dead(ctx, a, sent)
            # "اعتقلت الشرطة قياديا في داعش": the group of the men held is the side held
            hit = hit or (
                m.sub_event_type in _DETENTIONS and (a.start >= trig.end or linked_group(ctx, a))
            )
            # "وتعرض منزل قائد في الحشد لتفجير": the force whose man the attack befell
            hit = hit or (m.event_type != "Battles" and member_befallen(ctx, a, trig, sent))
            marks[a.start] = "patient" if hit else ""
        elif victim_after and a.start >= trig.end and not marks[a.start]:
            # "قتل مسلحون جنديا": a victim in the accusative after the actor makes the death
            # verb active and the actor its subject ("قُتل مسلحون" has no object)
            marks[a.start] = "agent" if _object_after(ctx, a, sent.end) else "patient"
    # "النصرة التي تحتجز عددا من عناصر الجيش": the held men are the side held, their
    # captor the doer, however far the detention word stands
    captors = relative_captors(ctx, actors, sent) if m.sub_event_type in _DETENTIONS else []
    for _head, held in captors:
        for a in held:
            marks[a.start] = "patient"
    # "ثلاثة مدنيين … محتجزين لدى داعش": the holder, wherever it stands, is the captor
    holders = held_by_captors(ctx, actors, sent) if m.sub_event_type in _DETENTIONS else []
    for head, held in holders:
        for a in held:
            marks[a.start] = "patient"
        marks[head.start] = "captor"
    own_act_objects(ctx, trig, actors, marks)  # "وقالت إنها استهدفت البنية الإيرانية"
    # "اشتباكات عنيفة في مناطق … بين X و Y": the sides follow "بين", however far it is
    between_at = _between_after(ctx, trig.end, sent.end)
    late_sides: list[Span] = []
    for a in actors:  # "قصفت طائرات التحالف": an actor inside the trigger phrase acts
        if a.start < trig.end and a.end > trig.start and not marks[a.start]:
            marks[a.start] = "agent"
    near = [
        a
        for a in actors
        if id(a) not in talkers
        and (
            dist(a) <= 8 or later_doer(ctx, a, trig)  # "قتل جنديان … عندما اقتحم مسلحون"
            or (
                between_at is not None
                and a.start > between_at
                and ctx.tokens_between(between_at, a.start) <= 8
            )
        )
    ]
    # "بين X و Y"
    between = [a for a in near if marks[a.start] == "between"]
    if between:
        a1 = between[0]
        rest = [a for a in near if a.start > a1.start and a is not a1]
        a2 = rest[0] if rest else None
    if a1 is None and between_at is not None:
        # "بين القوات الموالية للرئيس … ومسلحي الحوثي": when a side's long name is not
        # recognised, the sides that are stay sides (first named → actor1)
        sides = [
            a
            for a in near
            if a.start > between_at
            and marks[a.start] in ("", "between")
            and ctx.clause_bounds(a.start)[0] <= between_at
        ]
        if sides and ctx.in_word_prefix(sides[0].start)[0].startswith("و"):
            # "وقعت بين القوات ومجموعة إرهابية": the first recognised side is the second
            # named, the first ("القوات") was not recognised; who did it is the doer the
            # clause names, the recognised side is kept for what is left (below)
            late_sides = sides
        elif sides:
            a1 = sides[0]
            rest = [a for a in sides[1:] if _canonical(a) != _canonical(a1)]
            a2 = rest[0] if rest else None
    agents = [a for a in near if marks[a.start] == "agent"]
    if a1 is None and not agents:
        # "قتل مسلحان … في هجوم شنته المقاومة": a relative verb or "برصاص"/"على يد" names the
        # doer however far it stands in the sentence
        agents = [
            a
            for a in actors
            if a.start >= trig.end  # the doer of an act told earlier is not this one's
            and marks[a.start] == "agent"
            and id(a) not in talkers
            and explicit_agent(ctx, a, sent)
        ]
    if a1 is None and agents:
        a1 = min(agents, key=dist)
    # "وتتمركز فيه قوات النظام، وفق المرصد الذي أضاف أن صواريخ سقطت على مواقع …": a trigger
    # told after a reporting verb's "أن" has its subject after it; who stands before the
    # report is the speaker (below) or belongs to another clause
    told_from = max((hi for _lo, hi in frames), default=sent.start)
    # the last report's verb: an actor before it in another clause ("قوات النظام، وفق المرصد
    # الذي أضاف أن …") belongs to that clause; its subject ("وكان الجيش قد قال إن …") and who
    # speaks in the frame may well tell of their own side's act
    said_at = max((lo for lo, _hi in frames), default=sent.start)
    said_clause = ctx.clause_bounds(max(said_at - 1, sent.start))[0]
    if a1 is None:
        before = [
            a
            for a in near
            if told_from <= a.start
            and a.end <= trig.start
            and not marks[a.start]
            and dist(a) <= 6
        ]
        after = [a for a in near if a.start >= trig.end and not marks[a.start] and dist(a) <= 3]
        if verbal and after and not _subject_of_that(ctx, before, trig):
            a1 = after[0]  # VSO
        elif before:
            a1 = before[-1]  # SVO / subject of the noun phrase
            while True:  # "الجيش الوطني والمقاومة … هجوما": the first of joined subjects
                prev = [a for a in before if a.end <= a1.start and _coordinated(ctx, a, a1)]
                if not prev:
                    break
                a1 = prev[-1]
        elif after:
            a1 = after[0]
    if late_sides:
        rest = [a for a in late_sides if a1 is None or _canonical(a) != _canonical(a1)]
        if a1 is None:
            a1, rest = rest[0], rest[1:]
        a2 = rest[0] if rest else None
    # "قال الجيش إن مسلحين فتحوا النار": unnamed attackers right before the trigger; neither
    captor = next((c for c in reversed(captors) if c[0].end <= trig.start), None)
    if holders and (a1 is None or _inter(a1) == 7 or marks[a1.start] == "patient"):
        # the held civilians read as the subject ("ثلاثة مدنيين خطفوا … محتجزين لدى داعش")
        # are the side held; the holder took them
        captor = holders[0]
        a1 = captor[0]
    if a1 is None and captor is not None:
        a1 = captor[0]
    # the speaker nor an earlier actor of the sentence did it
    unnamed = a1 is None and any(
        ctx.cue_before(trig.start, cue_set, 3, sent.start) for cue_set in ("unidentified", "gunmen")
    )
    # ACLED: a bomb nobody claimed was planted by an unidentified group; who reports it did not
    bomb = m.sub_event_type in _BOMB_SUBTYPES
    if (
        a1 is None
        and speaker is not None
        # "قالت الشرطة إنها قتلت …": the verb agrees with the pronoun, the speaker killed
        and (not victim_after or kills_itself(ctx, speaker, trig.start))
        and not unnamed
        and not bomb
        # "أوضحت الشرطة أن الهجوم …": a report naming its own subject has the speaker as source
        and not reports_another(ctx, m, speaker)
    ):
        a1 = speaker  # "أعلنت قوات … عن سيطرتها"; but who announces a death did not kill
    if a1 is None and not unnamed:  # the subject said earlier ("النظام يحاول … إعلان سيطرته")
        earlier = [
            a
            for a in actors
            if (said_at <= a.start or ctx.clause_bounds(a.start)[0] >= said_clause)
            and a.end <= trig.start
            and not marks[a.start]
            and id(a) not in talkers
            and not only_reports(ctx, m, a)
        ]
        if earlier:
            a1 = earlier[-1]
            m.actor_fallback = True
    # a change of control has a side that loses it, often the subject of the event it follows
    # ("سيطرت … بعد انسحاب داعش"); a one-sided act (looting, a strike) has only a target
    one_sided = m.event_type != "Battles" and m.sub_event_type != _TRANSFER
    allies = {
        id(a)
        for a in actors
        if a1 is not None and (_coordinated(ctx, a1, a) or _coordinated(ctx, a, a1))
    }
    if a2 is None:
        patients = [a for a in near if a is not a1 and marks[a.start] == "patient"]
        if not patients:  # "قصفت طائرات … مقر قيادة ودعم لوجستي لتنظيم داعش": the target's owner
            c_end = clause_end_past_time(ctx, trig.start)
            patients = [
                a
                for a in actors
                if a is not a1
                and id(a) not in talkers
                and trig.end <= a.start < c_end
                and marks[a.start] == "patient"
                and ctx.tokens_between(trig.end, a.start) <= 14
            ]
        others = [
            a
            for a in near
            if a is not a1
            and (a1 is None or _canonical(a) != _canonical(a1))
            and id(a) not in allies
            # with no actor1 only a battle keeps its one named side (it has no direction)
            and (a1 is not None or m.event_type == "Battles")
            and not (one_sided and _doer_of_other_event(ctx, a, trig))
        ]
        if not patients and not others and a1 is not None and m.event_type in _FAR_OTHER_SIDE:
            # "صد الجيش، مساء أمس، هجوما لمتمردي الجيش السابق وميليشيا الحوثي": a fight's other
            # side named further on, past a parenthesis, before the next clause-starting word
            starter = ctx.cue_after(trig.end, "clause_starters", 14, sent.end)
            c_end = starter.start if starter is not None else sent.end
            others = [
                a
                for a in actors
                if trig.end <= a.start < c_end
                and id(a) not in talkers
                and id(a) not in allies
                and _canonical(a) != _canonical(a1)
                and marks[a.start] != "member"
                and ctx.tokens_between(trig.end, a.start) <= 14
                and not (one_sided and _doer_of_other_event(ctx, a, trig))
            ]
        pool = patients or others
        if pool:
            a2 = min(pool, key=dist)
            if a1 is None and m.event_type == "Battles" and _fought_with(ctx, a2):
                # "لقي 13 عنصرا من الحوثيين مصرعهم في معارك مع الجيش": the counted dead's
                # group is the side hit, the one fought "مع" its foe (made actor1 below)
                dead = [a for a in pool if a is not a2 and counted_dead(ctx, a, sent)]
                if dead:
                    a2 = min(dead, key=dist)
    if a2 is None and a1 is not None and not victim_after:
        # "وكان 27 عنصرا من الحوثيين قُتلوا … جراء قصف مقاتلات التحالف": the counted dead of
        # a group in the trigger's sentence are the side it hit
        victims = [
            a
            for a in actors
            if a is not a1
            and _canonical(a) != _canonical(a1)
            and id(a) not in talkers
            and counted_dead(ctx, a, sent)
        ]
        if victims:
            a2 = min(victims, key=dist)
    if a2 is None and captor is not None and a1 is captor[0] and captor[1]:
        a2 = captor[1][0]
    if (a1 is None or a2 is None) and m.event_type == "Battles":
        sides = _both_sides(ctx, m)  # "اندلعت مواجهات بين الطرفين"
        if sides and (a1 is None or a1 in sides or _canonical(a1) in map(_canonical, sides)):
            a1, a2 = sides[1], sides[0]
    if a1 is None and a2 is not None and m.event_type == "Battles":
        # "قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية": the dead's group is one side,
        # the group they fought "مع" the other (a battle has no direction)
        partners = [
            a
            for a in near
            if a is not a2
            and id(a) not in talkers
            and _canonical(a) != _canonical(a2)
            and a.start >= trig.end
            and _fought_with(ctx, a)
        ]
        if partners:
            a1 = min(partners, key=dist)
    if (
        a1 is None
        and a2 is not None
        and m.event_type == "Battles"
        and not marks.get(a2.start)
        and _doer_in_construct(ctx, a2, trig)
    ):
        # "اشتباكات عنيفة … مع تقدم قوات المقاومة": the one side named is the subject of the
        # advance or attack the battle came with; a battle's one known side is actor1
        a1, a2 = a2, None
    if (
        a2 is None
        and a1 is not None
        and speaker is not None
        and speaker is not a1
        and m.event_type == "Battles"
        and _inter(speaker) in ARMED_INTER
        and speaker_fought(ctx, sent, speaker, trig)
    ):
        a2 = speaker  # "قالت القوات الجوية إنها ساعدت في صد هجوم لبوكو حرام": its own fight
    if a1 is not None and a2 is not None:  # "بين قوات هادي والمقاومة، والحوثيين"
        a2 = foe_for_ally(actors, a1, a2, excluded=talkers, dist=dist) or a2
    if a1 is not None and a2 is not None and _canonical(a1) == _canonical(a2):
        a2 = None
    _set_actors(m, a1, a2)


def _fought_with(ctx: DocContext, actor: Span) -> bool:
    """The actor follows "مع" (maybe with a head noun between: "مع تنظيم داعش")."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if prefix:
        return False
    before = ctx.words_before(word_start, 3)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    return bool(before) and before[-1] == "مع"


def _doer_in_construct(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """The actor stands in construct right after another event noun of the sentence ("تقدم
    قوات المقاومة", "هجوم الجيش"): it is that noun's subject, the one who moves or attacks."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if prefix:
        return False  # "لقوات", "بقوات": marked, not in construct
    return any(
        t is not trig and t.end <= word_start and ctx.tokens_between(t.end, word_start) == 0
        for t in ctx.triggers
    )


def _doer_of_other_event(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """The actor stands in construct right after another event noun of the sentence ("تنهب …
    بعد تقدم قوات المقاومة"): it is that event's subject, not the other side of a one-sided
    event (looting, a strike, an arrest) told before it; callers leave changes of control
    out: the side a place is won from may be the subject of the event it follows ("بعد
    انسحاب داعش")."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    if _prefix:
        return False  # "لقوات", "بقوات": marked, not in construct
    before = ctx.words_before(word_start, 2)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    if not before:
        return False
    hi = word_start
    return any(
        t is not trig
        and t.start >= trig.end
        and t.end <= hi
        and ctx.tokens_between(t.end, hi) <= len(ctx.words_before(hi, 2)) - len(before)
        # an adverbial "بعد/قبل/عقب/إثر + verbal noun" tells an event of its own; a noun of
        # state ("مناطق سيطرة داعش") only says whose the target is
        and set(ctx.words_before(ctx.in_word_prefix(t.start)[1], 1)) & _TIME_SUBORDINATORS
        for t in ctx.triggers
    )


_TIME_SUBORDINATORS = frozenset({"بعد", "وبعد", "قبل", "وقبل", "عقب", "اثر", "واثر", "بعيد"})


def _set_actors(m: Mention, a1: Span | None = None, a2: Span | None = None) -> None:
    m.actor1, m.actor2 = a1, a2
    m.actor1_name = _canonical(a1) if a1 else None
    m.actor2_name = _canonical(a2) if a2 else None
    m.inter1, m.inter2 = _inter(a1), _inter(a2)


# events whose other side may be named well after the trigger: a fight's enemy, the other party
# of a deal or a handover ("سيطرت قوات النظام، الجمعة، على المعبر بموجب اتفاق مع المعارضة")
_STRIKE = "Explosions/Remote violence"
_FAR_OTHER_SIDE = frozenset({"Battles", "Strategic developments"})
_TRANSFER = "Non-violent transfer of territory"
_BOMB_SUBTYPES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
