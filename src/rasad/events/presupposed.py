"""Events told as the time, the topic or the context of other news, and reports denied: they
join the event where the article tells it and make none of their own.

- a presupposed event: a definite verbal noun after "بعد/عقب/إثر/قبل" ("بعد تحريرها"), an act
  the article already knows ("الهجوم الذي وقع"), one condemned or answered, an explosion heard
  or explained by its cause;
- the subject of "يأتي/جاء" ("ويأتي تحرير ميدي في وقت …") and what a "comes after" frame sets
  the news against;
- an act a denied report tells of ("نفت … ما تداولته وسائل إعلام … حول استهداف المطار").
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from rasad.document import Span
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date
from rasad.events.statements import POSSESSIVES, REL_PRONOUNS
from rasad.gazetteer.cues import load_cues

# ---- presupposed events: told as the time or the topic of something else
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
_ANCHOR_DAY_WORDS = 6
_TODAY_WORDS = regex.compile(r"(?<!\S)[وف]?(?:اليوم|امس|الليله|البارحه)(?!\S)")


def _names_after(ctx: DocContext, pos: int) -> list[Span]:
    """Actor, place and source names that start at the word right after ``pos``."""
    i = bisect_left(ctx.token_starts, pos)
    if i >= len(ctx.token_starts):
        return []
    first = ctx.token_starts[i]
    return [s for s in (*ctx.actors, *ctx.places, *ctx.sources) if s.start == first]


def _named_after_place_noun(ctx: DocContext, pos: int) -> bool:
    """ "استعادة مدينة زنجبار", "تحرير بلدة الرضمة": a place noun in construct before a name
    makes the noun after it as definite as the bare name would ("استعادة زنجبار")."""
    i = bisect_left(ctx.token_starts, pos)
    if i >= len(ctx.token_starts) or ctx.next_word(pos) not in load_cues().place_nouns:
        return False
    return bool(_names_after(ctx, ctx.token_starts[i] + 1))


# "before" presupposes its event as "after" does ("قبل الاحتجاج"): told elsewhere, or to come
_ANCHORS = frozenset({"بعد", "عقب", "اثر", "غداه", "اعقاب", "اعقابه", "اعقابها", "قبل", "قبيل"})
_FRAME_NOUNS = frozenset({"نجاح", "عمليه", "انتهاء", "اتمام", "استكمال"})
_FRAME_MAX = 2
_RECENT = frozenset({"الاخيره", "الاخير", "الاخيرين", "الاخيرتين"})


def definite_noun(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger is a definite verbal noun ("التفجير", "والهجوم"), not a verb or an
    indefinite noun: the form that points to an act the reader already knows."""
    if hit.key in ctx.lex.verb_keys:
        return False
    prefix, _ = ctx.in_word_prefix(hit.start)
    return "ال" in prefix or hit.key.startswith("ال")


def recent_reference(ctx: DocContext, hit: CueHit) -> bool:
    """ "دماء العراقيين الذين سقطوا في التفجيرات الأخيرة", "الهجوم الأخير": a definite verbal
    noun qualified as "the recent/latest" points to events the reader already knows (told
    elsewhere in the article or before it); it joins them and is none of its own, unless a
    day of its own is named with it."""
    if not definite_noun(ctx, hit):
        return False
    nxt = ctx.next_word(hit.end)
    return nxt in _RECENT and not own_date(ctx, hit)


_SITE = frozenset(
    {p + w for p in ("", "و", "ب", "ل", "وب", "ول") for w in ("موقع", "مكان", "ساحة", "مسرح")}
)


def site_of(ctx: DocContext, hit: CueHit) -> bool:
    """ "سيصل النواب إلى موقع الانفجار", "طوقت الشرطة مكان الهجوم": the site of a definite
    act names a place by an act the article tells; it joins that act and is none of its own."""
    if not definite_noun(ctx, hit):
        return False
    before = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 1)
    return bool(set(before) & _SITE) and not own_date(ctx, hit)


