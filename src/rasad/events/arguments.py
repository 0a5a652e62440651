"""Event arguments from the sentence around a trigger: place, date, source; the mention record.

Actor roles (actor1/actor2 from clause structure) are in :mod:`rasad.events.actor_roles`,
fatalities in :mod:`rasad.events.fatalities`; the actor names used across the events stage are
re-exported here.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasad.arabic.elapsed import days_after_event
from rasad.document import Span
from rasad.events import location
from rasad.events.actor_roles import (
    ARMED_INTER,
    _canonical,
    _inter,
    _is_source_actor,
    _usable_actors,
    assign_actors,
)
from rasad.events.context import DocContext
from rasad.events.country_part import country_part_scene, told_by_speaker_at, told_in_report
from rasad.events.country_wide import (
    country_wide_scene,
    spread_before_other_act,
    spread_past_scene,
)
from rasad.events.described import aside_spans
from rasad.events.flight_place import fled_to
from rasad.events.frames import quote_frames, speech_frames
from rasad.events.lexicon import CueHit
from rasad.events.location_last import last_told
from rasad.events.next_town import town_told_next
from rasad.events.own_period import own_period_after
from rasad.events.place_anaphora import antecedent
from rasad.events.said_day import day_of_report
from rasad.events.victims import civilians_named, flies, gunmen_only_hit, victims_are_armed

__all__ = [
    "ARMED_INTER",
    "Mention",
    "_canonical",
    "_inter",
    "_is_source_actor",
    "_usable_actors",
    "assign_actors",
    "assign_date",
    "assign_place",
    "attribution",
    "civilians_named",
    "flies",
    "gunmen_only_hit",
    "main_place",
    "resolve_date",
    "victims_are_armed",
]


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
    place_near: bool = False  # told as near the place ("قرب مدينة كركوك"): ACLED precision 2
    place_told_before: bool = False  # a scene told last before in the paragraph (no own place)
    # the country a weapon was fired from ("أطلقا من قطاع غزة"): no scene, but the country of
    # an unnamed group that fired it
    fired_from: str | None = None
    date: dt.date | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    time_precision: int = 1
    date_explicit: bool = False
    # the only day the sentence names is when a source spoke ("وقالت السلطات، الخميس، إن …")
    date_said: bool = False
    fatalities: int = 0
    deaths_stated: bool = False
    deaths_counted: bool = False  # a number was given (not the 3/10 convention)
    deaths_vague: bool = False  # that number stands in for a vague word ("عشرات" → 12)
    deaths_updated: bool = False  # the figure is a toll's new total ("ارتفعت الحصيلة إلى 9")
    deaths_superseded: bool = False  # an earlier figure ("وكانت الحصيلة الأولى تسعة قتلى")
    deaths_added: bool = False  # more dead of an event told before ("كما قتل ثلاثة")
    # the figure counts a fight's dead as people of no side ("24 شخصا قتلوا في قتال"): the
    # whole toll, of which one side's figure told elsewhere is a part
    deaths_whole: bool = False
    # the sides whose dead the figure counts ("24 من ميليشيا الحوثي"), empty when a figure
    # names none: accounts of different sides' dead add up (rasad.events.dead_sides)
    dead_sides: frozenset[str] = frozenset()
    claimed_by: list[str] = field(default_factory=list)
    # (name, inter) of an armed group claiming responsibility ("وتبنى تنظيم داعش الهجوم")
    claimant: tuple[str, int] | None = None
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
    # a killing told in a clause of its own beside an arrest or a deal ("داهمت … وقتلت ثلاثة
    # منهم واعتقلت اثنين"): its deaths are counted from the verb on
    beside_act: bool = False
    listed_places: frozenset[str] = frozenset()  # one of several coordinated scenes: kept apart
    scene_cut: int | None = None  # where a joined clause at another town starts (contrast_scene)
    other_scene: bool = False  # a death word told at its own town across a scene cut
    # what another act of its sentence answers ("… ردا على قصف البلدة بالبراميل"): another
    # side's act, never one event with the act that answers it
    answered: bool = False
    # the start of a clause telling its act as another one ("غارة أخرى"): never merged into
    # an act told before it (rasad.events.another)
    another: int | None = None
    # the same clause start whatever place it names: its dead are added to the first act's
    # when the merge still finds one ACLED event (rasad.events.merge.combine)
    other_act: int | None = None
    # told spread over a whole country ("في مختلف أنحاء سوريا"): a tally of many scenes, no
    # town's account (rasad.events.country_wide)
    country_wide: bool = False
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
        # read for every pair of mentions a merge compares: kept per (names, inters, country)
        at = (self.actor1_name, self.inter1, self.actor2_name, self.inter2, self.country)
        found = _SIDE_KEYS.get(at)
        if found is None:
            keys = set()
            for name, inter in ((self.actor1_name, self.inter1), (self.actor2_name, self.inter2)):
                if name and name.startswith(("Protesters", "Rioters")):
                    keys.add(f"crowd:{self.country}")  # one crowd, peaceful or turned violent
                elif name:
                    keys.add(f"rebels:{self.country}" if inter == 2 else name)
            if len(_SIDE_KEYS) > _MAX_SIDE_KEYS:  # a long run meets new actor pairs forever
                _SIDE_KEYS.clear()
            found = _SIDE_KEYS[at] = frozenset(keys)
        return found


# (actor1 name, inter1, actor2 name, inter2, country) → the sides they make (Mention.side_keys)
_SIDE_KEYS: dict[tuple[object, ...], frozenset[str]] = {}
_MAX_SIDE_KEYS = 50_000


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


def located_after_preposition(ctx: DocContext, p: Span) -> bool:
    """The place follows "في" / "ب" / "على" or a place word ("مدينة", "قرب"): told as a scene."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    before = ctx.words_before(word_start, 2)
    # "وفي عمان": a conjunction glued to the preposition
    return prefix.endswith("ب") or any(
        w in _SCENE_PREPOSITIONS or (w[:1] in ("و", "ف") and w[1:] in _SCENE_PREPOSITIONS)
        for w in before
    )


