"""Where an event happened: the scene among the places its sentence names, else the article's.

ACLED codes an event at the most specific named place where it happened. A sentence often names
more places than the scene, and :func:`choose_place` sets these apart:

- a container that locates the scene: "بمدينة حيس جنوب الحديدة", "في مدينة دمت شمالي محافظة
  الضالع", "مديرية الخوخة في الساحل الغربي" — the town, not the governorate or region after it;
- a place told in a comma-set relative clause after the event ("…، والذي حوله الحوثيون إلى مركز
  لعلاج جرحاهم في تعز"), before the reporting verb that frames it ("وعلى صعيد … بالحديدة، قالت
  مصادر إن …"), or in the clause of another event ("قتل ثمانية في مواجهات، وشن التحالف غارات
  على مواقع في المخدرة"): it belongs to something else;
- a foreign country named in passing where a local armed group is an actor ("قوات سوريا
  الديمقراطية المدعومة من قبل أمريكا"), a foreign capital standing for its government ("لن
  تسكت واشنطن", "المطلوب لأنقرة"): never a scene.

A town read far outside the district or province its clause names, or the place set in front of
the sentence ("وفي تعز، دارت مواجهات في جبهة الأربعين"), is a namesake resolved elsewhere: the
named area stands in for it. Quarters of one city listed together ("في مناطق المعلا والتواهي
وكريتر") are one scene (:func:`one_city`). An event its sentence and paragraph do not place is
set where the story is (:func:`lead_place`: the first town the article names before it).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any, cast

import regex

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.capital_sites import facility_of as _facility_of
from rasad.events.context import DocContext
from rasad.events.filed_from import filed_from_end
from rasad.events.frames import speech_frames
from rasad.events.launch import AIM_WORDS as _AIM_WORDS
from rasad.events.launch import launch_point
from rasad.events.measured_from import direction_aside, measured_from
from rasad.events.origin_aside import asides as told_asides
from rasad.events.pacts import names_a_pact as _names_a_pact
from rasad.events.pacts import words_before_bare as _words_before_bare
from rasad.events.place_anaphora import area_named_after
from rasad.events.post_place import without_posts
from rasad.events.relative_scene import relative_heads
from rasad.gazetteer.cues import load_cues
from rasad.geo import km_between

# what may stand between a place and the container that locates it, on normalised text:
# "حيس جنوب الحديدة", "دمت شمالي محافظه الضالع", "الخوخه في الساحل الغربي", "الكبر بدير الزور",
# "القريه، بريف حلب"
_DIRECTION = r"(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|ا)?(?:\s*(?:ال)?(?:شرق|غرب)(?:ي|ا)?)?"
_ADMIN_WORDS = (
    r"(?:[بل]|ال|بال|لل)?(?:محافظه|مديريه|مدينه|ناحيه|قضاء|منطقه|ريف|بلده|ولايه|اقليم|مركز)"
)
_CONTAINER_GAP = regex.compile(
    rf"^[\s،,]*(?:(?:في|ب|من|داخل)\s*)?(?:{_DIRECTION}\s*)?(?:(?:في|ب)\s*)?"
    rf"(?:{_ADMIN_WORDS}\s*)?(?:ال\s*)?$"
)
# a relative clause set off by a comma between the trigger and a place after it: the place is in
# a clause about something else ("… مركز طبي، والذي حوله الحوثيون … في تعز"); a restrictive one
# ("قادمة من المكلا التي يسيطرون عليها عند وصولها إلى المحفد") is part of the telling
_RELATIVE = regex.compile(r"[،,]\s*[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\p{L})")
# a container that is a district or a province: an area code or an administrative word before it
_AREA_CODES = ("ADM1", "ADM2", "ADM3", "ADMD", "RGN", "AREA")
_ADMIN_CUE = regex.compile(rf"{_ADMIN_WORDS}\s*$")
SAME_AREA_KM = 60.0  # a town this close to a named container lies in it (or on its border)
ONE_CITY_KM = 8.0  # neighbourhoods of one city lie this close to one another
_ROLE_RANK = {"event_location": 0, "origin": 1, "other": 2, "destination": 3}
# a missile, a shell or a drone is coded where it lands or is brought down, not where it was
# launched ("اعترضت الدفاعات صاروخا أطلق من صعدة باتجاه جازان": over Jizan); a place reached
# by "إلى" is more often where the wounded were taken ("أسعفوا إلى مدينة دمت")
_AIMED_TYPES = frozenset({"Explosions/Remote violence"})
_AIMED_SUB_TYPES = frozenset({"Disrupted weapons use"})
# actors that belong to the country they act in: rebel groups and militias (a state force may
# fight abroad, an external force always does; the country of civilians or a crowd is often
# only guessed from a country the article names)
_LOCAL_INTER = frozenset({2, 3, 4})


def is_country(place: Any) -> bool:
    return str(getattr(place, "feature_code", "") or "").startswith("PCL")


def _country(place: Any) -> str | None:
    c = getattr(place, "country", None)
    return c.upper() if isinstance(c, str) and len(c) == 2 else None


def _precision(place: Any) -> int:
    return int(getattr(place, "geo_precision", 1) or 1)


def _local(value: Any, inter: Any = None) -> str | None:
    if inter in _LOCAL_INTER or getattr(value, "inter", None) in _LOCAL_INTER:
        c = getattr(value, "country", None)
        if isinstance(c, str) and len(c) == 2:
            return c.upper()
    return None


def local_country(m: Any, ctx: DocContext | None = None) -> str | None:
    """The country of the mention's local actors (rebel groups, militias); without
    one, with ``ctx``, the one country of every local actor the article names."""
    for span, inter in ((m.actor1, m.inter1), (m.actor2, m.inter2)):
        c = _local(getattr(span, "value", None), inter)
        if c is not None:
            return c
    if ctx is None:
        return None
    # the article's part is the same for every mention (and every fallback) that asks: once
    if "local_country" not in ctx.memo:
        found = {_local(a.value) for a in ctx.actors} - {None}
        ctx.memo["local_country"] = found.pop() if len(found) == 1 else None
    return ctx.memo["local_country"]  # type: ignore[return-value]


def _same_area(town: Any, container: Any) -> bool:
    """The town may lie in the container: same province, or close, or nothing to tell by; a
    country holds its own towns ("بلدة الميادين في شرق سوريا")."""
    if is_country(container):
        return _country(town) == _country(container)
    a, b = getattr(town, "admin1", None), getattr(container, "admin1", None)
    if a and b and a == b:
        return True
    d = km_between(town, container)
    if d is not None:
        return d <= SAME_AREA_KM
    return not (a and b)


def _is_container(ctx: DocContext, p: Span) -> bool:
    """A district or province: its feature code says so, or an administrative word names it."""
    if str(getattr(p.value, "feature_code", "") or "").startswith(_AREA_CODES):
        return True
    prefix, word_start = ctx.in_word_prefix(p.start)
    before = " ".join(ctx.words_before(word_start, 1))
    return bool(_ADMIN_CUE.search(f"{before} {prefix}".strip()))


_LOCATOR = regex.compile(rf"(?:^|\s)(?:{_DIRECTION}|{_DIRECTION}\s+{_ADMIN_WORDS}|{_ADMIN_WORDS})$")


def _told_as_locator(ctx: DocContext, container: Span) -> bool:
    """A direction or an administrative word before the place ("شرقي مديرية التحيتا"), not a
    conjunction ("بين صنعاء والبيضاء"): it says where something else lies."""
    prefix, word_start = ctx.in_word_prefix(container.start)
    if prefix.startswith("و"):
        return False
    words = ctx.words_before(word_start, 2)
    return bool(_LOCATOR.search(" ".join([*words, prefix]).strip()))


_DIRECTION_IN_GAP = regex.compile(rf"(?:^|\s|[،,]){_DIRECTION}\s*$")
_REFERENCE = 3  # containment rank of a reference point: never the scene while the town is
REFERENCE_KM = 400.0  # a city a direction measures from lies this close (farther: a namesake)


def _reference_point(gap: str, town: Any, other: Any) -> bool:
    """A city after a direction that cannot hold the town before it ("كركوك، شمال بغداد",
    "الرمادي غرب بغداد"): the point the town's position is told from, not a scene. Only
    within one country and a few hundred km; farther, the town is more likely a namesake."""
    if not _DIRECTION_IN_GAP.search(gap.strip()) or _precision(town) != 1:
        return False
    if _country(town) is None or _country(town) != _country(other):
        return False
    d = km_between(town, other)
    return d is not None and d <= REFERENCE_KM


QUARTER_KM = 15.0  # a quarter lies this close to the city told after it


def _far_quarter(ctx: DocContext, quarter: Span, city: Span) -> bool:
    """A place told as a quarter ("حي المغاير الشعبي في حلب") read far from the city named
    just after it: a village namesake; the city is the scene's best known place."""
    if is_country(city.value) or _precision(city.value) != 1 or _precision(quarter.value) != 1:
        return False
    prefix, word_start = ctx.in_word_prefix(quarter.start)
    words = [*ctx.words_before(word_start, 1), prefix]
    if not any(w.lstrip("وفب") in _QUARTER_WORDS for w in words if w):
        return False
    if ctx.tokens_between(quarter.end, city.start) > 3:
        return False
    d = km_between(quarter.value, city.value)
    return d is not None and d > QUARTER_KM