def responds_to(ctx: DocContext, hit: CueHit) -> bool:
    """ "هددت إيران بالرد على غارة استهدفت قاعدة عسكرية", "احتفظت بحق الرد على العدوان": the
    act a response (named as a noun) answers came before it and is presupposed; it joins the
    event where the article tells it and is none of its own (a day of its own right by it
    keeps it)."""
    if hit.key in ctx.lex.verb_keys:
        return False
    sent = ctx.sentence(hit.start)
    cue = ctx.cue_before(ctx.in_word_prefix(hit.start)[1], "response_to", 1, sent.start)
    return cue is not None and not own_date(ctx, hit)


_ANSWERED_WORDS = 8  # "ردا على غارات جوية شنها الطيران الحربي": the act this close after
ANSWERED_WORDS = _ANSWERED_WORDS  # (events/answered_cut.py reads the answered act's reach)


def answered_act(ctx: DocContext, hit: CueHit) -> bool:
    """ "قصفت الفصائل مواقع النظام ردا على قصف الطيران المروحي للبلدة": the act told in the
    clause of "in response to" is what the act before it answers (merge keeps them apart)."""
    clause = ctx.clause_bounds(hit.start)
    at = ctx.in_word_prefix(hit.start)[1]
    cue = ctx.cue_before(at, "in_response", _ANSWERED_WORDS, clause[0])
    return cue is not None and not main_verb_after_answered(ctx, hit, at, cue)


def main_verb_after_answered(ctx: DocContext, hit: CueHit, at: int, cue: CueHit) -> bool:
    """ "وردا على الهجوم الكيميائي قصفت البوارج الأمريكية مطار الشعيرات": when "ردا على"
    opens the sentence, a verb right after a definite noun phrase (no relative pronoun before
    it) is the sentence's main verb; the answered act ends where it begins. An indefinite
    noun may take a verb as its relative clause ("ردا على غارات استهدفت البلدة"), so that
    verb stays in the answered act, as does any verb after a cue the main clause precedes."""
    if hit.key not in ctx.lex.verb_keys:
        return False
    lead = ctx.words_after(ctx.sentence(hit.start).start, 2, ctx.in_word_prefix(cue.start)[1])
    if len(lead) > 1:
        return False
    before = [w for w in ctx.words_before(at, 2) if w[:1].isalpha()]
    return bool(before) and before[-1].startswith("ال") and before[-1] not in REL_PRONOUNS


_OCCURRED = frozenset(
    {
        "وقع",
        "وقعت",
        "استهدف",
        "استهدفت",
        "شهدته",
        "شهدتها",
        "نفذ",
        "نفذه",
        "نفذته",
        "نفذها",
        "تعرض",
        "تعرضت",
        "حدث",
        "حدثت",
        "جرى",
        "جرت",
        "ضرب",
        "ضربت",
        "هز",
        "هزت",
        "حصل",
        "حصلت",
    }
)


def known_event(ctx: DocContext, hit: CueHit) -> bool:
    """ "المصاب في عملية التفجير الإرهابي الذي وقع بمسجد قوات الطوارئ", "تبنى التنظيم
    الهجوم الذي استهدف المسجد": a definite verbal noun that a relative clause identifies by
    its having happened is an event the reader knows (a follow-up, a claim, a reaction); it
    joins the event where the article tells it. A day in its sentence ("… الذي وقع صباح
    اليوم") keeps it as the news."""
    if not definite_noun(ctx, hit):
        return False
    sent = ctx.sentence(hit.start)
    before = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 2)
    if len(before) == 2 and before[0] in _WHERE and before[1] in _OCCURRED:
        # "منطقة بركي براك حيث حصلت الغارة": the place named by the act it saw, known
        return not _TODAY_WORDS.search(ctx.norm_of(sent.start, sent.end))
    words = ctx.words_after(hit.end, 4, sent.end)
    k = next((i for i, w in enumerate(words) if w in REL_PRONOUNS), None)
    if k is None or k + 1 >= len(words) or words[k + 1] not in _OCCURRED:
        return False
    if any(w.startswith("ال") is False for w in words[:k]):
        return False  # only adjectives ("التفجير الإرهابي الذي") stand between
    if _TODAY_WORDS.search(ctx.norm_of(sent.start, sent.end)):
        return False
    return not ctx.spans_in(ctx.dates, sent.start, sent.end)


