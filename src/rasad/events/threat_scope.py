"""How far a threat reaches: the acts a threat verb or noun governs are threatened, not done.

- "تلقى تهديدات بالقتل": the act right after a threat noun with "بـ";
- "هددت كوريا الشمالية … بضرب الولايات المتحدة … وقصف قواعدها": verbal nouns joined by و to
  the first threatened act, in its clause;
- "هدد الجيش بالرد، وقصفت مدفعيته مواقع المسلحين": a past verb opening a clause of its own is
  an act done, beyond the threat's reach;
- "هدد بقصف مواقعهم بالصواريخ": the weapon of an act not done tells no act either.
"""

from __future__ import annotations

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_THREATS = frozenset(
    {
        "تهديد",
        "تهديدات",
        "تهديدا",
        "بتهديد",
        "بتهديدات",
        "التهديد",
        "التهديدات",
        "تهديده",
        "تهديدها",
        "تهديدهم",
        "وعيد",
        "بالوعيد",
    }
)


def threatened(ctx: DocContext, hit: CueHit) -> bool:
    """ "تلقى تهديدات بالقتل", "رسالة تحمل تهديدا بتفجير السفارة": a threat noun right before
    the act governed by "بـ" names what is threatened (the verbs "هدد بـ" are irrealis cues)."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if not prefix.lstrip("وف").startswith("ب"):
        return False
    words = ctx.words_before(word_start, 1)
    return bool(words) and words[0].lstrip("وف") in _THREATS


def past_verb_opens_clause(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "هدد الجيش بالرد، وقصفت مدفعيته مواقع المسلحين": a past verb that opens a clause of
    its own (after a comma, "و" or "ثم" at most before it) tells an act done; the threat or
    the call of the clause before does not reach it (a verbal noun there may still be an
    item of the call: "دعا إلى الإضراب، وتنظيم مظاهرات")."""
    if clause[0] == 0 or hit.key not in ctx.lex.verb_keys or hit.key in ctx.lex.present_keys:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if "ال" in prefix:
        return False  # a verbal noun spelt like the verb
    return ctx.tokens_between(clause[0], word_start) <= (
        1 if ctx.words_before(word_start, 1) in (["ثم"], ["وقد"], ["فقد"]) else 0
    )


# "بـ"-words that are no act a threat governs ("هدد بعد مقتل …", "في بغداد")
_NOT_THREATENED = frozenset(
    normalize_key(w)
    for w in (
        "بعد بين بسبب بشأن بحسب بينما بأن بأنه بأنها بأنهم بما بها به بهم بدوره بدورها بشكل"
        # "تهديدا بالغا لحياة المدنيين": how grave a threat is, no act it names
        " بالغ بالغا بالغة بالغه"
    ).split()
)
_PLACE_PREPS = frozenset({"في", "من", "الي", "علي", "عن", "قرب", "مدينه", "محافظه", "ولايه"})


def threat_joined(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "هددت كوريا الشمالية مرارا … بضرب الولايات المتحدة … وقصف قواعدها": a verbal noun
    joined by و after an act a threat verb governs with "بـ" is threatened too, past the
    irrealis window; so is a word a few words after that act, its object ("هددت الحركة في
    تسجيل بث اليوم باستخدام مهاجمين انتحاريين"). The clause ends at a comma ("هدد الجيش
    بالرد، وقصفت قواته …" may tell what was done), and a verb's own form is a new act."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if hit.key in ctx.lex.verb_keys and "ال" not in prefix:
        return False
    cue = ctx.cue_before(hit.start, "threat_verb", ctx.window("threat_verb", 20), clause[0])
    if cue is None:
        return False
    words = ctx.words_before(word_start, ctx.tokens_between(cue.end, word_start))
    if not prefix.startswith("و"):
        # the threatened act's object: the act a word or two before it
        first = max(1, len(words) - _OBJECT_WORDS)
        return any(_governed_act(words, i) for i in range(first, len(words)))
    for i, w in enumerate(words[:12]):
        if _act_with_b(w):
            return i == 0 or words[i - 1] not in _PLACE_PREPS
    return False


def _act_with_b(word: str) -> bool:
    return len(word) > 3 and word[0] == "ب" and word not in _NOT_THREATENED


def _governed_act(words: list[str], i: int) -> bool:
    """``words[i]`` is an act after "بـ" ("باستخدام"), not a place ("في بمدينة")."""
    return (
        _act_with_b(words[i])
        and words[i][1:] not in _PLACE_PREPS
        and words[i - 1] not in _PLACE_PREPS
    )


_OBJECT_WORDS = 2  # "باستخدام مهاجمين انتحاريين": the act, then its object's words


_INSTRUMENT_WORDS = 3  # words from the act to the weapon it is done with


def instrument_of(ctx: DocContext, hit: CueHit, prev: CueHit, prefix: str, word_start: int) -> bool:
    """ "بقصف مواقعهم بالصواريخ": a weapon after "بـ" a few words after a verbal noun, in its
    clause, is what that act is done with; it tells no act of its own."""
    if "weapon" not in hit.sets or prefix.lstrip("وف") not in ("ب", "بال"):
        return False
    if ctx.clause_bounds(prev.start)[0] != ctx.clause_bounds(hit.start)[0]:
        return False
    return ctx.tokens_between(prev.end, word_start) <= _INSTRUMENT_WORDS