def containment(ctx: DocContext, places: Sequence[Span]) -> tuple[dict[int, int], dict[int, int]]:
    """Index → rank among places of one sentence: 1 for a container that locates the place told
    just before it ("حيس جنوب الحديدة": الحديدة), 2 for a town that cannot lie in the district
    or province its own clause goes on to name (a homonym resolved far away), 3 for a city a
    direction measures the town before it from ("كركوك، شمال بغداد"), else 0; and
    container index → index of such a homonym, whose place in the telling the container takes
    (the best known location of the town)."""
    ranks: dict[int, int] = {}
    stand_in: dict[int, int] = {}
    text = ctx.doc.text
    for i in range(1, len(places)):
        town, container = places[i - 1], places[i]
        if is_country(town.value):
            continue
        gap = direction_aside(ctx.norm_of(town.end, container.start))
        if _CONTAINER_GAP.match(gap):
            if _same_area(town.value, container.value):
                if _precision(town.value) <= _precision(container.value):
                    ranks.setdefault(i, 1)
            elif _is_container(ctx, container):
                ranks[i - 1] = 2
                stand_in[i] = i - 1
            elif _reference_point(gap, town.value, container.value):
                ranks[i] = _REFERENCE  # "كركوك، شمال بغداد": Baghdad only locates Kirkuk
            continue
        clause = ctx.clause_bounds(town.start)
        if container.start < clause[1] and _far_quarter(ctx, town, container):
            ranks[i - 1] = 2  # "حي المغاير الشعبي في حلب": the village المغاير is far off
            stand_in[i] = i - 1
            continue
        if (
            container.start < clause[1]
            and _is_container(ctx, container)
            and _told_as_locator(ctx, container)
            and _precision(town.value) < _precision(container.value)
            and not _same_area(town.value, container.value)
            and "\n" not in text[town.end : container.start]
        ):
            ranks[i - 1] = 2  # "في السويق والمغرس … شرقي مديرية التحيتا", السويق read far off
            stand_in[i] = i - 1
    return ranks, stand_in


