"""Atomic events the ACLED way: one event per location of a coordinated list of places, and
both sides of every battle (a side told elsewhere in the article fills a battle's missing one).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence

import regex

from rasad.actors.dictionary import default_lexicon
from rasad.document import Span
from rasad.events import actor_roles as roles
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.location import one_city
from rasad.events.merge import Cluster, compatible
from rasad.events.merge_scene import COARSE_KM, SAME_PLACE_KM, is_country
from rasad.events.victims import civilians_named
from rasad.gazetteer.cues import load_cues
from rasad.geo import km_between

# what may stand between two coordinated places: "الأنبار، وصلاح الدين، وكركوك وبعض مناطق بغداد"
_PLACE_LIST_GAP = regex.compile(
    r"^[\s،,؛;و]*(?:(?:و?بعض|و?عدة|و?مناطق|و?بلدات|و?قرى|و?مدن|و?احياء|و?أحياء)\s*)*[\s،,؛;و]*$"
)
# a bare conjunction of two towns is not a list of scenes when one contains the other
_LIST_MAX = 6


def _between(ctx: DocContext, start: int) -> bool:
    """The place at ``start`` opens "بين X وY", bare or after a place noun: "في الخط الرابط
    بين منطقتي الشريجة والراهدة", "بين محافظتي البيضاء ومأرب" (the gazetteer's place nouns);
    or a road named by its two ends, "سيطر الجيش على خط الحديدة صنعاء" (its road words)."""
    before = ctx.words_before(start, 2)
    if before[-1:] == ["بين"] or (before and before[-1] in load_cues().road_words):
        return True
    return len(before) == 2 and before[0] == "بين" and before[1] in load_cues().place_nouns


def split_by_places(ctx: DocContext, m: args.Mention) -> list[args.Mention]:
    """ACLED codes one event per location: "تظاهرات في الأنبار وكركوك وبغداد" is three events.
    The trigger's place and the places coordinated with it ("X، وY وZ") in its sentence each get
    a copy of the mention; stated deaths are shared out (ACLED splits totals over places)."""
    if m.place is None or not m.place_explicit:
        return [m]
    places = [p for p in ctx.spans_in(ctx.places, m.sent.start, m.sent.end) if p.value is not None]
    idx = next((i for i, p in enumerate(places) if p.value is m.place), None)
    if idx is None:
        return [m]
    text = ctx.doc.text
    a = b = idx
    while a > 0 and _PLACE_LIST_GAP.match(text[places[a - 1].end : places[a].start]):
        a -= 1
    while b < len(places) - 1 and _PLACE_LIST_GAP.match(text[places[b].end : places[b + 1].start]):
        b += 1
    group = [p.value for p in places[a : b + 1]]
    if b - a == 1 and _between(ctx, places[a].start):
        # "على الطريق الرابط بين زبيد والتحيتا", "بين البلدتين X وY": the two names bound one
        # scene between them, not two scenes (ACLED codes one event, at the nearer place)
        return [m]
    names = {getattr(v, "name", None) for v in group}
    if len(group) < 2 or len(group) > _LIST_MAX or len(names) < len(group):
        return [m]
    if any(is_country(v) or getattr(v, "role", "") in ("origin", "destination") for v in group):
        return [m]
    if all(getattr(v, "role", "") == "other" and getattr(v, "geo_precision", 1) >= 3
           for v in group):
        # "الاحتياطي من النفط والغاز لمحافظتي تعز وإب": governorates the places stage reads
        # as no scene only describe; the event, placed there for want of a scene, is one
        return [m]
    admins = {getattr(v, "admin1", None) for v in group if getattr(v, "geo_precision", 1) == 1}
    if any(
        getattr(v, "geo_precision", 1) != 1 and getattr(v, "admin1", None) in admins for v in group
    ):
        return [m]  # "دمشق وريفها", "مأرب ومديرية صرواح": a region and a town inside it
    if one_city(ctx, places[a : b + 1]):
        return [m]  # "في مناطق المعلا والتواهي وكريتر": quarters of one city, one scene
    out = []
    share, extra = divmod(m.fatalities, len(group))
    for i, v in enumerate(group):
        c = dataclasses.replace(m, place=v, place_explicit=True, listed_places=frozenset(names))
        c.fatalities = share + (extra if i == 0 else 0)
        out.append(c)
    return out


def sides_across_list(clusters: Sequence[Cluster], merged: Sequence[args.Mention]) -> None:
    """The copies of one mention split over its list of places ("المعارك دارت في جبهات جبل
    صبر والضباب") tell one account: a copy merged with a sentence that names the sides ("معارك
    بين المقاومة والحوثيين في محافظة تعز") lends them to its sibling copies told with none.
    ``merged[i]`` is the merged view of ``clusters[i]``."""
    copies: dict[int, list[int]] = {}  # trigger start of a split mention → its clusters
    for i, c in enumerate(clusters):
        for m in c.mentions:
            if m.listed_places:
                copies.setdefault(m.trigger.start, []).append(i)
    for idxs in copies.values():
        donor = next((merged[i] for i in idxs if merged[i].actor1_name), None)
        if donor is None:
            continue
        for i in idxs:
            r = merged[i]
            if r.actor_keys or r.event_type != donor.event_type:
                continue
            r.actor1, r.actor2 = donor.actor1, donor.actor2
            r.actor1_name, r.actor2_name = donor.actor1_name, donor.actor2_name
            r.inter1, r.inter2 = donor.inter1, donor.inter2
            r.actor_fallback = donor.actor_fallback


_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# strikes whose target is the other side's position ("قصفت الطائرات مواقع الدفاع الجوي")
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_TARGET_WORDS = 4  # the position noun this close after the strike word
# what an armed side holds (not "مديرية" or "مركز", which also name districts and towns)
_POSITIONS = frozenset(
    "موقع مواقع معسكر معسكرات ثكنه ثكنات حاجز حواجز نقطه نقاط تجمع تجمعات مقر مقرات مخازن "
    "مستودع مستودعات اليات عربات دفاعات منصات مرابض تحصينات معاقل معقل قاعده".split()
)


def opponents_from_article(ctx: DocContext, merged: list[args.Mention]) -> None:
    """A battle whose sentence names one side takes the side that actor fights elsewhere in the
    article ("سيطرت المقاومة على التبة" after "معارك بين المقاومة والحوثيين"): ACLED codes
    both sides of every battle. When the article tells no fight of that actor, the other side
    is its foe (camps of the dictionary's `wars:`) that the article names most ("سيطر الجيش
    الحر على حاجز" where the article names "القوات النظامية"). A strike on a military position
    ("قصفت الطائرات مواقع …") with no target named is completed the same way. A territory taken
    from a side the article does not name was taken from the winner's main foe (_main_foe)."""
    foes: dict[str, dict[str, tuple[int | None, int]]] = {}
    for m in merged:
        if m.event_type not in _ARMED_TYPES or not (m.actor1_name and m.actor2_name):
            continue
        if 7 in (m.inter1, m.inter2):
            continue
        for a, b, ib in (
            (m.actor1_name, m.actor2_name, m.inter2),
            (m.actor2_name, m.actor1_name, m.inter1),
        ):
            prev = foes.setdefault(a, {}).get(b, (ib, 0))
            foes[a][b] = (ib, prev[1] + 1)
    for m in merged:
        if m.actor2_name or not m.actor1_name:
            continue
        if m.event_type != "Battles" and not _strike_on_a_position(ctx, m):
            continue
        known = foes.get(m.actor1_name)
        if known:
            name, (inter, _n) = max(known.items(), key=lambda kv: kv[1][1])
            m.actor2_name, m.inter2 = name, inter
            continue
        foe = _named_foe(ctx, m)
        if foe is not None:
            m.actor2, m.actor2_name, m.inter2 = foe, roles.canonical(foe), roles.inter_of(foe)
        elif m.sub_event_type in _TERRITORY or _foe_at_home(m):
            # "شنت طائرات التحالف غارات على قاعدة العند الجوية" with no foe named anywhere:
            # the military position struck is held by the striker's main foe
            _main_foe(ctx, m)


# a territory changes hands between two sides, even when the news names only the winner
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _foe_at_home(m: args.Mention) -> bool:
    """A strike (not a battle) in the country of the striker's main foe: Israel's main foe is
    no side of its strikes in Syria."""
    if m.event_type == "Battles":
        return False
    entry = default_lexicon().main_foe(m.actor1_name or "")
    return entry is not None and entry.country in (None, m.country)


def _main_foe(ctx: DocContext, m: args.Mention) -> None:
    """ "سيطر الجيش الحر على حاجز عسكري" in an article naming no other side: ACLED codes the
    side the territory was taken from, the winner's main foe in the dictionary's `wars:` (the
    first actor of the other camp), under its name on the event's day. A state's army is not
    what the sentence calls "المسلحين"/"الإرهابيين" ("سيطر الجيش الليبي على الحي بعد معارك
    ضد الإرهابيين"): that foe is left to unnamed_other_side."""
    lex = default_lexicon()
    entry = lex.main_foe(m.actor1_name or "")
    if entry is None:
        return
    inter = lex.inter_on(entry, m.date, where=entry.country)
    if inter == 1 and ctx.has_cue(m.sent.start, m.sent.end, "unnamed_militants"):
        return
    m.actor2_name, m.inter2 = lex.name_on(entry, m.date), inter


def _strike_on_a_position(ctx: DocContext, m: args.Mention) -> bool:
    """An air strike or shelling whose object, right after the trigger in its clause, is a
    military position ("مواقع", "معسكر", "تجمعات") and whose sentence names no civilians."""
    if m.sub_event_type not in _STRIKES or civilians_named(ctx, m.sent):
        return False
    clause_end = roles.clause_end_past_time(ctx, m.trigger.start)  # past "، الخميس،"
    lo = bisect_left(ctx.token_starts, m.trigger.end)
    for k in range(lo, len(ctx.token_starts)):
        at = ctx.token_starts[k]
        if at >= clause_end or ctx.tokens_between(m.trigger.end, at) > _TARGET_WORDS:
            return False
        word = roles.bare(ctx.token_norms[k] or "")
        if word in _POSITIONS or (word.endswith("ا") and word[:-1] in _POSITIONS):
            return True
    return False


def _named_foe(ctx: DocContext, m: args.Mention) -> Span | None:
    """The mention of the actor the article names most among those fighting ``m``'s actor1 in
    another camp of one of its wars (ties: the nearest to the trigger)."""
    lex = default_lexicon()
    counts: dict[str, list[Span]] = {}
    for a in roles.usable_actors(ctx, 0, len(ctx.doc.text)):
        name = roles.canonical(a)
        if name and name != m.actor1_name and lex.are_foes(m.actor1_name, name):
            counts.setdefault(name, []).append(a)
    if not counts:
        return None
    at = m.trigger.start

    def rank(spans: list[Span]) -> tuple[int, int]:
        return len(spans), -min(abs(s.start - at) for s in spans)

    best = max(counts.values(), key=rank)
    return min(best, key=lambda s: abs(s.start - at))


def own_side_as_target(merged: list[args.Mention]) -> list[args.Mention]:
    """A strike told again with no doer, no day or place of its own, and its doer's forces
    read as the target ("وأضاف أن الضربات جاءت بجهود قيادة العمليات المشتركة" after "قصفت
    طائرات عراقية مقر داعش") is that strike: no side strikes itself. It is no event of its own
    when it tells no more deaths."""
    lex = default_lexicon()

    def entry(name: str | None) -> object | None:
        return lex.entry_for(name) if name else None

    out = []
    for m in merged:
        told_again = (
            m.event_type == "Explosions/Remote violence"
            and m.actor1_name is None
            and entry(m.actor2_name) is not None
            and not (m.date_explicit or m.place_explicit)
            and any(
                o is not m
                and o.sub_event_type == m.sub_event_type
                and entry(o.actor1_name) is entry(m.actor2_name)
                and o.fatalities >= m.fatalities
                for o in merged
            )
        )
        if not told_again:
            out.append(m)
    return out


def civilians_no_side(merged: list[args.Mention]) -> None:
    """ACLED: civilians are never a side of a battle; civilians killed in one are its
    fatalities. A battle that names civilians as a side ("قتل فلسطينيين خلال اشتباكات مع
    الجيش") keeps its armed side only (as actor1), and a side told elsewhere in the article
    may then complete it (opponents_from_article)."""
    for m in merged:
        if m.event_type != "Battles":
            continue
        if m.inter1 == 7:
            m.actor1, m.actor1_name, m.inter1 = m.actor2, m.actor2_name, m.inter2
            m.actor2, m.actor2_name, m.inter2 = None, None, None
        if m.inter2 == 7:
            m.actor2, m.actor2_name, m.inter2 = None, None, None


_SAME_ACT_WORDS = 3  # "وشن طيران التحالف سبع غارات": the two words of one act this close


def one_act(ctx: DocContext, mentions: list[args.Mention]) -> list[args.Mention]:
    """ "وشن طيران التحالف سبع غارات على مواقع للمتمردين", "قصف طيران التحالف": two trigger
    words of one sub-event type a few words apart in one clause name one act (the aircraft and
    its strikes), however differently their actors were read: when their actors would keep them
    apart as two events, the weightier word (else the one naming more actors, else the first)
    stands for it. Mentions sorted by position."""
    out: list[args.Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.sent is m.sent
            and prev.sub_event_type == m.sub_event_type
            and not (prev.reference_only or m.reference_only or prev.denial_only or m.denial_only)
            and not (prev.casualty_only or m.casualty_only)
            and ctx.clause_bounds(prev.trigger.start) == ctx.clause_bounds(m.trigger.start)
            and ctx.tokens_between(prev.trigger.end, m.trigger.start) <= _SAME_ACT_WORDS
            and not compatible(prev, m)  # the two would merge anyway: let clustering join them
        ):
            rank = (m.weight, len(m.actor_keys)) > (prev.weight, len(prev.actor_keys))
            if rank:
                out[-1] = m
            continue
        out.append(m)
    return out


_CROWD_INTER = frozenset({6, 7})  # protesters, civilians: who is arrested at a demonstration


def arrests_at_protest(
    merged: list[args.Mention], ctx: DocContext | None = None
) -> list[args.Mention]:
    """ACLED: arrests made at a demonstration are its intervention, not an event of their own
    ("اعتصم المعلمون أمام البرلمان … وتم اعتقال نحو 100 منهم"). An arrest of protesters or
    civilians on the day and at the place of a protest the article tells joins it, and a
    peaceful protest becomes a protest with intervention; an arrest of rioters at a riot is
    that riot's (ACLED codes the riot, the arrests are how it was put down). A hunger strike
    ("أعلن الأسرى إضرابهم عن الطعام") is held by prisoners inside: an arrest of civilians told
    at its scene is the strikers' own detention ("بعد اعتقاله", "رفضا لاعتقالهم"), joined to it
    but no force acting on it, so the strike stays a peaceful protest."""
    protests = [m for m in merged if m.event_type in ("Protests", "Riots")]
    if not protests:
        return merged
    out = []
    for m in merged:
        if _crowd_detained(m):
            demo = next((p for p in protests if _same_scene(p, m)), None)
            if demo is not None:
                if ctx is not None and _hunger_strike(ctx, demo):
                    continue  # the strikers' own detention: joined, no intervention
                if demo.sub_event_type == "Peaceful protest":
                    demo.sub_event_type = "Protest with intervention"
                force = _arresting_force(m)
                if demo.actor2_name is None and force is not None:
                    # the force that put the demonstration or riot down is its other side
                    demo.actor2, demo.actor2_name, demo.inter2 = force
                continue
        out.append(m)
    return out


def _hunger_strike(ctx: DocContext, demo: args.Mention) -> bool:
    """The protest's word is a strike refusing food ("إضرابهم المفتوح عن الطعام")."""
    return ctx.cue_after(demo.trigger.end, "food_refused", 2, demo.sent.end) is not None


_DEMO_INTER = frozenset({5, 6})  # rioters, protesters: the crowd itself named as a side


def _crowd_detained(m: args.Mention) -> bool:
    """An arrest of the crowd (or of civilians, or of nobody named), or a detention read as
    an abduction that names the crowd and a state force as its two sides ("فرقت الشرطة
    المحتجين واعتقلت عددا منهم": the police's arrest of the demonstrators, whichever slot
    each landed in). An abduction by anyone else stays its own event."""
    if m.sub_event_type == "Arrests" and (m.inter2 in _CROWD_INTER or m.inter2 is None):
        return True
    return (
        m.sub_event_type in ("Arrests", "Abduction/forced disappearance")
        and bool({m.inter1, m.inter2} & _DEMO_INTER)
        and _arresting_force(m) is not None
    )


_STATE_FORCE = regex.compile(r"^(?:Military|Police) Forces of ")


def _arresting_force(m: args.Mention) -> tuple[object, str, int | None] | None:
    """The state force of an arrest, whichever slot a misread detention put it in: its own
    country's (inter 1) or a foreign state's army or police (an occupying army is inter 8)."""
    for span, name, inter in (
        (m.actor1, m.actor1_name, m.inter1),
        (m.actor2, m.actor2_name, m.inter2),
    ):
        if name and (inter == 1 or _STATE_FORCE.match(name)):
            return span, name, inter
    return None


def arrests_in_a_fight(merged: list[args.Mention]) -> list[args.Mention]:
    """ACLED: the arrests a force makes in the fight it tells in the same sentence are part of
    that battle ("داهمت قوات الأمن وكرا لمسلحين … وقتلت ثلاثة منهم واعتقلت اثنين"), not an
    event of their own: the same force, the same day and place."""
    battles = [m for m in merged if m.event_type == "Battles" and m.actor1_name]
    if not battles:
        return merged
    return [
        m
        for m in merged
        if not (
            m.sub_event_type == "Arrests"
            and any(
                b.sent is m.sent and b.actor1_name == m.actor1_name and _same_scene(b, m)
                for b in battles
            )
        )
    ]


def _same_scene(a: args.Mention, b: args.Mention, km_max: float = SAME_PLACE_KM) -> bool:
    if a.date != b.date:
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return pa is pb
    if getattr(pa, "name", None) == getattr(pb, "name", None):
        return True
    km = km_between(pa, pb)
    return km is not None and km <= km_max


def one_sided_clash_at_protest(ctx: DocContext, merged: list[args.Mention]) -> list[args.Mention]:
    """ACLED's Armed clash is two organised armed sides fighting. "مواجهات" whose sentence names
    one state force and no armed group at all ("مقتل 6 فلسطينيين برصاص إسرائيلي خلال مواجهات
    على الحدود"), on the day and near the place of a demonstration the article tells, are that
    demonstration's confrontation: the demonstration is the event (its type says how force was
    used), the clash none. A sentence naming an armed group keeps its battle, even when the
    group was not read as a side."""
    protests = [m for m in merged if m.event_type in ("Protests", "Riots")]
    if not protests:
        return merged
    return [
        m
        for m in merged
        if not (
            m.sub_event_type == "Armed clash"
            and _one_state_side(ctx, m)
            and any(_same_scene(p, m, COARSE_KM) for p in protests)
        )
    ]


_GROUP_INTER = frozenset({2, 3, 4, 8})
_STATE_FORCES = ("Military Forces of", "Police Forces of")


def _one_state_side(ctx: DocContext, m: args.Mention) -> bool:
    """The mention names one side, a state's forces (at home or abroad), or no side at all
    ("ووقعت أعنف المواجهات في بور سعيد" in a report on riots), and its sentence names no armed
    group (rebels, militias, foreign non-state forces)."""
    sides = [n for n in (m.actor1_name, m.actor2_name) if n]
    if len(sides) > 1 or (sides and not sides[0].startswith(_STATE_FORCES)):
        return False
    return not any(
        getattr(a.value, "inter", None) in _GROUP_INTER
        and not (getattr(a.value, "canonical", None) or a.kb_id or "").startswith(_STATE_FORCES)
        for a in ctx.spans_in(ctx.actors, m.sent.start, m.sent.end)
    )


def crowd_fight(ctx: DocContext, sent: Span) -> bool:
    """ "الاشتباكات التي اندلعت أمام مبنى المحافظة … والتي تعرضت لمحاولات اقتحام من قبل عشرات
    المتظاهرين": fighting whose sentence names demonstrators and no armed group nor unnamed
    gunmen is the crowd's (ACLED: a violent demonstration, no battle of two armed sides)."""
    if not ctx.has_cue(sent.start, sent.end, "protest_words"):
        return False
    if ctx.has_cue(sent.start, sent.end, "unnamed_militants"):
        return False  # "اشتباكات بين الشرطة ومسلحين قرب المتظاهرين": gunmen fought
    return not any(
        getattr(a.value, "inter", None) in _GROUP_INTER
        and not (getattr(a.value, "canonical", None) or a.kb_id or "").startswith(_STATE_FORCES)
        for a in ctx.spans_in(ctx.actors, sent.start, sent.end)
    )
