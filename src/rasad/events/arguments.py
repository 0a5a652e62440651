"""Event arguments from the sentence around a trigger: actors, place, date, source (fatalities:
:mod:`rasad.events.fatalities`).

Arabic clause structure is read from word order and markers rather than a parser:
- VSO "اشتبكت قوات النظام مع …" and SVO "قوات الأسد سيطرت على …": the unmarked actor nearest the
  trigger is actor1;
- agents of passives and verbal nouns: "من قبل X", "على يد X", "برصاص X", "غارات للطيران X";
- the other side: "ضد X", "على X", "مع X", "من X", "بين X و Y";
- a reporting subject ("أعلنت قوات … عن سيطرتها") is actor1 when the event clause names none.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.frames import source_of, speech_frames
from rasad.events.lexicon import CueHit

# "هجوم شنه/نفذته X": a relative verb whose subject is the doer of the event before it
_RELATIVE_AGENT_VERBS = ("شنته", "شنها", "شنتها", "شنه", "شنوه", "نفذته", "نفذها", "نفذتها", "نفذه")

AGENT_WORDS = frozenset(
    {
        "قبل",
        "يد",
        "برصاص",
        "رصاص",
        "بنيران",
        "نيران",
        "بقصف",
        "قصف",
        # an attack noun followed by a group, in construct or with ل, names the attacker: "في
        # هجوم لداعش", "بغارة للتحالف", "صواريخ الحوثيين" (a target follows على/ضد instead)
        *(
            pre + noun
            for pre in ("", "ب")
            for noun in ("هجوم", "هجمات", "غاره", "غارات", "تفجير", "تفجيرات", "كمين",
                         "اعتداء", "اعتداءات", "قذايف", "صواريخ", "صاروخ")
        ),
        # "قصف جوي شنته قوات التحالف": the subject of a relative verb after the trigger acts
        *_RELATIVE_AGENT_VERBS,
        # "طائرات للتحالف", "طيران النظام", "مقاتلات التحالف": who flies the aircraft strikes
        "طايرات",
        "طايره",
        "طيران",
        "مقاتلات",
        "مروحيات",
        "مروحيه",
    }
)
PATIENT_WORDS = frozenset({"ضد", "علي", "مع", "من", "عن", "استهداف", "باتجاه", "نحو", "الي"})
HEAD_NOUNS = frozenset(
    {
        "تنظيم",
        "قوات",
        "حركه",
        "جماعه",
        "ميليشيا",
        "ميليشيات",
        "مليشيا",
        "مليشيات",
        "عناصر",
        "مقاتلي",
        "فصائل",
        "فصيل",
        "جيش",
        "كتائب",
        "لواء",
    }
)
MEMBER_NOUNS = frozenset(
    {
        "دفعه",
        "دفعات",
        "مجموعه",
        "قافله",
        "عناصر",
        "عنصر",
        "مقاتلين",
        "مقاتلا",
        "مقاتل",
        "جنود",
        "جندي",
        "افراد",
        "مسلحين",
        "مسلحون",
        "قياديا",
        "قيادي",
        "ضابط",
        "ضباط",
        "العناصر",
    }
)
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_TIME_WORDS = frozenset({"اليوم", "امس", "الليله", "فجر", "صباح", "مساء", "ليل", "ظهر", "فجرا"})
# "مدرسة الشرطة", "مقر المخابرات", "حاجز للجيش": an actor right after a facility or position
# noun owns the target; it is attacked or loses it, it does not act
FACILITY_NOUNS = frozenset(
    {
        "مدرسه",
        "مقر",
        "مقرات",
        "مبني",
        "مباني",
        "مركز",
        "مراكز",
        "قسم",
        "مديريه",
        "اكاديميه",
        "كليه",
        "ثكنه",
        "ثكنات",
        "حاجز",
        "حواجز",
        "نقطه",
        "نقاط",
        "موقع",
        "مواقع",
        "معسكر",
        "قاعده",
        "مطار",
        "كتيبه",
        "سريه",
        "دوريه",
        "رتل",
        "ارتال",
        "مخفر",
        "تجمع",
        "تجمعا",
        "تجمعات",
        "مستودع",
        "مستودعات",
        "معاقل",
        "معقل",
        "صفوف",
        "مخازن",
        "آليات",
        "اليات",
        "عربات",
    }
)
# "من أيدي X", "من قبضة X", "من سيطرة X": X holds what is taken from it
_HOLD_NOUNS = frozenset({"ايدي", "يد", "قبضه", "سيطره"})


@dataclass
class Mention:
    """One event mention, before merging into atomic events."""

    trigger: CueHit
    event_type: str
    sub_event_type: str
    weight: float
    sent: Span
    actor1: Span | None = None
    actor2: Span | None = None
    actor1_name: str | None = None
    actor2_name: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    speaker: Span | None = None
    place: Any = None
    place_explicit: bool = False
    date: dt.date | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    time_precision: int = 1
    date_explicit: bool = False
    fatalities: int = 0
    deaths_stated: bool = False
    deaths_counted: bool = False  # a number was given (not the 3/10 convention)
    deaths_vague: bool = False  # that number stands in for a vague word ("عشرات" → 12)
    deaths_updated: bool = False  # the figure is a toll's new total ("ارتفعت الحصيلة إلى 9")
    claimed_by: list[str] = field(default_factory=list)
    certainty: str = "asserted"
    hedged: bool = False
    actor_fallback: bool = False
    country: str | None = None  # ISO2
    place_names: frozenset[str] = frozenset()  # every place named in the sentence
    anaphoric: bool = False  # "الهجوم", "هذه الغارات": refers back to an event already told
    casualty_only: bool = False  # made from a death word alone ("مقتل 17"): a toll, no act
    # governed by a denial ("ونفت الوزارة استهداف المناطق السكنية"): evidence about an event
    # already told, never an event of its own
    denial_only: bool = False
    # told in a relative clause ("الصحفيين الذين تم اعتقالهم قبل أيام"): presupposed, given
    # information about an event; it joins an event already told, never one of its own
    reference_only: bool = False
    listed_places: frozenset[str] = frozenset()  # one of several coordinated scenes: kept apart
    para: int = 0  # start of the trigger's paragraph
    sent_no: int = 0  # index of the trigger's sentence

    @property
    def actor_keys(self) -> frozenset[str]:
        return frozenset(a for a in (self.actor1_name, self.actor2_name) if a)

    @property
    def side_keys(self) -> frozenset[str]:
        """Actor keys with every rebel group (inter 2) of one country as one side: "فصائل
        المعارضة" and a named faction fighting the same day at the same place are one atomic
        event for ACLED, not two."""
        keys = set()
        for name, inter in ((self.actor1_name, self.inter1), (self.actor2_name, self.inter2)):
            if name and name.startswith(("Protesters", "Rioters")):
                keys.add(f"crowd:{self.country}")  # one crowd, peaceful or turned violent
            elif name:
                keys.add(f"rebels:{self.country}" if inter == 2 else name)
        return frozenset(keys)


# ---------------------------------------------------------------- actors
def _inter(span: Span | None) -> int | None:
    return getattr(span.value, "inter", None) if span is not None else None


def _canonical(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""


def _usable_actors(ctx: DocContext, start: int, end: int) -> list[Span]:
    """Actor spans in [start, end) that are not part of a quoted source phrase."""
    srcs = [(s.start, s.end) for s in ctx.sources if s.start < end and s.end > start]
    # a supporter ("مدعومة من الطيران الروسي") is an associated actor, not a side
    srcs += [(b.start, b.end) for _a, b in ctx.support if b.start < end and b.end > start]
    return [
        a
        for a in ctx.spans_in(ctx.actors, start, end)
        if not any(a.start >= s and a.end <= e for s, e in srcs) and not source_of(ctx, a)
    ]


def _marker(ctx: DocContext, actor: Span, trig: CueHit) -> str:
    """'agent', 'patient', 'between' or '' from the words just before the actor."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 4)
    while before and before[-1] in HEAD_NOUNS:  # "مع تنظيم «داعش»": the marker is before
        before = before[:-1]
    owned = False
    while before and _bare(before[-1]) in _DESCRIPTORS:
        # "مواقع للمسلحين الحوثيين": a describing noun between the target and the group
        owned = owned or before[-1].startswith("ل")
        before = before[:-1]
    prev = before[-1] if before else ""
    if owned and prev in FACILITY_NOUNS:
        return "patient"
    if prev == "من" and len(before) > 1 and before[-2] in MEMBER_NOUNS:
        return "member"  # "عناصر من داعش": the group of the people named before
    timeless = before
    while timeless and timeless[-1] in _TIME_WORDS:
        timeless = timeless[:-1]
    if prev in _TIME_WORDS and timeless and timeless[-1] in AGENT_WORDS:
        # "هجوم شنته (صباح) اليوم المقاومة": time words between the verb and its subject
        return "agent"
    if prev in FACILITY_NOUNS:
        return "patient"  # "سيطرته على مدرسة الشرطة": the police lost the school
    if prev in _HOLD_NOUNS and len(before) > 1 and before[-2] == "من":
        return "patient"  # "استعادة المدينة من أيدي الحوثيين": who loses it
    if prev in AGENT_WORDS or (len(before) > 1 and before[-2] == "من" and prev == "قبل"):
        return "agent"
    # counted from the actor's word, proclitic included ("غارات مكثفة لمقاتلات التحالف")
    near_trigger = actor.start >= trig.end and ctx.tokens_between(trig.end, word_start) <= 1
    if prefix.endswith("ل") and near_trigger and prev not in PATIENT_WORDS:
        return "agent"  # "غارات للطيران الروسي", "قصف لقوات النظام"
    if prefix.endswith("ب") and near_trigger:
        return "agent"
    if prev in ("بين", "وبين") or (
        len(before) > 1
        and before[-2] in ("بين", "وبين")
        and prev in ("تنظيم", "قوات", "حركه", "جماعه", "ميليشيا")
    ):
        return "between"
    if prev in PATIENT_WORDS or prefix.endswith("ل"):
        return "patient"
    return ""


