"""Atomicity: one event per (day, location, event type, actor pair) in an article.

Mentions that describe the same event (a headline, the lead and a quoted source repeating "the
regime took Yarmouk camp") merge. A mention without its own date or place, a coarser place
("southern Damascus" vs "Yarmouk camp") or a date range containing the other's day is compatible;
actor pairs must be equal or one contained in the other. The merged event keeps the most specific
place and date, the most conservative stated fatalities, every source, and "denied" when any
mention was a denial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rasad.events import another
from rasad.events.act_parts import summed_parts
from rasad.events.added_dead import with_added
from rasad.events.arguments import Mention
from rasad.events.dead_sides import rival_figures

# the place and date tests live in merge_scene; the private names keep this module's calls
from rasad.events.merge_scene import date_ok as _date_ok
from rasad.events.merge_scene import is_country, may_locate
from rasad.events.merge_scene import one_day as _one_day
from rasad.events.merge_scene import one_scene as _one_scene
from rasad.events.merge_scene import place_ok as _place_ok
from rasad.events.own_tolls import own_tolls_apart
from rasad.events.scene_window import scenes_apart

_ROLE_RANK = {"event_location": 0, "origin": 1, "other": 2, "destination": 3}
# ACLED: shelling or air strikes within an ongoing battle merge into the battle.
_ABSORBED_BY_BATTLE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    _rep: Mention | None = None  # the merged view (``rep``)
    # the priority to merge with, when mentions were added since the view was made: combine
    # reads only the mentions, so the view is made when read, not after each addition
    _stale: dict[str, int] | None = field(default=None, repr=False)
    _made_with: dict[str, int] | None = field(default=None, repr=False)

    @property
    def head(self) -> Mention:
        return self.mentions[0]

    @property
    def rep(self) -> Mention | None:
        """The merged view of the mentions (combine), made on first read after a change."""
        if self._stale is not None:
            self._rep, self._made_with = combine(self, self._stale), self._stale
            self._stale = None
        return self._rep

    def changed(self, priority: dict[str, int]) -> None:
        """Mentions were added: the view is to be made again, with ``priority``."""
        self._stale = priority


def merged_view(c: Cluster, priority: dict[str, int]) -> Mention:
    """``combine(c, priority)``: the view the clustering made when it is current and was made
    with that priority (most clusters of more than one mention), else made now."""
    if c._stale is priority:
        return c.rep  # type: ignore[return-value]
    if c._stale is None and c._made_with is priority and c._rep is not None:
        return c._rep
    return combine(c, priority)


def _type_ok(a: Mention, b: Mention) -> bool:
    if a.event_type == b.event_type == "Strategic developments" and not (
        a.casualty_only or b.casualty_only
    ):
        # a grab-bag type: an agreement and the handover it brings, an arrest and a seizure
        # are different happenings, each its own ACLED event; a subsidiary mention ("وخرجت
        # دفعة من المقاتلين") only tells more of the one already told
        return a.sub_event_type == b.sub_event_type
    if a.event_type == b.event_type:
        return True
    types = {a.event_type, b.event_type}
    if types == {"Protests", "Riots"}:
        # ACLED: a demonstration that turns violent is one event, a riot; on one day told in
        # both accounts (a riot today after a protest dispersed on Tuesday is another event)
        return a.date_explicit and b.date_explicit and a.date == b.date
    subs = {a.sub_event_type, b.sub_event_type}
    if "Battles" in types and subs & _ABSORBED_BY_BATTLE:
        return True
    if _toll_of_blast(a, b) or _toll_of_blast(b, a):
        return True
    # an attack told with its weapon ("اغتيال … بعبوة ناسفة") or inside a battle is one event:
    # ACLED codes it by the weapon / as the battle, with the civilians as actor2 or fatalities
    return "Attack" in subs and bool(types & {"Battles", "Explosions/Remote violence"})


_TOLL_BLAST_SENTENCES = 1


def _toll_of_blast(toll: Mention, blast: Mention) -> bool:
    """Armed men's deaths told with no act of their own ("قتل 7 جنود أتراك، الخميس") beside
    an explosion ("فجر مسلحون العبوة الناسفة أثناء مرور قافلة عسكرية"): the toll is typed a
    battle only for its armed victims; it is the explosion's dead (ACLED: an IED attack on
    soldiers is Remote explosive/landmine/IED, no clash)."""
    return (
        toll.casualty_only
        and toll.event_type == "Battles"
        and blast.event_type == "Explosions/Remote violence"
        and not blast.casualty_only
        # told together: the same or the next sentence (a toll far off is another event's)
        and abs(toll.sent_no - blast.sent_no) <= _TOLL_BLAST_SENTENCES
        and _place_ok(toll, blast)  # "وفي الموصل قتل مسلحون جنديا" is no blast in Baquba's
    )


_UNNAMED = "Unidentified Armed Group"


def unnamed_flier(m: Mention) -> bool:
    """The strike's doer is aircraft named by no owner ("الطيران الحربي", "المقاتلات"): the
    actors layer gives the generic word the country's own air force, a guess beside an account
    of the same strike that names whose planes they were ("طائرات حربية روسية")."""
    if m.sub_event_type != "Air/drone strike" or m.actor1 is None:
        return False
    return getattr(m.actor1.value, "family", None) == "air_force"


def _flier_yields(m: Mention, beside: Sequence[Mention]) -> bool:
    """``m``'s doer is unnamed aircraft and another account of the same kind of strike, at the
    same scene on the same day, names another doer: the guess is no side that sets the two
    apart. Both sides fly in some wars ("طائرات حربية روسية" and "الطيران المروحي" of the
    regime), so a strike elsewhere or on another day stays the guessed doer's."""
    if not unnamed_flier(m):
        return False
    own = _state_side(m.actor1_name or "")
    return any(
        o.sub_event_type == m.sub_event_type
        and o.actor1_name
        and not (o.actor_fallback or o.inter1 == 7 or unnamed_flier(o))
        and _state_side(o.actor1_name) != own
        and _one_day(m, o)
        and _one_scene(m, o)
        for o in beside
    )