# the words of a condemnation or a condolence, which judge an act the reader already knows
_CONDEMNING = frozenset(
    "الاثم الاثمه الغاشم الغاشمه الجبان الجبانه الاجرامي الاجراميه الشنيع الشنيعه المروع "
    "المروعه البشع البشعه الوحشي الوحشيه الدنيء الدنيءه الدنيي الدنييه الغادر الغادره "
    "الهمجي الهمجيه الخسيس الخسيسه".split()
)
_CONDEMNING_WINDOW = 3  # "الهجوم الكيماوي المروع": other adjectives may come first


def condemned_event(ctx: DocContext, hit: CueHit) -> bool:
    """ "تعازيه في الذين استشهدوا خلال التفجير الغاشم لمسجد قوة الطوارئ", "تحمل مرتكبي
    الهجوم الكيماوي المروع المسؤولية": a definite verbal noun judged by a condemning adjective
    is the act a reaction is about, known to the reader; it joins the event where the article
    tells it and is none of its own. A day told after it keeps it as the news."""
    if not definite_noun(ctx, hit):
        return False
    sent = ctx.sentence(hit.start)
    words = ctx.words_after(hit.end, _CONDEMNING_WINDOW, sent.end)
    k = next((i for i, w in enumerate(words) if w in _CONDEMNING), None)
    if k is None or any(not w.startswith("ال") for w in words[:k]):
        return False  # only adjectives stand between ("التفجير الارهابي الغاشم")
    # a day before the act dates the reaction ("شددت ماي، الإثنين، على … الهجوم"); a day
    # after it is the act's own ("التفجير الآثم الذي استهدف المسجد أمس")
    if _TODAY_WORDS.search(ctx.norm_of(hit.end, sent.end)):
        return False
    return not ctx.spans_in(ctx.dates, hit.end, sent.end)


_WHERE = frozenset({"حيث", "وحيث"})
_HEARD = frozenset({"دوي", "سماع", "اصوات", "صوت", "سمع", "سمعت", "سمعوا"})


def heard_only(ctx: DocContext, hit: CueHit) -> bool:
    """ "أفادت مصادر بسماع دوي انفجارات في أطراف دمشق": explosions heard are the sound of
    something the article tells otherwise (a strike, a bomb), not an event of their own."""
    if hit.key in ctx.lex.verb_keys:
        return False
    return bool(set(ctx.words_before(ctx.in_word_prefix(hit.start)[1], 2)) & _HEARD)


# "انفجارات عنيفة … ناجمة عن استهداف صاروخي": the cause of an explosion, told right after it
_CAUSED_BY = frozenset({"ناجمه", "ناجم", "ناجمين", "ناتجه", "ناتج", "جراء", "نتيجه", "بفعل"})
_CAUSE_REACH = 10  # words from the explosion to the word of its cause, at most


def explosion_cause(ctx: DocContext, hit: CueHit) -> int | None:
    """ "انفجارات عنيفة هزت مناطق في الريف، ناجمة عن استهداف صاروخي": where the cause of an
    explosion noun is told (the offset after "ناجمة عن", "جراء" …), when its sentence names one
    within a few words; None otherwise. The explosion is the effect of that act (a missile, a
    strike), not a bomb of its own."""
    if hit.key in ctx.lex.verb_keys:
        return None
    sent = ctx.sentence(hit.start)
    i = bisect_left(ctx.token_starts, hit.end)
    seen = 0
    starts, norms = ctx.token_starts, ctx.token_norms
    while i < len(starts) and starts[i] < sent.end and seen <= _CAUSE_REACH:
        form = norms[i] or ""
        i += 1
        if not form[:1].isalpha():
            continue
        seen += 1
        if form.lstrip("و") in _CAUSED_BY or form.lstrip("ب") in _CAUSED_BY:
            return ctx.token_ends[i - 1]
    return None


