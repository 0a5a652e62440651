"""A verb that describes the indefinite noun before it: an adjectival clause with no "التي".

Arabic gives an indefinite noun its relative clause without a relative pronoun; a pronoun
after the verb points back to the noun ("مواقع سيطر عليها الحوثيون", "أحياء سيطرت عليها
الفصائل لسنوات", "دبابة استولت عليها الكتائب"). Like a clause after "التي" (see
reference.in_relative_clause), it describes the noun with an act the reader is assumed to
know: the act joins an event the article tells, it is not a new one. A verb after a definite
noun or a name is a sentence of its own ("لكن الحوثيين استولوا عليها أمس"), and one after a
particle ("بعدما سيطروا عليها", "منذ سيطرت عليه المعارضة") opens a clause that tells it.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# the pronoun after the verb that points back to the noun ("سيطر عليها")
_BACK_POINTERS = frozenset({"عليه", "عليها", "عليهم", "عليهما", "عليهن"})
# particles, auxiliaries and conjunctions a verb may follow in a clause of its own
_NOT_NOUNS = frozenset(
    "حيث بعدما بعد قبل منذ اذ إذ ان أن لان لأن قد لقد ثم كما لما عندما حين حينما بينما فيما ما"
    " لكن لكنه لكنها لكنهم ولكن لم لن كان كانت كانوا يكون تكون سبق وقد فقد مما بما كلما طالما"
    " اينما أينما الا إلا انه أنه انها أنها انهم أنهم هو هي هم او أو ام أم بل حتى اي أي".split()
)
_MIN_NOUN = 3  # letters of the noun before the verb, at least


def described_by_verb(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger is a verb with no proclitic, right after an indefinite noun, with a pronoun
    pointing back to that noun right after it ("مواقع سيطر عليها المتشددون")."""
    if hit.key not in ctx.lex.verb_keys:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix:
        return False  # "واستولى عليها", "فسيطروا عليها": a clause of its own
    if ctx.next_word(hit.end) not in _BACK_POINTERS:
        return False
    before = ctx.words_before(word_start, 1)
    if not before:
        return False
    noun = before[0]
    if len(noun) < _MIN_NOUN or not noun.isalpha() or noun in _NOT_NOUNS:
        return False
    if noun.startswith(("ال", "وال", "بال", "لل", "فال")):
        return False  # a definite noun before a verb is its subject: a sentence of its own
    # a name (an actor, a place) before the verb is its subject or a sentence's topic
    noun_at = ctx.token_starts[ctx.token_index(word_start) - 1]
    return not any(s.start <= noun_at < s.end for spans in (ctx.actors, ctx.places) for s in spans)