def _sides(
    m: Mention, battle: bool, anon: bool = True, beside: Sequence[Mention] = ()
) -> frozenset[str]:
    """The sides that identify the event. Civilians are never a side of a battle (ACLED:
    civilians killed in a battle are that battle's fatalities), so neither in a mention typed as
    a battle nor in a toll told within one; a shelling aimed at civilians stays their event.
    "Unidentified armed group" is who acted before anyone is named ("مسلحون مجهولون" … "وتبنى
    تنظيم داعش الهجوم"): with ``anon`` (two accounts of one kind of act) it is no side that
    could set them apart; an IED by gunmen beside an air strike by an army stays apart.
    Unnamed aircraft (``unnamed_flier``) are no side either, with ``anon``, beside another
    account ``beside`` that names whose planes struck."""
    keys = m.side_keys
    states = _STATES_OF.get(keys)  # (the same keys, often the same set, for every pair compared)
    if states is None:
        if len(_STATES_OF) > 50_000:  # a long run meets new actor pairs forever
            _STATES_OF.clear()
        states = _STATES_OF[keys] = frozenset(map(_state_side, keys))
    if len(states) == len(keys):
        # a mention that sets one country's army against its police ("القوات الأمنية من
        # الجيش والشرطة" read as two sides) keeps them apart: one side would fit any event
        keys = states
    # (each filter below makes a new set only when it drops a key: most keep them all)
    if (m.event_type == "Battles" or (battle and m.casualty_only)) and any(
        k.startswith("Civilians") for k in keys
    ):
        keys = frozenset(k for k in keys if not k.startswith("Civilians"))
    if anon and m.actor1_name != m.actor2_name and _flier_yields(m, beside):
        flier = {m.actor1_name, _state_side(m.actor1_name or "")}
        keys = frozenset(k for k in keys if k not in flier)
    if anon and any(k.startswith(_UNNAMED) for k in keys):
        keys = frozenset(k for k in keys if not k.startswith(_UNNAMED))
    return keys


# "Military Forces of Chad" / "Police Forces of Chad (…) faction": the period and faction stay
# part of the side (Yemen's Houthi forces and its government's are both "Military Forces of
# Yemen", and fight each other)
_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of (.+)$")


def _state_side(key: str) -> str:
    """One country's army and police are one side of an event: "اشتبك جيش تشاد مع بوكو
    حرام" and "قالت قوات الأمن التشادية إنها قتلت عشرين مسلحا في الاشتباكات" tell one battle
    (ACLED codes the second force as an associated actor of the same event, not a new one)."""
    side = _STATE_SIDES.get(key)
    if side is None:
        found = _STATE_FORCE.match(key)
        side = _STATE_SIDES[key] = f"state:{found.group(1)}" if found else key
    return side


# actor name → its side (a few hundred names: read for every pair of mentions compared)
_STATE_SIDES: dict[str, str] = {}
# a mention's side keys → their states' sides (_sides)
_STATES_OF: dict[frozenset[str], frozenset[str]] = {}


