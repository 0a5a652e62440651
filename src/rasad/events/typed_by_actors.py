"""Sub-types that depend on who acts and who suffers: territory changes by the actor's side,
arrests by a state force versus abductions by a group, attacks on armed men as battles.

Split from the events stage (stage.py) so that module stays under 800 lines.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events import arguments as args
from rasad.events import senses
from rasad.events.civilian_sites import civilian_site_attacked
from rasad.events.context import DocContext
from rasad.events.lexicon import TriggerDef


def _foreign_state(m: args.Mention) -> bool:
    """A state's forces acting abroad (inter 8, "external forces") still arrest, not abduct."""
    return m.inter1 == 8 and (m.actor1_name or "").startswith(_STATE_FORCES)


_STATE_FORCES = ("Military Forces of", "Police Forces of")
# state forces, rebels, militias, foreign forces: armed sides (not crowds nor civilians, whose
# "arrest" of a force is a misread of the sides: "فرقت الشرطة المحتجين واعتقلت عددا منهم")
_ARMED_HELD = frozenset({1, 2, 3, 4, 8})


_CLASH = ("Battles", "Armed clash")
# rioters, protesters, civilians: never who makes an arrest
_CROWDS = frozenset({5, 6, 7})


# a sound plural or dual in the nominative ("مسلحون", "مسلحان") is a verb's subject, never its
# object ("مسلحين")
_NOMINATIVE_ENDINGS = ("ون", "ان")


def _state_before_verb(ctx: DocContext, m: args.Mention) -> Span | None:
    """The state force told before an arrest verb whose doer was read after it ("أن قوات الأمن
    في مدينة الموصل، اعتقلت مسلحين اثنين"): the nearest side before the verb in its sentence,
    no other act between; the side after the verb is its object, who is held."""
    a1 = m.actor1
    if m.trigger.key not in ctx.lex.verb_keys or a1 is None or a1.start < m.trigger.end:
        return None
    if ctx.doc.text[a1.start : a1.end].split()[0].endswith(_NOMINATIVE_ENDINGS):
        return None  # "واعتقل مسلحون ثلاثة مدنيين": the nominative plural is the verb's subject
    before = args._usable_actors(ctx, m.sent.start, m.trigger.start)
    if not before:
        return None
    state = before[-1]
    inter = args._inter(state)
    if not (inter == 1 or (inter == 8 and args._canonical(state).startswith(_STATE_FORCES))):
        return None
    return None if senses.trigger_between(ctx, state.end, m.trigger.start) else state


def _state_after_verb(ctx: DocContext, m: args.Mention) -> Span | None:
    """The state force right after an arrest verb, its subject ("اعتقلت الشرطة رجلين يشتبه في
    تورطهما في الهجوم الذي نفذه مسلحون مجهولون"), when the non-state doer was read further on:
    the state arrests; the group after it is held or belongs to another clause."""
    a1 = m.actor1
    if m.trigger.key not in ctx.lex.verb_keys or a1 is None or a1.start < m.trigger.end:
        return None
    after = args._usable_actors(ctx, m.trigger.end, a1.start)
    if not after or ctx.tokens_between(m.trigger.end, after[0].start) > 1:
        return None
    state = after[0]
    inter = args._inter(state)
    if not (inter == 1 or (inter == 8 and args._canonical(state).startswith(_STATE_FORCES))):
        return None
    return state


def _crowd_subject(ctx: DocContext, m: args.Mention) -> bool:
    """The crowd is told as the verb's subject in the nominative ("قام المتظاهرون بالقبض على
    ثلاثة من أنصار الحزب"): it did seize them; a crowd the sentence only names ("فرقت الشرطة
    المتظاهرين … باعتقال بعضهم") is who was held."""
    a1 = m.actor1
    if a1 is None or a1.start > m.trigger.start:
        return False
    if ctx.tokens_between(a1.end, m.trigger.start) > _SUBJECT_GAP:
        return False  # "كان المتظاهرون … يحتجون على اعتقال نشطاء": another verb's subject
    return ctx.doc.text[a1.start : a1.end].split()[0].endswith(_NOMINATIVE_ENDINGS)


