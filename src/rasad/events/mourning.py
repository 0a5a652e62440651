"""The dead mourned: a funeral, a burial, a mourning or a vigil names the dead of an act, and
that act, told by the noun after the dead ("جنازة لضحايا الهجوم", "وقفة حداد على أرواح ضحايا
التفجير"), happened before or is told elsewhere: the mourning reports no new killing.

``senses.mourned_act`` reads the bare dead noun before the act ("شيع الآلاف ضحايا الغارة");
this reads the dead noun with its preposition ("لضحايا", "بضحايا"), the form a funeral, a
mourning hall or a vigil takes ("أقيمت جنازة لضحايا القصف"). An act at the funeral itself
("انفجرت عبوة خلال تشييع جنازة") is no noun after the dead, and stays news. The crowd at a
funeral ("شارك المئات في تشييع جثمانه") counts the mourners, not the dead (counts_mourners,
read by events/significant)."""

from __future__ import annotations

from rasad.arabic.normalize import normalize_keys
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date

# the dead noun (normalised) a preposition may be glued to
_DEAD = frozenset(normalize_keys("ضحايا قتلى شهداء جثامين جثمان جثث".split()))
_PREPOSITIONS = ("ل", "ب")
_MOURNING_WORDS = 12  # words from the funeral or mourning word to the dead noun


def mourned(ctx: DocContext, hit: CueHit) -> bool:
    """The act or the dead noun tells of the dead a funeral or a mourning is held for."""
    return mourned_dead(ctx, hit) or dead_mourned(ctx, hit)


def mourned_dead(ctx: DocContext, hit: CueHit) -> bool:
    """ "جنازة لضحايا الهجوم", "مجلس عزاء لشهداء القصف": the act named right after the dead
    a funeral or a mourning is held for is their earlier death, no new act."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.strip("ال"):
        return False
    before = ctx.words_before(word_start, 1)
    if not before:
        return False
    dead = before[0].removeprefix("و")
    floor = ctx.sentence(hit.start).start
    if dead in _DEAD:  # after a funeral word: senses.mourned_act
        mourning = ctx.cue_before(word_start, "mourning_words", _MOURNING_WORDS, floor)
    elif dead[:1] in _PREPOSITIONS and dead[1:] in _DEAD:
        mourning = _mourning_before(ctx, word_start, _MOURNING_WORDS, floor)
    else:
        return False
    # "الحداد على ضحايا مجزرة غزة الاثنين": an act told with its own day is still told
    return mourning is not None and not own_date(ctx, hit)


def _mourning_before(ctx: DocContext, pos: int, window: int, floor: int) -> CueHit | None:
    """A funeral or a mourning word ending within ``window`` words before ``pos``."""
    return ctx.cue_before(pos, "funeral_words", window, floor) or ctx.cue_before(
        pos, "mourning_words", window, floor
    )


# "شيع الآلاف ضحايا الغارة": the crowd of mourners between the funeral and its dead
_CROWDS = frozenset(normalize_keys("الآلاف آلاف المئات مئات العشرات عشرات الأهالي أهالي".split()))


def dead_mourned(ctx: DocContext, hit: CueHit) -> bool:
    """ "جنازة لضحايا", "شيع الآلاف ضحايا", "وقفة حداد على أرواح الضحايا": the dead a funeral
    or a mourning is held for died before; the noun tells no new death. A death at the funeral
    ("خلال الجنازة فسقط ضحايا") has a verb between, and stays news."""
    if hit.key.removeprefix("ال") not in _DEAD:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.removeprefix("و").removesuffix("ال") not in ("", *_PREPOSITIONS):
        return False
    floor = ctx.sentence(hit.start).start
    if _mourning_before(ctx, word_start, 0, floor) is not None:
        return True
    if _names_its_act(ctx, hit) and (
        _mourning_before(ctx, word_start, _MOURNING_WORDS, floor) is not None
    ):
        return True  # "تشييع المدنيين الثلاثة ضحايا الاشتباكات": the dead of the act named
    before = ctx.words_before(word_start, 1)
    return (
        bool(before)
        and before[0] in _CROWDS
        and _mourning_before(ctx, word_start, 1, floor) is not None
    )


_CROWD_KEYS = frozenset(normalize_keys(["عشرات", "العشرات", "مئات", "المئات"]))
_TO_FUNERAL = frozenset({"في", "من"})  # "المئات في تشييع", "العشرات من المشيعين"


def counts_mourners(ctx: DocContext, h: CueHit) -> bool:
    """ "شارك المئات في تشييع جثمانه", "جنازة حضرها العشرات": a vague crowd joined to a
    funeral counts the mourners, no dead (not "قتل العشرات خلال الجنازة": a word other than
    "في/من" parts the crowd from the funeral after it; nor "لتشييع عشرات الضحايا", "العشرات من
    الشهداء": a crowd of the dead is who is buried)."""
    if h.key not in _CROWD_KEYS:
        return False
    sent = ctx.sentence(h.start)
    following = [w for w in ctx.words_after(h.end, 2, sent.end) if w != "من"][:1]
    if following and following[0].removeprefix("ال") in _DEAD:
        return False
    word_start = ctx.in_word_prefix(h.start)[1]
    floor = sent.start
    if _mourning_before(ctx, word_start, 1, floor) is not None:
        return True
    after = ctx.cue_after(h.end, "funeral_words", 1, sent.end) or ctx.cue_after(
        h.end, "mourning_words", 1, sent.end
    )
    if after is None:
        return False
    between = ctx.norm_of(h.end, ctx.in_word_prefix(after.start)[1]).split()
    return all(w in _TO_FUNERAL for w in between)


def _names_its_act(ctx: DocContext, hit: CueHit) -> bool:
    """The dead noun is followed by the act they died of ("ضحايا الاشتباكات"), told with no
    day of its own (not "ضحايا مجزرة غزة الاثنين": that act is told here)."""
    reach = hit.end + 4  # a space and a proclitic or the article
    return any(
        ctx.tokens_between(hit.end, ctx.in_word_prefix(t.start)[1]) == 0 and not own_date(ctx, t)
        for t in ctx.triggers
        if hit.end < t.start <= reach
    )