_FRONTED = regex.compile(r"^\W*[وف]?(?:في|ب)\s*$")


def _fronted_scope(
    ctx: DocContext,
    sent: Span,
    places: Sequence[Span],
    ranks: dict[int, int],
    stand_in: dict[int, int],
) -> None:
    """A place set in front of the sentence ("وفي تعز جنوبي اليمن، دارت مواجهات في جبهة
    الأربعين"): the scene of all it tells. A town read far outside it is a namesake resolved
    elsewhere; the fronted place stands in for it. A finer place inside it ("وفي ريف حماة،
    سيطرت القوات على بلدة مورك") is the scene, the fronted area its container."""
    if len(places) < 2 or is_country(places[0].value):
        return
    first = places[0]
    prefix, word_start = ctx.in_word_prefix(first.start)
    lead = ctx.norm_of(sent.start, word_start) + prefix
    if not _FRONTED.match(lead):
        return
    comma = ctx.doc.text.find("،", first.end, sent.end)
    if comma < 0 or ctx.tokens_between(first.end, comma) > 4:
        return  # not a fronted phrase ("في X، …") but the start of a clause
    for i, p in enumerate(places[1:], start=1):
        if p.start <= comma or is_country(p.value):
            continue
        if not _same_area(p.value, first.value):
            ranks[i] = max(ranks.get(i, 0), 2)
            stand_in.setdefault(0, i)
        elif _precision(p.value) < _precision(first.value):
            # "وفي ريف حماة، سيطرت القوات على بلدة مورك": the area holds the town it frames
            ranks.setdefault(0, 1)


def _detached(ctx: DocContext, trigger_end: int, p: Span) -> bool:
    return p.start > trigger_end and bool(_RELATIVE.search(ctx.doc.text[trigger_end : p.start]))


def _explicit(best: Span, contained: bool) -> bool:
    # a destination alone ("نحو البادية") says where people went, not where it happened; one
    # told inside a named area ("تسلل نحو مديرية الخوخة في الساحل الغربي") is placed there
    return getattr(best.value, "role", "other") != "destination" or contained


def _owned(ctx: DocContext, p: Span, trigger: Any, told: Sequence[Any]) -> bool:
    """The place stands in the clause of another event's trigger, not in this one's ("قتل
    ثمانية في مواجهات …، وشن التحالف غارات على مواقع في المخدرة": the strikes' place)."""
    lo, hi = ctx.clause_bounds(p.start)
    if lo <= trigger.start < hi:
        return False
    return any(lo <= t.start < hi for t in told if t is not trigger)


