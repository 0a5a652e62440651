"""Other senses of trigger words: the word is there, the act is not (ACLED codes political
violence, demonstrations and conflict developments, not their metaphors).

- a match report borrows the vocabulary of war ("حرر الدفاع البرتغالي", "مواجهات الفريقين");
- "تظاهرة ثقافية" is a festival, and in one article every singular "التظاهرة" means it;
- "في مواجهة X" is the preposition "against, facing" unless an armed side follows with "مع";
- "تحريرها من سيطرة الميليشيات": the control a liberation ends is part of that one event.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from rasad.arabic.normalize import normalize_keys
from rasad.document import Span
from rasad.events import seized_lists
from rasad.events.actor_marks import AGENT_WORDS
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, Refinement, TriggerDef

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

_LEFT_STATE_WORDS = 2  # a change of control, "من", then the control it ends


def state_left(ctx: DocContext, hit: CueHit) -> bool:
    """ "تحريرها من سيطرة الميليشيات", "استعادتها من سيطرة داعش": a control word after "من"
    right after a change of control is the state that change ends, the same event."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix or ctx.words_before(word_start, 1) != ["من"]:
        return False
    i = bisect_left(ctx.triggers, hit.start, key=lambda t: t.start) - 1
    if i < 0:
        return False
    prev = ctx.triggers[i]
    return (
        any(ctx.lex.triggers[s].territory for s in prev.sets if s in ctx.lex.triggers)
        and ctx.tokens_between(prev.end, word_start) <= _LEFT_STATE_WORDS
    )


def cue_near(ctx: DocContext, r: Refinement, hit: CueHit, sent: Span) -> bool:
    """A refinement's cue within its window of the trigger, on its side, in the sentence; an
    "unbroken" one with no other trigger between them ("طائرات حربية، تابعة للحكومة، قصفت
    سفينة": the aircraft are the subject of the verb; in "أغارت طائرات على القرية وقصفت
    المدفعية" the aircraft belong to the act before)."""
    if r.listed:
        return seized_lists.listed_after_head(ctx, r, hit, sent)
    if r.side != "after":
        before = ctx.cue_before(hit.start, r.cue_set, r.window or 0, sent.start)
        if before is not None and not (
            r.unbroken
            and (
                _trigger_between(ctx, before.end, hit.start)
                or _not_the_actor(ctx, before, hit.start)
            )
        ):
            return True
    if r.side != "before":
        after = ctx.cue_after(hit.end, r.cue_set, r.window or 0, sent.end)
        if after is not None and not (
            (r.unbroken and _trigger_between(ctx, hit.end, after.start))
            or _aircraft_in_setting(ctx, after)
        ):
            return True
    return False


def trigger_between(ctx: DocContext, lo: int, hi: int) -> bool:
    """Another trigger starts in [lo, hi): an act told between two words."""
    return _trigger_between(ctx, lo, hi)


def _trigger_between(ctx: DocContext, lo: int, hi: int) -> bool:
    i = bisect_left(ctx.triggers, lo, key=lambda t: t.start)
    return i < len(ctx.triggers) and ctx.triggers[i].start < hi


# "تعرضت إحدى مقاتلات التحالف لإطلاق صاروخ": the aircraft suffered the act
_SUFFERED = frozenset("تعرض تعرضت تعرضوا تتعرض يتعرض".split())
_RELATIVES = frozenset("التي الذي اللتان اللذان اللتين اللذين الذين اللواتي اللاتي".split())


def _not_the_actor(ctx: DocContext, cue: CueHit, act: int) -> bool:
    """The noun before the act at ``act`` is not who did it: named as the backing of a ground
    attack ("بدعم من طيران التحالف هجوما") or as what suffered it ("تعرضت مقاتلة لإطلاق
    صاروخ", "مقاتلة تعرضت لإطلاق صاروخ")."""
    words = ctx.words_before(ctx.in_word_prefix(cue.start)[1], 3)
    words = [w.lstrip("و") for w in words if w not in ("من", "قبل", "ال")][-2:]
    gap = [w.lstrip("و") for w in ctx.norm_of(cue.end, act).split()]
    # "بمساندة من مقاتلات التحالف، والتي قصفت مواقع": a relative pronoun right before the act
    # makes the backing aircraft its subject
    doer = bool(gap) and gap[-1] in _RELATIVES
    return (not doer and any(w in _SUPPORT_WORDS for w in words)) or bool(
        _SUFFERED & {*words, *gap}
    )


# the types whose words sports reporting borrows: "حرر الدفاع", "مواجهات الفريقين", "قذيفة"
# (a shot), "التعاقد مع لاعب" (a signing), "خطف يوفنتوس رونالدو" (a player signed away)
_SPORTS_BORROWED = frozenset({"Battles", "Strategic developments"})
_SPORTS_SUBS = ("Shelling/artillery/missile attack", "Abduction/forced disappearance")
_NO_MATCH = ("death_words", "gunmen", "unidentified")  # "خطف مسلحون لاعب المنتخب": real
_SPORTS_MIN_WORDS = 2
# a whole match report: this many distinct sports words in the article make one of them enough
# in the sentence ("حسم برشلونة المواجهة … من الدوري الإسباني" in a report on the game)
_SPORTS_ARTICLE_WORDS = 5