def _told_sides(
    m: Mention, battle: bool, anon: bool = True, beside: Sequence[Mention] = ()
) -> frozenset[str]:
    """The sides an account itself tells: a guessed actor1 (``actor_fallback``: no doer in the
    sentence, the article's default or the side named just before) is no evidence of who did
    it, and is left out."""
    return _sides(_unguessed(m), battle, anon, beside)


def _guessed(c: Cluster) -> bool:
    """No account of the cluster names its doer: actor1 is absent or guessed in every one."""
    return all(m.actor_fallback or not m.actor1_name for m in c.mentions)


def _battle(*ms: Mention) -> bool:
    return any(m.event_type == "Battles" for m in ms)


def _one_role(m: Mention, anon: bool = False) -> int:
    """1 or 2 when the mention names only its actor1 or only its actor2, else 0; with
    ``anon`` an unidentified armed group names nobody (see ``_sides``)."""

    def named(name: str | None) -> bool:
        return bool(name) and not (anon and str(name).startswith(_UNNAMED))

    a1, a2 = named(m.actor1_name), named(m.actor2_name)
    if a1 and not a2:
        return 1
    if a2 and not a1:
        return 2
    return 0


def actors_fit(a: Mention, b: Mention, told: bool = False) -> bool:
    """One actor pair (ACLED's atomic event is one day, place, type and ONE actor pair): the
    same sides, one account naming fewer of them, or two accounts that each name a different
    side of one pair: who acted in one sentence and who suffered it in the next ("انفجرت عبوة
    زرعها مسلحون" … "قتل خمسة مدنيين في الانفجار"), or the two sides of a battle, each told as
    the subject of its own clause. Two different attackers (two actor1) are two events."""
    battle = _battle(a, b)
    anon = _one_kind(a.sub_event_type, b.sub_event_type)
    sides = _told_sides if told else _sides
    ka, kb = sides(a, battle, anon, (b,)), sides(b, battle, anon, (a,))
    if ka <= kb or kb <= ka:
        return True
    if len(ka | kb) > 2:
        return False
    if a.event_type == b.event_type == "Battles" or (
        battle and (a.casualty_only or b.casualty_only)
    ):
        return True  # a battle's sides, or its toll naming the side that killed
    # "لغم زرعته ميليشيات الحوثي" … "انفجر لغم جوار منزل المواطن": who laid it in one
    # account, who suffered it in the other, the unidentified group no side of its own
    ra, rb = _one_role(a, anon), _one_role(b, anon)
    # a guessed actor (no agent in the sentence, the article's default) cannot complete a pair
    return {ra, rb} == {1, 2} and not (a.actor_fallback or b.actor_fallback)


# "انفجار" with nobody named is read as a planted bomb; told again as "التفجير الانتحاري" it is
# the same bomb: an unidentified group in one account and the group named in the other are
# one doer
_BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _one_kind(a: str, b: str) -> bool:
    """One kind of act, whose accounts may leave the doer unnamed or name him."""
    return a == b or {a, b} <= _BOMBS


def _absorb_ok(a: Mention, b: Mention) -> bool:
    """A strike merges into a battle only as one side's fire at the other (ACLED): a strike by
    a force the battle does not name ("غارات التحالف" beside "اشتباكات بين الحوثيين وقوات
    الحرس") is its own event."""
    kinds = {a.event_type: a, b.event_type: b}
    if set(kinds) != {"Battles", "Explosions/Remote violence"}:
        return True
    strike, battle = kinds["Explosions/Remote violence"], kinds["Battles"]
    if _toll_of_blast(battle, strike):
        return True  # the dead of the explosion, no battle of their own
    sides = _sides(battle, True)
    if not sides:  # "الهجوم" with nobody named: a reference to the strike itself
        return True
    if strike.inter2 == 7 and not strike.casualty_only:
        return False  # a strike aimed at civilians is their event, not fire in the battle
    if not strike.actor1_name or strike.inter1 == 7:
        return True
    attacker = next(iter(_sides(_only_actor1(strike), False)), None)
    return attacker is None or attacker in sides


def _only_actor1(m: Mention) -> Mention:
    return Mention(
        trigger=m.trigger,
        event_type=m.event_type,
        sub_event_type=m.sub_event_type,
        weight=m.weight,
        sent=m.sent,
        actor1_name=m.actor1_name,
        inter1=m.inter1,
        country=m.country,
    )


def _same_kind(a: Mention, b: Mention) -> bool:
    return _type_ok(a, b) and actors_fit(a, b) and _absorb_ok(a, b)