def _without_launch_points(ctx: DocContext, places: Sequence[Span]) -> list[Span]:
    """``places`` less the launch points and the containers that locate them ("من منطقة
    المراح في ريف دمشق، باتجاه شمال سوريا": neither المراح nor ريف دمشق is the scene)."""
    dropped = {i for i, p in enumerate(places) if launch_point(ctx, p)}
    if not dropped:
        return list(places)
    ranks, _ = containment(ctx, places)
    for i in range(1, len(places)):
        if i - 1 in dropped and ranks.get(i) == 1:
            dropped.add(i)
    return [p for i, p in enumerate(places) if i not in dropped]


def _role_rank(ctx: DocContext, p: Span, aimed: bool) -> float:
    """How the places layer's role ranks ``p`` as a scene; for a launched weapon (``aimed``),
    the place it was aimed at ("باتجاه جازان", "نحو مدينة مأرب") comes before the place it
    was launched from."""
    role = getattr(p.value, "role", "other")
    if aimed and role == "destination":
        words = ctx.words_before(ctx.in_word_prefix(p.start)[1], 2)
        if any(w.lstrip("و") in _AIM_WORDS for w in words):
            return 0.5
    return _ROLE_RANK.get(role, 2)


def choose_place(
    ctx: DocContext, m: Any, places: Sequence[Span], told: Sequence[Any] = ()
) -> tuple[Span, bool] | tuple[None, bool]:
    """The scene among ``places`` (the usable places of the mention's sentence, in text order)
    and whether the sentence tells it as the scene (not only where someone went); None when
    only a foreign country is named there (the caller falls back). ``told``: the triggers of
    the article's event mentions."""
    from rasad.events.arguments import located_after_preposition

    trig = m.trigger
    local = local_country(m, ctx)
    if local is not None:
        # a foreign country named in passing in a local group's sentence ("قوات سوريا
        # الديمقراطية المدعومة من قبل أمريكا") is a backer or a comparison, not a scene
        places = [
            p
            for p in places
            if not (foreign_country(p.value, local) and not located_after_preposition(ctx, p))
        ]
    # "تل أبيب نادرا ما تؤكد غاراتها", "لن تسكت واشنطن": a foreign capital told without a
    # scene word stands for its government
    home = article_country(ctx) if places else None  # (read only for a place of the sentence)
    places = [
        p for p in places if not metonym(ctx, p, home) and not _bystander_country(ctx, p, home)
    ]
    aimed = m.event_type in _AIMED_TYPES or m.sub_event_type in _AIMED_SUB_TYPES
    if aimed:
        kept = _without_launch_points(ctx, places)
        if len(kept) < len(places):
            m.fired_from = next((_country(p.value) for p in places if p not in kept), None)
        places = kept
    if m.event_type != "Strategic developments":  # (a defector's post is where he served)
        places = without_posts(ctx, places)  # "المشرف الأمني بمديرية الحزم": who, not where
    if not places:
        return None, False
    ranks, stand_in = containment(ctx, places)
    _fronted_scope(ctx, m.sent, places, ranks, stand_in)
    # told inside a report ("وعلى صعيد … بالحديدة، قالت مصادر إن العمالقة خاضت مواجهات في
    # …"): a place before the reporting verb frames the report; the scene is told after "إن"
    frames = speech_frames(ctx, m.sent, trig.start)
    report_start = max((lo for lo, _hi in frames), default=-1)
    has_local = local is not None and any(_country(p.value) == local for p in places)
    attached = [p for p in places if not _detached(ctx, trig.end, p) and not p.end <= report_start]
    # (a country in the mention's own clause does not outrank a town told in the next one:
    # "اشتباكات في مديرية المتون، رافقه قصف مكثف بدعم من التحالف في اليمن")
    # (nor does a home town: "عامل مصري من أسيوط في هجوم في ليبيا", see :func:`origin_aside.asides`)
    asides = told_asides(ctx, places, ranks)
    own = [
        p
        for i, p in enumerate(places)
        if not _owned(ctx, p, trig, told) and not is_country(p.value) and i not in asides
    ]
    # "تصاعدت المعارك في محافظة تعز، وسط تقدم للمقاومة في محافظتي أبين ولحج": a place told
    # after a contrasting clause word belongs to that clause, not to the trigger's
    apart = _set_apart(ctx, trig, places)
    filed = _filed_elsewhere(ctx, places)
    # "… في دمشق، وكذلك في درعا، التي شهدت معارك انتهت بسيطرة …": the clause is درعا's (a
    # container's clause is the town's it locates: "القصير في ريف حمص حيث قتل تسعة")
    cut = -1
    for h in relative_heads(ctx, trig, places):
        j = places.index(h)
        while ranks.get(j) == 1:
            j -= 1
        cut = places[j].start

    def key(item: tuple[int, Span]) -> tuple[float, ...]:
        i, p = item
        # where the telling puts it: a namesake's container takes the namesake's seat
        seat = places[stand_in.get(i, i)]
        # a country or province is a last resort when a town is named; a place after
        # "في" / "ب" / "على" ("… استهدفت موكبه في عدن") is the scene more often than not
        coarse = int(_precision(p.value) >= 3)
        located = located_after_preposition(ctx, seat)
        d = (
            ctx.tokens_between(seat.end, trig.start)
            if seat.end <= trig.start
            else ctx.tokens_between(trig.end, seat.start)
        )
        return (
            int(ranks.get(i, 0) == _REFERENCE),
            int(p.start in filed),
            int(seat.end <= cut),
            int(bool(attached) and seat not in attached),
            int(bool(own) and seat not in own),
            int(seat in apart),
            int(i in asides),
            ranks.get(i, 0),
            # a foreign name told without a scene word ("استهدف العقيد رياض …") is no scene
            int(has_local and _country(p.value) != local and not located),
            _role_rank(ctx, seat, aimed),
            coarse,
            d - 3 * located,
        )

    i, best = min(enumerate(places), key=key)
    area = area_named_after(ctx, best)
    if area is not None and not _same_area(best.value, area.value):
        # "انفجر لغم بالقرب من موقع ملحان بالمديرية ذاتها": the town read far outside the
        # district the text puts it in is a namesake; the district is the scene's best place
        return area, True
    # a country after a destination only says where the town lies, as it would of any town
    # of it: "كمائن لتعزيزات كانت متجهة إلى محافظة تعز، جنوب غربي اليمن" tells where the
    # reinforcements went, not where they were hit
    within = i + 1 < len(places) and ranks.get(i + 1) == 1 and not is_country(places[i + 1].value)
    return best, _explicit(best, within)