_COMES = frozenset({"ياتي", "تاتي", "جاء", "جاءت", "وياتي", "وتاتي", "وجاء", "وجاءت"})
_COINCIDES = frozenset(
    w + v
    for w in ("", "و")
    for v in ("تزامن", "تزامنت", "يتزامن", "تتزامن", "ترافق", "ترافقت", "يترافق", "تترافق")
)


def comes_as_topic(ctx: DocContext, hit: CueHit) -> bool:
    """ "ويأتي تحرير ميدي في وقت …", "وجاء الهجوم بعد …", "وتأتي هذه الغارات": a verbal noun
    as the subject of "يأتي/جاء" (comes, came) is the topic the article already tells, set
    against its context; so is a definite one as the subject of "تزامن/ترافق" (coincided with);
    it joins that event and is none of its own."""
    if hit.key in ctx.lex.verb_keys or ctx.sentence_index(hit.start) == 0:
        return False  # the lede has nothing before it to refer to: it tells the event
    prefix, word_start = ctx.in_word_prefix(hit.start)
    words = ctx.words_before(word_start, 2)
    pointed = bool(words) and words[-1] in _DEMONSTRATIVES
    if pointed:
        words = words[:-1]
    if (pointed or _definite(ctx, word_start)) and _comes_after_noun(ctx, hit):
        return True  # "إن الضربات الجوية الدقيقة جاءت وفق معلومات …": subject first
    if not words:
        return False
    if words[-1] in _COINCIDES:
        # "وتزامنت الغارات مع مواجهات …": the strikes told, set beside another act; an
        # indefinite noun is a new act ("وتزامنت غارات جوية مع …")
        return pointed or "ال" in prefix
    return words[-1] in _COMES


# a sentence opening with "about …" names what a speaker then answers on ("وعن معركة عاصفة
# الجنوب قال القائد …", "وحول المعارك في ريف حماة، أوضح المتحدث …")
_ABOUT_OPENERS = frozenset({"وعن", "وحول", "وبشان", "وبخصوص", "عن", "حول", "بشان", "بخصوص"})
_ABOUT_REACH = 2  # words between the opener and the act: "وعن سير المعارك", "وحول تفاصيل الهجوم"
_SPEECH_SETS = ("reporting_verbs", "continuation_verbs")


def about_opening(ctx: DocContext, hit: CueHit) -> bool:
    """ "وعن معركة عاصفة الجنوب في درعا قال القائد إن …": a verbal noun a sentence opens on
    after "about", with a speech verb after it, is the topic the speaker is asked about, an
    act the article tells elsewhere (or a long campaign), not an act of its own. Only the
    sentence's first word counts: "أعلن عن مقتل خمسة وعن اعتقال عشرة" names acts."""
    if hit.key in ctx.lex.verb_keys:
        return False
    sent = ctx.sentence(hit.start)
    _, word_start = ctx.in_word_prefix(hit.start)
    if ctx.next_word(sent.start) not in _ABOUT_OPENERS:
        return False
    if not 1 <= ctx.tokens_between(sent.start, word_start) <= 1 + _ABOUT_REACH:
        return False
    said = [c.start for cue_set in _SPEECH_SETS for c in ctx.cues_in(hit.end, sent.end, cue_set)]
    if not said:
        return False
    # "وعن سير المعارك أوضح المتحدث أن قواته قتلت عشرة مسلحين الأحد": what is said tells an
    # act, which the topic names (its type); the topic then stays the act told
    return not any(min(said) < t.start < sent.end for t in ctx.triggers)


