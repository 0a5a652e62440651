"""Soldiers and policemen hit with no force named for them: the event country's own army or
police (ACLED codes the side they stand for), and the country adjectives that tell another
country's men apart ("جنديان أمريكيان")."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from rasad.actors.dictionary import Entry, Lexicon, Template, default_lexicon
from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events import arguments as args
from rasad.events.actor_roles import counted_past_relative, past_time_and_weapon
from rasad.events.context import DocContext
from rasad.events.joined_sides import past_group_of

# event types whose killed soldiers stand for their country's forces (see unnamed_force_hit)
_FORCE_HIT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# words that may stand between an attack word and the soldiers it hit ("هجوم على جنود")
_BEFORE_TARGET = frozenset({"على", "ضد"})
# "مسلحون من حركة …", "مسلحون موالون لتنظيم …": the words between men and their group
_OF_OR_LOYAL = frozenset({"من", "موالون", "موالين", "مواليه"})
# "استشهد في الهجوم العريف …", "قتل خلال الاشتباكات جندي": a preposition and the event's noun
_CAUSE_PREPS = frozenset({"في", "خلال", "جراء", "اثر", "بعد"})
# "الهجوم الذي قتل فيه …", "… قتل خلاله": the act told again by a pronoun after a death word
_BACK_TO_ACT = frozenset({"فيه", "فيها", "خلاله", "خلالها", "جراءه", "جراءها"})


def attack_told(ctx: DocContext, sent: Span) -> bool:
    """An attack word ("هجوم", "اعتداء", "استهدف") stands in the sentence."""
    return any(
        sent.start <= t.start < sent.end and "attack_generic" in t.sets for t in ctx.triggers
    )


def unnamed_force_hit(ctx: DocContext, m: args.Mention) -> None:
    """ "قتل جندي في هجوم على حاجز": soldiers or policemen an attack or a fight killed or hit,
    with no force named for them, are the event country's own army or police. ACLED codes the
    side they stand for; left out, the event had no side at all and fell below the confidence
    floor. Not when a state force is the event's doer (its own men may be who died)."""
    # "قتل ثلاثة جنود في اشتباكات مع مسلحين": in a battle the unnamed fighters may hold actor2
    # with actor1 empty; battles have no direction, so the soldiers hit fill the empty side
    other_side_only = (
        m.event_type == "Battles"
        and m.actor1_name is None
        and m.actor2_name is not None
        and m.inter2 not in (1, 8)
    )
    if (
        (m.actor2_name is not None and not other_side_only)
        or m.event_type not in _FORCE_HIT_TYPES
        or m.inter1 in (1, 8)
        or m.country is None
    ):
        return
    if (
        m.event_type == "Battles"
        and m.actor1_name is None
        and m.casualty_only
        and not attack_told(ctx, m.sent)
    ):
        # "حرائق غابات أسفرت عن مقتل شرطي": deaths with no fight or attack told (a clash word
        # as the trigger tells the fight itself)
        return
    lex = default_lexicon()
    family = _rank_and_file(ctx, m, lex)
    if family is None:
        return
    # "مقتل جندي فرنسي … لمقتل جندي في شمال مالي": the soldiers whose country the article
    # gave before are those told again without it
    iso = _members_told_before(ctx, lex, m.sent.start) or m.country
    target = lex.for_family(family, iso, m.date)
    if isinstance(target, Entry):
        name, inter = lex.name_on(target, m.date), lex.inter_on(target, m.date, where=m.country)
    elif isinstance(target, Template):
        name = lex.template_name(target, iso)
        inter = 8 if iso != m.country and target.inter == 1 else target.inter
    else:
        return
    if other_side_only:
        if name != m.actor2_name:
            m.actor1_name, m.inter1 = name, inter
    elif name != m.actor1_name:
        m.actor2_name, m.inter2 = name, inter


def _members_told_before(ctx: DocContext, lex: Lexicon, pos: int) -> str | None:
    """The country of the last soldiers or policemen named with its adjective before ``pos``
    ("عسكري فرنسي", "جنديين أمريكيين"), or None."""
    norms, starts = ctx.token_norms, ctx.token_starts
    found = None
    for i in range(bisect_left(starts, pos)):
        if (norms[i] or "") in lex.rank_and_file:
            nxt = next((n for n in norms[i + 1 : i + 3] if (n or "")[:1].isalpha()), "")
            iso = adjective_iso(nxt or "", lex)
            found = iso or found
    return found