def _filed_elsewhere(ctx: DocContext, places: Sequence[Span]) -> set[int]:
    """Starts of the places of a wire dateline ("الخرطوم (السودان) (ا ف ب) -") when the lead
    tells a place after it that does not hold them ("دارت معارك … في دارفور"): the town filed
    from is no scene there. One told in a region that holds it ("رام الله … - اعتقل الجيش …
    في الضفة الغربية") stays the finer place."""
    end = filed_from_end(ctx)
    told = [q for q in places if q.start >= end and not is_country(q.value)] if end else []
    return {
        p.start
        for p in places
        if p.end <= end
        and any(
            _precision(q.value) <= _precision(p.value) or not _same_area(p.value, q.value)
            for q in told
        )
    }


_WITNESS = regex.compile(r"^[وف]?(?:[تي]?شهد|شهدت)$")


def _bystander_country(ctx: DocContext, p: Span, home: str | None) -> bool:
    """A country other than the article's (``home``) the places layer does not read as a
    scene, named without a scene word ("غارات التحالف الذي تقوده السعودية", "الحوثي
    المدعومة من إيران"): a leader, a backer or a government, not where it happened; the
    paragraph or the story places the event. (The article's own country stays: an event
    only it places is a vague mention, and its confidence says so.)"""
    from rasad.events.arguments import located_after_preposition

    # "وتشهد الكويت تظاهرات": the country that witnesses the event is its scene
    word_start = ctx.in_word_prefix(p.start)[1]
    before = ctx.words_before(word_start, 1)
    if before and _WITNESS.match(before[-1]):
        return False
    return (
        home is not None
        and foreign_country(p.value, home)
        and getattr(p.value, "role", "other") == "other"
        and not located_after_preposition(ctx, p)
    )


_NEAR_WORDS = frozenset({"قرب", "بالقرب", "مقربه"})


def told_near(ctx: DocContext, p: Span) -> bool:
    """The place is told as near the scene ("قرب مدينة كركوك", "بالقرب من بلدة …"), not as the
    scene itself: a town another account names within reach is the more precise place."""
    word_start = ctx.in_word_prefix(p.start)[1]
    words = [w.lstrip("وف") for w in ctx.words_before(word_start, 2)]
    return any(w in _NEAR_WORDS or w.lstrip("ب") in _NEAR_WORDS for w in words)


_CONTRAST = frozenset({"وسط", "فيما", "بينما", "حين"})


