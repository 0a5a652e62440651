"""The events stage: triggers → typed mentions with arguments → atomic ACLED events and claims.

Reads the layers other stages wrote when they exist (places, actors, dates, numbers); a missing
layer means no information of that kind, never a failure. Provides ``doc.events``,
``doc.claims`` and a "triggers" layer (label TRIGGER, value ``TriggerHit`` with the final type
and a status saying why a trigger did or did not become an event).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from rasad.document import Claim, Document, Event, Span
from rasad.errors import ConfigError
from rasad.events import another, fatalities, seized_lists, senses
from rasad.events import arguments as args
from rasad.events.actor_country import follow_event_country
from rasad.events.answered_cut import answers_only_answered, own_act_sentence
from rasad.events.atomic import (
    arrests_at_protest,
    arrests_in_a_fight,
    civilians_no_side,
    crowd_fight,
    one_act,
    one_sided_clash_at_protest,
    opponents_from_article,
    own_side_as_target,
    sides_across_list,
    split_by_places,
)
from rasad.events.bombers_side import bombers_group_first
from rasad.events.captives_in_fight import captives_in_a_fight
from rasad.events.civil_aircraft import civil_aircraft_only
from rasad.events.claim_subject import claimant_as_doer
from rasad.events.coalition import member_strike_as_coalition
from rasad.events.context import DocContext, build_context
from rasad.events.contrast_scene import other_scene_cut, other_scene_only
from rasad.events.crowd_shot import crowd_confronted
from rasad.events.death_split import division
from rasad.events.default_actors import (
    arresting_authority,
    default_actors,
    unnamed_other_side,
    unnamed_perpetrator,
)
from rasad.events.described_noun import described_by_verb
from rasad.events.finders import drop_finder
from rasad.events.foiled_acts import as_disrupted, foiled_attack
from rasad.events.fought_withdrawal import withdrawal_after_fight
from rasad.events.held_areas import held_area
from rasad.events.identical_rows import one_row_each
from rasad.events.joined_status import coordinated_status, object_status
from rasad.events.joint_forces import joint_state_forces
from rasad.events.judged_kind import judged_kind
from rasad.events.lexicon import CueHit, Lexicon, TriggerDef, TriggerHit
from rasad.events.merge import cluster, merged_view
from rasad.events.own_men import speaker_own_men
from rasad.events.periods import history, totals
from rasad.events.presupposed import (
    about_opening,
    after_anchor,
    answered_act,
    comes_after,
    comes_as_topic,
    condemned_event,
    definite_noun,
    denied_report,
    explosion_cause,
    heard_only,
    known_event,
    recent_reference,
    responds_to,
    site_of,
)
from rasad.events.record import to_event
from rasad.events.reference import (
    dead_named,
    in_relative_clause,
    own_date,
    refers_back,
    truce_cause,
)
from rasad.events.relative_scene import deaths_in_described_place
from rasad.events.repeated import repeated_times
from rasad.events.responsibility import claimed_acts, spread_claims
from rasad.events.scene_window import from_cut, own_scene_actors, own_scene_places, up_to_cut
from rasad.events.seized_goods import held_things
from rasad.events.speaker_forces import ministry_side
from rasad.events.status import trigger_status
from rasad.events.typed_by_actors import type_by_actors
from rasad.events.where_done import where_done

# Events scored below this are dropped: mostly passing references with no actor, no place of
# their own and no date of their own. Events(min_confidence=0) keeps everything.
DEFAULT_MIN_CONFIDENCE = 0.6
_WITH_FATALITIES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
)
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})


class Events:
    """ACLED events and claims from triggers and the argument layers."""

    name = "events"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("events", "claims", "triggers")

    def __init__(
        self,
        *,
        max_age_days: int = 14,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        lexicon: Lexicon | None = None,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigError(
                f"min_confidence={min_confidence!r} is outside [0, 1]; "
                "use 0 to keep every event, higher values for fewer, surer events"
            )
        # events dated more than max_age_days before publication are background, not news
        self.max_age_days = max_age_days
        self.min_confidence = min_confidence
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            from rasad.events.lexicon import default_lexicon

            self._lexicon = default_lexicon()
        return self._lexicon

    def __call__(self, doc: Document) -> Document:
        if not doc.text:
            return doc.with_events((), ()).with_layer("triggers", ())
        ctx = build_context(doc, self.lexicon)
        if not ctx.triggers:  # most news is not about violence: nothing more to read
            return doc.with_layer("triggers", ()).with_events((), ())
        events, claims, trigger_spans = extract_events(
            ctx, max_age_days=self.max_age_days, min_confidence=self.min_confidence
        )
        return doc.with_layer("triggers", trigger_spans).with_events(events, claims)


def victim_only(ctx: DocContext, m: args.Mention) -> bool:
    """The only actor named is right after the death word: the victims, not a killer."""
    a = m.actor1
    return (
        a is not None
        and a.start >= m.trigger.end
        and ctx.tokens_between(m.trigger.end, a.start) <= 3
    )


_OTHER_SENSES = frozenset({"other_sense", "accident", "crime"})  # a word read as no act at all
_FORCE_ON_CROWD = frozenset({"excessive_force", "intervention"})  # cues of force used on a crowd
_FORCE_ON_CROWD_TYPES = frozenset(
    {"Excessive force against protesters", "Protest with intervention"}
)


def _refine(
    ctx: DocContext, tdef: TriggerDef, clause: tuple[int, int], sent: Span, hit: CueHit
) -> tuple[str, str, bool]:
    """(event type, sub-event type, whether the trigger's subject is the target)."""
    if tdef.refine:  # "قصفت … ردا على هجوم كيميائي": the answered act does not retype this one
        sent = own_act_sentence(ctx, hit, sent)
        clause = (max(clause[0], sent.start), min(clause[1], sent.end))
    for r in tdef.refine:
        if r.window is not None:
            if (
                senses.cue_near(ctx, r, hit, sent)
                and not (
                    r.sub_event_type in _FORCE_ON_CROWD_TYPES
                    and senses.grievance_only(ctx, sent.start, sent.end, r.cue_set)
                )
                # "أثناء محاولته تفكيك حزام ناسف": the device went off, as in a clause below
                and not (r.cue_set == "defuse" and senses.defusal_only_tried(ctx, *clause))
            ):
                return r.event_type, r.sub_event_type, r.subject_is_target
            continue
        lo, hi = (sent.start, sent.end) if r.scope == "sentence" else clause
        if r.cue_set == "chemical" and senses.chemical_as_target(ctx, lo, hi):
            continue  # "قصفت … منشآت كيماوية": the target, not the agent used
        if r.cue_set == "peaceful_transfer" and withdrawal_after_fight(ctx, lo, hi):
            continue  # "بعد حملة عسكرية … سيطرت … إثر انسحاب المقاتلين": taken by force
        if r.cue_set == "air" and senses.air_only_in_support(ctx, lo, hi):
            continue  # "قوات الجيش يساندها الطيران الحربي": the aircraft back a ground attack
        if r.cue_set == "air" and civil_aircraft_only(ctx, lo, hi):
            continue  # "تفجير طائرة الركاب": the plane was bombed, it struck nothing
        if r.cue_set == "suicide" and senses.suicide_drones(ctx, lo, hi):
            continue  # "طائرة مسيرة انتحارية": a drone strike, no suicide bombing
        if r.cue_set in _FORCE_ON_CROWD and senses.grievance_only(ctx, lo, hi, r.cue_set):
            continue  # "احتجاجا على اعتقال عدد من المعلمين": what the crowd protests
        if r.cue_set == "riot_words" and senses.riot_police_only(ctx, lo, hi):
            continue  # "قوات مكافحة الشغب": the force's name, no riot of the crowd
        if r.cue_set == "intercept" and senses.interception_as_target(ctx, lo, hi):
            continue  # "قصفت أنظمة اعتراض": the systems are the target, no interception
        if r.cue_set == "defuse" and senses.defusal_only_tried(ctx, lo, hi):
            continue  # "أثناء محاولتهما إبطال مفعول لغم": the mine exploded, no disruption
        if r.cue_set == "defuse" and seized_lists.defused_apart(ctx, hit, lo, hi):
            continue  # "قتل جنود في انفجار عبوة بعد ضبط أسلحة": the seizure is another act
        if ctx.has_cue(lo, hi, r.cue_set):
            return r.event_type, r.sub_event_type, r.subject_is_target
    return tdef.event_type, tdef.sub_event_type, False


def _mention(
    ctx: DocContext, hit: CueHit, tdef: TriggerDef, sent: Span, clause: tuple[int, int]
) -> args.Mention | None:
    et, sub, subject_is_target = _refine(ctx, tdef, clause, sent, hit)
    if (
        tdef.id == "clash"
        and sub == "Armed clash"
        and (crowd_fight(ctx, sent) or crowd_confronted(ctx, sent, hit))
    ):
        et, sub = "Riots", "Violent demonstration"
    m = args.Mention(trigger=hit, event_type=et, sub_event_type=sub, weight=tdef.weight, sent=sent)
    m.para, m.sent_no = ctx.paragraph_start(hit.start), ctx.sentence_index(hit.start)
    m.answered = answered_act(ctx, hit)
    args.assign_actors(ctx, m, verbal=hit.key in ctx.lex.verb_keys, victim_after=tdef.casualty)
    speaker_own_men(ctx, m, casualty=tdef.casualty)
    bombers_group_first(ctx, m)  # "مقتل سبعة انتحاريين ينتمون إلى طالبان"
    joint_state_forces(ctx, m)  # "بين قوات الجيش والشرطة التونسية مع متشددين"
    drop_finder(ctx, m)
    if subject_is_target and m.actor1 is not None:
        # "الدفاعات الجوية السورية تصدت لغارات إسرائيلية": the defender suffers the strike
        m.actor2, m.actor2_name, m.inter2 = m.actor1, m.actor1_name, m.inter1
        m.actor1, m.actor1_name, m.inter1 = None, None, None
    if hit.key not in ctx.lex.verb_keys:
        prefix, _ = ctx.in_word_prefix(hit.start)
        m.anaphoric = (
            "ال" in prefix
            or prefix.endswith("لل")
            or hit.key.startswith("ال")
            or bool(set(ctx.words_before(hit.start, 2)) & _DEMONSTRATIVES)
        )
    if tdef.requires_actor:
        armed_actor = m.actor1 is not None and m.actor1 is not m.speaker
        if (
            not armed_actor
            and not ctx.cue_after(hit.end, "armed_words", 3, sent.end)
            and not (ctx.cue_before(hit.start, "armed_words", 3, sent.start))
        ):
            return None
    type_by_actors(ctx, m, tdef)
    if foiled_attack(ctx, m, tdef):
        as_disrupted(m)  # "أحبطت الأجهزة الأمنية عددا من الهجمات": no attack took place
    if senses.police_raid(ctx, m):
        return None  # "شنت الشرطة غارات على أوكار": a raid on the ground, no air strike
    held = held_things(ctx, m) if tdef.id == "arrest" else None
    if held == "contraband" or (held == "goods" and m.actor1 is None):
        return None  # "ضبطت شحنة مخدرات": a police matter; goods held by no one named
    if held is not None:  # "احتجزت ميليشيا الحوثي شحنة أدوية": goods, no people, held
        weapons = held == "weapons"
        m.event_type = "Strategic developments"
        m.sub_event_type = "Disrupted weapons use" if weapons else "Looting/property destruction"
        m.actor2, m.actor2_name, m.inter2 = None, None, None
    return m


def extract_events(
    ctx: DocContext, *, max_age_days: int = 14, min_confidence: float = 0.0
) -> tuple[list[Event], list[Claim], list[Span]]:
    lex = ctx.lex
    published = ctx.doc.meta.published
    claims, excluded, total_clauses = totals(ctx, published)
    main = partial(args.main_place, ctx)  # judged only if a mention falls back on it
    mentions: list[args.Mention] = []
    casualty: list[tuple[CueHit, TriggerDef, Span, tuple[int, int]]] = []
    trigger_spans: list[Span] = []
    names = sorted((s.start, s.end) for s in (*ctx.actors, *ctx.places, *ctx.sources))
    # a crowd (protesters, rioters) is named by the very word that tells it gathered
    # ("لتفرقة المحتجين"), unlike "تحرير" in "هيئة تحرير الشام": such a word tells a
    # protest when a force acts on the crowd in its clause and no other event is told there
    crowds = sorted((a.start, a.end) for a in ctx.actors if args._inter(a) in _CROWD_INTER)
    crowd_named: list[tuple[CueHit, TriggerDef, Span, tuple[int, int]]] = []
    name_starts = [s for s, _ in names]
    actor_spans = {(a.start, a.end) for a in ctx.actors}
    order = lex.trigger_order
    prev_hit: tuple[Span, str] | None = None
    prev_obj: tuple[CueHit, str] | None = None  # the last trigger and its reading
    told_before: dict[int, int] = {}  # sentence → first trigger of an earlier, background event
    dead_before: dict[int, int] = {}  # the same, of those that may have dead of their own
    ruling = ruling_lead(ctx)
    senses_read: dict[str, str] = {}  # trigger entry → its first reading, when not an act
    for hit in ctx.triggers:
        sent = ctx.sentence(hit.start)
        clause = ctx.clause_bounds(hit.start)
        # a form listed under several entries: the first (lexicon order) that fits its context
        for tid in sorted(hit.sets, key=order.__getitem__):
            tdef = lex.triggers[tid]
            status = trigger_status(ctx, hit, tdef, sent, clause, total_clauses)
            if not status:
                break
        if not status and senses_read.get(tdef.id) and definite_noun(ctx, hit):
            # "انفجار أسطوانة غاز داخل نفق … وأوضحت أن الانفجار وقع في نفق": the definite noun
            # takes up the word first read in another sense (an accident, a crime)
            status = senses_read[tdef.id]
        if not status and repeated_times(ctx, hit, clause):
            status = "generic"  # "شهدت كينيا عدة مرات هجمات": a record of times, no one act
        if status in _OTHER_SENSES:
            senses_read.setdefault(tdef.id, status)
        elif status in ("", "subsidiary"):
            senses_read.setdefault(tdef.id, "")
        coord_ref = False
        if not status and prev_hit is not None and prev_hit[0] is sent:
            status = coordinated_status(ctx, hit, prev_hit[1])
            # "الذين أنهكتهم المعارك والقصف": joined by و to a presupposed event, presupposed
            coord_ref = prev_hit[1] == "reference" and bool(
                coordinated_status(ctx, hit, "background")
            )
        if not status and prev_obj is not None and prev_hit is not None and prev_hit[0] is sent:
            status = object_status(ctx, hit, prev_obj[0], prev_obj[1], sent)
        prev_hit = (sent, status)
        prev_obj = (hit, status)
        told = told_before.get(id(sent), hit.start) < hit.start
        if not status and told and refers_back(ctx, hit):
            status = "background"  # "لقي مصرعه عام 2008 إثر تفجير …، واتهم إسرائيل باغتياله"
        lo = bisect_right(name_starts, hit.start)
        inside = names[max(lo - 3, 0) : lo]
        width = hit.end - hit.start
        around = [(s, e) for s, e in inside if s <= hit.start and hit.end <= e and e - s > width]
        if around and tdef.names_actor and all(x in actor_spans for x in around):
            # "بنيران الطائرات الحربية الروسية": the aircraft in its doer's name tells the act
            # when no other act word of the sentence does ("شن طيران التحالف غارات" has one)
            if not _other_act_word(ctx, hit, sent):
                around = []
        if around:
            if not status and not any(
                s <= hit.start and hit.end <= e and (s, e) not in crowds for s, e in inside
            ):
                crowd_named.append((hit, tdef, sent, clause))
            status = "in_name"  # "تحرير" inside "هيئة تحرير الشام"
        m = None
        if not status and tdef.subsidiary:
            casualty.append((hit, tdef, sent, clause))
            status = "subsidiary"
        elif not status:
            m = _mention(ctx, hit, tdef, sent, clause)
            status = "event" if m is not None else "no_actor"
            if m is not None:
                args.assign_date(ctx, m, published)
                if history(ctx, m, published, max_age_days) or _case_fact(ctx, m, ruling):
                    status, m = "history", None
            if m is not None and ctx.cue_before(
                hit.start, "denial", ctx.window("denial"), clause[0]
            ):
                m.denial_only = m.anaphoric = True
                status = "denial"
            elif m is not None and site_of(ctx, hit):
                # "إلى موقع الانفجار": a place named by an act told, no act of its own; what
                # is joined to it by و is not read as its echo (prev_hit keeps its reading)
                m.reference_only = m.anaphoric = True
                status = "reference"
            elif m is not None and (
                (
                    (in_relative_clause(ctx, hit) or described_by_verb(ctx, hit))
                    and not own_date(ctx, hit)
                    and not deaths_in_described_place(ctx, hit)
                )
                or after_anchor(ctx, hit)
                or truce_cause(ctx, hit)
                or comes_as_topic(ctx, hit)
                or about_opening(ctx, hit)
                or comes_after(ctx, hit)
                or recent_reference(ctx, hit)
                or known_event(ctx, hit)
                or condemned_event(ctx, hit)
                or judged_kind(ctx, hit)
                or where_done(ctx, hit)
                or responds_to(ctx, hit)
                or senses.backs_ground_attack(ctx, hit, tdef)
                or coord_ref
                or ctx.is_heading(sent)
                or ctx.is_other_headline(sent)
            ):
                # a relative clause presupposes an event; a sub-heading announces the one the
                # paragraph below tells, a related story's headline names one the page links
                # to: each joins an event told, never makes its own
                m.reference_only = m.anaphoric = True
                status = "reference"
                prev_hit = (sent, status)
            elif m is not None and denied_report(ctx, hit, sent, clause):
                # "نفت الهيئة، الأحد، ما تداولته وسائل إعلام … حول استهداف المطار"
                m.denial_only = m.anaphoric = True
                status = "denial"
        if m is not None:
            mentions.append(m)
        if status in _TOLD_BEFORE or status in _SITUATION:
            told_before.setdefault(id(sent), hit.start)
            if not held_area(tdef, status):
                dead_before.setdefault(id(sent), hit.start)
        et, sub = (m.event_type, m.sub_event_type) if m else (tdef.event_type, tdef.sub_event_type)
        trigger_spans.append(
            Span(
                hit.start,
                hit.end,
                "TRIGGER",
                kb_id=tdef.id,
                value=TriggerHit(tdef.id, et, sub, hit.key, status),
            )
        )
    with_event = {id(m.sent) for m in mentions}
    for hit, tdef, sent, clause in crowd_named:
        if not ctx.has_cue(clause[0], clause[1], "intervention"):
            continue  # "وأراد المتظاهرون", "قال المحتجون": a crowd speaking is no gathering
        if any(clause[0] <= x.trigger.start < clause[1] for x in mentions):
            continue  # "اشتباكات بين المتظاهرين وقوات الأمن": the clause's act tells it
        if any(
            clause[0] <= t.start < hit.start and t.value.status not in _NOT_AN_ACT
            for t in trigger_spans
        ):
            continue  # "ويتهم ناشطون قوات الأمن بالاعتداء على المحتجين": the act's modality
        m = _dated_mention(ctx, hit, tdef, sent, clause, published, max_age_days)
        if m is None:
            continue
        mentions.append(m)
        with_event.add(id(sent))
        _set_status(trigger_spans, hit, "in_name", "event", m)
    for hit, tdef, sent, clause in casualty:
        if dead_before.get(id(sent), hit.start) < hit.start:
            continue  # deaths told after a background event are its deaths
        # "قتل 12 جنديا في درعا، كما قتل خمسة في قصف على حمص": the kill is an act of its own
        apart = tdef.casualty and other_scene_only(
            ctx, hit, sent, [x.trigger.start for x in mentions if x.sent is sent]
        )
        beside = id(sent) in with_event and not apart
        # "استهدفت القوات مواقع ردا على غارة": the answer is an act of its own, no toll
        answer = beside and answers_only_answered(ctx, hit, [x for x in mentions if x.sent is sent])
        beside = beside and not answer
        if beside and not _killing_beside(ctx, hit, tdef, sent, clause, mentions):
            continue  # a death word beside an act of violence tells that act's dead
        if (
            after_anchor(ctx, hit)
            or recent_reference(ctx, hit)
            or condemned_event(ctx, hit)
            or judged_kind(ctx, hit)
            or responds_to(ctx, hit)
            or site_of(ctx, hit)
            or where_done(ctx, hit)
        ):
            continue  # "بعد نجاح عملية الاقتحام": an event presupposed, told elsewhere
        m = _dated_mention(ctx, hit, tdef, sent, clause, published, max_age_days)
        if m is None or _case_fact(ctx, m, ruling):
            continue
        # "وأشارت المصادر إلى مقتل 17": deaths told after an event, with nobody named who
        # killed them, are that event's toll (merged when an earlier event fits)
        m.casualty_only, m.other_scene = not answer, apart
        if apart:
            own_scene_actors(ctx, m)  # "… تبناه داعش، فيما قتل صحافي في هجوم في خوست"
        if denied_report(ctx, hit, sent, clause):
            # "نفت الهيئة، الأحد، ما تداولته وسائل إعلام … حول استهداف المطار": a denied report
            m.denial_only = m.anaphoric = True
        if clause[0] in total_clauses or dead_named(ctx, hit):
            # "لقي ثمانية أشخاص مصرعهم بهجمات مسلحة في بغداد وشمالها": a lead summing up the
            # acts told below joins them, it neither places nor counts any of them; so do
            # the dead of an act told before, named ("والشهداء هم محمد علي وأحمد حسن")
            m.reference_only = True
        if (
            in_relative_clause(ctx, hit)
            and not own_date(ctx, hit)
            and not ctx.has_cue(sent.start, sent.end, "toll_update")
        ):
            # "تعويضات لذوي المواطنين الذين قتلوا على متن السفينة": the dead a relative clause
            # describes died in an event the reader is assumed to know; they join it if told
            # ("وبلغ عدد المسلحين الذين قتلوا 15" still counts that event's dead)
            m.reference_only = True
        m.anaphoric = (
            m.anaphoric
            or m.actor1 is None
            or m.inter1 == 7
            or (m.actor2 is None and victim_only(ctx, m))
        )
        if beside:
            m.beside_act = True
            _subject_of_the_act_before(ctx, m, mentions)
            if m.event_type == "Violence against civilians" and _killed_of_armed(ctx, m):
                m.event_type, m.sub_event_type = "Battles", "Armed clash"
        mentions.append(m)
        with_event.add(id(sent))
        _set_status(trigger_spans, hit, "subsidiary", "event", m)
    mentions.sort(key=lambda m: m.trigger.start)
    claimed_acts(ctx, mentions)
    _heard_explosions(ctx, mentions)
    mentions = one_act(ctx, mentions)
    _complete(ctx, mentions, main, excluded, total_clauses, dead_before)
    spread_claims(mentions)
    mentions = [x for m in mentions for x in split_by_places(ctx, m)]
    another.mark(ctx, mentions)
    clusters = cluster(mentions, lex.priority)
    merged = [merged_view(c, lex.priority) for c in clusters]
    sides_across_list(clusters, merged)
    merged = arrests_at_protest(merged, ctx)
    merged = arrests_in_a_fight(merged)
    merged = captives_in_a_fight(ctx, merged)
    civilians_no_side(merged)
    opponents_from_article(ctx, merged)
    merged = one_sided_clash_at_protest(ctx, merged)
    if "actors" in ctx.doc.layers:  # without an actors layer nothing is known of who acted
        for m in merged:
            unnamed_perpetrator(ctx, m)
            arresting_authority(ctx, m)
            ministry_side(ctx, m)  # "أعلنت وزارة الداخلية مقتل خمسة مسلحين في تبادل لإطلاق النار"
            unnamed_other_side(ctx, m)
        merged = own_side_as_target(merged)
    events = one_row_each([to_event(ctx, m) for m in merged])  # retellings left apart
    events = [e for e in events if e.confidence >= min_confidence]
    return events, claims, trigger_spans


# "أنهم قتلوا": a complementizer whose pronoun is the killer, someone told of before
_THAT_THEY = frozenset(
    {p + c + s for p in ("", "ب", "ل", "و") for c in ("ان",) for s in ("ه", "ها", "هم", "هما")}
)


def _other_act_word(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """Another word of the sentence names an act by itself (not a death word, not a doer)."""
    lex = ctx.lex
    return any(
        h is not hit
        and sent.start <= h.start < sent.end
        and any(not lex.triggers[t].subsidiary and not lex.triggers[t].names_actor for t in h.sets)
        for h in ctx.triggers
    )


def _killing_beside(
    ctx: DocContext,
    hit: CueHit,
    tdef: TriggerDef,
    sent: Span,
    clause: tuple[int, int],
    mentions: list[args.Mention],
) -> bool:
    """A killing told as an act of its own beside events that carry no deaths ("داهمت قوات
    الأمن وكرا لمسلحين … وقتلت ثلاثة منهم واعتقلت اثنين"): a finite verb in a clause of its
    own, neither a relative clause nor background; its dead would vanish in an arrest or a
    deal, so it makes an event of its own."""
    told = [m for m in mentions if m.sent is sent]
    if not told or any(m.event_type in _WITH_FATALITIES for m in told):
        return False
    if not tdef.casualty or hit.key not in ctx.lex.verb_keys or in_relative_clause(ctx, hit):
        return False  # a death word that is no finite verb, or describes a noun
    if hit.key.startswith(("ي", "ت")):
        return False  # "ينتمون إلى تنظيم … ويستهدف السعودية": a habit, no act told
    if set(ctx.words_before(hit.start, 1)) & _THAT_THEY:
        return False  # "اعتقلت خمسة أشخاص، وقال مسؤول إنهم قتلوا ثلاثة": what they are held for
    if ctx.in_word_prefix(hit.start)[0] in ("و", "ف"):
        return True  # "… وقتلت ثلاثة منهم": a verb of its own coordinated after the act
    return not any(clause[0] <= m.trigger.start < clause[1] for m in told)


def _own_clause_window(
    ctx: DocContext, m: args.Mention, siblings: list[args.Mention]
) -> tuple[int, int]:
    """Where a killing told beside an arrest or a deal counts its dead: its own clause up to
    the next act ("ثمانية مهاجمين قتلوا …، واثنين في كاتو، كما تمت مصادرة أسلحة"); from the
    verb on when it is coordinated after the other act ("اعتقلت خمسة مسلحين وقتلت اثنين")."""
    start = m.trigger.start
    c0 = ctx.clause_bounds(start)[0]
    coordinated = ctx.in_word_prefix(start)[0] in ("و", "ف")
    if coordinated or any(c0 <= o.trigger.start < start for o in siblings if o is not m):
        lo = start
    else:
        lo = c0
    hi = min((o.trigger.start for o in siblings if o.trigger.start > start), default=m.sent.end)
    return lo, hi


def _subject_of_the_act_before(
    ctx: DocContext, m: args.Mention, mentions: list[args.Mention]
) -> None:
    """A killing verb coordinated after an act ("اعتقلت الشرطة خمسة مسلحين وقتلت اثنين
    آخرين") shares its subject: read as the victim, the force of that act is the killer."""
    if ctx.in_word_prefix(m.trigger.start)[0] not in ("و", "ف"):
        return
    before = [o for o in mentions if o.sent is m.sent and o.trigger.start < m.trigger.start]
    if not before or before[-1].actor1 is None or m.actor1 is None:
        return
    doer = before[-1]
    if (
        m.actor1.start < m.trigger.start
        and m.actor2 is not None
        and m.actor2_name == doer.actor1_name
        and m.actor1_name != doer.actor1_name
    ):
        m.actor1, m.actor2 = m.actor2, m.actor1
        m.actor1_name, m.actor2_name = m.actor2_name, m.actor1_name
        m.inter1, m.inter2 = m.inter2, m.inter1


_OF_THEM = frozenset({"منهم", "منها", "منهما"})


def _killed_of_armed(ctx: DocContext, m: args.Mention) -> bool:
    """The killing's victims are some of the armed men the sentence named before it ("داهمت
    وكرا لمسلحين … وقتلت ثلاثة منهم"): a fight with them, not violence against civilians."""
    hi = min(m.sent.end, m.trigger.end + 40)
    words = ctx.norm_of(m.trigger.end, hi).split()[:3]
    if not _OF_THEM & set(words):
        return False
    if ctx.cue_after(m.trigger.end, "civilians", 3, hi):
        return False
    armed = ctx.cue_before(m.trigger.start, "armed", 30, m.sent.start)
    civ = ctx.cue_before(m.trigger.start, "civilians", 30, m.sent.start)
    return armed is not None and (civ is None or civ.start < armed.start)


# besides strikes and bombs, what explosions heard may be the sound of: missiles shot down
# ("تصدت الدفاعات الجوية لصاروخين" … "سماع دوي انفجارات في المنطقة")
_HEARD_AS = frozenset({"Disrupted weapons use"})


def _heard_explosions(ctx: DocContext, mentions: list[args.Mention]) -> None:
    """Explosions heard ("بسماع دوي انفجارات") in an article that tells a strike, a bomb or an
    interception are the sound of it: they join it (or nothing), never an event of their
    own."""
    for m in mentions:
        if m.sub_event_type != "Remote explosive/landmine/IED":
            continue
        cause = explosion_cause(ctx, m.trigger)
        if cause is None:
            continue
        # "انفجار ناتج عن هجوم صاروخي", "انفجارات ناجمة عن غارات": the explosion is the effect
        # of the act its cause names: told as a mention of its own, it joins it; else the
        # explosion takes its kind
        told = any(
            o is not m and o.event_type == m.event_type and cause <= o.trigger.start < m.sent.end
            for o in mentions
        )
        if told:
            m.reference_only = m.anaphoric = True
        elif ctx.cue_after(cause, "air", 3, m.sent.end):
            m.sub_event_type = "Air/drone strike"
        elif ctx.cue_after(cause, "shell_words", 3, m.sent.end):
            m.sub_event_type = "Shelling/artillery/missile attack"
    heard = [
        m
        for m in mentions
        if m.event_type == "Explosions/Remote violence" and heard_only(ctx, m.trigger)
    ]
    if not heard:
        return
    told = any(
        (m.event_type == "Explosions/Remote violence" or m.sub_event_type in _HEARD_AS)
        and m not in heard
        and not m.reference_only
        for m in mentions
    )
    for m in heard if told else ():
        m.reference_only = m.anaphoric = True


def _complete(
    ctx: DocContext,
    mentions: list[args.Mention],
    main: Span | Callable[[], Span | None] | None,
    excluded: set[int],
    total_clauses: set[int],
    told_before: dict[int, int] | None = None,
) -> None:
    """Place, fatalities, attribution and default actors of every mention; ``told_before``:
    sentence → where an earlier (background) event is told in it, whose deaths are its own."""
    by_sent: dict[int, list[args.Mention]] = {}
    for m in mentions:
        by_sent.setdefault(id(m.sent), []).append(m)
    prev_sources: list[str] = []
    last_sent = None
    events_told = [x.trigger for x in mentions if not x.reference_only]
    for m in mentions:
        args.assign_place(ctx, m, main, events_told)
        siblings = by_sent[id(m.sent)]
        lo, hi = m.sent.start, m.sent.end
        if len(siblings) > 1:  # death words go to the nearest mention of the sentence
            i = siblings.index(m)
            if i > 0:
                lo = division(ctx, siblings[i - 1].trigger.end, m.trigger.start)
                lo = from_cut(siblings[i - 1], m, lo)  # "…، كما قتل خمسة آخرون في حمص"
            if i < len(siblings) - 1:
                nxt = siblings[i + 1]
                hi = division(ctx, m.trigger.end, nxt.trigger.start)
                if nxt.event_type not in _WITH_FATALITIES:
                    # "اشتباكات … أسفرت عن مقتل 15 مسلحا، فيما اعتقل الجيش عشرات": an arrest
                    # or a deal counts no dead, so the deaths before its verb stay this act's
                    hi = max(hi, nxt.trigger.start)
        if m.beside_act:
            lo, hi = _own_clause_window(ctx, m, siblings)
        background = (told_before or {}).get(id(m.sent))
        if background is not None and background > m.trigger.end:
            hi = min(hi, background)  # "ويأتي الانفجار بعد سلسلة تفجيرات … قتل أخطرها 60"
        cut = other_scene_cut(ctx, m, m.sent.end)  # "…، بينما لقي 9 من الحوثيين مصرعهم في الضالع"
        m.scene_cut, hi = (cut if cut < m.sent.end else None), min(hi, cut)
        hi = up_to_cut(m, siblings, hi, background)
        own_scene_places(ctx, m, siblings)
        if m.event_type in _WITH_FATALITIES:  # agreements, arrests… carry no deaths
            fatalities.fatalities_for(ctx, m, lo, hi, excluded, total_clauses)
        args.attribution(ctx, m, prev_sources if last_sent is not m.sent else [])
        claimant_as_doer(ctx, m)  # "في هجوم … تبناه تنظيم داعش"
        if m.denial_only:
            m.claimed_by = []  # who denies an event does not claim it
        if m.claimed_by:
            prev_sources, last_sent = m.claimed_by, m.sent
        follow_event_country(m)
        default_actors(ctx, m)
        member_strike_as_coalition(m)


_CROWD_INTER = frozenset({5, 6})
# statuses of an act told as no news of the day: the death words after it in its sentence are
# its dead ("دانت المنظمة التفجيرات التي وقعت أمس وأدت إلى سقوط ضحايا"), no event of their own
_TOLD_BEFORE = frozenset({"background", "history", "statement"})
# a situation with no day ("وتشهد المناطق الحدودية اشتباكات … أسفرت عن مقتل المئات") or acts
# summed up over a span ("تظاهرات ومواجهات في الأشهر الأخيرة أدت إلى مقتل 140"): the deaths
# told after it in its sentence are its toll, no attack of their own
_SITUATION = frozenset({"stative", "ongoing"})
# statuses of triggers that tell no act at all (the words are not about an event)
_NOT_AN_ACT = frozenset({"in_name", "other_sense", "subsidiary", "byline", "accident"})


_LEAD_SENTENCES = 2  # a dateline or a source line may come before the lead


def ruling_lead(ctx: DocContext) -> bool:
    """The article opens with a court's ruling ("قضت محكمة عسكرية بسجن عشرة جنود لقتلهم
    صحفيا"): the acts it tells without a day of their own (the killing, the raid, the battle
    it happened in) are the facts of the case, long past, not events of the day."""
    # cues are indexed only in sentences that hold a trigger; a ruling ("حكمت محكمة بسجن
    # خمسة") may hold none, so the lead is scanned here
    norm = ctx.norm
    for s in ctx.sentences[:_LEAD_SENTENCES]:
        a, b = norm.to_normalized(s.start), norm.to_normalized(s.end)
        if not ctx.lex.cue_scanner.may_hit(norm.text[a:b], "verdict_words"):
            continue  # most leads hold no verdict word: no full scan of all cue phrases
        hits = ctx.lex.cue_scanner.scan(norm.text[a:b], lambda x, y: (x, y))
        if any("verdict_words" in h.sets for h in hits):
            return True
    return False


_OPENER_WORDS = 2  # "في هذه الأثناء" starts the sentence, a proclitic "و" at most before it


def _case_fact(ctx: DocContext, m: args.Mention, ruling: bool) -> bool:
    """In an article that opens with a ruling, a mention without a day of its own tells the
    case; one that opens a sentence turning to other news ("في هذه الأثناء ألقي القبض على
    ستة أشخاص") is news of its own."""
    if not ruling or m.date_explicit:
        return False
    opener = next(iter(ctx.cues_in(m.sent.start, m.trigger.start, "new_topic_openers")), None)
    return opener is None or ctx.tokens_between(m.sent.start, opener.start) > _OPENER_WORDS


def _dated_mention(
    ctx: DocContext,
    hit: CueHit,
    tdef: TriggerDef,
    sent: Span,
    clause: tuple[int, int],
    published: dt.date | None,
    max_age_days: int,
) -> args.Mention | None:
    """A mention for a trigger taken up after the main pass, with its date; None when it
    yields none or its date makes it history."""
    m = _mention(ctx, hit, tdef, sent, clause)
    if m is None:
        return None
    args.assign_date(ctx, m, published)
    return None if history(ctx, m, published, max_age_days) else m


def _set_status(
    trigger_spans: list[Span], hit: CueHit, old: str, new: str, m: args.Mention
) -> None:
    """The trigger span of ``hit`` (status ``old``) now tells ``m``, with status ``new``."""
    for idx, span in enumerate(trigger_spans):
        if span.start == hit.start and span.value.status == old:
            v = span.value
            trigger_spans[idx] = Span(
                span.start,
                span.end,
                "TRIGGER",
                kb_id=span.kb_id,
                value=TriggerHit(v.id, m.event_type, m.sub_event_type, v.key, new),
            )