def sports_metaphor(ctx: DocContext, tdef: TriggerDef, sent: Span) -> bool:
    """Two distinct sports words in the sentence ("المباراة", "لاعبو", "المنتخب"), or one in a
    sports report: a match report, whose battle, capture and shelling words are metaphors. A
    death or gunmen in the sentence keep the trigger (a bomb at a stadium is an attack)."""
    if (
        tdef.event_type not in _SPORTS_BORROWED
        and tdef.sub_event_type not in _SPORTS_SUBS
    ):
        return False
    # a stadium or a club named as a landmark is no sports word
    hits = ctx.cues_in(sent.start, sent.end, "sports_domain")
    keys = _word_keys([h for h in hits if not landmark(ctx, h, sent.start)])
    if not keys or any(ctx.has_cue(sent.start, sent.end, name) for name in _NO_MATCH):
        return False
    if len(keys) >= _SPORTS_MIN_WORDS:
        return True
    return _sports_report(ctx)


def _sports_report(ctx: DocContext) -> bool:
    """The article names enough distinct sports words to be a sports report (once per
    document: every trigger of a match report asks)."""
    found = ctx.memo.get("sports_report")
    if found is None:
        article = _word_keys(ctx.article_cues("sports_domain"))
        found = ctx.memo["sports_report"] = len(article) >= _SPORTS_ARTICLE_WORDS
    return bool(found)


def _word_keys(hits: list[CueHit]) -> set[str]:
    """One key per word of text: keys matched over the same words ("الملعب" is both "ملعب" and
    "الملعب", "لكرة القدم" both "كرة القدم" and "لكرة القدم") are one sports word, named by the
    shortest, so a single stadium is no two words of sport."""
    keys: set[str] = set()
    group: list[CueHit] = []
    end = -1
    for h in sorted(hits, key=lambda h: h.start):
        if group and h.start >= end:
            keys.add(min((g.key for g in group), key=len))
            group = []
        group.append(h)
        end = max(end, h.end) if len(group) > 1 else h.end
    if group:
        keys.add(min((g.key for g in group), key=len))
    return keys


def landmark(ctx: DocContext, cue: CueHit, floor: int) -> bool:
    """ "قرب الملعب البلدي", "بالقرب من نادي الضباط": a stadium or a club named after a word of
    place is where another act happened (shells fell, fighting broke out), no match."""
    return ctx.cue_before(ctx.in_word_prefix(cue.start)[1], "landmark_preps", 1, floor) is not None


def sports_word_near(ctx: DocContext, hit: CueHit, sent: Span, window: int, side: str) -> bool:
    """A sports word within ``window`` words of the trigger ("المواجهة التي جرت على ملعب …"),
    not one named as a landmark."""
    floor = ctx.in_word_prefix(hit.start)[1]
    for cue in ctx.cues_in(sent.start, sent.end, "sports_words"):
        if cue.end <= floor:
            near = side in ("before", "both") and ctx.tokens_between(cue.end, floor) <= window
        elif cue.start >= hit.end:
            near = side in ("after", "both") and ctx.tokens_between(hit.end, cue.start) <= window
        else:
            near = False
        if near and not landmark(ctx, cue, sent.start):
            return True
    return False


# an article on film, television, fiction or the arts: this many distinct words of them
_ARTS_ARTICLE_WORDS = 3
_ARTS_LEAD_SENTENCES = 2


def arts_story(ctx: DocContext, sent: Span) -> bool:
    """A sentence naming the arts ("المسلسل", "الفيلم", "الرواية") in an article about them:
    a plot, a role or a career ("قامت بخطف دورها بالمسلسل", "مشاهد القتل في هذا الفيلم"),
    no event. A death told in the lead stays (an actor killed in a bombing is news). A
    sentence telling a plot or a role ("تدور أحداث العمل في فترة الاحتلال") is one anywhere."""
    if ctx.has_cue(sent.start, sent.end, "plot_frames"):
        return True
    if not ctx.has_cue(sent.start, sent.end, "arts_domain"):
        return False
    found = ctx.memo.get("arts_article")
    if found is None:
        keys = {h.key for h in ctx.cues_in(0, len(ctx.doc.text), "arts_domain")}
        found = len(keys) >= _ARTS_ARTICLE_WORDS
        ctx.memo["arts_article"] = found
    if not found:
        return False
    lead = ctx.sentence_index(sent.start) < _ARTS_LEAD_SENTENCES
    return not (lead and ctx.has_cue(sent.start, sent.end, "death_words"))


# "في مواجهة" followed by these is a clash ("قتل في مواجهة مع الجيش"); followed by anything
# else it is the compound preposition "against, in the face of" ("القوة في مواجهة المسيرات")
_FACING_WORDS = 3
_FACING_KEYS = frozenset({"مواجهه", "مواجهته", "مواجهتها", "مواجهتهم", "مواجهتهما"})
# "في إطار مواجهة داعش", "في سياق مواجهة الإرهابيين": the frame of a policy of facing a foe
_FACING_HEADS = (["في"], ["اطار"], ["سياق"])
_CLASH_AFTER = frozenset({"مع", "بين", "عنيفه", "مسلحه", "داميه", "ضاريه", "شرسه", "اخري", "جديده"})


