"""What a death statement counts: the value of a number, the people it counts, and the one victim
a death word names when no number is given ("مقتل قائد ميداني" is one dead, not the unnumbered
three).

Split from :mod:`rasad.events.fatalities`, which adds these counts up into an event's toll.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.actor_roles import past_time_and_weapon
from rasad.events.among import is_among
from rasad.events.arguments import Mention
from rasad.events.companions import with_companions
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, Lexicon
from rasad.events.named_list import named_before_count
from rasad.events.named_one_of import named_one_of
from rasad.events.one_of_subject import one_of_subject
from rasad.events.pronoun_victim import pronoun_victim
from rasad.events.relative_victim import relative_victim
from rasad.events.victim_apart import victim_apart

_EXCLUDED_NUMBER_KINDS = frozenset(
    {"ordinal", "percent", "year", "time", "money", "date", "duration", "age", "distance"}
)


# "العشرات", "عشرات" alone: literally "tens"; ACLED and the gold convention (gold/README.md) code
# "tens" as 10 and keep 12 for "dozens" — the number stage's stand-in is 12 for both readings
_TENS_WORDS = frozenset({"عشرات"})


_TENS_DEATHS = 10


def number_value(ctx: DocContext, span: Span) -> int | None:
    v = span.value
    kind = str(getattr(v, "kind", "") or "")
    if kind in _EXCLUDED_NUMBER_KINDS:
        return None
    value = getattr(v, "value", v if isinstance(v, (int, float)) else None)
    if value is None:
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    if is_vague(span) and bare(ctx.norm_of(span.start, span.end).strip()) in _TENS_WORDS:
        return _TENS_DEATHS
    if n == 1 and one_of_a_group(ctx, span):
        return None
    return n if 0 <= n < 100000 else None


_GROUP_PREPOSITIONS = frozenset({"من", "في", "داخل"})


def one_of_a_group(ctx: DocContext, span: Span) -> bool:
    """ "أربعة أفراد من عائلة واحدة", "في قرية واحدة": "one" agreeing with the feminine noun
    after a preposition (the family, the village) qualifies it and counts no one. The
    masculine is left alone: "واحد" is also "وأحد" written without its hamza ("مقتل اثنين
    من الناشطين واحد عناصر الشرطة": and one of the police)."""
    if ctx.norm_of(span.start, span.end).strip() != "واحده":
        return False
    words = ctx.words_before(span.start, 2)
    return len(words) == 2 and words[0] in _GROUP_PREPOSITIONS and words[1].endswith("ه")


def bare(word: str) -> str:
    """A word without a conjunction, a preposition or the article before it."""
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    for p in ("بال", "لل", "ال", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 4:
            return word[len(p) :]
    return word


# death words that tell of one dead person by their own grammatical number ("سقط قتيل",
# "أردوه قتيلا", "لقي حتفه", "عثر على جثة")
_SINGULAR_DEATHS = frozenset(
    {"قتيل", "قتيلا", "شهيد", "شهيدا", "صريع", "جثه", "حتفه", "حتفها", "مصرعه", "مصرعها",
     "لقي حتفه", "لقيت حتفها", "لقي مصرعه", "مقتله", "مقتلها", "قتله", "قتلها", "قتلوه",
     "قتلوها"}
)


ONE_DEAD = "\0one"  # the key of a victim known only by a singular death word


def victim_key(ctx: DocContext, death: CueHit, end: int) -> str | None:
    """The one person a death word names, as a key: a singular person noun right after it
    ("مقتل قائد", "قتل جندي"), right before it ("إن شخصا قتل"), a kunya ("مقتل أبو حازم") or a
    name with its title ("قتل بنيان العبيدي، المتحدث باسم …"); None when it names no single
    person."""
    word = ctx.norm_of(death.start, death.end)
    # "لقي مصرعه" as it stands: bare() would take its "ل" for a preposition
    if (word in _SINGULAR_DEATHS or bare(word) in _SINGULAR_DEATHS) and not _counted(ctx, death):
        return ONE_DEAD
    skip = _resumptive_skip(ctx, death.end, end)  # "قتل فيها جندي": the victim after "فيها"
    hit = ctx.cue_after(death.end, "singular_victims", skip, end) or ctx.cue_after(
        death.end, "singular_nationals", skip, end
    )  # "قتل فلسطيني": a nationality adjective standing alone is one person of it
    if hit is None:
        one = _one_of(ctx, death, end)
        if one is not None:
            return one
    if hit is None:
        # "قتل مسلحون مجهولون شرطيا": the victim after the gunmen who killed him
        doers: list[Span] = [
            h
            for h in ctx.cues_in(death.end, min(end, death.end + 40))
            if ("gunmen" in h.sets or "unidentified" in h.sets)
            and ctx.tokens_between(death.end, h.start) == 0
        ]
        # "قتل الجيش الإسرائيلي الأحد فلسطينيا": a named force as the subject, the day
        # between it and the one person it killed
        doers += [
            a
            for a in ctx.spans_in(ctx.actors, death.end, min(end, death.end + 40))
            if ctx.tokens_between(death.end, a.start) == 0
        ]
        if doers:
            # "قتل مسلحون، حارس أمن": a comma may set the victim off from the gunmen
            after = past_time_and_weapon(ctx, max(h.end for h in doers), end)
            hit = ctx.cue_after(after, "singular_victims", 1, end) or ctx.cue_after(
                after, "singular_nationals", 1, end
            )
            if hit is not None and ctx.norm_of(after, hit.start).strip(" ،,"):
                hit = None
    if hit is None:
        # "إن شابا قتل", "أن الشاب قد قتل": the one person the death verb is told of
        verb = _past_particle_start(ctx, death.start)
        before = ctx.cue_before(verb, "singular_victims", 0, max(0, verb - 40))
        if before is not None:
            return bare(before.key)
    if hit is None and pronoun_victim(ctx, death):  # "وأنه «قتل داخل القنصلية»"
        return ONE_DEAD
    if hit is None and relative_victim(ctx, death):  # "أبو محمد، الذي قتل في غارة"
        return ONE_DEAD
    if hit is None:  # "توفي صباح الأحد شاب", "فتى في الخامسة عشرة من عمره توفي"
        apart = victim_apart(ctx, death, end)
        if apart is not None:
            return bare(apart)
    if hit is None:  # "إن أحد عناصر الشرطة قتل في الهجوم": one of the group
        one = one_of_subject(ctx, death)
        if one is not None:
            return one
    if hit is None:  # "مقتل سالم ولد حمدي، أحد القياديين": a name told as one of a group
        named = named_one_of(ctx, death, end)
        if named is not None:
            return named
    if hit is None and _kunya_after(ctx, death, end):
        return ctx.norm_of(death.end, min(end, death.end + 30))
    if hit is None:
        hit = ctx.cue_after(death.end, "person_titles", 5, end)
        if hit is None or any(
            death.end <= n.start < hit.start for n in ctx.spans_in(ctx.numbers, death.end, end)
        ):
            return None
        if any(is_among(w) for w in ctx.norm_of(death.end, hit.start).split()):
            return None  # "قتلى من الانقلابيين بينهم المشرف": one named among several dead
        between = ctx.cues_in(death.end, hit.start)
        if any(
            "armed" in c.sets or "civilians" in c.sets or "protesters" in c.sets for c in between
        ):
            return None
    # "مقتل قائد وعنصرين": more victims named right after the noun, joined by "و" (not "قائد
    # للمتمردين", the rebels' commander)
    after = ctx.cues_in(hit.end, end)
    if any(
        ctx.tokens_between(hit.end, a.start) <= 2
        and ("armed" in a.sets or "civilians" in a.sets or "singular_victims" in a.sets)
        and ctx.in_word_prefix(a.start)[0].startswith("و")
        for a in after
    ):
        return None
    return bare(hit.key)


# a preposition with a pronoun that points back to the act ("انفجرت عبوة قتل فيها جندي", "غارة
# قتل بها مدني", "اشتباكات قتل خلالها عنصر"): the victim comes after it (normalised forms)
_RESUMPTIVE = frozenset(
    {"فيه", "فيها", "فيهما", "به", "بها", "خلاله", "خلالها", "جراءه", "جراءها", "اثرها", "اثره"}
)


def _resumptive_skip(ctx: DocContext, pos: int, end: int) -> int:
    """1 when the word right after ``pos`` is a resumptive preposition ("فيها"), else 0: the
    number of words a singular victim may stand after the death word."""
    i = bisect_left(ctx.token_starts, pos)
    if i < len(ctx.token_starts) and ctx.token_starts[i] < end:
        if ctx.tokens_between(pos, ctx.token_starts[i]) == 0:
            return int((ctx.token_norms[i] or "") in _RESUMPTIVE)
    return 0


# "مقتل فلسطينيين أحدهما صحفي": "one of the two" after a plural-looking noun makes it a dual
# (the "-ين" ending reads as either); normalised forms, with or without "و"
_ONE_OF_TWO = frozenset({"احدهما", "احداهما", "كلاهما", "كلتاهما"})
_PAIR_REACH = 3  # words between the death word and "أحدهما" ("مقتل شابين فلسطينيين أحدهما")


def pair_named(ctx: DocContext, death: CueHit, end: int) -> bool:
    """The death word's victims are told as two by a dual pronoun after them, no number
    between ("قتل شابين، أحدهما طفل", "مقتل مدنيين إحداهما امرأة")."""
    starts, norms = ctx.token_starts, ctx.token_norms
    i = bisect_left(starts, death.end)
    for j in range(i + 1, min(i + 1 + _PAIR_REACH, len(starts))):
        if starts[j] >= end or ctx.spans_in(ctx.numbers, death.end, starts[j]):
            return False
        word = norms[j] or ""
        if (word[1:] if word.startswith("و") else word) in _ONE_OF_TWO:
            return True
    return False


_JOINED_WORDS = 3  # words a joined victim's noun may have before the next "و" ("سائق سيارة إسعاف")
_ONE_SETS = ("singular_victims", "singular_nationals", "person_titles")


def _one_person_at(ctx: DocContext, pos: int, end: int) -> CueHit | None:
    """A singular person noun, nationality or title starting the word at ``pos``."""
    for cue_set in _ONE_SETS:
        hit = ctx.cue_after(pos, cue_set, 0, end)
        if hit is not None:
            return hit
    return None


def joined_singulars(ctx: DocContext, start: int, end: int) -> int:
    """ "قتل مدني وسائق سيارة إسعاف", "قتل مسلحون مسؤولا محليا وسائقه": people named one by
    one by singular nouns joined by "و" right after ``start`` are that many dead (2); 0 when
    the first is not a singular noun or a counted or plural victim is joined to them ("مقتل قائد
    وعنصرين" is counted by the number layer)."""
    hit = _one_person_at(ctx, start, end)
    if hit is None:  # "قتل مسلحون مجهولون مسؤولا محليا وسائقه": the victims after the gunmen
        doers = [
            h.end
            for h in ctx.cues_in(start, min(end, start + 40))
            if ("gunmen" in h.sets or "unidentified" in h.sets)
            and ctx.tokens_between(start, h.start) == 0
        ]
        hit = _one_person_at(ctx, max(doers), end) if doers else None
    if hit is None:
        return 0
    n = 1
    while True:
        nxt = next(
            (
                c
                for c in ctx.cues_in(hit.end, end)
                if ctx.tokens_between(hit.end, c.start) <= _JOINED_WORDS
                and ctx.in_word_prefix(c.start)[0].startswith("و")
                and any(s in c.sets for s in (*_ONE_SETS, "armed", "civilians"))
            ),
            None,
        )
        if nxt is None:
            return n
        if not any(s in nxt.sets for s in _ONE_SETS) or ctx.spans_in(
            ctx.numbers, hit.end, nxt.end
        ):
            return 0
        words = ctx.norm_of(hit.end, ctx.in_word_prefix(nxt.start)[1]).split()
        if any(w.startswith("و") for w in words):
            return n  # "جندي وأصيب آخر": another clause starts before the next noun
        n, hit = n + 1, nxt


_ONE_OF = frozenset({"احد", "احدي"})


_PAST_PARTICLES = frozenset({"قد", "وقد", "لقد"})


def _one_of(ctx: DocContext, death: CueHit, end: int) -> str | None:
    """ "قتل أحد مرافقيه", "مقتل إحدى النساء": "one of" right after the death word names one
    person; its key is the phrase, so that the same person told twice counts once. The bare
    word only: "الأحد" after a death word is Sunday."""
    starts, norms = ctx.token_starts, ctx.token_norms
    i = bisect_left(starts, death.end)
    if i + 1 >= len(starts) or starts[i + 1] >= end:
        return None
    if ctx.tokens_between(death.end, starts[i]) or (norms[i] or "") not in _ONE_OF:
        return None
    return "احد " + (norms[i + 1] or "")


def _past_particle_start(ctx: DocContext, pos: int) -> int:
    """Where the verb at ``pos`` begins with the particle "قد" before it ("قد قتل")."""
    i = bisect_left(ctx.token_starts, pos)
    if i > 0 and (ctx.token_norms[i - 1] or "") in _PAST_PARTICLES:
        return ctx.token_starts[i - 1]
    return pos


def _counted(ctx: DocContext, death: CueHit) -> bool:
    """A number right before the death word counts it ("20 قتيلا وجريحا": not one dead)."""
    return any(
        n.end <= death.start and ctx.tokens_between(n.end, death.start) == 0
        for n in ctx.spans_in(ctx.numbers, max(0, death.start - 30), death.start)
    )


# "مقتل أبو حازم السوداني": a kunya (أبو/أبي/أم + name) right after the death word is one
# person's name
_KUNYA = frozenset({"ابو", "ابي", "ابا"})


def _kunya_after(ctx: DocContext, death: CueHit, end: int) -> bool:
    i = bisect_left(ctx.token_starts, death.end)
    if i >= len(ctx.token_starts) or ctx.token_starts[i] >= end:
        return False
    if (ctx.token_norms[i] or "") not in _KUNYA:
        return False
    first = ctx.token_starts[i]
    # "أبو كمال", "أبو ظبي": a place or group name is no person
    names = (*ctx.spans_in(ctx.places, first, end), *ctx.spans_in(ctx.actors, first, end))
    return not any(n.start <= first < n.end for n in names)


# "ستة أطفال وثلاثة", "أربعة من عناصر الشرطة و2": the counted noun phrase and "و" (a word
# token of its own)
JOINED_GAP = 4


def names_people(ctx: DocContext, num: Span) -> bool:
    """The number counts people: a person noun in or right after it ("5 مدنيين", "شخصين"),
    or it is the dual of one person's word ("فلسطينيان", "قياديان")."""
    for cue_set in ("civilians", "armed", "protesters"):
        if ctx.has_cue(num.start, num.end, cue_set) or ctx.cue_after(
            num.end, cue_set, 1, num.end + 40
        ):
            return True
    return _dual_of_one_person(ctx, num)


def _dual_of_one_person(ctx: DocContext, num: Span) -> bool:
    """A dual ("فلسطينيان", "شابين", construct "عنصرا الأمن") whose singular is a word for one
    person or a nationality standing for one ("قتل فلسطيني"): two people."""
    if str(getattr(num.value, "kind", "")) != "dual":
        return False
    word = ctx.norm_of(num.start, num.end)
    singulars = _one_person_words(ctx.lex)
    return any(  # "فلسطينيان" as it stands: bare would take its ف for the conjunction
        w.endswith(end) and w[: -len(end)] in singulars
        for w in (word, bare(word))
        # "ا": the construct dual, its ن dropped; "اه", "اها": with its owner's pronoun
        for end in ("ان", "ين", "ا", "اه", "اها")
    )


def _one_person_words(lex: Lexicon) -> frozenset[str]:
    """Normalised singular words that name one person (cues.yaml singular_victims and the
    nationality set singular_nationals), computed once per lexicon."""
    cached = _ONE_PERSON_WORDS.get(id(lex))
    if cached is None or cached[0] is not lex:
        words = [*(lex.cues.get("singular_victims") or ()),
                 *((lex.cues.get("sets") or {}).get("singular_nationals") or ())]
        cached = (lex, frozenset(normalize_key(str(w)) for w in words))
        _ONE_PERSON_WORDS[id(lex)] = cached
    return cached[1]


_ONE_PERSON_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def one_before(ctx: DocContext, death: CueHit, num: Span) -> int:
    """ "مقتل امرأة واثنين من عناصر الشرطة": one person named right after the death word and
    joined by "و" to the counted ones is one more dead (1 + 2)."""
    if num.start > death.end:
        named = named_before_count(ctx, death, num)  # "مقتل قائد عسكري وجندي وثلاثة مدنيين"
        if named:
            return named
        if with_companions(ctx, death, num):  # "قتل القائد مع 3 من مرافقيه": he and the three
            return 1
        if ctx.norm_of(death.end, num.start).split() == ["مع"] and _one_in_pronoun(ctx, death):
            return 1  # "لقي مصرعه مع ثلاثة من مرافقيه": the one the pronoun names, the three
        one = ctx.cue_after(death.end, "singular_victims", 0, num.start)
    else:  # "إن امرأة واثنين من عناصر الشرطة قتلوا", "إن جنديا فرنسيا و20 متمردا قتلوا"
        one = ctx.cue_before(
            num.start, "singular_victims", _QUALIFIER_WORDS + 1, max(0, num.start - 60)
        )
    if one is None or one.end > num.start:
        return 0
    between = _noun_before_numeral(ctx, one.end, num, ctx.norm_of(one.end, num.start).split())
    # "مقتل قائد ميداني وعشرة عناصر", "جندي إسرائيلي و3": one adjective may qualify the one
    if len(between) == 2 and between[0].endswith(("ي", "يه", "يا")) and between[1] == "و":
        return 1
    if between in (["و"], ["مع"]):  # "قتل القائد مع ثلاثة من مرافقيه": he and the three
        return 1
    if _qualified_one(ctx, one, num, between):
        return 1
    return 1 if _added_after(ctx, one, num, between) else 0


def _noun_before_numeral(ctx: DocContext, one_end: int, num: Span, between: list[str]) -> list[str]:
    """The words from the one named to a count, with the counted noun dropped when a definite
    numeral follows it ("مسؤول عسكري كبير وحراسه الثلاثة": the "و" joins the three guards, as
    in "وثلاثة حراس"): what is left ends in "و" like a count that comes before its noun."""
    prefix, word_start = ctx.in_word_prefix(num.start)
    if prefix != "ال" or str(getattr(num.value, "kind", "")) != "words":
        return between  # "وأبناؤه 3": a figure, no numeral agreeing with its noun
    words = ctx.norm_of(one_end, word_start).split()
    if not words or not words[-1].startswith("و") or len(words[-1]) < 3:
        return between
    return [*words[:-1], "و"]


_ONE_IN_PRONOUN = frozenset({"مقتله", "مقتلها", "مصرعه", "مصرعها", "حتفه", "حتفها"})


def _one_in_pronoun(ctx: DocContext, death: CueHit) -> bool:
    """The death word names its one dead by a singular pronoun ("مقتله", "لقي مصرعه")."""
    words = ctx.norm_of(death.start, death.end).split()
    return bool(words) and bare(words[-1]) in _ONE_IN_PRONOUN


_QUALIFIER_WORDS = 4  # "ضابطا كبيرا بالمخابرات العسكرية وثلاثة حراس": words naming the one


def _qualified_one(ctx: DocContext, one: CueHit, num: Span, between: list[str]) -> bool:
    """One person named with a few words of rank or unit ("ضابطا كبيرا بالمخابرات العسكرية")
    and joined by "و" to the count in the same clause, nothing counted or killed between."""
    if between[-1:] != ["و"] or not 1 < len(between) <= _QUALIFIER_WORDS + 1:
        return False
    if ctx.clause_bounds(one.start) != ctx.clause_bounds(num.start):
        return False
    lo, hi = one.end, num.start
    if ctx.spans_in(ctx.numbers, lo, hi) or ctx.spans_in(ctx.places, lo, hi):
        return False  # "مقتل جندي في الرمادي و3 في الموصل": one place's dead and another's
    return not any(
        "death_words" in h.sets
        or "injury_words" in h.sets
        # "مسؤول عسكري كبير": a person word right after the one qualifies him, no second one
        or ("singular_victims" in h.sets and ctx.norm_of(one.end, h.start).strip())
        for h in ctx.cues_in(one.end, num.start)
    )


# "مقتل أمير النصرة في ريف إدلب إضافة إلى ثمانية من عناصر …": a phrase that adds the counted
# dead to the one named before them, however the words between name his group and place
_ADDING = (["اضافه", "الي"], ["بالاضافه", "الي"], ["فضلا", "عن"])
_ADDED_WORDS = 8  # words naming the one's group and place before the adding phrase


def _added_after(ctx: DocContext, one: CueHit, num: Span, between: list[str]) -> bool:
    """The words from one named dead to a count end in "إضافة إلى"/"فضلا عن", within one
    clause and with no other death, injury or number between: the count adds to him."""
    if not any(between[-2:] == phrase for phrase in _ADDING) or len(between) > _ADDED_WORDS + 2:
        return False
    one_clause, num_clause = ctx.clause_bounds(one.start), ctx.clause_bounds(num.start)
    # "قتل قيادي في داعش بغارة، فضلا عن سبعة": a comma may set the adding phrase apart
    set_apart = one_clause[1] == num_clause[0] and ctx.tokens_between(num_clause[0], num.start) == 2
    if one_clause != num_clause and not set_apart:
        return False
    if ctx.spans_in(ctx.numbers, one.end, num.start):
        return False
    return not any(
        "death_words" in h.sets or "injury_words" in h.sets for h in ctx.cues_in(one.end, num.start)
    )


def after_adding(ctx: DocContext, num: Span) -> bool:
    """The number follows "إضافة إلى"/"فضلا عن": it adds to someone named before it."""
    words = ctx.words_before(ctx.in_word_prefix(num.start)[1], 2)
    return any(words == phrase for phrase in _ADDING)


def one_after(ctx: DocContext, num: Span, end: int) -> int:
    """ "مقتل أربعة من عناصر الشرطة وضابط": one person named by a singular noun joined by "و"
    right after the counted ones is one more dead (4 + 1); not one told as wounded ("وضابط
    جريح") nor one who has a count of his own ("وعنصر و3 مدنيين" counts those 3 itself)."""
    one = ctx.cue_after(num.end, "singular_victims", JOINED_GAP, end)
    if one is None:
        return 0
    prefix, word_start = ctx.in_word_prefix(one.start)
    if not prefix.startswith("و") or word_after(ctx, word_start) != ctx.norm_of(
        word_start, one.end
    ):
        return 0  # "وضابطا" as a whole word, not the start of "وضابطان"
    between = ctx.cues_in(num.end, word_start)
    if any("death_words" in h.sets or "injury_words" in h.sets for h in between) or any(
        num.end <= t.start < word_start for t in ctx.triggers
    ):
        return 0  # a death, injury or event word between: another item of the news
    if ctx.spans_in(ctx.numbers, num.end, word_start):
        return 0
    return 0 if ctx.cue_after(one.end, "injury_words", 1, end) else 1


def assassinated(ctx: DocContext, m: Mention) -> int:
    """The dead of an assassination told with no death word: the one person it names
    ("اغتال مسلحون عضو مجلس بلدي" → 1, not the unnumbered 3) or the people it counts ("اغتالوا
    خمسة أشخاص" → 5); 0 for an attempt ("محاولة اغتيال", "نجا من الاغتيال"), a negated one, or
    victims it neither names one by one nor counts ("رجلا وزوجته")."""
    trig = m.trigger
    if not ctx.has_cue(trig.start, trig.end, "assassination"):
        return 0
    sent = ctx.sentence(trig.start)
    if (
        ctx.cue_before(trig.start, "attempt_words", 3, sent.start)
        or ctx.cue_after(trig.end, "attempt_words", 1, sent.end)
        or ctx.cue_before(trig.start, "negation", 2, sent.start)
    ):
        return 0
    doers = [
        h.end
        for h in ctx.cues_in(trig.end, min(sent.end, trig.end + 40))
        if ("gunmen" in h.sets or "unidentified" in h.sets)
        and ctx.tokens_between(trig.end, h.start) == 0
    ]
    after = max(doers, default=trig.end)
    for num in ctx.spans_in(ctx.numbers, after, sent.end):
        if ctx.tokens_between(after, num.start) <= 1 and names_people(ctx, num):
            return number_value(ctx, num) or 0
        break
    if victim_key(ctx, trig, sent.end) is not None:
        return 1 + _others_joined(ctx, after, sent.end)
    return joined_singulars(ctx, after, sent.end)  # "اغتال مسلحون مدير الأمن ومرافقه"


# "آخرين", "آخرون", "آخران" (normalised forms)
_OTHERS = frozenset({"اخرين", "اخرون", "اخران"})
_OTHERS_REACH = 8  # words naming the one killed before "و" and the count of others


def _others_joined(ctx: DocContext, after: int, end: int) -> int:
    """ "اغتال مسلحون مدير الشرطة واثنين آخرين": a count joined by "و" to the one person named
    and followed by "آخرين" counts people killed with him; 0 when there is none, or when an
    event or injury word comes between (another act, other victims)."""
    for num in ctx.spans_in(ctx.numbers, after, end):
        prefix, _start = ctx.in_word_prefix(num.start)
        if (
            not prefix.startswith("و")
            or ctx.tokens_between(after, num.start) > _OTHERS_REACH
            or not set(ctx.words_after(num.end, 1, end)) & _OTHERS
            or any(after <= t.start < num.start for t in ctx.triggers)
            or ctx.cues_in(after, num.start, "injury_words")
        ):
            return 0
        return number_value(ctx, num) or 0
    return 0


def word_after(ctx: DocContext, pos: int) -> str:
    i = bisect_left(ctx.token_starts, pos)
    return (ctx.token_norms[i] or "") if i < len(ctx.token_norms) else ""


def is_vague(num: Span) -> bool:
    """The number is a conventional stand-in for a vague quantity ("عشرات" → 12, "عدة")."""
    return bool(getattr(num.value, "vague", False))


_AT_LEAST = ("علي", "الاقل")  # "على الأقل" (normalised), the usual hedge of a count


def hedge_words(ctx: DocContext, start: int, end: int) -> int:
    """Words of "على الأقل" in [start, end): a hedge of the count before it, not a word of what
    it counts ("4 متمردين حوثيين على الأقل لقوا مصرعهم": a noun and its adjective before the
    verb)."""
    words = ctx.norm_of(start, end).split()
    pairs = sum(1 for a, b in pairwise(words) if (a, b) == _AT_LEAST)
    return 2 * pairs
