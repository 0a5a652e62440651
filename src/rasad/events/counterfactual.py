"""What almost happened or would have happened: "وكادت المدينة أن تسقط بيد المسلحين لولا تدخل
الجيش", "ولولا تدخل الشرطة لقتل المحتجون الحارس", "لو لم تتدخل القوات لكانت البلدة سقطت".

ACLED codes acts that happened. An act governed by "كاد"/"أوشك" (almost) did not happen, and
the answer of a condition "لولا …"/"لو …" (the perfect verb with the "ل" of the answer, or the
words after "لكان"/"لما") tells what would have happened, had the condition held: irrealis, no
event. The act of the condition itself ("لولا تدخل الشرطة": the police did step in) and acts
told around it keep their own reading. Kept too: "ما كاد … حتى" (no sooner … than: the act did
happen, "وما كاد الجيش يدخل القرية حتى انفجرت عبوة") and "لا يكاد/لم يكد" (hardly: a habit or a
scarcely, read by other rules).
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# before "كاد": "ما كاد … حتى" (no sooner than), "لا يكاد"/"لم يكد" (hardly)
_NOT_ALMOST = frozenset({"ما", "وما", "فما", "لا", "ولا", "فلا", "لم", "ولم", "فلم"})
# the answer of "لولا"/"لو" opened by a word of its own ("لكانت المدينة سقطت", "لما استطاع")
_ANSWER_WORDS = frozenset({"لكان", "لكانت", "لكانوا", "لكانا", "لكنا", "لما"})
_ANSWER_REACH = 3  # words from the answer word to the trigger ("لكانت المدينة سقطت")
_ANSWER_L = frozenset({"ل", "ول", "فل"})  # the answer's "ل" glued to a perfect verb: "لقتل"
_CONDITION_REACH = 12  # words between the trigger and its "لولا"/"لو", before or after it


def almost_done(ctx: DocContext, hit: CueHit, clause: tuple[int, int], word_start: int) -> bool:
    """A "كاد"/"أوشك" form stands within the set's window before the trigger in its clause, and
    is not "ما كاد …" (no sooner) or "لا يكاد"/"لم يكد" (hardly)."""
    cue = ctx.cue_before(word_start, "almost", ctx.window("almost", 4), clause[0])
    if cue is None:
        return False
    return not set(ctx.words_before(cue.start, 1)) & _NOT_ALMOST


def counterfactual_answer(ctx: DocContext, hit: CueHit, sent: Span, prefix: str) -> bool:
    """The trigger answers a "لولا"/"لو" near it in its sentence: a verb with the answer's "ل"
    ("لقتل المحتجون", "لسقطت المدينة"), or a trigger a few words after "لكان"/"لما"."""
    if not ctx.has_cue(sent.start, sent.end, "counterfactual"):
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    if not (
        ctx.cue_before(word_start, "counterfactual", _CONDITION_REACH, sent.start)
        or ctx.cue_after(hit.end, "counterfactual", _CONDITION_REACH, sent.end)
    ):
        return False
    if hit.key in ctx.lex.verb_keys and prefix in _ANSWER_L:
        return True
    before = ctx.words_before(word_start, _ANSWER_REACH)
    return any(w in _ANSWER_WORDS for w in before)