def facing(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ACLED Armed clash needs two armed sides fighting; "في مواجهة X" with X not introduced by
    "مع"/"بين" is the preposition "facing, against" ("استخدام القوة في مواجهة المسيرات
    السلمية", "صمود المدينة في مواجهة الحصار"), and so is "بمواجهة X" ("صعد الحزب مواقفه
    بمواجهة الرئاسة"), "في إطار مواجهة X" (the frame of a policy of facing X) and "في مواجهتها"
    with what is faced told before ("حرائق الغابات … للمعاونة في مواجهتها")."""
    if hit.key not in _FACING_KEYS:
        return False
    prefix = ctx.in_word_prefix(hit.start)[0]
    if prefix not in ("", "ب", "وب"):
        return False
    if not prefix and ctx.words_before(hit.start, 1) not in _FACING_HEADS:
        return False
    nxt = ctx.next_word(hit.end)
    if not nxt or hit.end >= clause[1]:
        return hit.key != "مواجهه"  # "في مواجهتها.": the pronoun is what is faced
    # "في مواجهة وقعت مع عناصر المقاومة": the other side may come a few words on
    return not set(ctx.norm_of(hit.end, clause[1]).split()[:_FACING_WORDS]) & _CLASH_AFTER


_GATHERING_KEYS = frozenset({"تظاهره", "التظاهره"})  # the singular: a gathering of any kind


def cultural_gathering(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """One sense per discourse: an article that calls a festival or a season a "تظاهرة
    ثقافية" means the same gathering by every singular "التظاهرة"/"تظاهرة" in it."""
    if tdef.event_type != "Protests" or hit.key not in _GATHERING_KEYS:
        return False
    found = ctx.memo.get("cultural_gathering")
    if found is None:
        found = any(
            t.key in _GATHERING_KEYS and ctx.cue_after(t.end, "culture_words", 1, len(ctx.doc.text))
            for t in ctx.triggers
        )
        ctx.memo["cultural_gathering"] = found
    return bool(found)


_ENDED_VERBS = frozenset({"انتهت", "انتهي", "وانتهت", "وانتهي", "فانتهت", "فانتهي"})


def ended_with(ctx: DocContext, hit: CueHit, cue: CueHit | None) -> bool:
    """ "قادت عملية عسكرية انتهت بالسيطرة على موقع", "اشتباكات انتهت بمقتل قائد": an ending
    verb followed by "بـ" and the trigger tells how something ended — the trigger is its
    outcome, done, not an act that stopped (a negation cue only when nothing follows it so)."""
    if cue is None or cue.key not in _ENDED_VERBS:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    return prefix.startswith("ب") and ctx.tokens_between(cue.end, word_start) == 0


_FEWER = frozenset({"يقل", "تقل", "يقلون", "يقلان", "تقلان"})


def at_least(ctx: DocContext, cue: CueHit) -> bool:
    """ "ما لا يقل عن خمس غارات", "لا تقل عن عشرة": "no fewer than" puts a floor on a count;
    the "لا" negates the lessening, not the act counted."""
    return cue.key.endswith("لا") and ctx.next_word(cue.end) in _FEWER


# ACLED codes political violence and its developments; an ordinary crime (a murder over a
# feud, a theft, a rape by a neighbour) and the police arresting its suspect are none of them
_CRIME_TYPES = frozenset(
    {
        "Attack",
        "Sexual violence",
        "Arrests",
        "Abduction/forced disappearance",
        "Looting/property destruction",
    }
)
_POLITICAL_INTER = frozenset({2, 3, 4, 5, 6, 8})  # rebels, militias, rioters, protesters, foreign


def ordinary_crime(ctx: DocContext, tdef: TriggerDef, sent: Span) -> bool:
    """The sentence tells a criminal case ("القبض على الجاني", "اعتقلت الشرطة المتهم",
    "سرق تحت تهديد السلاح") and names no armed, political or protesting side and no terror
    or political motive: a crime, not an ACLED event. An arrest of a suspected militant
    ("القبض على 17 يشتبه بانتمائهم لداعش") or a killing by gunmen stays an event."""
    if tdef.sub_event_type not in _CRIME_TYPES or not ctx.has_cue(
        sent.start, sent.end, "criminal_case"
    ):
        return False
    if any(
        ctx.has_cue(sent.start, sent.end, s) for s in ("political_motive", "gunmen", "unidentified")
    ):
        return False
    return not any(
        getattr(a.value, "inter", None) in _POLITICAL_INTER
        for a in ctx.spans_in(ctx.actors, sent.start, sent.end)
    )


def chemical_as_target(ctx: DocContext, lo: int, hi: int) -> bool:
    """ "قصفت مدمرات أميركية مواقع يشتبه بأنها تحتوي منشآت كيماوية": every chemical word of the
    span names what was hit (a facility, a stockpile, a programme), no chemical agent used
    (ACLED's Chemical weapon is the use of one)."""
    chem = ctx.cues_in(lo, hi, "chemical")
    return bool(chem) and all(
        ctx.cue_before(ctx.in_word_prefix(c.start)[1], "chemical_targets", 1, lo) is not None
        for c in chem
    )


def suicide_drones(ctx: DocContext, lo: int, hi: int) -> bool:
    """ "هاجمت طائرة مسيرة انتحارية قاعدة العند": every suicide word of the span qualifies the
    drone right before it, a loitering munition (an air/drone strike), no suicide bomber."""
    hits = ctx.cues_in(lo, hi, "suicide")
    return bool(hits) and all(
        ctx.cue_before(ctx.in_word_prefix(c.start)[1], "suicide_drones", 0, lo) is not None
        for c in hits
    )


_CAUSE_WORDS = 3  # a cause word, then at most this many words before the act it names
_LAM_PREFIXES = frozenset({"ل", "ول", "فل", "لل", "ولل", "فلل"})  # "لمقتل", "وللقتل"


def grievance_only(ctx: DocContext, lo: int, hi: int, cue_set: str) -> bool:
    """ "تظاهر المئات احتجاجا على مقتل شاب برصاص الشرطة": every cue of ``cue_set`` in the span
    (a killing, an arrest, a dispersal) follows a word that names what the crowd protests,
    so it is the grievance, done before and to others; no force was used on this crowd."""
    hits = ctx.cues_in(lo, hi, cue_set)
    return bool(hits) and all(_grievance(ctx, c, lo) for c in hits)


def _grievance(ctx: DocContext, cue: CueHit, lo: int) -> bool:
    """The cause word before the cue in its own clause ("احتجاجا على الغلاء، وقتلت الشرطة
    متظاهرا": the killing after the comma is no grievance)."""
    prefix, start = ctx.in_word_prefix(cue.start)
    floor = max(lo, ctx.clause_bounds(start)[0])
    if ctx.cue_before(start, "protest_causes", _CAUSE_WORDS, floor) is not None:
        return True
    # the anniversary of a killing ("في الذكرى الأولى لمقتل الشاب", "ذكرى مقتل المتظاهرين"):
    # the act is the one the day remembers; an act told after the anniversary's own words
    # ("في الذكرى الثانية للثورة قتلت الشرطة متظاهرا") bears no "ل" and stands apart
    window = 2 if prefix in _LAM_PREFIXES else 0
    return ctx.cue_before(start, "anniversary_words", window, floor) is not None


def riot_police_only(ctx: DocContext, lo: int, hi: int) -> bool:
    """ "قمعت قوات مكافحة الشغب تظاهرة": every riot word of the span is in the name of the riot
    police, the force that acted on the crowd; the crowd did not riot (ACLED: a protest with
    intervention, not a violent demonstration)."""
    words = ctx.cues_in(lo, hi, "riot_words")
    police = ctx.cues_in(lo, hi, "riot_police")
    return bool(words) and all(
        any(p.start <= w.start and w.end <= p.end for p in police) for w in words
    )


def interception_as_target(ctx: DocContext, lo: int, hi: int) -> bool:
    """ "قصفت القوات أنظمة اعتراض": every interception word of the span names a system or a
    battery (what the strike hit), no interception done, so the strike keeps its type."""
    hits = ctx.cues_in(lo, hi, "intercept")
    return bool(hits) and all(
        ctx.cue_before(ctx.in_word_prefix(c.start)[1], "intercept_systems", 1, lo) is not None
        for c in hits
    )


_RAID_NOUNS = frozenset({"غاره", "غارات", "الغاره", "الغارات"})


def police_raid(ctx: DocContext, m: Mention) -> bool:
    """ "شنت الشرطة غارات على أوكار تجار المخدرات": a bare "غارة" by the police or the security
    forces, with no aircraft or air word in its sentence, is a raid on the ground (an arrest
    raid at most), no Air/drone strike: police forces fly no strikes."""
    if m.sub_event_type != "Air/drone strike" or m.trigger.key not in _RAID_NOUNS:
        return False
    if not (m.actor1_name or "").startswith("Police Forces of"):
        return False
    return not any(
        h.key not in _RAID_NOUNS and not (h.start < m.trigger.end and h.end > m.trigger.start)
        for h in ctx.cues_in(m.sent.start, m.sent.end, "air")
    )


_DEAL_NOUNS = frozenset({"اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه", "صفقه", "الصفقه"})
_DEAL_WINDOW = 5


def same_political_deal(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """One sense per discourse: an article that names its deal a nuclear or a coalition deal
    ("الاتفاق النووي مع إيران") means that deal by every definite "الاتفاق" in it ("حملة
    لحشد التأييد لصالح الاتفاق"), diplomacy, not a deal between sides of a conflict."""
    if tdef.sub_event_type != "Agreement" or hit.key not in _DEAL_NOUNS:
        return False
    prefix, _ = ctx.in_word_prefix(hit.start)
    if "ال" not in prefix and not hit.key.startswith("ال"):
        return False
    found = ctx.memo.get("political_deal")
    if found is None:
        end = len(ctx.doc.text)
        found = any(
            t.key in _DEAL_NOUNS
            and (
                ctx.cue_after(t.end, "non_conflict_deals", _DEAL_WINDOW, end)
                or ctx.cue_before(t.start, "non_conflict_deals", _DEAL_WINDOW, 0)
            )
            for t in ctx.triggers
        )
        ctx.memo["political_deal"] = found
    return bool(found)


# "قوات الجيش يساندها الطيران الحربي", "بإسناد من مقاتلات التحالف": the support word before an
# aircraft word (normalised, with clitics)
_SUPPORT_WORDS = frozenset(
    "يساندها يسانده تساندها تسانده يساندهم تساندهم مسانده بمسانده دعم بدعم اسناد باسناد وباسناد "
    "مسنوده مسنودا مسنودين غطاء بغطاء تحت مدعومه مدعوما مدعومين".split()
)


def air_only_in_support(ctx: DocContext, lo: int, hi: int) -> bool:
    """Every aircraft word in [lo, hi) is named as support ("شنت قوات الجيش يساندها الطيران
    الحربي هجوما"): the ground forces attack, the aircraft back them; the act is no air
    strike for that (ACLED: a battle, the air force an associated actor)."""
    hits = ctx.cues_in(lo, hi, "air")
    if not hits:
        return False
    for h in hits:
        if _aircraft_in_setting(ctx, h):
            continue
        words = ctx.words_before(ctx.in_word_prefix(h.start)[1], 3)
        words = [w for w in words if w not in ("من", "قبل", "ال")]
        if not any(w in _SUPPORT_WORDS or w.lstrip("و") in _SUPPORT_WORDS for w in words[-2:]):
            return False
    return True


# "خلال تسليم الطائرة المساعدات", "أثناء وجود الطائرة على المدرج": a time word and the verbal
# noun it governs tell when the event happened; the aircraft in that phrase struck nothing
_SETTING_WORDS = frozenset({"خلال", "اثناء", "عند", "لدي", "ابان"})


def _aircraft_in_setting(ctx: DocContext, h: CueHit) -> bool:
    """The aircraft word is the object of a non-attack verbal noun after a time word."""
    word_start = ctx.in_word_prefix(h.start)[1]
    words = ctx.words_before(word_start, 2)
    if len(words) < 2 or words[0] not in _SETTING_WORDS:
        return False
    # "خلال غارة للطائرات", "أثناء قصف الطائرات": the noun is the attack itself
    noun = words[1]
    return noun not in AGENT_WORDS and noun[1:] not in AGENT_WORDS


def defusal_only_tried(ctx: DocContext, lo: int, hi: int) -> bool:
    """Every defusing word in [lo, hi) is only tried ("قتل جنديان أثناء محاولتهما إبطال مفعول
    لغم"): the mine went off, so the clause tells an explosion, not a disrupted weapon."""
    hits = ctx.cues_in(lo, hi, "defuse")
    return bool(hits) and all(
        ctx.cue_before(ctx.in_word_prefix(h.start)[1], "attempt_words", 2, lo) is not None
        for h in hits
    )


# the detonation with a pronoun back to the device ("وعملت على تفجيرها", "قام بتفجيرهما")
_DETONATED_IT = frozenset(
    "تفجيرها تفجيره تفجيرهما تفجيرهم فجرتها فجرته فجرها فجره فجروها فجروه".split()
)
_UNEXPLODED = regex.compile(r"(?<!\S)[وف]?لم\s+[يت]نفجر|(?<!\S)غير\s+(?:ال)?منفجر")
# trigger key → whether the word a hit of it ends can be one of _DETONATED_IT: the word ends
# with the form matched (the key, or after "لل" the key without its article), so one of the
# two ends the other ("تفجيرها" can, "تفجير" and "قتل" cannot); worked out once per key
_MAY_NAME_IT: dict[str, bool] = {}


def _may_name_it(key: str) -> bool:
    found = _MAY_NAME_IT.get(key)
    if found is None:
        runs = key.split()
        last = runs[-1] if runs else ""
        forms = {last, last[2:]} if len(runs) == 1 and last.startswith("ال") else {last}
        found = _MAY_NAME_IT[key] = any(
            d.endswith(f) or f.endswith(d) for d in _DETONATED_IT for f in forms
        )
    return found


def controlled_detonation(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "عثرت القوات على عبوة ناسفة … وعملت على تفجيرها", "سقط صاروخان لم ينفجرا وعمل الجيش
    على تفجيرهما": a device found or left unexploded, then blown up by a pronoun back to it,
    is disposed of (ACLED's Disrupted weapons use, told by the finding), no bombing."""
    if not _may_name_it(hit.key):
        return False  # (most triggers: no word read, no proclitics looked for)
    word = ctx.norm_of(ctx.in_word_prefix(hit.start)[1], hit.end).split()
    if not word or word[-1].lstrip("وفبل") not in _DETONATED_IT:
        return False
    found = ctx.has_cue(sent.start, hit.start, "defuse") and not defusal_only_tried(
        ctx, sent.start, hit.start
    )
    return found or bool(_UNEXPLODED.search(ctx.norm_of(sent.start, hit.start)))


def weapons_test(ctx: DocContext, tdef: TriggerDef, sent: Span) -> bool:
    """ "أجرت تجربة نووية، وقالت إن التفجير الذي جرى تحت الأرض كان ناجحا", "تجربة صاروخية
    أطلقت خلالها صاروخا باليستيا": a blast or a launch in a weapons test hits no one; ACLED
    codes no attack. A test harms no one: a sentence with dead or wounded in it tells an
    attack beside the test ("قتل خمسة في قصف …، فيما أجرت تجربة صاروخية"), kept."""
    return (
        tdef.event_type == "Explosions/Remote violence"
        and not tdef.casualty
        and bool(ctx.cues_in(sent.start, sent.end, "weapons_tests"))
        and not ctx.has_cue(sent.start, sent.end, "death_words")
        and not ctx.has_cue(sent.start, sent.end, "injury_words")
    )


def backs_ground_attack(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """ "دخلت القوات حرم الجامعة مدعومة بغارات مكثفة من التحالف": strikes or shelling named as
    the backing of a ground advance are part of that battle (ACLED merges shelling and air
    strikes inside a battle into it); they join the battle, and make no event of their own."""
    if tdef.event_type != "Explosions/Remote violence" or hit.key in ctx.lex.verb_keys:
        return False
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 1)
    return bool(words) and (words[-1] in _SUPPORT_WORDS or words[-1].lstrip("و") in _SUPPORT_WORDS)


_EXECUTION_STEMS = ("اعدم", "يعدم", "تعدم", "اعدام", "ذبح", "يذبح")


def captive_victims(ctx: DocContext, m: Mention) -> bool:
    """An execution, killing people held captive ("أعدموا عسكريا كينيا كانوا يحتجزونه") or a
    death under torture ("قتل عنصر من الجيش الحر تحت التعذيب في سجون النظام"): the soldiers
    were out of the fight, so ACLED codes violence against civilians, no clash."""
    trig = m.trigger
    key = trig.key[1:] if trig.key[:1] in ("و", "ف") else trig.key
    if key.startswith(_EXECUTION_STEMS):
        return True
    lo, hi = ctx.clause_bounds(trig.start)
    lo, hi = min(lo, trig.start), max(hi, trig.end)
    return ctx.has_cue(trig.start, hi, "captive_words") or (
        tortured(ctx, lo, hi) and ctx.has_cue(lo, hi, "death_words")
    )


# the torture nouns and verbs with their clitics stripped ("تحت التعذيب", "بعد تعذيبه",
# "عذبوه حتى الموت"); a death under torture is the torturer's attack on a captive
_TORTURE_FORMS = frozenset(
    "تعذيب التعذيب تعذيبه تعذيبها تعذيبهم عذبوه عذبوها عذبوهم عذبه عذبها".split()
)


def tortured(ctx: DocContext, lo: int, hi: int) -> bool:
    """A torture word in [lo, hi): the victim was held, whoever he fought for before (read
    with a death in the clause: "توفي تحت التعذيب", not a film that "depicts torture")."""
    return any(
        w in _TORTURE_FORMS or (w[:1] in "وفبل" and w[1:] in _TORTURE_FORMS)
        for w in ctx.norm_of(lo, hi).split()
    )


# "وصف"-verbs whose "بـ" complement is a description ("ووصف الرئيس العملية بمعركة كبيرة"); and
# "اعتبر" with an object pronoun, whose accusative complement is a judgement ("واعتبرته حربا")
_DESCRIBE = frozenset(
    "وصف وصفت وصفوا يصف تصف يصفون وصفه وصفها وصفته وصفتها وصفوه وصفوها يصفه تصفه يصفها "
    "تصفها".split()
)
_JUDGE_AS = frozenset(
    "اعتبره اعتبرها اعتبرته اعتبرتها اعتبروه اعتبروها يعتبره يعتبرها تعتبره تعتبرها "
    "يعتبرونه يعتبرونها".split()  # not "عده" ("عدة انفجارات": several)
)


_DESCRIBE_REACH = 16  # words back from the "بـ" complement to its "وصف" verb


def described_as(ctx: DocContext, hit: CueHit) -> bool:
    """The battle or attack word is what someone calls an act, not an act told: "ووصف
    بوتفليقة عملية تحرير الرهائن بمعركة كبيرة ضد قوى الشر", "أدانت الحركة التدخل واعتبرته
    حربا عقائدية". ACLED codes the act (told elsewhere), never its description."""
    if hit.key in ctx.lex.verb_keys:
        return False
    prefix, word_start = ctx.in_word_prefix(hit.start)
    bare = prefix.lstrip("وف")
    if bare.startswith("ب"):
        # the description may follow a long object set off by commas ("ووصف بوتفليقة، عملية
        # تحرير رهائن المنشأة …، بمعركة كبيرة"): look back over the sentence, not the clause
        sent = ctx.sentence(hit.start)
        words = ctx.norm_of(sent.start, word_start).split()[-_DESCRIBE_REACH:]
        if any(w in _DESCRIBE or (w[:1] in ("و", "ف") and w[1:] in _DESCRIBE) for w in words):
            return True
    before = ctx.words_before(word_start, 1)
    return bool(before) and (before[0] in _JUDGE_AS or before[0][1:] in _JUDGE_AS)


_MARTYR_NOUNS = frozenset({"شهيد", "الشهيد", "شهداء", "الشهداء", "ضحايا", "الضحايا"})


def martyrs_named(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """ "بمناسبة الاحتفالات بيوم الشهيد", "استقبل أسر الشهداء", "ساحة الشهداء": a day, a
    place or the families named after the dead of long ago; no killing is told."""
    if not tdef.casualty or hit.key not in _MARTYR_NOUNS:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    sent = ctx.sentence(hit.start)
    return ctx.cue_before(word_start, "martyr_heads", 0, sent.start) is not None


_VICTIM_HEADS = frozenset(
    {"ضحايا", "قتلي", "شهداء", "شهدا", "جثامين", "جثمان", "جثث", "الضحايا", "القتلي", "الشهداء"}
)
# "شيع الآلاف في مدينة إدلب اليوم ضحايا الغارة": the funeral, then the dead
_FUNERAL_WORDS = 12


def mourned_act(ctx: DocContext, hit: CueHit) -> bool:
    """ "شيع الآلاف ضحايا الغارة", "تشييع جثامين قتلى القصف": an act named as what the dead
    mourned at a funeral died of is told elsewhere or before; the funeral reports no new act.
    Only the act right after the dead noun is read: an act at the funeral itself ("انفجرت عبوة
    خلال تشييع جنازة") is news."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.strip("ال") or not set(ctx.words_before(word_start, 1)) & _VICTIM_HEADS:
        return False
    sent = ctx.sentence(hit.start)
    return ctx.cue_before(word_start, "funeral_words", _FUNERAL_WORDS, sent.start) is not None


_AFFECT_STEMS = (
    *("اثر", "يوثر", "توثر", "سيوثر", "ستوثر", "تاثر", "يتاثر"),
    *("انعكس", "ينعكس", "تنعكس"),
)
_AFTER_NEGATIVELY = frozenset({"علي", "او", "وايجابا", "ايجابا"})


def not_a_verb_form(ctx: DocContext, hit: CueHit) -> bool:
    """A verb form that the text spells as another word: "المياه العذبة" (fresh) is no "عذبه"
    (tortured him), "القتلة" (killers) no "قتله": a verb takes the pronoun "ه", never "ة";
    "انعكس سلبا على الأسعار", "يؤثر سلبا أو إيجابا": "سلبا" is "negatively", no looting."""
    raw = ctx.doc.text[hit.start : hit.end]
    if hit.key in ctx.lex.verb_keys and hit.key.endswith("ه") and raw.endswith("ة"):
        return True
    if hit.key in _ECHO:
        return True  # "وجد صداه في قلوب", "تردد صداها": its echo, no "صدّاه" (the two repelled him)
    if hit.key != "سلبا":
        return False
    if ctx.next_word(hit.end) in _AFTER_NEGATIVELY:
        return True
    before = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 3)
    return any(w.lstrip("وف").startswith(_AFFECT_STEMS) for w in before)


_ECHO = frozenset({"صداه", "صداها", "صداهم", "صداهما"})
_LIKENED = frozenset(
    {"يشبه", "تشبه", "اشبه", "يشبهها", "بمثابه", "كانها", "وكانها", "كانه", "وكانه"}
)


# "as if" spelt with its hamza ("وكأن قنبلة انفجرت"): normalised it is "وكان" (and was), so it
# is read on the original text
_AS_IF_RE = regex.compile(r"(?<!\S)[وف]?كأن(?:ما|ه|ها|هم)?(?!\S)")
_AS_IF_WORDS = 3  # words from "كأن" to the act it likens


def likened(ctx: DocContext, hit: CueHit) -> bool:
    """ "تحولت جنازته إلى ما يشبه مظاهرة حاشدة", "باتت المدينة أشبه بساحة حرب": a verbal noun
    a thing is likened to is a simile, no such act; so is any act after "كأن" ("وكأن قنبلة
    انفجرت فعلا": as if a bomb had gone off)."""
    word_start = ctx.in_word_prefix(hit.start)[1]
    lo = max(ctx.clause_bounds(hit.start)[0], ctx.sentence(hit.start).start)
    i = bisect_left(ctx.token_starts, word_start)
    if i > 0:
        lo = max(lo, ctx.token_starts[max(i - _AS_IF_WORDS, 0)])
    if _AS_IF_RE.search(ctx.doc.text, lo, word_start):
        return True
    if hit.key in ctx.lex.verb_keys:
        return False
    prefix = ctx.in_word_prefix(hit.start)[0]
    if prefix.lstrip("وف").startswith("ك"):
        return True  # "جند الأطفال كانتحاريين": "as", the role someone is put in, no act
    if _compared(ctx.words_before(word_start, _COMPARED_WORDS)):
        return True  # "أكبر بمئات المرات من تفجير قنبلة هيروشيما": the yardstick, no act
    words = ctx.words_before(word_start, 2)
    if words and _AS_AGENT.match(words[-1]):
        return True  # "استغلال الأطفال كمفجرين انتحاريين": the role in its participle
    return bool(set(words) & _LIKENED)


# a comparative, its measure ("بمئات المرات", "بكثير"), then "من" and the act compared with
# ("أقوى بعشر مرات من انفجار"); not "أكثر من"/"أقل من", a count of real acts ("أكثر من هجوم")
_COMPARATIVES = frozenset(
    normalize_keys("أكبر أقوى أشد أعنف أضخم أخطر أفظع أسوأ أصغر أضعف".split())
)
_MEASURES = frozenset(normalize_keys("مرات المرات مرة المرة بكثير بمراحل أضعاف".split()))
_COMPARED_WORDS = 5


def _compared(words: list[str]) -> bool:
    if len(words) < 2 or words[-1] != "من":
        return False
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w in _COMPARATIVES or (w[:1] == "و" and w[1:] in _COMPARATIVES):
            return True
        if not (w in _MEASURES or w.startswith("ب")):
            return False
    return False


# "ك" + a plural participle ("كمفجرين", "كمقاتلين", "كمسلحين"): the role of the noun it heads
_AS_AGENT = regex.compile(r"^[وف]?كم\S{3,}(?:ين|ون)$")


_PROTEST_ADVERBS = frozenset({"احتجاجا", "واحتجاجا"})


def protest_as_motive(
    ctx: DocContext, hit: CueHit, tdef: TriggerDef, clause: tuple[int, int]
) -> bool:
    """ "قرر رفض تلبية الدعوة احتجاجا على الصمت الدولي", "تتقدم باحتجاج": the adverb "احتجاجا"
    (in protest) says why an act was done; the act is a demonstration only when its clause
    tells people gathering, marching, striking or closing ("خرجوا إلى الشوارع احتجاجا",
    "أغلق التجار محالهم احتجاجا"). A decision, a boycott or a recall in protest is none."""
    if tdef.event_type != "Protests" or hit.key not in _PROTEST_ADVERBS:
        return False
    sent = ctx.sentence(hit.start)
    return not ctx.has_cue(sent.start, sent.end, "gathering_acts")


def feigned(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """ "تظاهر الحارس بالإصابة", "أن تتظاهر بعدم الاهتمام": the verb "تظاهر بـ" feigns a state;
    only the verb: "قالت مشاركة في المظاهرات بأن …" names a demonstration and what was said."""
    if tdef.event_type != "Protests" or hit.key not in ctx.lex.verb_keys:
        return False
    end = ctx.sentence(hit.start).end
    return (
        ctx.cue_after(hit.end, "feigned_that", 0, end) is not None
        or ctx.cue_after(hit.end, "feigned_states", _FEIGNED_WORDS, end) is not None
    )


_FEIGNED_WORDS = 3  # "تظاهر حارس مرمى المنتخب بالإصابة": the subject stands between


_LODGED_WORDS = 4  # "احتجت الولايات المتحدة الأمريكية لدى الحكومة": the subject stands between
# "لدى" + a verbal noun of time is "upon" ("تظاهروا لدى وصول الوزير"), no addressee
_UPON = frozenset({"وصول", "وصوله", "وصولها", "زياره", "مرور", "خروج", "خروجه", "دخول", "دخوله",
                   "عوده", "عودته", "عودتها", "انتهاء", "بدء", "اعلان", "سماع", "استقبال"})


def lodged_with(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """ "احتجت الولايات المتحدة لدى الحكومة الإيرانية": a protest lodged with a government is
    diplomacy, no gathering (the noun lodged, "قدمت احتجاجا لدى …", is a trigger exclusion)."""
    if tdef.event_type != "Protests" or hit.key not in ctx.lex.verb_keys:
        return False
    sent = ctx.sentence(hit.start)
    words = ctx.norm_of(hit.end, sent.end).split()[: _LODGED_WORDS + 2]
    for i, w in enumerate(words[: _LODGED_WORDS + 1]):
        if w.lstrip("و") == "لدي":
            return i + 1 >= len(words) or words[i + 1] not in _UPON
    return False


_ON = "علي"  # "على", normalised
_SUBJECT_WORDS = 8  # the subject, its attribute and a time word between a control verb and "على"


def object_on(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> int | None:
    """Where the object of a control verb starts when the subject stands between the verb and
    its "على" ("سيطرت فرق الدفاع المدني السبت على حريق نشب …"): the trigger's exclusion
    window read from the verb would end on the subject and never reach the fire. None for a
    verbal noun ("السيطرة على الحريق": the object follows at once) or no "على" in reach."""
    if hit.key not in ctx.lex.verb_keys:
        return None
    i = bisect_left(ctx.token_starts, hit.end)
    norms, starts = ctx.token_norms, ctx.token_starts
    seen = 0
    while i < len(norms) and starts[i] < clause[1] and seen <= _SUBJECT_WORDS:
        form = norms[i] or ""
        if form == _ON:
            return ctx.token_ends[i] if seen else None  # right after the verb: its own window
        if form and form[0].isalpha():
            seen += 1
        i += 1
    return None