def _listed_apart(a: Mention, b: Mention) -> bool:
    """Two scenes of one coordinated list ("في الأنبار وكركوك") are separate events. Two
    places of two different lists are not thereby apart ("المعارك في محافظتي تعز والحديدة"
    and "المعارك دارت في جبهات جبل صبر والضباب": the second list tells where in the first)."""
    if own_tolls_apart(a, b) or scenes_apart(a, b):  # "قتل 30 … في بغداد، وقتل 20 … في الموصل"
        return True
    na, nb = getattr(a.place, "name", None), getattr(b.place, "name", None)
    return na != nb and any(
        na in listed and nb in listed for listed in (a.listed_places, b.listed_places)
    )


def answers(a: Mention, b: Mention) -> bool:
    """One act of a sentence answers the other, each told with its own doer ("قصفت الفصائل
    مواقع النظام ردا على قصف الطيران المروحي للبلدة"): two sides' acts, two events, never one
    whose type or sides either lends the other. A doer read alike in both (often the one
    actor of the sentence) does not tell two sides apart, nor does a definite act answered
    ("ردا على القصف الإسرائيلي"), one the reader knows, told elsewhere or background: combine
    still keeps the answered act from typing the event."""
    if a.sent is not b.sent or a.answered == b.answered:
        return False
    if (a if a.answered else b).anaphoric:
        return False
    doers = [
        _state_side(m.actor1_name)
        for m in (a, b)
        if m.actor1_name and not (m.actor_fallback or m.actor1_name.startswith(_UNNAMED))
    ]
    return len(doers) == 2 and doers[0] != doers[1]


def compatible(a: Mention, b: Mention) -> bool:
    if _listed_apart(a, b) or answers(a, b):
        return False
    if a.sent is b.sent and _place_ok(a, b):
        # one sentence, one event of a kind: "took X after clashes in Y" — unless it tells two
        # scenes apart ("يواصل النظام قصف حلب، فيما سيطر الجيش الحر على … بدير الزور")
        keys = a.actor_keys | b.actor_keys
        if {a.event_type, b.event_type} == {"Protests", "Riots"}:
            # ACLED: a demonstration that turns violent is one event, a riot ("اشتبك محتجون
            # مع قوات الأمن خلال مظاهرة"); the crowd is named once as protesters, once as rioters
            keys = frozenset(k for k in keys if not k.startswith(("Protesters", "Rioters")))
            return len(keys) <= 2
        if a.event_type == b.event_type == "Battles" and a.side_keys & b.side_keys:
            # "حررت القوات الجبل بعد مواجهات عنيفة مع الميليشيات": one battle, told as a capture
            # and as the fighting before it, even when the two clauses name its sides apart
            return True
        return _type_ok(a, b) and len(keys) <= 2
    return _same_kind(a, b) and _date_ok(a, b) and _place_ok(a, b)


def cluster(mentions: list[Mention], priority: dict[str, int] | None = None) -> list[Cluster]:
    """Greedy clustering: type and actors must agree with every member; date and place with the
    cluster's merged view (its most specific place and date, every place its sentences name)."""
    clusters: list[Cluster] = []
    for m in mentions:
        target = _antecedent(m, clusters) if m.anaphoric else None
        if m.denial_only:
            target = target or _denied_event(m, clusters)
            if target is None:
                continue  # a denial of something the article does not report: no event
        if m.reference_only and target is None:
            continue  # a relative clause about an event the article does not report
        if target is not None and m.casualty_only and not _near(m, target):
            target = None  # a toll far from any event ("… ما أسفر عن سقوط آلاف الضحايا")
        if target is not None and another.told_before(m, target.mentions):
            target = None
        if target is not None:
            target.mentions.append(m)
            target.changed(priority or {})
            continue
        for c in clusters:
            if (
                not any(_listed_apart(m, o) or answers(m, o) for o in c.mentions)
                and not another.told_before(m, c.mentions)
                and all(
                    (_type_ok(m, o) and _absorb_ok(m, o)) or (m.sent is o.sent and compatible(m, o))
                    for o in c.mentions
                )
                and (
                    _cluster_sides_fit(m, c)
                    or all(m.sent is o.sent and compatible(m, o) for o in c.mentions)
                )
                and (
                    any(m.sent is o.sent and _place_ok(m, o) for o in c.mentions)
                    or compatible(m, c.rep or combine(c, priority or {}))
                )
                and all(_date_ok(m, o) for o in c.mentions)
            ):
                c.mentions.append(m)
                c.changed(priority or {})
                break
        else:
            clusters.append(Cluster([m], m))
    return _merge_retold(clusters, priority or {})