def _set_apart(ctx: DocContext, trig: Any, places: Sequence[Span]) -> list[Span]:
    """Places after the trigger behind a contrasting clause word ("وسط", "فيما", "بينما", "في
    حين") when a town or area that is no country stands before that word: they tell another
    happening ("وسط تقدم للمقاومة في أبين ولحج"), not this event's scene."""
    text = ctx.doc.text
    sent_end = ctx.sentence(trig.start).end
    cut = None
    for h in ctx.cues_in(trig.end, sent_end, "clause_starters"):
        word = ctx.norm_of(h.start, h.end).split()[-1]
        if word not in _CONTRAST and word[1:] not in _CONTRAST:  # "وسط", "وفيما"
            continue
        if word.endswith("وسط") and (
            ctx.next_word(h.end).startswith("ال")
            or any(0 <= ctx.tokens_between(h.end, p.start) <= 1 for p in places if p.start >= h.end)
        ):
            continue  # "وسط البلاد", "وسط اليمن", "وسط مدينة تعز": the middle, not "amid"
        cut = h.start
        break
    if cut is None or not any(
        trig.end <= p.start and p.end <= cut and not is_country(p.value) for p in places
    ):
        return []
    return [p for p in places if p.start >= cut and "\n" not in text[trig.end : p.start]]


# "سلطات أنقرة", "لسلطات إقليم كردستان": a place named for its authorities, not a scene
_AUTHORITY_WORDS = frozenset({"سلطات", "السلطات"})


def _named_for_authorities(ctx: DocContext, p: Span) -> bool:
    words = _words_before_bare(ctx, p, 2)
    if not words:
        return False
    last = words[-1]
    if last in ("اقليم", "مدينه", "محافظه") and len(words) > 1:
        last = words[-2]  # "سلطات إقليم كردستان"
    return last in _AUTHORITY_WORDS or last.lstrip("وفبل") in _AUTHORITY_WORDS


# "ومقرها في طرابلس", "التي يوجد مقرها في بنغازي": where a body sits, told to describe it
_SEAT_WORDS = frozenset({"مقره", "مقرها", "مقرهم", "مقراته", "مقراتها"})
_SEAT_LOCATORS = frozenset({"يوجد", "توجد", "يقع", "تقع", "الذي", "التي", "الكاين", "الكاينه"})