def assign_place(
    ctx: DocContext,
    m: Mention,
    main_place: Span | Callable[[], Span | None] | None,
    told: Sequence[CueHit] = (),
) -> None:
    """The mention's place (see :mod:`rasad.events.location`); ``told``: the triggers of every
    event mention of the article, whose clauses own the places named in them; ``main_place``
    may be given as a function, called only when no nearer place is found (it judges every
    place of the article, most mentions never need it)."""
    trig = m.trigger
    frames = speech_frames(ctx, m.sent, trig.start)
    # a describing aside ("، وهو فصيل ينشط في إدلب") is kept off like a speech frame
    asides = [
        (lo, hi)
        for lo, hi in aside_spans(ctx.doc.text, m.sent.start, m.sent.end)
        if not lo <= trig.start < hi
    ]
    places = [
        p
        for p in location.usable(
            ctx, ctx.spans_in(ctx.places, m.sent.start, m.sent.end), m.sent.start
        )
        if not any(lo <= p.start and p.end <= hi for lo, hi in (*frames, *asides))
        and not fled_to(ctx, p)  # "لاذ المهاجمون بالفرار باتجاه مدينة دمت": not the scene
    ]
    best, explicit = location.choose_place(ctx, m, places, told)
    best = spread_before_other_act(ctx, m, best, places) or best
    # "… وسط دمشق، كما … اندلاع المعارك في جميع أنحاء البلاد": a town of another clause
    wide = spread_past_scene(ctx, m, best, _others(frames, trig.start))
    if wide is not None:
        m.place, m.place_explicit, m.country_wide = wide, True, True
        return
    if best is None or location.is_country(best.value):
        # "في مختلف أنحاء سوريا": a nationwide tally, set at the country (events.country_wide)
        spread = location.local_country(m, ctx) or location.article_country(ctx)
        wide = country_wide_scene(ctx, m, best, _others(frames, trig.start), spread)
        if wide is not None:
            m.place, m.place_explicit, m.country_wide = wide, True, True
            return
    if best is not None and not location.is_country(best.value):
        # "قتل جندي في جنوب البلاد، وفق ما أعلن الحلف في كابل": the act's own clause tells a
        # part of the country; a town of another clause is where the news was told
        lo, hi = ctx.clause_bounds(trig.start)
        if not lo <= best.start < hi and told_in_report(ctx, best.start):
            scene_lo = lo
        elif lo <= best.start < hi and told_by_speaker_at(ctx, lo, best, trig.start):
            scene_lo = best.end  # "أعلن الجيش في بغداد مقتل … شمال البلاد": after the speaker
        else:
            scene_lo = -1
        if scene_lo >= 0:
            part = country_part_scene(ctx, scene_lo, hi, _others(frames, trig.start),
                                      location.local_country(m, ctx)
                                      or getattr(best.value, "country", None))
            if part is not None and part.country == best.value.country:
                m.place, m.place_explicit = part, True
                return
    if best is not None and location.is_country(best.value):
        # "معارك في شمال البلاد … على أطراف غابة تمتد في رواندا": "البلاد" is the story's
        # country; another country the sentence names is told of something else
        home = location.article_country(ctx)
        if home is not None and location.foreign(best.value, home):
            part = country_part_scene(
                ctx, m.sent.start, m.sent.end, _others(frames, trig.start), home
            )
            if part is not None and part.country == home:
                m.place, m.place_explicit = part, True
                return
    if best is not None and location.is_country(best.value):
        # "قتل أربعة بالرصاص في باكستان. … في مدينة كويتا": the town the next sentence names
        later = town_told_next(ctx, m, best)
        if later is not None:
            m.place, m.place_explicit = later.value, explicit
            return
    if best is not None:
        m.place = best.value
        m.place_explicit = explicit
        m.place_near = location.told_near(ctx, best)
        m.place_names = frozenset(getattr(p.value, "name", None) for p in places) - {None}
        return
    # "وسيطر التنظيم على المدينة": the town last named with that noun
    told_from = max((hi for _lo, hi in frames), default=m.sent.start)
    named = antecedent(ctx, m.sent, told_from, m.sent.end)
    if named is not None:
        m.place, m.place_explicit = named.value, True
        return
    # the nearest place earlier in the same paragraph
    para = ctx.paragraph_start(trig.start)
    earlier = location.usable(ctx, ctx.spans_in(ctx.places, para, m.sent.start), para)
    local = location.local_country(m, ctx)
    if local is not None:
        earlier = [p for p in earlier if not location.foreign_country(p.value, local)]
    # a country is a last resort: "… على الحدود مع الأردن. وقتل 12 في معارك في الريف الشرقي"
    towns = [p for p in earlier if not location.is_country(p.value)]
    if towns:
        # "قتل جندي في جنوب البلاد": a region of the story's country, not a town told before
        # elsewhere in it (one in that region is kept: the same happening told again)
        last = last_told(ctx, towns).value
        # "البلاد" is the town's country; local actors of another one leave it unsure
        home = getattr(last, "country", None)
        part = None if local not in (None, home) else country_part_scene(
            ctx, m.sent.start, m.sent.end, _others(frames, trig.start), home, last
        )
        m.place, m.place_explicit = (part, True) if part is not None else (last, False)
        m.place_told_before = part is None and getattr(last, "role", "") == "event_location"
        return
    # else where the story is set (its first town), else the article's main place
    story = location.lead_place(ctx, local, before=m.sent.start)
    if story is None and callable(main_place):  # the story's place wins: no main place needed
        main_place = main_place()
    if story is None and main_place is not None:
        if local is not None and location.foreign(main_place.value, local):
            story = location.main_place(ctx, local)
        if story is None and earlier and location.is_country(main_place.value):
            story = earlier[-1]
    if story is not None or main_place is not None:
        m.place = (story or main_place).value
        # "وقال الجيش في بيان: «قتل جندي في انفجار شرقي البلاد»": the part of the country
        # the sentence tells, not a town the story names elsewhere (one in that part stays)
        home = location.article_country(ctx)
        if local in (None, home) and not location.is_country(m.place):
            part = country_part_scene(
                ctx, m.sent.start, m.sent.end, _others(frames, trig.start), home, m.place
            )
            if part is not None and part.country == getattr(m.place, "country", None):
                m.place, m.place_explicit = part, True