def _members_of_sentence_before(ctx: DocContext, lex: Lexicon, sent: Span) -> str | None:
    """The force family of the one kind of member word ("جنود", "شرطيين") the sentence before
    ``sent`` names, or None (none or several)."""
    si = ctx.sentence_index(sent.start)
    if si == 0:
        return None
    prev = ctx.sentences[si - 1]
    lo, hi = bisect_left(ctx.token_starts, prev.start), bisect_left(ctx.token_starts, prev.end)
    found = {f for n in ctx.token_norms[lo:hi] if (f := lex.rank_and_file.get(n or ""))}
    return found.pop() if len(found) == 1 else None


def _rank_and_file(ctx: DocContext, m: args.Mention, lex: Lexicon) -> str | None:
    """The force family of a member word ("جنود", "شرطيين") standing as the first word after
    the trigger or a death word of the mention's sentence (past a count, "على" or "ضد", or the
    verb's subject: "قتل مسلحون جنديين"), or right before a death word ("لقي جندي حتفه").
    Only there is it the person hit: further on it is often an adjective ("انفجار مصنع
    عسكري"). None when another country's adjective or "من"
    follows ("جنود أمريكيون", "جنود من الجيش الحر": the actor matcher tells those apart)."""
    starts, ends, norms = ctx.token_starts, ctx.token_ends, ctx.token_norms
    counts = [(n.start, n.end) for n in ctx.spans_in(ctx.numbers, m.sent.start, m.sent.end)]

    def counted(i: int) -> bool:
        return any(s <= starts[i] and ends[i] <= e for s, e in counts)

    def words_from(i: int) -> list[str]:
        out: list[str] = []
        while i < len(norms) and starts[i] < m.sent.end and len(out) < 4:
            form = norms[i] or ""
            if form[:1].isalpha():
                out.append(form)
            i += 1
        return out

    def first_word(pos: int) -> int | None:
        i = bisect_left(starts, pos)
        while i < len(norms) and starts[i] < m.sent.end:
            form = norms[i] or ""
            # a dual is its own count ("شرطيان"): a member word is never skipped as a number
            member = form in lex.rank_and_file or form in _member_heads(lex)
            if form[:1].isalpha() and (member or not counted(i)) and form not in _BEFORE_TARGET:
                return i
            i += 1
        return None

    def family_at(words: list[str]) -> str | None:
        if words and words[0] in _officer_words(ctx, "officer_ranks"):
            # "قتل العقيد أحمد سالم من مديرية أمن …"; "استشهد أربعة جنود … واستشهد في الهجوم
            # العريف محمد علي": else the men hit the sentence before served in his force
            return officer_family(ctx, m.sent) or _members_of_sentence_before(ctx, lex, m.sent)
        for size in (3, 2, 1):  # "عنصران من الأمن", "رجل أمن", "جندي"
            family = lex.rank_and_file.get(" ".join(words[:size]))
            if family is not None:
                after = words[size] if size < len(words) else ""
                if after == "من":
                    return None
                # "جنديان مصريان" in Egypt: the event country's own men, whatever form the
                # adjective takes; another country's are the actor matcher's to name
                if country_adjective(after, lex) and adjective_iso(after, lex) != m.country:
                    return None
                return family
        return None

    # the wounded are hit as the dead are: "أصيب شرطي بانفجار قنبلة" names the side hit
    deaths = [
        *ctx.cues_in(m.sent.start, m.sent.end, "death_words"),
        *ctx.cues_in(m.sent.start, m.sent.end, "injury_words"),
    ]
    actors = ctx.spans_in(ctx.actors, m.sent.start, m.sent.end)

    def past_doer(i: int) -> int | None:
        # "قتل مسلحون مجهولون جنديين": the verb's subject stands between it and the men hit
        doer = next((a for a in actors if a.start <= starts[i] < a.end), None)
        if (
            doer is None
            and (norms[i + 1 : i + 2] or [""])[0] in _OF_OR_LOYAL
            and i + 2 < len(starts)
        ):
            # "قتل عناصر من حركة الشباب ثلاثة جنود": the subject is some men of a group
            # named right after "من" (or "موالون لـ"); the men hit follow the group's name
            doer = next((a for a in actors if starts[i + 2] <= a.start < ends[i + 2]), None)
        if doer is None:
            return None
        # "قتلت جماعة … التي ظهرت عام 2009 ثلاثة جنود": past a relative clause on the doer
        counted = counted_past_relative(ctx, doer.end, m.sent.end)
        if counted is not None:
            return first_word(counted)
        # "قتل مسلحون اليوم ثلاثة جنود": a day or time of day may stand before the men hit
        subject_end = past_group_of(ctx, doer.end, m.sent.end)  # "مسلحون من الجماعة"
        return first_word(past_time_and_weapon(ctx, subject_end, m.sent.end))

    for pos in (m.trigger.end, *(d.end for d in deaths)):
        i = first_word(pos)
        if i is not None and norms[i] in _BACK_TO_ACT:
            # "الهجوم الذي قتل فيه 12 جنديا": a pronoun back to the act before the men hit
            i = first_word(ends[i])
        if i is not None and (family := family_at(words_from(i))) is not None:
            return family
        words = words_from(i) if i is not None else []
        if len(words) > 2 and words[0] in _CAUSE_PREPS and words[1].startswith("ال"):
            # "واستشهد في الهجوم العريف محمد علي": the cause told between verb and subject
            if (family := family_at(words[2:])) is not None:
                return family
        if i is not None and (j := past_doer(i)) is not None:
            if (family := family_at(words_from(j))) is not None:
                return family
    for d in deaths:
        before = ctx.words_before(d.start, 3)
        if before and ctx.tokens_between(m.sent.start, d.start) >= 2:
            # "لقي عنصرا الأمن حتفهما": a name of two or three words ends right there too
            for size in (3, 2, 1):
                family = lex.rank_and_file.get(" ".join(before[-size:]))
                if len(before) >= size and family is not None:
                    return family
    return None


