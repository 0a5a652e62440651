"""A state body's own forces: "قالت الحكومة العراقية إن قواتها قتلت …".

When the speaker is a government, a ministry or a leader of a country (no actor name of its
own) and the report's subject is "its forces" ("قواتها", "قواته", "قواتنا", "جنودها"), the doer
is that country's state forces (its police when the speaker is the interior ministry). A
speaker that is an actor already stands for its own men (actor_roles); this covers the
speakers the dictionary has no name for.
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
    target = lex.for_family(family, iso, m.date)
    if isinstance(target, Entry):
        return lex.name_on(target, m.date), lex.inter_on(target, m.date, where=m.country)
    if isinstance(target, Template):
        inter = 8 if m.country and iso != m.country and target.inter == 1 else target.inter
        return lex.template_name(target, iso), inter
    return None