def _others(frames: Sequence[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The speech frames that do not hold ``pos``: the act's own report is its text."""
    return [(a, b) for a, b in frames if not a <= pos < b]


def main_place(ctx: DocContext) -> Span | None:
    """The article's main place: the most mentioned event location, else the first place
    (found once per document)."""
    if "main_place" not in ctx.memo:
        ctx.memo["main_place"] = location.main_place(ctx)
    return ctx.memo["main_place"]  # type: ignore[return-value]


# ---------------------------------------------------------------- date
def resolve_date(value: Any) -> tuple[dt.date, int, tuple[dt.date, dt.date]] | None:
    """A DateValue → (event date, ACLED time precision, range).

    A night spanning two days ("ليل السبت–الأحد") is coded on the first day: the night belongs
    to the evening it starts in, as newswire counts it. "خلال الساعات الماضية" / "الـ24 ساعة
    الماضية" (the hours up to publication) is the publication day, at day precision: ACLED
    codes an event the text dates no closer on the day of its report. A month: its 15th, or
    its first or last day when its start or end is told. Other ranges: their midpoint,
    precision 2 up to a week, else 3.
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
    if span_days == 1 and getattr(value, "kind", "") == "recent_hours":
        return end, 1, (start, end)
    coded = getattr(value, "event_date", None)
    if precision >= 3 and str(getattr(value, "kind", "")).startswith("month") and coded:
        # a month is coded on its 15th, "مطلع/أواخر الشهر" on its first or last day (ACLED)
        return coded, 3, (start, end)
    mid = start + dt.timedelta(days=span_days // 2)
    return mid, (2 if span_days <= 7 else 3), (start, end)


_SINCE = frozenset({"منذ", "ومنذ"})


def _since(ctx: DocContext, d: Span) -> bool:
    """The date starts a period: "منذ" before it or opening its own span ("منذ شهر")."""
    first = ctx.doc.text[d.start : d.end].split(maxsplit=1)[:1]
    return bool(set(first) & _SINCE) or bool(
        set(ctx.words_before(ctx.in_word_prefix(d.start)[1], 1)) & _SINCE
    )


# "واستمرت تلك الاشتباكات حتى صباح اليوم الجمعة": a day after "حتى/لغاية" ends the span of
# an act told from an earlier day; it is no day of an act of its own (ACLED codes a continuing
# act on the day it is told to start, unless each day's fighting is told as its own)
_UNTIL = frozenset({"حتي", "وحتي", "لغايه", "ولغايه", "لحين", "ولحين"})


def _until(ctx: DocContext, d: Span) -> bool:
    first = ctx.norm_of(d.start, d.end).split(maxsplit=1)[:1]
    return bool(set(first) & _UNTIL) or bool(
        set(ctx.words_before(ctx.in_word_prefix(d.start)[1], 1)) & _UNTIL
    )


_WEEKDAY_TO_DATE = 6  # words from a weekday to the full date that may say which one it is


def _named_by_full_date(ctx: DocContext, chosen: Span, dates: Sequence[Span]) -> Span:
    """A weekday followed closely in its clause by a full date on that weekday names that
    date ("خلال صلاة الجمعة في شهر رمضان في 26 يونيو الماضي"), not the latest such weekday;
    an event trigger in between tells another event's date."""
    value = chosen.value
    if getattr(value, "kind", None) == "hijri":
        return _hijri_equivalent(ctx, chosen, dates)
    if getattr(value, "kind", None) != "weekday":
        return chosen
    clause = ctx.clause_bounds(chosen.start)
    for d in dates:
        v = d.value
        if (
            chosen.end <= d.start < clause[1]
            and getattr(v, "kind", None) == "date"
            and v.start == v.end != value.start
            and v.start.weekday() == value.start.weekday()
            and ctx.tokens_between(chosen.end, d.start) <= _WEEKDAY_TO_DATE
            and not _trigger_between(ctx, chosen.end, d.start)
        ):
            return d
    return chosen


_EQUALS = frozenset({"الموافق", "الموافقه"})


def _hijri_equivalent(ctx: DocContext, chosen: Span, dates: Sequence[Span]) -> Span:
    """"في 25 شوال 1436 هـ الموافق 10 أغسطس 2015": the Gregorian day the writer gives for a
    Hijri day is the one to code; the Hijri one is read by the arithmetic calendar, which can
    miss the official (Umm al-Qura or sighted) month start by a day or two."""
    for d in dates:
        if d.start < chosen.end or getattr(d.value, "kind", None) != "date":
            continue
        between = ctx.norm_of(chosen.end, d.start).split()
        return d if between and set(between) <= _EQUALS else chosen
    return chosen


def _trigger_between(ctx: DocContext, start: int, end: int) -> bool:
    i = bisect_left(ctx.triggers, start, key=lambda t: t.start)
    return i < len(ctx.triggers) and ctx.triggers[i].start < end


def assign_date(ctx: DocContext, m: Mention, published: dt.date | None) -> None:
    trig = m.trigger
    dates = ctx.spans_in(ctx.dates, m.sent.start, m.sent.end)
    chosen = None
    said_only = False
    if dates:
        clause = ctx.clause_bounds(trig.start)
        # "قال مسؤول أمس الأحد إن … قتلوا في هجوم … يوم الجمعة": a date between a reporting
        # verb and its "أن/إن" is when it was said; the event's own date, when the sentence
        # gives one, is told after the complementizer
        frames = speech_frames(ctx, m.sent, trig.start)
        starts = [d for d in dates if not _until(ctx, d)]

        def key(d: Span) -> tuple[int, ...]:
            # the trigger's own clause first, then dates said before it, then after it
            same = 0 if clause[0] <= d.start < clause[1] else 1
            # "…، ما رفع الحصيلة منذ 18 فبراير": the start of another clause's period, not a
            # day of the event ("يتظاهرون منذ نهاية مارس" keeps its own period)
            since = same * int(_since(ctx, d))
            said = 1 if any(a <= d.start and d.end <= b for a, b in frames) else 0
            # the end of a span ranks after the day the sentence tells it to start
            until = int(_until(ctx, d) and any(x.end <= d.start for x in starts))
            if d.end <= trig.start:
                return (until, since, said, same, 0, ctx.tokens_between(d.end, trig.start))
            return (until, since, said, same, 1 - same, ctx.tokens_between(trig.end, d.start))

        chosen = _named_by_full_date(ctx, min(dates, key=key), dates)
        chosen = own_period_after(
            ctx, trig, chosen, dates, resolve_date, lambda d: _since(ctx, d) or _until(ctx, d),
            _trigger_between,
        )
        said_only = any(a <= chosen.start and chosen.end <= b for a, b in frames)
        said_only = said_only or day_of_report(ctx, chosen, trig)  # "أفاد … الجمعة بمقتل"
        if any(
            a <= chosen.start and chosen.end <= b for a, b in quote_frames(ctx, m.sent, trig.start)
        ):
            # "وقال ترامب في تغريدة يوم الأحد: «…»": the day the words were said; an act
            # quoted without a day of its own takes the day told before it in the paragraph,
            # else keeps the day it was said as the latest it can be (flagged as said)
            earlier = _earlier_day(ctx, m.sent.start)
            chosen, said_only = (earlier, False) if earlier is not None else (chosen, True)
        elif _until(ctx, chosen):
            # "اندلعت اشتباكات أمس … واستمرت الاشتباكات حتى صباح اليوم": the act's start
            # is the day told before in the paragraph, when there is one
            start = _earlier_day(ctx, m.sent.start)
            chosen, said_only = (start, False) if start is not None else (chosen, said_only)
    else:
        chosen = _earlier_day(ctx, m.sent.start)
    carried = None
    if chosen is None and not _told_going_on(ctx, trig):
        carried = _earlier_paragraph_day(ctx, m.sent.start, published)
    resolved = resolve_date(chosen.value) if chosen is not None else None
    explicit = resolved is not None
    if carried is not None:
        # a day taken from an earlier paragraph stands in for the day of the report: the act
        # still counts as undated (merge joins it to an account of its own day, the filters of
        # undated mentions still apply)
        resolved = resolve_date(carried.value)
    if resolved is None and published is not None:
        resolved = published, 1, (published, published)
    if resolved is None:
        return
    m.date, m.time_precision, m.date_range = _before_by(
        ctx, trig, chosen if explicit else None, resolved, published
    )
    m.date_explicit = explicit
    # "وقالت السلطات، الخميس، إن عدد ضحايا الهجوم بلغ 34": the only day of the sentence
    # is when it was said; the event keeps it, but an account of the event that names its
    # own day ("التفجير الذي وقع الأربعاء") is not another event (see merge)
    m.date_said = said_only and explicit


def _earlier_day(ctx: DocContext, sent_start: int) -> Span | None:
    """The last day told before the sentence in its paragraph."""
    para = ctx.paragraph_start(sent_start)
    # "… بعد أسبوع من أعنف قتال وقع منذ شهر. وقال الانفصاليون إن رجلا قتل جراء قصف …":
    # a date after "منذ" starts another act's period, and one after "حتى" ends one: no day a
    # later sentence takes up
    earlier = [
        d
        for d in ctx.spans_in(ctx.dates, para, sent_start)
        if not _since(ctx, d) and not _until(ctx, d)
    ]
    return earlier[-1] if earlier else None


# the expressions that name one day (or one night), and how long before publication a day
# told in an earlier paragraph may be for a later act to take it up: a year, a month or an
# older day is background told in passing ("التي اندلعت في 15 مارس 2011"), not the act's day
_ONE_DAY = frozenset({"date", "hijri", "today", "relative_day", "weekday", "night"})
_CARRY_DAYS = 7
_MEETING_WORDS = 3  # words from a meeting noun to the day it is held ("اجتماع روما يوم الخميس")
# a meeting, a visit or talks (normalised, bare): the day told right after one is the meeting's
# (the cue layer scans only sentences that hold an act, and such a sentence often holds none)
_MEETINGS = frozenset(
    {"اجتماع", "اجتماعات", "قمه", "موتمر", "لقاء", "جلسه", "محادثات", "مفاوضات", "مباحثات",
     "زياره"}
)


def _bare(word: str) -> str:
    """The word without a leading conjunction, preposition or article ("وفي" aside)."""
    for prefix in ("و", "ف"):
        if word.startswith(prefix) and len(word) > 4:
            word = word[1:]
            break
    for prefix in ("بال", "لل", "ال", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _earlier_paragraph_day(
    ctx: DocContext, sent_start: int, published: dt.date | None
) -> Span | None:
    """The last day told in the paragraphs before the sentence's own, for an act whose
    paragraph tells none: "صدامات جرت بعد ظهر الجمعة …" then, in a new paragraph, "وقال احد
    الشهود ان شبانا تعرضوا لرشق بالحجارة" is the Friday's act, not one of the day of the
    report (wire copy dates its lead and tells the rest of an act in the paragraphs after it).
    Only when that last date is a single day of the week before publication, before the day of
    the report: a day announced for later is none an act has taken."""
    para = ctx.paragraph_start(sent_start)
    earlier = [
        d for d in ctx.spans_in(ctx.dates, 0, para) if not _since(ctx, d) and not _until(ctx, d)
    ]
    if not earlier:
        return None
    v = earlier[-1].value
    if getattr(v, "kind", None) not in _ONE_DAY or not isinstance(v.start, dt.date):
        return None
    if published is not None and not (
        published - dt.timedelta(days=_CARRY_DAYS) <= v.start <= published
    ):
        return None
    if published is not None and v.start <= published <= (v.end or v.start):
        # "ليل الاثنين الثلاثاء" told on the Tuesday reaches the day of the report: it gives
        # no other day to an act that tells none (the night's own act keeps its first day)
        return None
    if any(_bare(w) in _MEETINGS for w in ctx.words_before(earlier[-1].start, _MEETING_WORDS)):
        # "وتعهدت الولايات المتحدة … في اجتماع روما يوم الخميس": the day of a meeting told
        # in passing is not the day of an act told after it
        return None
    return earlier[-1]


_GOING_ON_WORDS = 8  # words from a verb of going on to the act it governs


def _told_going_on(ctx: DocContext, trig: CueHit) -> bool:
    """ "تتواصل المواجهات في تعز", "بينما تشهد مناطق عديدة … احتجاجات", "ويقصف الطيران …": an
    act told in the present, or governed by a present verb of going on or of witnessing in its
    clause, is told as now: a day told in an earlier paragraph is not its day."""
    if trig.key in ctx.lex.present_keys and "ال" not in ctx.in_word_prefix(trig.start)[0]:
        return True
    word_start = ctx.in_word_prefix(trig.start)[1]
    floor = ctx.clause_bounds(trig.start)[0]
    return any(
        ctx.cue_before(word_start, cues, _GOING_ON_WORDS, floor) is not None
        for cues in ("going_on_verbs", "present_light_verbs", "keeps_up_verbs")
    )


_REACH = 1  # words between "بعد يومين من" and an event (or a day) it still covers


def _span_before(ctx: DocContext, pos: int, floor: int) -> tuple[int, int] | None:
    """ "بعد يومين من" / "غداة" just before ``pos`` and after ``floor``: (days, how many words
    back it begins)."""
    in_reach = min(_REACH + 4, ctx.tokens_between(floor, pos))
    found = days_after_event(ctx.words_before(pos, in_reach), _REACH)
    return found if found is not None and found[0] else None


def _before_by(
    ctx: DocContext,
    trig: Span,
    chosen: Span | None,
    resolved: tuple[dt.date, int, tuple[dt.date, dt.date]],
    published: dt.date | None = None,
) -> tuple[dt.date, int, tuple[dt.date, dt.date]]:
    """Move an event's date by the span between two events that "بعد يومين من" / "غداة" tell.

    An event hung on its sentence's date this way happened that many days earlier
    ("اشتباكات السبت بعد يوم من قتل ستة" → the killing on Friday), unless the phrase names its
    own day ("بعد يوم من هجوم الأحد"); an event whose only day is the one in such a phrase
    after it happened that many days later ("تظاهروا بعد يوم من هجوم الأحد" → Monday).
    """
    clause = ctx.clause_bounds(trig.start)
    word_start = ctx.in_word_prefix(trig.start)[1]
    in_clause = chosen is not None and clause[0] <= chosen.start < clause[1]
    days = 0
    found = _span_before(ctx, word_start, clause[0])
    if found is not None and not (
        in_clause
        and chosen is not None
        and (chosen.start >= trig.end or ctx.tokens_between(chosen.start, word_start) < found[1])
    ):
        days = -found[0]
    elif in_clause and chosen is not None and chosen.start >= trig.end:
        later = _span_before(ctx, ctx.in_word_prefix(chosen.start)[1], trig.end)
        if later is not None and ctx.tokens_between(trig.end, chosen.start) >= later[1]:
            days = later[0]
    if not days:
        return resolved
    date, precision, (start, end) = resolved
    shift = dt.timedelta(days=days)
    if days > 0 and published is not None and getattr(chosen.value, "kind", None) == "weekday":
        # "تظاهروا بعد أسبوع من هجوم الأحد الماضي": a weekday names the latest such day, but
        # an act told as that many days after it has already happened: the day named is as
        # many weeks earlier as it takes for the act not to fall after publication
        while date + shift > published:
            shift -= dt.timedelta(days=7)
    return date + shift, precision, (start + shift, end + shift)


# ---------------------------------------------------------------- attribution
def _armed_inter(name: str) -> int | None:
    """The inter code of a non-state armed group (rebels, political or identity militia) by
    its ACLED name; None for anyone else."""
    from rasad.actors.dictionary import UnknownActorError, actor_info

    try:
        inter = actor_info(name).inter
    except UnknownActorError:
        return None
    return inter if inter in (2, 3, 4) else None


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
        first = (ctx.token_norms[i] or "") if i < len(ctx.token_norms) else ""
        first = first[1:] if first[:1] in ("و", "ف") else first
        if any(first.startswith(v) for v in _continuations(ctx)):  # "وأضافوا أن …"
            names = list(prev_sources)
    m.claimed_by = list(dict.fromkeys(names))
    if ctx.has_cue(sent.start, sent.end, "responsibility"):
        claims = ((n, _armed_inter(n)) for n in m.claimed_by)
        m.claimant = next(((n, i) for n, i in claims if i is not None), None)
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