# nouns that describe a group's men ("المسلحين الحوثيين", "لمتمردي الحوثي")
_DESCRIPTORS = frozenset(
    {
        "مسلحين",
        "مسلحي",
        "متمردين",
        "متمردي",
        "مقاتلين",
        "مقاتلي",
        "عناصر",
        "ميليشيات",
        "ميليشيا",
        "مليشيات",
        "مليشيا",
        "قوات",
    }
)


def _bare(word: str) -> str:
    """A normalised word without و/ف and the article or ل/لل/بال before it."""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    for p in ("بال", "لل", "ال", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p) :]
    return word


# "مصدر في الشرطة", "المتحدث باسم الجيش", "بيان للتحالف": the group named after a source noun
# speaks about the event; it is not one of its sides
# ("مسؤول في X" is left out: "اغتيال مسؤول في حزب الله" names a victim's group)
SOURCE_NOUNS = frozenset({"مصدر", "مصادر", "متحدث", "ناطق", "بيان", "مراسل"})
# "المتحدث باسم الجيش": the head noun of a source is one word before "باسم"
_ON_BEHALF = frozenset({"باسم"})
# relative verbs and agent nouns that name the doer however far from the trigger they stand:
# "قتل جنديان في هجوم شنته جماعة …", "أصيب مدني برصاص قناص …"
_EXPLICIT_AGENT = frozenset(
    {
        *_RELATIVE_AGENT_VERBS,
        "برصاص",
        "بنيران",
        "قبل",
        "يد",
    }
)
# "اشتباكات بين الطرفين": the two sides are the actors of the clash told just before
_BOTH_SIDES = frozenset({"الطرفين", "الجانبين", "الطرفان", "الجانبان"})


