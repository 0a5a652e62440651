"""A device named in the list of what was seized, found or shipped ("ضبطت القوات كميات من
الأسلحة والذخائر وعبوات ناسفة وأحزمة ناسفة", "الشحنة شملت أسلحة خفيفة ومواد متفجرة، وأحزمة
ناسفة وأجهزة تفجير") is a cache disrupted, no bombing: ACLED's Disrupted weapons use.

Only a list read straight off its head word counts: the device joined by "و" or a comma to the
nouns before it, no verb, clause word or sentence mark between. The same arms told after an
attack verb ("هاجم المسلحون الحاجز بالأسلحة الخفيفة والعبوات الناسفة") have no seizure at their
head, and "عثر على جثة الجندي الذي قتل بعبوة ناسفة" is broken by its relative and its verb.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.arabic.normalize import normalize_keys
from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, Refinement

# words that end a noun list: a new clause, a time or a cause ("ضبط أسلحة بعد انفجار عبوة")
_BREAKS = frozenset(
    "الذي التي الذين اللذين اللتين اللواتي بعد قبل إثر اثر عقب حين عندما "
    "بينما حيث لكن غير أن إن كما ثم بسبب جراء نتيجة".split()
)
_MARKS = frozenset(".؛;:!?؟")


def listed_after_head(ctx: DocContext, r: Refinement, hit: CueHit, sent: Span) -> bool:
    """The trigger is an item of a list of nouns whose head (a seizure, a cargo) is a cue of
    ``r`` within its window before it."""
    head = ctx.cue_before(hit.start, r.cue_set, r.window or 0, sent.start)
    if head is None or not _coordinated(ctx, hit):
        return False
    gap = ctx.doc.text[head.end : hit.start]
    if any(c in _MARKS for c in gap):
        return False
    n = ctx.tokens_between(head.end, hit.start)
    if any(w in _BREAKS for w in ctx.words_before(hit.start, n)):
        return False
    # an act told between the head and the device ("عثر على جثتي جنديين قتلا بعبوة")
    i = bisect_left(ctx.triggers, head.end, key=lambda t: t.start)
    while i < len(ctx.triggers) and ctx.triggers[i].start < hit.start:
        if ctx.triggers[i].key in ctx.lex.verb_keys:
            return False
        i += 1
    return True


def _coordinated(ctx: DocContext, hit: CueHit) -> bool:
    """The device, or the noun it qualifies ("وأجهزة تفجير"), joined to the item before it by
    "و" or a comma."""
    prefix, start = ctx.in_word_prefix(hit.start)
    if prefix.startswith("و"):
        return True
    if not prefix:
        before = _word_start_before(ctx.doc.text, start)
        # the noun the device qualifies, itself joined ("وأجهزة تفجير", "وأحزمة ناسفة")
        if (
            before is not None
            and ctx.doc.text[before] == "و"
            and ctx.tokens_between(before, start) == 1
            and ctx.norm_of(before, start).strip() in _QUALIFIED
        ):
            return True
    text = ctx.doc.text
    return text[max(0, start - 3) : start].rstrip().endswith(("،", ",")) or ctx.words_before(
        start, 1
    ) == ["و"]


# nouns a device word qualifies in a list ("وأجهزة تفجير", "ومواد متفجرة")
_QUALIFIED = frozenset(normalize_keys("وأجهزة وجهاز ومواد وأدوات وصواعق وأصابع".split()))


def _word_start_before(text: str, pos: int) -> int | None:
    """The start of the word before ``pos`` (spaces between them only)."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == pos:
        return None
    k = j
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k if k < j else None


# the time and cause words that set an act apart from the device ("قتل جنود في انفجار عبوة
# ناسفة بعد ضبط أسلحة", "ضبطت القوات أسلحة إثر انفجار عبوة"); a relative ("عبوة ناسفة التي
# تم تفكيكها") or "حيث" still tells what became of the device itself
_APART = frozenset(
    "بعد قبل إثر اثر عقب حين عندما بينما ثم لكن بسبب جراء نتيجة".split()
)


def defused_apart(ctx: DocContext, hit: CueHit, lo: int, hi: int) -> bool:
    """Every seizing or defusing word of the clause [lo, hi) stands apart from the device at
    ``hit``: a time or cause word between them makes it another act, and the device went off
    ("قتل ثلاثة جنود في انفجار عبوة ناسفة بعد ضبط أسلحة وذخائر")."""
    hits = ctx.cues_in(lo, hi, "defuse")
    return bool(hits) and all(_apart(ctx, h, hit) for h in hits)


def _apart(ctx: DocContext, cue: CueHit, hit: CueHit) -> bool:
    a, b = (cue.end, hit.start) if cue.end <= hit.start else (hit.end, cue.start)
    gap = ctx.norm_of(a, ctx.in_word_prefix(b)[1]).split() if b > a else []
    return any(w in _APART or (w[:1] in "وف" and w[1:] in _APART) for w in gap)