def _merge_retold(clusters: list[Cluster], priority: dict[str, int]) -> list[Cluster]:
    """Join two finished clusters that are one happening told twice. The greedy pass depends on
    the order of telling: a toll naming only the victims can open its own cluster before the
    account naming the attacker joins the first one ("انفجار في الزوايدة" … "قتل خمسة مدنيين"
    … "الانفجار كان قويا"). Two clusters join when every pair of their accounts could be one
    event and their merged views agree on type, day and place."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(clusters):
            for j in range(i + 1, len(clusters)):
                b = clusters[j]
                if _clusters_fit(a, b):
                    a.mentions.extend(b.mentions)
                    a.mentions.sort(key=lambda m: m.trigger.start)
                    a.changed(priority)
                    del clusters[j]
                    merged = True
                    break
            if merged:
                break
    return clusters


def _clusters_fit(a: Cluster, b: Cluster) -> bool:
    ra, rb = a.rep or a.head, b.rep or b.head
    pairs = [(x, y) for x in a.mentions for y in b.mentions]
    if any(x.sent is y.sent for x, y in pairs) or another.kept_apart(a.mentions, b.mentions):
        return False  # one sentence already had its chance in the first pass
    if not all(
        _type_ok(x, y) and _absorb_ok(x, y) and _date_ok(x, y) and not _listed_apart(x, y)
        for x, y in pairs
    ):
        return False
    # an event whose every account leaves the doer unnamed or guessed ("قتل عشرة مدنيين في
    # القرية") and one naming him ("هاجم مسلحو بوكو حرام القرية وقتلوا عشرة") at the same
    # place, day and type are one act told twice: the guess does not set them apart
    # (of one sub-event type: an attack beside a strike or a battle is retyped by the merge,
    # and the named doer of one kind of act says nothing of who did another)
    told = (
        _guessed(a) != _guessed(b)
        and len({o.sub_event_type for o in (*a.mentions, *b.mentions)}) == 1
    )
    if _pair_fits(a, b, ra, rb, False):
        return True
    return told and _pair_fits(a, b, ra, rb, True)


def _pair_fits(a: Cluster, b: Cluster, ra: Mention, rb: Mention, told: bool) -> bool:
    """Every two accounts one actor pair, all of them together too, and the merged views
    compatible; with ``told`` each side as its accounts tell it, without the guessed doer."""
    pairs = [(x, y) for x in a.mentions for y in b.mentions]
    if not all(actors_fit(x, y, told) for x, y in pairs):
        return False
    battle = _battle(*a.mentions, *b.mentions)
    sides = _told_sides if told else _sides
    ua = frozenset().union(*(sides(o, battle, True, b.mentions) for o in a.mentions))
    ub = frozenset().union(*(sides(o, battle, True, a.mentions) for o in b.mentions))
    if not (ua <= ub or ub <= ua or len(ua | ub) <= 2):
        return False
    if told:  # the guessed view compared without its guess
        ra, rb = (_unguessed(ra), rb) if _guessed(a) else (ra, _unguessed(rb))
    return compatible(ra, rb)


def _unguessed(m: Mention) -> Mention:
    if not m.actor_fallback or not m.actor1_name:
        return m
    return replace(m, actor1=None, actor1_name=None, inter1=None, actor_fallback=False)


def _cluster_sides_fit(m: Mention, c: Cluster) -> bool:
    """The mention fits every account of the cluster (``actors_fit``) and all of them together
    still name one actor pair, so that two accounts naming one side each cannot pull in a
    third side."""
    if not all(actors_fit(m, o) for o in c.mentions):
        return False
    battle = _battle(m, *c.mentions)
    anon = all(_one_kind(o.sub_event_type, m.sub_event_type) for o in c.mentions)
    union = frozenset().union(*(_sides(o, battle, anon, (m,)) for o in c.mentions))
    mine = _sides(m, battle, anon, c.mentions)
    return mine <= union or union <= mine or len(mine | union) <= 2


def _near(m: Mention, c: Cluster) -> bool:
    """The mention follows the cluster's last mention within two sentences, no paragraph
    break between them."""
    last = max(c.mentions, key=lambda o: o.sent_no)
    return last.para == m.para and 0 <= m.sent_no - last.sent_no <= 2


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _denied_event(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The latest earlier event a denial is about: compatible actors, and the same type or
    both political violence ("نفت الوزارة استهداف المدنيين" after a report of air strikes)."""
    for c in reversed(clusters):
        rep = c.rep or c.head
        ka, kb = m.actor_keys, rep.actor_keys
        same = _type_ok(m, rep) or {m.event_type, rep.event_type} <= _VIOLENT
        if same and (ka <= kb or kb <= ka):
            return c
    return None