def _definite(ctx: DocContext, word_start: int) -> bool:
    """The word at ``word_start`` carries the article ("الضربة", "والهجوم", "فالغارات")."""
    form = ctx.norm_of(word_start, word_start + 4)
    return form.startswith(("ال", "وال", "فال"))


# "الضربات الجوية الدقيقة جاءت": the definite adjectives that may stand between the noun and
# the "comes" verb
_COMES_ADJECTIVES = 2


def _comes_after_noun(ctx: DocContext, hit: CueHit) -> bool:
    """A "comes" verb after the noun and its adjectives ("الضربة جاءت بتوجيهات")."""
    after = ctx.words_after(hit.end, _COMES_ADJECTIVES + 1, ctx.clause_bounds(hit.start)[1])
    for word in after:
        if word in _COMES:
            return True
        if not word.startswith("ال"):
            return False
    return False


def _anchor_between(ctx: DocContext, start: int, end: int) -> bool:
    return any(
        w.lstrip("وف") in _ANCHORS or w.lstrip("وف") in _DONE_ANCHORS
        for w in ctx.norm_of(start, end).split()
    )


def after_anchor(ctx: DocContext, hit: CueHit) -> bool:
    """ "بعد تحريرها من الميليشيات", "عقب تحرير المدينة", "في أعقاب سيطرة المتمردين على
    بانغي": a verbal noun governed by "after" presupposes its event, told as the time of
    something else; it joins that event where the article tells it, and is no event of its
    own (ACLED codes each event once, from where it is reported). A day of its own right by it
    ("إثر اغتيال المعارض، الأربعاء") keeps it."""
    if hit.key in ctx.lex.verb_keys:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.rstrip("ال").endswith(("ب", "ل")):
        return False  # "بعد يوم من القصف" is handled by the background cues
    before = _passive_done(ctx.words_before(word_start, 3 + _FRAME_MAX))
    # "بعد نجاح عملية الاقتحام", "عقب انتهاء عملية تحرير المدينة": a frame noun or two may
    # stand between "after" and the event it presupposes
    while before and before[-1].lstrip("وف") in _FRAME_NOUNS:
        before = before[:-1]
    if prefix.endswith("ال") and len(before) > 1 and before[-1].startswith("ال"):
        before = before[:-1]  # "بعد الهجوم الانتحاري": an adjective of the act presupposed
    if not before or before[-1].lstrip("وف") not in _ANCHORS:
        return False
    if before[-1] == "قبل" and before[-2:-1] == ["من"]:
        return False  # "تم استهداف المدينة من قبل غارات": "by" the agent, no "before"
    # only a definite event is presupposed: "بعد تحريرها", "عقب تحرير المدينة", "إثر اغتيال
    # المعارض"; an indefinite one is new ("وبعد معارك عنيفة، تكبدت الميليشيات خسائر")
    nxt = ctx.next_word(hit.end)
    definite = (
        "ال" in prefix
        or " ال" in hit.key  # a phrase ending in a definite noun ("إحكام السيطرة")
        or hit.key.endswith(POSSESSIVES)
        or nxt.startswith(("ال", "لل"))
        or bool(_names_after(ctx, hit.end))
        or _named_after_place_noun(ctx, hit.end)
    )
    if not definite:
        return False
    sent = ctx.sentence(hit.start)
    if _TODAY_WORDS.search(ctx.norm_of(sent.start, sent.end)):
        return False  # "تمكنت مساء أمس … عقب سيطرتها على مديرية الرضمة": a fresh event
    return not any(  # a day named right by it, even after a comma ("المعارض، الأربعاء")
        (
            (
                d.end <= hit.start
                and ctx.tokens_between(d.end, hit.start) <= _ANCHOR_DAY_WORDS
                # a day before "بعد" dates the main clause ("غادرت المستشفى، الجمعة، بعد
                # استهدافها"), not the act presupposed
                and not _anchor_between(ctx, d.end, word_start)
            )
            or (d.start >= hit.end and ctx.tokens_between(hit.end, d.start) <= _ANCHOR_DAY_WORDS)
        )
        and (args.resolve_date(d.value) or (None, 0))[1] == 1
        for d in ctx.spans_in(ctx.dates, sent.start, sent.end)
    )