def _is_source_actor(ctx: DocContext, actor: Span) -> bool:
    """ "قال مصدر بالشرطة", "مصادر في الجيش", "المتحدث باسم التحالف": an actor right after a
    source noun (with ب/في/من/ل or "باسم" between) speaks, it does not fight."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 3)
    if before and before[-1] in ("في", "من", "داخل", *_ON_BEHALF):
        before = before[:-1]
    return bool(before) and _bare(before[-1]) in SOURCE_NOUNS


def _both_sides(ctx: DocContext, m: Mention) -> list[Span]:
    """ "مواجهات بين الطرفين" after a trigger: the last two different sides named before it in
    its paragraph (else from the sentence before), nearest first; a group that speaks ("مصدر من
    المقاومة") counts, it is usually one of the two."""
    lo_i = bisect_left(ctx.token_starts, m.trigger.end)
    hi_i = bisect_left(ctx.token_starts, m.sent.end)
    found = False
    for t in ctx.tokens[lo_i:hi_i]:
        if ctx.tokens_between(m.trigger.end, t.start) > 8:
            break
        norm = getattr(t.value, "norm", "") or ""
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
    for t in ctx.tokens[lo:hi]:
        form = getattr(t.value, "norm", "") or ""
        if (
            form in _AGENT_CUES
            or (form == "يد" and prev == "علي")
            or (form == "قبل" and prev == "من")
        ):
            return t.start
        prev = form
    hit = ctx.cues_in(start, end, "unidentified")
    return hit[0].start if hit else None


def _coordinated(ctx: DocContext, a: Span, b: Span) -> bool:
    """ "الجيش الوطني والمقاومة الشعبية": two actors joined by و as one side (not after بين)."""
    if b.start <= a.end:
        return False
    gap = ctx.doc.text[a.end : b.start]
    if gap.strip(" \u00a0") not in ("و", "،و", "، و") and not (
        gap.strip() == "" and ctx.in_word_prefix(b.start)[0].startswith("و")
    ):
        return False
    before = ctx.words_before(ctx.in_word_prefix(a.start)[1], 4)
    while before and (before[-1] in HEAD_NOUNS or _bare(before[-1]) in _DESCRIPTORS):
        before = before[:-1]  # "بين مسلحي تنظيم داعش و قوات …": the nouns of the first side
    return not (set(before[-2:]) & {"بين", "وبين"})


def _between_after(ctx: DocContext, start: int, end: int) -> int | None:
    """Offset of "بين" within 12 words after a trigger, in its clause."""
    hi = min(end, ctx.clause_bounds(start)[1])
    lo_i = bisect_left(ctx.token_starts, start)
    hi_i = bisect_left(ctx.token_starts, hi)
    for t in ctx.tokens[lo_i:hi_i]:
        if ctx.tokens_between(start, t.start) > 12:
            break
        if (getattr(t.value, "norm", "") or "") in ("بين", "وبين"):
            return t.start
    return None


def assign_actors(ctx: DocContext, m: Mention, *, verbal: bool, victim_after: bool = False) -> None:
    """actor1/actor2 of a mention; ``victim_after``: who follows a death word is its victim
    ("قُتل ثلاثة عناصر من قسد" reads like the active voice once diacritics are gone)."""
    trig = m.trigger
    sent = m.sent
    actors = _usable_actors(ctx, sent.start, sent.end)
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
    marks = {a.start: _marker(ctx, a, trig) for a in actors}
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
        if marks[a.start] == "member":
            # "قتل 7 مسلحين من داعش في غارة …": the counted dead are the side that was hit
            hit = (victim_after and a.start >= trig.end) or _counted_dead(ctx, a, sent)
            marks[a.start] = "patient" if hit else ""
        elif victim_after and a.start >= trig.end and not marks[a.start]:
            marks[a.start] = "patient"
    # "اشتباكات عنيفة في مناطق … بين X و Y": the sides follow "بين", however far it is
    between_at = _between_after(ctx, trig.end, sent.end)
    for a in actors:  # "قصفت طائرات التحالف": an actor inside the trigger phrase acts
        if a.start < trig.end and a.end > trig.start and not marks[a.start]:
            marks[a.start] = "agent"
    near = [
        a
        for a in actors
        if id(a) not in talkers
        and (
            dist(a) <= 8
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
        if sides:
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
            and _explicit_agent(ctx, a, sent)
        ]
    if a1 is None and agents:
        a1 = min(agents, key=dist)
    if a1 is None:
        before = [a for a in near if a.end <= trig.start and not marks[a.start] and dist(a) <= 6]
        after = [a for a in near if a.start >= trig.end and not marks[a.start] and dist(a) <= 3]
        if verbal and after:
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
    # "قال الجيش إن مسلحين فتحوا النار": unnamed attackers right before the trigger; neither
    # the speaker nor an earlier actor of the sentence did it
    unnamed = a1 is None and any(
        ctx.cue_before(trig.start, cue_set, 3, sent.start) for cue_set in ("unidentified", "gunmen")
    )
    # ACLED: a bomb nobody claimed was planted by an unidentified group; who reports it did not
    bomb = m.sub_event_type in _BOMB_SUBTYPES
    if a1 is None and speaker is not None and not victim_after and not unnamed and not bomb:
        a1 = speaker  # "أعلنت قوات … عن سيطرتها"; but who announces a death did not kill
    if a1 is None and not unnamed:  # the subject said earlier ("النظام يحاول … إعلان سيطرته")
        earlier = [
            a for a in actors if a.end <= trig.start and not marks[a.start] and id(a) not in talkers
        ]
        if earlier:
            a1 = earlier[-1]
            m.actor_fallback = True
    allies = {
        id(a)
        for a in actors
        if a1 is not None and (_coordinated(ctx, a1, a) or _coordinated(ctx, a, a1))
    }
    if a2 is None:
        patients = [a for a in near if a is not a1 and marks[a.start] == "patient"]
        if not patients:  # "قصفت طائرات … مقر قيادة ودعم لوجستي لتنظيم داعش": the target's owner
            c_end = ctx.clause_bounds(trig.start)[1]
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
            ]
        pool = patients or others
        if pool:
            a2 = min(pool, key=dist)
    if a2 is None and a1 is not None and not victim_after:
        # "وكان 27 عنصرا من الحوثيين قُتلوا … جراء قصف مقاتلات التحالف": the counted dead of
        # a group in the trigger's sentence are the side it hit
        victims = [
            a
            for a in actors
            if a is not a1
            and _canonical(a) != _canonical(a1)
            and id(a) not in talkers
            and _counted_dead(ctx, a, sent)
        ]
        if victims:
            a2 = min(victims, key=dist)
    if (a1 is None or a2 is None) and m.event_type == "Battles":
        sides = _both_sides(ctx, m)  # "اندلعت مواجهات بين الطرفين"
        if sides and (a1 is None or a1 in sides or _canonical(a1) in map(_canonical, sides)):
            a1, a2 = sides[1], sides[0]
    if a1 is not None and a2 is not None and _canonical(a1) == _canonical(a2):
        a2 = None
    _set_actors(m, a1, a2)


def _set_actors(m: Mention, a1: Span | None = None, a2: Span | None = None) -> None:
    m.actor1, m.actor2 = a1, a2
    m.actor1_name = _canonical(a1) if a1 else None
    m.actor2_name = _canonical(a2) if a2 else None
    m.inter1, m.inter2 = _inter(a1), _inter(a2)


# events whose other side may be named well after the trigger: a fight's enemy, the other party
# of a deal or a handover ("سيطرت قوات النظام، الجمعة، على المعبر بموجب اتفاق مع المعارضة")
_FAR_OTHER_SIDE = frozenset({"Battles", "Strategic developments"})
# nouns that count a group's men ("27 عنصرا من …", "قياديين من …")
_COUNTED_MEN = MEMBER_NOUNS | {"عنصرا", "مسلحا", "قياديين", "قاده"}
_BOMB_SUBTYPES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _explicit_agent(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """The actor follows a relative verb or agent noun ("شنته", "برصاص", "من قبل", "على يد")
    that hangs on an event word of the sentence ("هجوم شنته", "قتل … على يد"), not on any noun
    ("ادعاءات من قبل جيش الإسلام")."""
    word_start = ctx.in_word_prefix(actor.start)[1]
    words = ctx.words_before(word_start, 6)
    before = list(words)
    while before and (before[-1] in HEAD_NOUNS or before[-1] in _TIME_WORDS):
        before = before[:-1]
    if not before or before[-1] not in _EXPLICIT_AGENT:
        return False
    if before[-1] in ("برصاص", "بنيران"):
        return True  # an attack noun itself
    lead = 2 if before[-1] in ("قبل", "يد") else 1  # "من قبل", "على يد": two words
    # words from the event word to the actor: the marker, time words, head nouns and at most
    # one adjective ("هجوم مسلح شنته")
    allowed = (len(words) - len(before)) + lead + 1
    lo = max(sent.start, word_start - 120)
    events = [*ctx.cues_in(lo, word_start, "death_words")]
    events += [t for t in ctx.triggers if lo <= t.start and t.end <= word_start]
    return any(ctx.tokens_between(e.end, word_start) <= allowed for e in events)


def _counted_dead(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """ "27 عنصرا من ميليشيات الحوثي قُتلوا", "مقتل 5 مقاتلين من داعش": the actor's men, counted
    right before it, are the dead of the sentence."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 3)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "من" or before[-2] not in _COUNTED_MEN:
        return False
    member_at = actor.start - 1
    return bool(
        ctx.cue_before(member_at, "death_words", 5, sent.start)
        or ctx.cue_after(actor.end, "death_words", 2, sent.end)
    )


def _non_civilian_names(ctx: DocContext, start: int, end: int) -> list[tuple[int, int]]:
    """Places and non-civilian groups in [start, end) ("مدنيون" may be an actor span itself)."""
    return [
        (n.start, n.end)
        for n in (*ctx.spans_in(ctx.places, start, end), *ctx.spans_in(ctx.actors, start, end))
        if _inter(n) != 7
    ]


def civilians_named(ctx: DocContext, sent: Span) -> bool:
    """A civilian word in the sentence that is not part of a place or group name ("مزارع الجر"
    is a village, "مدرسة الشرطة" a target of the police)."""
    names = _non_civilian_names(ctx, sent.start, sent.end)
    return any(
        not any(s <= c.start and c.end <= e for s, e in names)
        for c in ctx.cues_in(sent.start, sent.end, "civilians")
    )


def flies(ctx: DocContext, actor: Span) -> bool:
    """An air force: an air-only actor ("التحالف") or a state force named with or right after an
    aircraft word ("طائرات النظام", "الطيران الحربي السوري")."""
    if _canonical(actor) in (ctx.lex.cues.get("air_only_actors") or ()):
        return True
    if _inter(actor) not in (1, 8):
        return False
    return ctx.has_cue(actor.start, actor.end, "air") or (
        ctx.cue_before(ctx.in_word_prefix(actor.start)[1], "air", 1, 0) is not None
    )


def victims_are_armed(ctx: DocContext, m: Mention) -> bool | None:
    """True armed victims, False civilians, None unknown — from the words after the trigger."""
    trig = m.trigger
    lo, hi = m.sent.start, m.sent.end
    names = _non_civilian_names(ctx, lo, hi)

    def civ_after(pos: int, window: int) -> CueHit | None:
        # "قصفت الطائرات مزارع الجر": a civilian word inside a place name is no victim
        hit = ctx.cue_after(pos, "civilians", window, hi)
        if hit is not None and any(s <= hit.start and hit.end <= e for s, e in names):
            return None
        return hit

    civ = civ_after(trig.end, 5)
    arm = ctx.cue_after(trig.end, "armed", 5, hi)
    if civ is None and arm is None:  # "هجوم … قتل خلاله 26 مقاتلا": the victims of the deaths
        for death in ctx.cues_in(trig.end, hi, "death_words"):
            civ = civ_after(death.end, 4)
            arm = ctx.cue_after(death.end, "armed", 4, hi)
            if civ or arm:
                break
    if m.actor2 is not None and m.actor2.start > trig.start:
        inter = _inter(m.actor2)
        if inter == 7:
            return False
        if inter in ARMED_INTER:
            arm_pos = m.actor2.start
            if civ is None or arm_pos < civ.start:
                return True
    if civ and arm:
        return arm.start < civ.start
    if civ:
        return False
    if arm:
        return True
    civ_b = ctx.cue_before(trig.start, "civilians", 3, lo)
    arm_b = ctx.cue_before(trig.start, "armed", 3, lo)
    if civ_b or arm_b:
        return arm_b is not None and (civ_b is None or arm_b.start > civ_b.start)
    return None


# ---------------------------------------------------------------- place
_SCENE_PREPOSITIONS = frozenset(
    {
        "في",
        "علي",
        "داخل",
        "قرب",
        "بالقرب",
        "محيط",
        "جنوب",
        "شمال",
        "شرق",
        "غرب",
        "وسط",
        "اطراف",
        "مدينه",
        "بلده",
        "قريه",
        "حي",
    }
)
_ROLE_RANK = {"event_location": 0, "origin": 1, "other": 2, "destination": 3}


def assign_place(ctx: DocContext, m: Mention, main_place: Span | None) -> None:
    trig = m.trigger
    frames = speech_frames(ctx, m.sent, trig.start)
    places = [
        p
        for p in ctx.spans_in(ctx.places, m.sent.start, m.sent.end)
        if not ctx.cue_before(ctx.in_word_prefix(p.start)[1], "place_not_location", 0, m.sent.start)
        and not ctx.cue_before(p.start, "distance_words", 2, m.sent.start)
        and not any(lo <= p.start and p.end <= hi for lo, hi in frames)
    ]
    if places:

        def key(p: Span) -> tuple[int, int, int]:
            d = (
                ctx.tokens_between(p.end, trig.start)
                if p.end <= trig.start
                else ctx.tokens_between(trig.end, p.start)
            )
            # a country or province is a last resort when a town is named; a place after
            # "في" / "ب" / "على" ("… استهدفت موكبه في عدن") is the scene more often than not
            coarse = int((getattr(p.value, "geo_precision", 1) or 1) >= 3)
            prefix, word_start = ctx.in_word_prefix(p.start)
            before = ctx.words_before(word_start, 2)
            located = prefix.endswith("ب") or any(w in _SCENE_PREPOSITIONS for w in before)
            return (_ROLE_RANK.get(getattr(p.value, "role", "other"), 2), coarse, d - 3 * located)

        best = min(places, key=key)
        # a destination alone ("نحو البادية") says where people went, not where it happened
        m.place = best.value
        m.place_explicit = getattr(best.value, "role", "other") != "destination"
        m.place_names = frozenset(getattr(p.value, "name", None) for p in places) - {None}
        return
    # the nearest place earlier in the same paragraph
    para = ctx.paragraph_start(trig.start)
    earlier = ctx.spans_in(ctx.places, para, m.sent.start)
    if earlier:
        m.place = earlier[-1].value
    elif main_place is not None:
        m.place = main_place.value


def main_place(ctx: DocContext) -> Span | None:
    """The article's main place: the most mentioned event location, else the first place."""
    if not ctx.places:
        return None
    counts: dict[str, int] = {}
    for p in ctx.places:
        name = getattr(p.value, "name", None) or ""
        bonus = 2 if getattr(p.value, "role", "") == "event_location" else 1
        counts[name] = counts.get(name, 0) + bonus
    best = max(counts, key=lambda n: counts[n])
    return next(p for p in ctx.places if (getattr(p.value, "name", None) or "") == best)


# ---------------------------------------------------------------- date
def resolve_date(value: Any) -> tuple[dt.date, int, tuple[dt.date, dt.date]] | None:
    """A DateValue → (event date, ACLED time precision, range).

    A night spanning two days ("ليل السبت–الأحد") is coded on the first day: the night belongs
    to the evening it starts in, as newswire counts it. Other ranges: their midpoint, precision
    2 up to a week, else 3.
    """
    start = getattr(value, "start", None)
    end = getattr(value, "end", None) or start
    if not isinstance(start, dt.date):
        return None
    if not isinstance(end, dt.date) or end < start:
        end = start
    span_days = (end - start).days
    precision = int(getattr(value, "precision", 1) or 1)
    part = str(getattr(value, "part_of_day", "") or "")
    if span_days == 0:
        return start, min(max(precision, 1), 3), (start, end)
    if span_days == 1 and ("night" in part or "ليل" in part):
        return start, 1, (start, end)
    mid = start + dt.timedelta(days=span_days // 2)
    return mid, (2 if span_days <= 7 else 3), (start, end)


def assign_date(ctx: DocContext, m: Mention, published: dt.date | None) -> None:
    trig = m.trigger
    dates = ctx.spans_in(ctx.dates, m.sent.start, m.sent.end)
    chosen = None
    if dates:
        clause = ctx.clause_bounds(trig.start)

        def key(d: Span) -> tuple[int, int, int]:
            # the trigger's own clause first, then dates said before it, then after it
            same = 0 if clause[0] <= d.start < clause[1] else 1
            if d.end <= trig.start:
                return (same, 0, ctx.tokens_between(d.end, trig.start))
            return (same, 1 - same, ctx.tokens_between(trig.end, d.start))

        chosen = min(dates, key=key)
    else:
        para = ctx.paragraph_start(trig.start)
        earlier = ctx.spans_in(ctx.dates, para, m.sent.start)
        chosen = earlier[-1] if earlier else None
    resolved = resolve_date(chosen.value) if chosen is not None else None
    if resolved is not None:
        m.date, m.time_precision, m.date_range = resolved
        m.date_explicit = True
    elif published is not None:
        m.date, m.time_precision, m.date_range = published, 1, (published, published)


# ---------------------------------------------------------------- attribution
def attribution(ctx: DocContext, m: Mention, prev_sources: list[str]) -> None:
    """claimed_by and certainty from reporting verbs and source phrases of the sentence.

    Certainty follows the gold convention (gold/README.md): ``asserted`` when the outlet or a
    named source (a monitor, a ministry, an army, a news agency) states the event; ``reported``
    when the text marks it as unconfirmed — only sources that vouch for nothing ("ناشطون",
    "وسائل إعلام موالية", "أنباء عن") or a hedge ("يعتقد", "تضاربت الأنباء"); ``denied`` when a
    party denies it. Routine newswire sourcing ("مصادر أمنية") states the event: asserted.
    """
    sent, trig = m.sent, m.trigger
    sources = ctx.spans_in(ctx.sources, sent.start, sent.end)
    reporting = ctx.cues_in(sent.start, sent.end, "reporting_verbs")
    unnamed = _unnamed_sources(ctx)
    names: list[str] = []
    for src in sources:
        name = src.kb_id or getattr(src.value, "name", None) or str(src.value or "")
        if not name:
            continue
        if reporting or src.end <= trig.start or ctx.tokens_between(trig.end, src.start) <= 8:
            names.append(name)
    named_speaker = False
    if not names and m.speaker is not None:
        names.append(_canonical(m.speaker))
        named_speaker = True  # "أعلنت الشرطة العراقية …": a named party states it
    if not names and prev_sources:
        i = bisect_left(ctx.token_starts, sent.start)
        first = getattr(ctx.tokens[i].value, "norm", "") if i < len(ctx.tokens) else ""
        first = first[1:] if first[:1] in ("و", "ف") else first
        if any(first.startswith(v) for v in _continuations(ctx)):  # "وأضافوا أن …"
            names = list(prev_sources)
    m.claimed_by = list(dict.fromkeys(names))
    named = named_speaker or any(n not in unnamed for n in m.claimed_by)
    hedged = ctx.has_cue(sent.start, sent.end, "hedge")
    unnamed_report = not m.claimed_by and (
        ctx.cue_before(trig.start, "unnamed_report", 12, sent.start) is not None
        or ctx.cue_after(trig.end, "unnamed_report", 8, sent.end) is not None
    )
    if ctx.cue_before(trig.start, "denial", ctx.window("denial"), sent.start) or (
        ctx.cue_after(trig.end, "denial", 3, sent.end)
    ):
        m.certainty = "denied"
    elif hedged or unnamed_report or (m.claimed_by and not named):
        m.certainty = "reported"
    else:
        m.certainty = "asserted"
    if hedged:
        m.hedged = True


def _unnamed_sources(ctx: DocContext) -> frozenset[str]:
    return frozenset(str(x) for x in ctx.lex.cues.get("unnamed_sources") or ())


def _continuations(ctx: DocContext) -> frozenset[str]:
    from rasad.arabic.normalize import normalize_key

    return frozenset(normalize_key(w) for w in ctx.lex.cues.get("continuation_verbs", []))