def _told_as_seat(ctx: DocContext, p: Span) -> bool:
    """The place is where a body has its seat, told to describe the body ("المؤسسة الوطنية
    للنفط التي يوجد مقرها في طرابلس", "الحكومة ومقرها في البيضاء"): not where anything
    happened. A seat that is acted on ("اقتحموا مقرها في طرابلس") is a scene as before."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    if prefix not in ("", "ب"):
        return False
    words = ctx.words_before(word_start, 3 if not prefix else 2)
    if not prefix:
        if len(words) < 3 or words[-1] != "في":
            return False
        words = words[:-1]
    if len(words) < 2:
        return False
    before, seat = words[-2], words[-1]
    if seat[:1] == "و" and seat[1:] in _SEAT_WORDS:
        return True
    return seat in _SEAT_WORDS and before.lstrip("و") in _SEAT_LOCATORS


# what may stand between "قبالة" and the place it faces ("قبالة مدينة جازان"); a coast or an
# island after it ("قبالة سواحل الحديدة") is where a sea-borne event is placed
_FACED_NOUNS = frozenset({"مدينه", "منطقه", "بلده", "قريه", "محافظه", "مديريه", "ولايه"})


def _faced(ctx: DocContext, p: Span, floor: int) -> bool:
    """The place is what the scene faces ("غارات على تجمعات في الشريط الحدودي قبالة منطقة
    نجران"): a point across a border or a front line, not where it happened."""
    word_start = ctx.in_word_prefix(p.start)[1]
    h = ctx.cue_before(word_start, "place_facing", 1, floor)
    if h is None:
        return False
    between = ctx.norm_of(h.end, word_start).split()
    return all(w in _FACED_NOUNS for w in between)


def usable(ctx: DocContext, spans: Iterable[Span], floor: int) -> list[Span]:
    """Places that can be a scene: not a side or a seat ("الموالية لأنقرة", "سفارة سوريا"),
    not the authorities of a place ("سلطات أنقرة"), not the point a distance is measured
    from ("على بعد 250 كلم شمال بغداد") nor the one the scene faces ("قبالة جازان"), nor a
    body's seat ("التي يوجد مقرها في طرابلس"), nor one compared with ("كما حدث في حلب").
    A name in brackets right after a place ("عين العرب (كوباني)") is that place again and
    shares its verdict."""
    kept: list[Span] = []
    previous: tuple[Span, bool] | None = None
    for p in spans:
        if previous is not None and _alias_gap(ctx.doc.text, previous[0].end, p.start):
            ok = previous[1]
        else:
            ok = _may_be_scene(ctx, p, floor)
        previous = (p, ok)
        if ok:
            kept.append(p)
    return kept


def usable_places(ctx: DocContext) -> list[Span]:
    """``usable(ctx, ctx.places, 0)``, the article's places that can be a scene, listed once
    per document (every mention that falls back on the story's place asks); not to be changed
    by the caller."""
    found = cast("list[Span] | None", ctx.memo.get("usable_places"))
    if found is None:
        found = usable(ctx, ctx.places, 0)
        ctx.memo["usable_places"] = found
    return found


# Each place is judged again for every mention and every fallback that reads it, yet the
# verdict reads only the words before the place's start (and the cue look-ups stop at
# ``floor``): it is kept per document, keyed by (start, floor), and its floor-free part by
# start alone. The memos live in ctx.memo, so they end with the document.
def _may_be_scene(ctx: DocContext, p: Span, floor: int) -> bool:
    verdicts = cast("dict[tuple[int, int], bool]", ctx.memo.setdefault("place_scene", {}))
    ok = verdicts.get((p.start, floor))
    if ok is None:
        ok = verdicts[p.start, floor] = (
            not ctx.cue_before(ctx.in_word_prefix(p.start)[1], "place_not_location", 0, floor)
            and not ctx.cue_before(p.start, "distance_words", 2, floor)
            and not measured_from(ctx, p, floor)
            and not _faced(ctx, p, floor)
            and not _told_as_other(ctx, p)
            and not _compared(ctx, p)
        )
    return ok


COMPARISON_REACH = 12  # words from "كما حدث" to the place it compares with, in its clause


def _compared(ctx: DocContext, p: Span) -> bool:
    """The place is named in a comparison clause ("كما حدث في حلب العام الماضي", "وكما كان
    الوضع بالنسبة لكل من تمبكتو وجاو، فإن …"): the time or place compared with, not a scene."""
    lo, _hi = ctx.clause_bounds(p.start)
    word_start = ctx.in_word_prefix(p.start)[1]
    if ctx.cue_before(word_start, "comparison_openers", COMPARISON_REACH, lo) is not None:
        return True
    return _since_earlier_event(ctx, word_start, lo)


def _since_earlier_event(ctx: DocContext, word_start: int, lo: int) -> bool:
    """ "منذ" right before an act noun ("الأكثر دموية منذ الهجوم الذي أوقع 31 قتيلا ببغداد"):
    the place is the earlier event's the news is measured against; "منذ الصباح" is a time."""
    h = ctx.cue_before(word_start, "since_openers", COMPARISON_REACH, lo)
    if h is None:
        return False
    starts = cast("list[int]", ctx.memo.get("trigger_starts"))
    if starts is None:
        starts = ctx.memo["trigger_starts"] = [t.start for t in ctx.triggers]
    i = bisect_left(starts, h.end)
    # the act noun is the next word (with its clitics: "الهجوم", "بعد" is no act noun)
    return (
        i < len(starts)
        and starts[i] < word_start
        and ctx.token_index(starts[i]) == bisect_left(ctx.token_starts, h.end)
    )


def _told_as_other(ctx: DocContext, p: Span) -> bool:
    """The place names authorities, a pact or its party, or a body's seat (memoised by start:
    none of these reads a floor)."""
    told = cast("dict[int, bool]", ctx.memo.setdefault("place_told_as_other", {}))
    found = told.get(p.start)
    if found is None:
        found = told[p.start] = (
            _named_for_authorities(ctx, p) or _names_a_pact(ctx, p) or _told_as_seat(ctx, p)
        )
    return found


_ALIAS_GAP = regex.compile(r"^\s*[(\[«]\s*$")  # "عين العرب (كوباني)": the same place again


def _alias_gap(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an opening bracket between spaces (no copy of a long gap made
    when it holds no bracket at all)."""
    find = text.find
    if find("(", start, end) < 0 and find("[", start, end) < 0 and find("«", start, end) < 0:
        return False
    return _ALIAS_GAP.match(text[start:end]) is not None


LEAD_FOLLOW_SENTENCES = 2  # sentences after an unplaced lead read for the scene it sums up


def lead_place(ctx: DocContext, country: str | None = None, *, before: int) -> Span | None:
    """The first town or region the article names before ``before`` (after a dateline): where
    the story is set, for an event its own paragraph does not place. An event of the article's
    lead, with no town before it, is set where the next sentences tell the scene ("شن سلاح
    الجو غارات داخل الأراضي السورية. … ضربة ضد موقع جنوب الدشيشة"): the lead sums up what
    they tell."""
    home = article_country(ctx)
    spans = usable_places(ctx)
    for p in spans:
        if p.start >= before:
            break
        if is_country(p.value) or metonym(ctx, p, home):
            continue
        if country is None or _country(p.value) == country:
            return p
    else:
        return None
    return _told_next(ctx, spans, country, home, after=before)


def _told_next(
    ctx: DocContext, spans: Sequence[Span], country: str | None, home: str | None, *, after: int
) -> Span | None:
    """The first town told as a scene in the few sentences after the one at ``after``, in
    the article's country (``home``) unless ``country`` is given: a town of another country
    there is a visit or an aside ("في زيارته لأربيل"), not what the lead sums up."""
    country = country or home
    si = ctx.sentence_index(after)
    last = min(si + LEAD_FOLLOW_SENTENCES, len(ctx.sentences) - 1)
    lo, hi = ctx.sentences[si].end, ctx.sentences[last].end
    for p in spans:
        if p.start < lo or is_country(p.value) or metonym(ctx, p, home):
            continue
        if p.start >= hi:
            return None
        if getattr(p.value, "role", "") != "event_location":
            continue
        if country is None or _country(p.value) == country:
            return p
    return None


def article_country(ctx: DocContext) -> str | None:
    """The country most of the article's places lie in (counted once per document: every
    event and every fallback asks)."""
    if "article_country" not in ctx.memo:
        counts: dict[str, int] = {}
        for p in ctx.places:
            c = _country(p.value)
            if c and not _names_a_pact(ctx, p):
                counts[c] = counts.get(c, 0) + 1
        ctx.memo["article_country"] = max(counts, key=lambda c: counts[c]) if counts else None
    return ctx.memo["article_country"]  # type: ignore[return-value]


def _government_seat(p: Span) -> bool:
    """A city that stands for a government though not listed as a capital ("تل أبيب")."""
    name = str(getattr(p.value, "name_ar", "") or "")
    return bool(name) and normalize_key(name) in load_cues().government_seats


def metonym(ctx: DocContext, p: Span, home: str | None) -> bool:
    """A capital of another country than ``home`` (the article's, :func:`article_country`),
    named without a scene word before it ("قالت موسكو", "المطلوب لأنقرة"): its government, not
    a place where something happened. A site named after it ("بمطار القاهرة") is a scene."""
    from rasad.events.arguments import located_after_preposition

    if str(getattr(p.value, "feature_code", "") or "") != "PPLC" and not _government_seat(p):
        return False
    if home is None or _country(p.value) == home:
        return False
    return not located_after_preposition(ctx, p) and not _facility_of(ctx, p)


def main_place(ctx: DocContext, country: str | None = None) -> Span | None:
    """The article's main place: the most mentioned event location, else the first place; with
    ``country``, among the places of that country when the article names one. A foreign
    capital told for its government ("بعد تحذير دمشق" in a Lebanese story) is no such place
    while the article names another."""
    spans = usable_places(ctx) or [p for p in ctx.places if not _names_a_pact(ctx, p)]
    home = article_country(ctx)
    spans = [p for p in spans if not metonym(ctx, p, home)] or spans
    if country is not None:
        spans = [p for p in spans if _country(p.value) == country] or spans
    if not spans:
        return None
    counts: dict[str, int] = {}
    for p in spans:
        name = getattr(p.value, "name", None) or ""
        bonus = 2 if getattr(p.value, "role", "") == "event_location" else 1
        counts[name] = counts.get(name, 0) + bonus
    best = max(counts, key=lambda n: counts[n])
    return next(p for p in spans if (getattr(p.value, "name", None) or "") == best)


_QUARTER_WORDS = frozenset({"حي", "حيي", "احياء", "الاحياء", "مناطق", "منطقتي", "شوارع", "حارات"})


def one_city(ctx: DocContext, spans: Sequence[Span]) -> bool:
    """Quarters of one city listed together ("اشتباكات في مناطق المعلا والتواهي وكريتر"): all
    within a few km of one another and told as quarters (a word for districts before the list,
    or gazetteer sections of a city), one scene for ACLED. Neighbouring towns ("بلدتي سقبا
    وكفر بطنا") stay apart."""
    group = [s.value for s in spans]
    if len(group) < 2 or any(_precision(v) != 1 or is_country(v) for v in group):
        return False
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            d = km_between(a, b)
            if d is None or d > ONE_CITY_KM:
                return False
    if all(str(getattr(v, "feature_code", "") or "") == "PPLX" for v in group):
        return True
    prefix, word_start = ctx.in_word_prefix(spans[0].start)
    words = [*ctx.words_before(word_start, 2), prefix]
    return any(w.lstrip("وفب") in _QUARTER_WORDS or w in _QUARTER_WORDS for w in words)


def foreign(place: Any, country: str) -> bool:
    """The place lies in another country than ``country`` (unknown: not foreign)."""
    c = _country(place)
    return c is not None and c != country


def foreign_country(place: Any, country: str) -> bool:
    """A whole country other than ``country``."""
    return is_country(place) and foreign(place, country)


# read by rasad.events.location_last
CONTAINER_GAP = _CONTAINER_GAP
DIRECTION_IN_GAP = _DIRECTION_IN_GAP
REFERENCE_RANK = _REFERENCE
