"""A state body's own forces: "قالت الحكومة العراقية إن قواتها قتلت …".

When the speaker is a government, a ministry or a leader of a country (no actor name of its
own) and the report's subject is "its forces" ("قواتها", "قواته", "قواتنا", "جنودها"), the doer
is that country's state forces (its police when the speaker is the interior ministry). A
speaker that is an actor already stands for its own men (actor_roles); this covers the
speakers the dictionary has no name for.

A battle told by a ministry of the country it is fought in ("أعلنت وزارة الداخلية المصرية مقتل
خمسة مسلحين في تبادل لإطلاق النار", "قال المتحدث باسم وزارة الدفاع الأفغانية إن 12 من مسلحي
طالبان قتلوا في اشتباكات") or by that country's military sources ("مصادر عسكرية يمنية") names
only the armed group; the other side is the ministry's own forces: the police of the interior
ministry, the army of the defence ministry and of military sources.
"""

from __future__ import annotations

from rasad.actors.dictionary import Entry, Template, default_lexicon
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.force_hit import adjective_iso, country_word_isos
from rasad.events.frames import speech_frames

# "its/his/our forces, soldiers" right after "إن/أن"
_OWN_FORCES = frozenset(
    "قواتها قواته قواتنا قواتهم جنودها جنوده جنودنا عناصرها عناصره عناصرنا".split()
)
# the speaker is a state body: a government, a ministry, an army command or a head of state
_STATE_BODIES = frozenset(
    "الحكومه حكومه وزاره الوزاره رييس رياسه الرياسه وزير القياده قياده الجيش الرييس".split()
)
_INTERIOR = frozenset({"الداخليه", "داخليه"})
_SPEAKER_WORDS = 6  # words between the reporting verb and "إن" read as the speaker


def speaker_own_forces(ctx: DocContext, m: args.Mention) -> tuple[str, int] | None:
    """(ACLED name, inter) of the state forces a state speaker calls its own as the subject of
    the event, or None."""
    frames = speech_frames(ctx, m.sent, m.trigger.start)
    if not frames:
        return None
    verb_end, comp = max(frames, key=lambda f: f[1])
    subject = ctx.words_after(comp, 2, m.trigger.start)
    if len(subject) < 2 or subject[1] not in _OWN_FORCES:
        return None
    words = ctx.words_after(verb_end, _SPEAKER_WORDS, comp)
    if not set(words) & _STATE_BODIES:
        return None
    lex = default_lexicon()
    isos = country_word_isos(lex)
    iso = next((i for w in words if (i := adjective_iso(w, lex) or isos.get(w))), None)
    if iso is None:
        return None
    family = "police" if set(words) & _INTERIOR else "state_forces"
    return _forces_of(m, family, iso)


def _forces_of(m: args.Mention, family: str, iso: str) -> tuple[str, int] | None:
    """(ACLED name, inter) of country ``iso``'s forces of ``family`` on the event's day."""
    lex = default_lexicon()
    target = lex.for_family(family, iso, m.date)
    if isinstance(target, Entry):
        return lex.name_on(target, m.date), lex.inter_on(target, m.date, where=m.country)
    if isinstance(target, Template):
        inter = 8 if m.country and iso != m.country and target.inter == 1 else target.inter
        return lex.template_name(target, iso), inter
    return None


# a ministry's forces: "وزارة الداخلية" (police), "وزارة الدفاع" (army)
_MINISTRIES = frozenset({"وزاره", "الوزاره"})
_DEFENCE = frozenset({"الدفاع", "دفاع"})
_SOURCES = frozenset({"مصدر", "مصادر"})
_MILITARY = frozenset({"عسكري", "عسكريه", "العسكري", "العسكريه"})
# ACLED inter codes of the sides a state's forces fight at home: armed groups and a rival
# authority's forces (Yemen's Houthis are inter 1); never the country's own army or police
_FOES = frozenset({1, 2, 3, 4})


def _reporting_family(ctx: DocContext, m: args.Mention) -> tuple[str, str | None] | None:
    """(family, ISO2 named or None) of the state body that reports the event: the interior
    or defence ministry, or military sources, named right after the last reporting verb
    before the trigger."""
    verbs = ctx.cues_in(m.sent.start, m.trigger.start, "reporting_verbs")
    if not verbs:
        return None
    words = ctx.words_after(verbs[-1].end, _SPEAKER_WORDS, m.trigger.start)
    said = set(words)
    lex = default_lexicon()
    isos = country_word_isos(lex)
    iso = next((i for w in words if (i := adjective_iso(w, lex) or isos.get(w))), None)
    if said & _MINISTRIES and said & _INTERIOR:
        return "police", iso
    if said & _MINISTRIES and said & _DEFENCE:
        return "state_forces", iso
    if said & _SOURCES and said & _MILITARY and iso is not None:
        return "state_forces", iso  # "مصادر عسكرية يمنية"; bare "مصادر عسكرية" are anyone's
    return None


def ministry_side(ctx: DocContext, m: args.Mention) -> None:
    """Give a battle with one armed group named, told by a ministry or the military sources of
    the country it is fought in, that body's forces as its other side (see the module doc)."""
    if m.event_type != "Battles" or m.country is None:
        return
    named = [(n, i) for n, i in ((m.actor1_name, m.inter1), (m.actor2_name, m.inter2)) if n]
    if len(named) != 1 or named[0][1] not in _FOES:
        return
    told = _reporting_family(ctx, m)
    if told is None or (told[1] is not None and told[1] != m.country):
        return  # another country's ministry ("وزارة الدفاع الروسية" on a Syrian battle)
    forces = _forces_of(m, told[0], m.country)
    own = {f[0] for family in ("state_forces", "police") if (f := _forces_of(m, family, m.country))}
    if forces is None or named[0][0] in own:
        return  # "أعلنت وزارة الداخلية مقتل جنديين": the country's own men are one side only
    if m.actor1_name is None:
        m.actor1_name, m.inter1 = forces
    else:
        m.actor2_name, m.inter2 = forces
