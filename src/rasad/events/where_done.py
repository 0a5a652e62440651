"""A place described by what was once done there: "… على أطراف بلدة أبوت آباد، حيث قتل أسامة بن
لادن على يد قوات أمريكية خاصة".

"حيث" right before a passive act verb whose doer follows as "على يد/على أيدي" (by the hand of)
describes the place the sentence names by a known act: the reader is reminded where someone
was killed or taken, the news is something else (a park to be built, a visit). The act joins
the event where the article tells it (often dated to a past year) and is none of its own. Only
when the sentence tells no act before "حيث" and the verb counts no dead ("حيث قتل ثلاثة
أشخاص على يد مسلحين" after an explosion is that day's toll), and a day of its own by the act
keeps it.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date

_WHERE = frozenset({"حيث", "وحيث"})
_BY_HAND = (("علي", "يد"), ("علي", "ايدي"), ("بيد",), ("بايدي",))
_AGENT_REACH = 8  # words from the verb to "على يد": the victim's name and titles


def where_done(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger is a passive act verb after "حيث", its doer told by "على يد"."""
    if hit.key not in ctx.lex.verb_keys:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    if not set(ctx.words_before(word_start, 1)) & _WHERE:
        return False
    sent = ctx.sentence(hit.start)
    if any(sent.start <= t.start < word_start for t in ctx.triggers):
        return False  # the sentence tells an act before the place it describes
    if ctx.spans_in(ctx.numbers, hit.end, ctx.clause_bounds(hit.start)[1]):
        return False  # "حيث قتل ثلاثة أشخاص": a count of dead, a toll told
    words = ctx.words_after(hit.end, _AGENT_REACH + 2, sent.end)
    agent = any(tuple(words[i : i + len(p)]) == p for p in _BY_HAND for i in range(len(words)))
    return agent and not own_date(ctx, hit)
