"""A group named with ل after a verb and its object owns the object; it does not act.

After an act noun ل names the doer: "غارات للطيران الروسي", "قصف مدفعي لقوات النظام". After
a verb that has taken its object the same ل names whose the object is: "قصفت الطائرات أهدافا
لتنظيم الدولة", "استهدفت مواقع للحوثيين" — the group is the target (actor2) and the verb's
subject the doer. The trigger counts as a verb only when its key is a verb's and never a
noun's, and its word bears no article and no accusative ending (a masdar "تقدما", "التقدم" is
a noun though its key is a verb's); the one word between must be an indefinite noun (an
adjective of a definite masdar, "التقدم المستمر لقوات", carries the article).
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_ARTICLES = ("ال", "وال", "فال", "بال", "لل", "كال")


def owner_of_verb_object(ctx: DocContext, trig: CueHit, word_start: int) -> bool:
    """The ل-actor whose word starts at ``word_start`` owns the object of the verb ``trig``:
    one indefinite word stands between them and the trigger is a bare verb form."""
    if trig.key not in ctx.lex.verb_keys or ctx.tokens_between(trig.end, word_start) != 1:
        return False
    trig_word = ctx.norm_of(ctx.in_word_prefix(trig.start)[1], trig.end)
    if trig_word.startswith(_ARTICLES) or trig_word.endswith("ا"):
        return False  # "التقدم", "تقدما": a verbal noun, whose ل names its doer
    between = ctx.words_before(word_start, 1)
    return bool(between) and not between[0].startswith(_ARTICLES)