_SUBJECT_GAP = 1  # "قام المتظاهرون بالقبض", "المتظاهرون اعتقلوا"


def type_by_actors(ctx: DocContext, m: args.Mention, tdef: TriggerDef) -> None:
    """Sub-types that depend on who acts or who suffers."""
    if m.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory"):
        if m.inter1 == 1:
            m.sub_event_type = "Government regains territory"
        elif m.inter1 is not None:
            m.sub_event_type = "Non-state actor overtakes territory"
        elif m.trigger.key.startswith(("استعاد", "يستعيد", "تستعيد")):
            m.sub_event_type = "Government regains territory"
    if (
        tdef.state_based
        and m.inter1 in _CROWDS
        and m.event_type == tdef.event_type
        and not _crowd_subject(ctx, m)
    ):
        # "وفرقت الشرطة المتظاهرين، وأفادت تقارير باعتقال بعضهم": a crowd arrests nobody; it
        # is who was held (the arrest stays the state's, an unnamed authority's)
        crowd = m.actor1, m.actor1_name, m.inter1
        if m.inter2 == 1 or (m.actor2_name or "").startswith(_STATE_FORCES):
            # "فرقت الشرطة المحتجين واعتقلت عددا منهم": the force read in the slot held
            m.actor1, m.actor1_name, m.inter1 = m.actor2, m.actor2_name, m.inter2
        else:
            m.actor1, m.actor1_name, m.inter1 = None, None, None
        m.actor2, m.actor2_name, m.inter2 = crowd
    elif tdef.state_based and tdef.non_state and m.event_type == tdef.event_type:
        non_state = (m.inter1 is not None and m.inter1 != 1 and not _foreign_state(m)) or (
            m.actor1 is None and ctx.has_cue(m.sent.start, m.sent.end, "unidentified")
        )
        state = (_state_before_verb(ctx, m) or _state_after_verb(ctx, m)) if non_state else None
        if state is not None:
            # "أن قوات الأمن في مدينة الموصل، اعتقلت مسلحين": the state force told before the
            # verb arrests, the armed men after it are held (ACLED: Arrests, they are actor2)
            m.actor2, m.actor2_name, m.inter2 = m.actor1, m.actor1_name, m.inter1
            m.actor1, m.actor1_name, m.inter1 = state, args._canonical(state), args._inter(state)
        elif non_state and m.inter1 in _ARMED_HELD and m.inter2 in _ARMED_HELD:
            # "أسرت المقاومة عناصر من ميليشيات الحوثي": armed men a group seizes are taken in
            # its fight with their side, no violence against civilians (ACLED: the battle)
            m.event_type, m.sub_event_type = "Battles", "Armed clash"
        elif non_state:
            m.event_type, m.sub_event_type = tdef.non_state
    if (
        tdef.victim_based
        and m.event_type == "Violence against civilians"
        and (m.sub_event_type == "Attack")
    ):
        armed = args.victims_are_armed(ctx, m)
        if armed and senses.captive_victims(ctx, m):
            armed = False  # "أعدموا جنديا كانوا يحتجزونه": out of the fight, no battle
        if (armed or (armed is None and tdef.unknown_victims_armed)) and not (
            civilian_site_attacked(ctx, m)
        ):
            m.event_type, m.sub_event_type = "Battles", "Armed clash"
    elif (
        (tdef.event_type, tdef.sub_event_type) == _CLASH == (m.event_type, m.sub_event_type)
        and m.actor2 is None
        and civilian_site_attacked(ctx, m)
    ):
        # "هاجم مسلحون مستشفى", "اقتحم مسلحون سوقا": a fight word whose object is a site of
        # civilians, no armed side hit
        m.event_type, m.sub_event_type = "Violence against civilians", "Attack"