def _passive_done(before: list[str]) -> list[str]:
    """ "بعد أن تم استعادة عدن", "بعدما تم تحرير المدينة", "قبل أن يتم اعتقاله": "أن/ما" and
    the light verb "تم/يتم" make a verbal noun a passive clause; it is governed by "after" or
    "before" as the bare noun is ("بعد استعادة عدن"). The words before are given back as if
    the noun followed the anchor itself."""
    if before[-1:] not in (["تم"], ["يتم"]):
        return before
    rest = before[:-1]
    if rest[-1:] == ["ان"] and len(rest) > 1 and rest[-2].lstrip("وف") in _ANCHORS:
        return rest[:-1]
    if rest[-1:] and rest[-1].lstrip("وف") in _DONE_ANCHORS:
        return [*rest[:-1], rest[-1].removesuffix("ما")]
    return before


_DONE_ANCHORS = frozenset({"بعدما", "قبلما", "عقبما"})


_COMES_LEAD_WORDS = 4  # "وفي خطوة تأتي", "ويأتي القصف الحوثي": where the "comes" verb may stand
_COMES_ANCHORS = frozenset({"بعد", "بعدما", "عقب", "اثر", "غداه", "اعقاب"})


def comes_after(ctx: DocContext, hit: CueHit) -> bool:
    """ "ويأتي القصف الحوثي بعد وقت قصير من نجاح المقاومة في تحرير عدن", "في خطوة تأتي بعدما
    استعاد النظام مناطق واسعة", "وجاء الإعلان بعد ساعات من تصعيد أدى إلى مقتل …": what a
    "comes/came after" frame sets the news against is an earlier event, told as its context.
    It joins that event where the article tells it and is none of its own (a day of its own
    right by it keeps it)."""
    sent = ctx.sentence(hit.start)
    _, word_start = ctx.in_word_prefix(hit.start)
    words = ctx.norm_of(sent.start, word_start).split()
    lead = [w.lstrip("وف") for w in words[:_COMES_LEAD_WORDS]]
    comes = next((i for i, w in enumerate(lead) if w in _COMES_LEAD), None)
    if comes is None:
        return False
    if not any(w.lstrip("وف") in _COMES_ANCHORS for w in words[comes + 1 :]):
        return False  # the trigger is the topic or the time of the frame, not its context
    return not own_date(ctx, hit)


_COMES_LEAD = frozenset({"ياتي", "تاتي", "جاء", "جاءت", "اتي", "اتت"})


_DENIAL_TO_CLAIM = 16  # tokens from a denial word to the report it denies, at most
# a turn between a denial and a report: the report belongs to another statement ("نفى الجيش
# سقوط قتلى، فيما أكدت الأنباء …")
_TURN = frozenset(
    {"فيما", "بينما", "لكن", "ولكن", "غير", "الا", "حين", "اكد", "اكدت", "قال", "قالت", "وقال",
     "وقالت", "واكد", "واكدت", "ذكر", "ذكرت", "افاد", "افادت"}
)


def denied_report(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """ "نفت هيئة الطيران المدني، الأحد، ما تداولته وسائل إعلام تابعة للجماعة حول استهداف
    المطار": the act a report or rumour tells of, when that report is the object of a denial
    earlier in the sentence (its subject, a day, an appositive between, across commas), is
    denied as the report is; the denial's own window does not reach it. The report stands in
    the act's clause: what follows a comma after it is told apart."""
    claim = ctx.cue_before(hit.start, "denied_claim", ctx.window("denied_claim", 14), clause[0])
    if claim is None:
        return False
    denial = ctx.cue_before(claim.start, "denial", _DENIAL_TO_CLAIM, sent.start)
    if denial is None:
        return False
    between = ctx.norm_of(denial.end, claim.start).split()
    return not _TURN.intersection(between)