def _antecedent(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The latest earlier event a definite or demonstrative mention ("الهجوم") refers to. A
    copy of one mention for another place of its list ("السيطرة على بلدتي X وY") refers to
    none of the other places' events: each listed place is its own scene. A mention with a
    scene of its own refers only to an event at that place ("معارك في تعز والحديدة" … "المعارك
    دارت في جبل صبر": Taiz's battles); one without takes the latest event that fits."""
    fits = [c for c in reversed(clusters) if _refers_to(m, c)]
    # a bare toll of armed men fits an explosion told next to it (``_toll_of_blast``), but an
    # account of the explosion itself, when one fits, is what "the bombing" refers back to
    tolls = [c for c in fits if all(_toll_of_blast(o, m) for o in c.mentions)]
    if len(tolls) < len(fits):
        fits = [c for c in fits if c not in tolls]
    if m.deaths_stated and not (m.place_explicit or m.casualty_only) and m.event_type == _REMOTE:
        # "شنت مقاتلات التحالف غارات على نهم. واندلعت اشتباكات في صرواح. وأسفرت الغارات عن
        # مقتل 12": the definite strike refers back to the strikes told, not to the latest
        # battle, which could only absorb it as one side's fire
        told = [c for c in fits if any(_told_as(o, m.sub_event_type) for o in c.mentions)]
        fits = told or fits
    if m.place_explicit:
        here = next((c for c in fits if _place_ok(m, c.rep or c.head)), None)
        if here is not None or getattr(m.place, "role", None) == "event_location":
            # "وفي محافظة الضالع، قالت مصادر إن ثلاثة جنود قتلوا في الاشتباكات": a definite
            # mention told at a scene of its own refers to the events there ("ودارت المعارك
            # في جبل صبر"), never to one told earlier somewhere else: there it is a new event.
            # A place read as no scene ("بالإضافة لسبعة من قبيلة البو حمدان") does not count
            return here
    return fits[0] if fits else None


_REMOTE = "Explosions/Remote violence"


def _told_as(m: Mention, sub_event_type: str) -> bool:
    """An account of an act of that sub-type, not a toll typed after it."""
    return m.sub_event_type == sub_event_type and not m.casualty_only


def _refers_to(m: Mention, c: Cluster) -> bool:
    if any(_listed_apart(m, o) or answers(m, o) for o in c.mentions):
        return False
    rep = c.rep or c.head
    ka, kb = m.actor_keys, rep.actor_keys
    # a mention with no place of its own ("وقتل في المواجهة …") may name the side the
    # first account left out: the two accounts together still name one actor pair
    actors_ok = ka <= kb or kb <= ka or (not m.place_explicit and len(ka | kb) <= 2)
    return bool(
        (_type_ok(m, rep) or m.event_type == rep.event_type) and actors_ok and _date_ok(m, rep)
    )


def _name_the_unnamed(out: Mention, ms: list[Mention]) -> set[str]:
    """An unidentified armed group in one account and the group named in the same role in
    another ("هاجم مسلحون مجهولون الحاجز" … "عناصر من داعش هاجموا الحاجز"): the event is
    coded to the named group. A guessed (fallback) actor names nobody; nor do aircraft named
    by no owner ("الطيران الحربي" beside "طائرات حربية روسية" in another account of the strike).
    Returns the names replaced: the named group's other words, no side of their own.
    """
    replaced: set[str] = set()
    for slot in ("1", "2"):
        flier = slot == "1" and unnamed_flier(out)
        if not (flier or (getattr(out, f"actor{slot}_name") or "").startswith(_UNNAMED)):
            continue
        taken = {out.actor1_name, out.actor2_name}
        for m in ms:
            name, inter = getattr(m, f"actor{slot}_name"), getattr(m, f"inter{slot}")
            if m.actor_fallback or not name or inter == 7 or name.startswith(_UNNAMED):
                continue
            if flier and (unnamed_flier(m) or m.sub_event_type != out.sub_event_type):
                continue
            if name not in taken:
                replaced.add(getattr(out, f"actor{slot}_name"))
                setattr(out, f"actor{slot}", getattr(m, f"actor{slot}"))
                setattr(out, f"actor{slot}_name", name)
                setattr(out, f"inter{slot}", inter)
                break
    return replaced


def _one_actor(a: str | None, b: str | None) -> bool:
    """Names differing only in their last tag ("Islamic State (Syria)"/"(Turkey)"): one side."""
    return bool(a and b and a[-1] == b[-1] == ")" and a.rsplit(" (")[0] == b.rsplit(" (")[0])


def _region(place: object) -> bool:
    """A region named by no administration ("جبهة الساحل الغربي", "ريف إدلب"): GeoNames RGN/AREA."""
    return str(getattr(place, "feature_code", "") or "").startswith(("RGN", "AREA"))


def combine(c: Cluster, priority: dict[str, int]) -> Mention:
    """One mention carrying the merged fields of a cluster."""
    # a relative clause about the event ("الذي سيطر على المنطقة قبل سنة") only joins it: it
    # neither retypes, places, dates nor names the sides of the event it refers to
    ms = [m for m in c.mentions if not m.reference_only] or c.mentions
    acts = [m for m in ms if not m.casualty_only] or ms  # a later toll does not retype the act
    # nor does the act it answers ("… ردا على قصف البلدة بالبراميل"), told in passing
    acts = [m for m in acts if not m.answered] or acts
    crowd = ms
    riots = [m for m in acts if m.event_type == "Riots"]
    if riots and any(m.event_type == "Protests" for m in acts):
        # "تظاهرات عند السياج" … "واندلعت أعمال شغب بعد ذلك": the demonstration turned
        # violent, one riot (ACLED), its rioters named by the riot's accounts
        acts = crowd = riots
    for kind in ("Battles", "Explosions/Remote violence"):
        # a battle retypes strikes told with it only when it names a side of its own: "تصاعد
        # القتال" beside "غارات التحالف على مواقع الحوثيين" stays an air strike
        pool = [
            m
            for m in acts
            if m.event_type == kind and (kind != "Battles" or _sides(m, True, False))
        ]
        if pool:
            break
    else:
        pool = acts
    best_type = max(pool, key=lambda m: (priority.get(m.sub_event_type, 0), m.weight))
    # a toll told beside the act ("استهداف المدنيين من قبل الحوثيين") does not name its doer
    doers = [m for m in crowd if not m.casualty_only and m.actor1_name and m.inter1 != 7]
    with_actors = max(
        doers or crowd,
        key=lambda m: (len(m.actor_keys), not m.actor_fallback, priority.get(m.sub_event_type, 0)),
    )
    placed = [m for m in ms if m.place is not None]
    chosen = {getattr(m.place, "name", None) for m in placed} - {None}
    by_name = {getattr(m.place, "name", None): m.place for m in placed}

    def located_by_others(m: Mention) -> int:
        # "حيس جنوب الحديدة": a sentence that places its scene relative to the other mentions'
        # place is the more specific account of the same event
        own = getattr(m.place, "name", None)
        return sum(may_locate(m.place, by_name[n]) for n in (chosen - {own}) & m.place_names)

    # "… في مدينة جلال آباد. واندلعت معركة … بعدها" and "سلسلة هجمات شهدتها أفغانستان": the
    # town an account without a place of its own goes on from is more than the country told
    towns = {m.place.country for m in placed if m.place_told_before and not is_country(m.place)}
    best_place = min(
        placed,
        key=lambda m: (
            not m.place_explicit or (is_country(m.place) and m.place.country in towns),
            getattr(m.place, "geo_precision", 3) or 3,
            m.place_near,
            # "غارات … في جبهة الساحل الغربي" and "وأسفرت الغارات عن تدمير مخازن في منطقة الجاح":
            # a region and a town told at one precision, the town is the more specific scene
            # (an administrative district, "مديرية دار سعد", is a scene of its own)
            _region(m.place) or is_country(m.place),
            -located_by_others(m),
            _ROLE_RANK.get(getattr(m.place, "role", "other"), 2),
        ),
        default=None,
    )
    dated = [m for m in ms if m.date is not None]
    best_date = min(
        dated, key=lambda m: (not m.date_explicit, m.date_said, m.time_precision), default=None
    )
    # ACLED's most conservative figure is between counts (and sources); a vague word's stand-in
    # ("العشرات" → 12) gives way to a count of the same dead told in another account
    # a toll shared out over the places a sentence lists is an estimate: a count told for the
    # place itself ("قتل مسلحان … بمدينة الحديدة") is the figure for its dead
    shared = [m for m in ms if m.listed_places and m.deaths_counted]
    own = [m for m in ms if m not in shared]
    counts = own if len(own) < len(ms) and any(m.deaths_counted for m in own) else ms
    # "قتل 15 شخصا … وكانت الحصيلة الأولى تسعة قتلى": the first count, told as replaced, is
    # no rival report beside the figure that replaced it
    current = [m for m in counts if m.deaths_counted and not m.deaths_superseded]
    if current and len(current) < sum(m.deaths_counted for m in counts):
        counts = [m for m in counts if not m.deaths_superseded]
    stated = rival_figures(counts)
    # "قتل ثلاثة في غارة … كما قتل مدنيان في غارة أخرى على البلدة": acts told as other ones,
    # still one ACLED event (day, place, sides, type), add their dead; each act's own accounts
    # keep the lowest figure; a report of the whole event is a rival of the sum (act_parts)
    parts = summed_parts(counts, rival_figures)
    # "قتل خمسة جنود في الهجوم. كما قتل ثلاثة مدنيين": more dead add to the first toll
    stated = parts or with_added(counts, stated, rival_figures)
    # "قتل 5 … . وارتفعت حصيلة القتلى إلى 9": a toll's new total told after the first account
    # is the latest figure for the same dead, not a rival report: the last update stands
    updates = [m for m in ms if m.deaths_updated and m.deaths_counted and not m.deaths_vague]
    first = min((m.trigger.start for m in ms if m.deaths_counted), default=None)
    last_update = max(updates, key=lambda m: m.trigger.start, default=None)
    if last_update is not None and last_update.trigger.start > (first or 0):
        stated = [last_update.fatalities]
    out = Mention(
        trigger=best_type.trigger,
        event_type=best_type.event_type,
        sub_event_type=best_type.sub_event_type,
        weight=max(m.weight for m in ms),
        sent=best_type.sent,
    )
    for name in (
        "actor1",
        "actor2",
        "actor1_name",
        "actor2_name",
        "inter1",
        "inter2",
        "actor_fallback",
    ):
        setattr(out, name, getattr(with_actors, name))
    named = _name_the_unnamed(out, ms)
    if out.actor1_name is None:  # another account of the event may name who did it
        for m in ms:
            if m.actor1_name and m.inter1 != 7 and m.actor1_name != out.actor2_name:
                out.actor1, out.actor1_name, out.inter1 = m.actor1, m.actor1_name, m.inter1
                out.actor_fallback = m.actor_fallback
                break
    crowd = ("Protesters", "Rioters")
    if out.actor2_name is None:  # a sentence may name each side in a different clause
        for m in ms:
            for span, name, inter in (
                (m.actor1, m.actor1_name, m.inter1),
                (m.actor2, m.actor2_name, m.inter2),
            ):
                if name and (out.actor1_name or "").startswith(crowd) and name.startswith(crowd):
                    continue  # the same crowd, once as protesters and once as rioters
                if name in named or _one_actor(name, out.actor1_name):
                    continue  # "انتحاري" in one account, "داعش" in the next: one doer
                if name and name != out.actor1_name and out.actor2_name is None:
                    if out.actor1_name is None and inter != 7:  # civilians are never actor1
                        out.actor1, out.actor1_name, out.inter1 = span, name, inter
                    else:
                        out.actor2, out.actor2_name, out.inter2 = span, name, inter
    if best_place is not None:
        out.place, out.place_explicit = best_place.place, best_place.place_explicit
        out.place_near = best_place.place_near
        out.country_wide = best_place.country_wide  # a nationwide tally stays apart from towns
        out.place_names = frozenset().union(*(m.place_names for m in ms))
        out.country = best_place.country
    else:
        out.country = next((m.country for m in ms if m.country), None)
    out.fired_from = next((m.fired_from for m in ms if m.fired_from), None)
    if best_date is not None:
        out.date, out.time_precision = best_date.date, best_date.time_precision
        out.date_range, out.date_explicit = best_date.date_range, best_date.date_explicit
        out.date_said = best_date.date_said
    out.fatalities = min(stated) if stated else 0
    out.deaths_stated = bool(stated)
    out.deaths_counted = any(m.deaths_counted for m in ms)
    out.claimed_by = list(dict.fromkeys(s for m in ms for s in m.claimed_by))
    # a claim joins the act it claims without retyping it ("أعلنت الحركة مسؤوليتها عن
    # الهجوم"): its claimant is still the act's perpetrator
    out.claimant = next((m.claimant for m in (*ms, *c.mentions) if m.claimant), None)
    certs = {m.certainty for m in ms}
    out.certainty = (
        "denied" if "denied" in certs else "asserted" if "asserted" in certs else "reported"
    )
    # an account told plainly outweighs a hedged one of the same event
    out.hedged = all(m.hedged for m in ms)
    return out
