"""An attack foiled before it happened: "أحبطت الأجهزة الأمنية خلال العملية عددا من الهجمات",
"إحباط مخطط الهجوم", "إحباط محاولة هجوم حوثي باستخدام طائرات مسيرة".

The attack word is the object of a word of foiling told a few words before it in its clause,
with no other act between: no attack, bombing or strike took place. ACLED codes an attack
prevented as Strategic developments / Disrupted weapons use, as rasad already reads the
adjacent phrase ("أحبطت هجوما", the trigger lexicon's "disrupted"). Only acts read from an
attack noun (violence against civilians or a remote attack, and a battle typed from an attack
on armed men) change: a clash word keeps its battle ("أحبطت القوات هجوما بعد اشتباكات"), and so
does a verb ("أحبطت القوات الهجوم وقتلت ثلاثة من المهاجمين" tells the killing apart).
"""

from __future__ import annotations

from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, TriggerDef

# "أحبطت الأجهزة الأمنية خلال العملية عددا من الهجمات": six words between
_FOILED_WINDOW = 6
_FOUGHT_WINDOW = 14  # as the trigger "foiled_attack" (triggers.yaml)
_ATTACK_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def foiled_attack(ctx: DocContext, m: args.Mention, tdef: TriggerDef) -> bool:
    """``m`` is an attack noun its clause tells as foiled (see the module's docstring)."""
    hit = m.trigger
    if tdef.event_type not in _ATTACK_TYPES or hit.key in ctx.lex.verb_keys:
        return False
    lo = ctx.clause_bounds(hit.start)[0]
    cue = ctx.cue_before(hit.start, "foiling_words", _FOILED_WINDOW, lo)
    if cue is None or _fought_off(ctx, hit):
        return False
    # "إحباط محاولة هجوم حوثي باستخدام طائرات مسيرة": the attack told by two words, one act
    return all(_attack_word(ctx, t) for t in ctx.triggers if cue.end <= t.start < hit.start)


def _fought_off(ctx: DocContext, hit: CueHit) -> bool:
    """Men killed or a fight told near the foiled attack ("أحبطت القوات هجوما … وقتلت خمسة
    من المهاجمين", "قتل 14 مسلحا خلال إحباط هجوم"): the attack was fought off, a clash
    (ACLED), not a weapon stopped before use (the cue set the trigger "foiled_attack" reads)."""
    sent = ctx.sentence(hit.start)
    return bool(
        ctx.cue_after(hit.end, "fought_off", _FOUGHT_WINDOW, sent.end)
        or ctx.cue_before(hit.start, "fought_off", _FOUGHT_WINDOW, sent.start) is not None
    )


def _attack_word(ctx: DocContext, t: CueHit) -> bool:
    return any(
        ctx.lex.triggers[k].event_type in _ATTACK_TYPES for k in t.sets if k in ctx.lex.triggers
    )


def as_disrupted(m: args.Mention) -> None:
    """The attack prevented: who foiled it stays actor1, nobody suffered it."""
    m.event_type, m.sub_event_type = "Strategic developments", "Disrupted weapons use"
    m.actor2, m.actor2_name, m.inter2 = None, None, None