@cache
def _member_heads(lex: Lexicon) -> frozenset[str]:
    """First words of the several-word member names ("عنصران" of "عنصران من الأمن"): a dual
    there is the head of the name, not a count to step over."""
    return frozenset(k.split()[0] for k in lex.rank_and_file if " " in k)


def country_adjective(word: str, lex: Lexicon) -> bool:
    """A country's adjective or name, also in the accusative or the dual ("أفغانيا",
    "أمريكيان", "أمريكيتان")."""
    keys = lex.adjective_keys
    return any(form in keys for form in _adjective_forms(word))


def _adjective_forms(word: str) -> list[str]:
    """``word`` and the adjective it is the accusative or the dual of."""
    forms = [word]
    if word.endswith("ا"):
        forms.append(word[:-1])
    if word.endswith("ان"):
        forms += [word[:-2], word[:-3] + "ه"]
    return forms


def adjective_iso(word: str, lex: Lexicon) -> str | None:
    """The country a nisba adjective names ("الفرنسي", "أمريكيان", "السوريين"), or None."""
    table = country_word_isos(lex)
    for form in _adjective_forms(word):
        iso = lex.nisba.get(form) or table.get(form)
        if iso is not None:
            return iso
    return None


@cache
def country_word_isos(lex: Lexicon) -> dict[str, str]:
    """One-word country words of the dictionary's countries ("العراقية") → their ISO2."""
    return {
        key: iso
        for iso, words in lex.country_words.items()
        for w in words
        if " " not in (key := normalize_key(str(w)))
    }


_OFFICER_WORDS: dict[tuple[int, str], frozenset[str]] = {}


def _officer_words(ctx: DocContext, key: str) -> frozenset[str]:
    """The normalised words of a cues.yaml list, read once per lexicon."""
    cues = ctx.lex.cues
    found = _OFFICER_WORDS.get((id(cues), key))
    if found is None:
        found = _OFFICER_WORDS[id(cues), key] = frozenset(
            normalize_key(str(w)) for w in cues.get(key) or ()
        )
    return found


def officer_family(ctx: DocContext, sent: Span) -> str | None:
    """The force an officer named by rank serves, from the institution his sentence names:
    "police" for the police or a security body ("قسم شرطة", "مديرية أمن بنغازي", "وزارة
    الداخلية"), "state_forces" for the army ("الجيش", "القوات المسلحة"); None when it names
    neither or both (a rank alone tells no force)."""
    police = _officer_words(ctx, "officer_police_words")
    heads = _officer_words(ctx, "officer_security_heads")
    army = _officer_words(ctx, "officer_army_words")
    lo, hi = bisect_left(ctx.token_starts, sent.start), bisect_left(ctx.token_starts, sent.end)
    norms = ctx.token_norms
    found = set()
    for i in range(lo, hi):
        form = norms[i] or ""
        if form in police or (
            form in ("امن", "الامن") and i > lo and (norms[i - 1] or "") in heads
        ):
            found.add("police")
        elif form in army:
            found.add("state_forces")
    return found.pop() if len(found) == 1 else None
