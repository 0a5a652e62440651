"""A force whose man, or whose man's house or car, is told as what an attack befell: "وتعرض
منزل قائد في الحشد الشعبي لتفجير بعبوة", "قتل الرائد … الضابط في الجيش الليبي بانفجار عبوة".
The man is the subject of a death, wound or undergo verb, and the attack comes after him as the
cause ("بانفجار", "لتفجير", "في هجوم"): his force is the side hit, never the doer."""

from __future__ import annotations

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# "تعرض منزله لتفجير", "نجا من محاولة اغتيال": verbs whose subject undergoes the act
_UNDERGO = frozenset(
    normalize_key(w)
    for w in "تعرض تعرضت تعرضا تعرضوا وتعرض وتعرضت نجا نجت ونجا ونجت".split()
)
# words before an attack noun that make it the cause of what befell the man
_CAUSE_WORDS = frozenset(normalize_key(w) for w in "في جراء إثر اثر بعد بسبب".split())
# tokens from the death or undergo verb to the force's name ("وقتل الرائد محمد علي الضابط في")
_VERB_REACH = 7
# tokens from the force's name to the attack noun ("في الحشد الشعبي لتفجير")
_CAUSE_REACH = 4


def member_befallen(ctx: DocContext, actor: Span, trig: CueHit, sent: Span) -> bool:
    """The actor, named as a man's group before the trigger, lost the man: a death, wound or
    undergo verb stands before him and the trigger is the attack told as its cause."""
    if actor.end > trig.start or ctx.tokens_between(actor.end, trig.start) > _CAUSE_REACH:
        return False
    prefix, word_start = ctx.in_word_prefix(trig.start)
    before = ctx.words_before(word_start, 1)
    as_cause = prefix.endswith(("ب", "ل")) or bool(before and before[-1] in _CAUSE_WORDS)
    if not as_cause:
        return False
    _p, actor_word = ctx.in_word_prefix(actor.start)
    lo = max(sent.start, 0)
    for cue_set in ("death_words", "injury_words"):
        if ctx.cue_before(actor_word, cue_set, _VERB_REACH, lo) is not None:
            return True
    return bool(set(ctx.words_before(actor_word, _VERB_REACH)) & _UNDERGO)
