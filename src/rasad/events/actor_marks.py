"""How the words next to one actor name its part in a clause, before the clause is read.

Split from :mod:`rasad.events.actor_roles`, which weighs these marks over a whole sentence:
- a marker word before the actor: an agent ("برصاص X", "غارات للتحالف", "من قبل X"), a
  patient ("ضد X", "مواقع للمسلحين"), one of two sides ("بين X و Y") or a member ("عناصر من X");
- a supporter ("بدعم وإسناد من X", "مسنودة بطيران X") backs a side and is no side of its own.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.attributed import attributed_to
from rasad.events.context import DocContext
from rasad.events.guards import Guarded
from rasad.events.later_act import subject_of_later_act
from rasad.events.lexicon import CueHit
from rasad.events.verb_object_owner import owner_of_verb_object

# "هجوم شنه/نفذته X": a relative verb whose subject is the doer of the event before it
_RELATIVE_AGENT_VERBS = (
    "شنته", "شنها", "شنتها", "شنه", "شنوه", "نفذته", "نفذها", "نفذتها", "نفذه",
    # the present ("القصف الذي تشنه قوات النظام", "الحملة التي يشنها الجيش")
    "تشنه", "يشنه", "تشنها", "يشنها", "تنفذه", "ينفذه", "تنفذها", "ينفذها", "يشنونه",
)
# "صاروخ أطلقته طائرة إسرائيلية", "قنبلة ألقتها مروحية": who fired or dropped the weapon —
# the doer of the strike, but the side whose missile was intercepted ("اعترضت الدفاعات صاروخا
# أطلقته ميليشيا الحوثي": ACLED's actor2 of the interception)
FIRING_VERBS = frozenset(
    {"اطلقته", "اطلقتها", "اطلقه", "اطلقها", "اطلقوه", "القته", "القتها", "القاه", "القاها"}
)
_INTERCEPT_REACH = 10  # words back from the firing verb to an interception word

AGENT_WORDS = frozenset(
    {
        "قبل",
        "يد",
        "برصاص",
        "رصاص",
        "بنيران",
        "نيران",
        "بقصف",
        "قصف",
        # an attack noun followed by a group, in construct or with ل, names the attacker: "في
        # هجوم لداعش", "بغارة للتحالف", "صواريخ الحوثيين" (a target follows على/ضد instead)
        *(
            pre + noun
            for pre in ("", "ب")
            for noun in ("هجوم", "هجمات", "غاره", "غارات", "تفجير", "تفجيرات", "كمين",
                         "اعتداء", "اعتداءات", "قذايف", "صواريخ", "صاروخ")
        ),
        # "قصف جوي شنته قوات التحالف": the subject of a relative verb after the trigger acts
        *_RELATIVE_AGENT_VERBS,
        # "طائرات للتحالف", "طيران النظام", "مقاتلات التحالف": who flies the aircraft strikes
        "طايرات",
        "طايره",
        "طيران",
        "مقاتلات",
        "مروحيات",
        "مروحيه",
    }
)
PATIENT_WORDS = frozenset({"ضد", "علي", "مع", "من", "عن", "استهداف", "باتجاه", "نحو", "الي"})
HEAD_NOUNS = frozenset(
    "تنظيم قوات حركه جماعه ميليشيا ميليشيات مليشيا مليشيات عناصر مقاتلي فصائل فصيل جيش كتائب "
    "لواء".split()
)
MEMBER_NOUNS = frozenset(
    "دفعه دفعات مجموعه قافله عناصر عنصر مقاتلين مقاتلا مقاتل جنود جندي افراد مسلحين مسلحون "
    "قياديا قيادي ضابط ضباط العناصر "
    # duals and accusatives: "جنديان من الجيش المالي", "قتلوا ضابطا من الشرطة"
    "جنديا جنديان جنديين عنصران عنصرين ضابطا ضابطان ضابطين مقاتلان".split()
)
# "قوات من الجيش الوطني أحكمت سيطرتها", "قوة من الشرطة": a part of the force named after
# "من" is that force, not who lost a place to it
_FORCE_PARTS = frozenset({"قوات", "قوه", "وحدات", "وحده", "كتيبه", "سريه", "دوريه"})
_TIME_WORDS = frozenset({"اليوم", "امس", "الليله", "فجر", "صباح", "مساء", "ليل", "ظهر", "فجرا"})
# "مدرسة الشرطة", "مقر المخابرات", "حاجز للجيش": an actor right after a facility or position
# noun owns the target; it is attacked or loses it, it does not act
FACILITY_NOUNS = frozenset(
    "مدرسه مقر مقرات مبني مباني مركز مراكز قسم مديريه اكاديميه كليه ثكنه ثكنات حاجز حواجز نقطه "
    "نقاط موقع مواقع معسكر قاعده مطار كتيبه سريه دوريه رتل ارتال مخفر تجمع تجمعا تجمعات مستودع "
    "مستودعات معاقل معقل صفوف مخازن آليات اليات عربات "
    # a force's cars and buses are targets too ("انفجار سيارتين للجيش", "حافلة للشرطة")
    "سياره سيارات سيارتين سيارتان حافله حافلات حافلتين عربه عربتين مركبه مركبات".split()
)

# position nouns that open some actor names ("مواقع المعارضة", "معاقل الثوار"); a force's
# vehicles do not: "آليات الاحتلال" drive and fire
_POSITION_HEADS = frozenset("موقع مواقع معقل معاقل مقر مقرات معسكر معسكرات".split())


def _facility(word: str) -> bool:
    """A facility or position noun, also in the accusative ("قصف موقعا للجيش")."""
    return word in FACILITY_NOUNS or (word.endswith("ا") and word[:-1] in FACILITY_NOUNS)


# a group's ranked men named with "في" ("قيادي في داعش", "عنصرا في الحزب"), and a force's
# soldiers and officers by rank ("جندي في الجيش السوري", "ضابط برتبة عقيد في الشرطة")
# (normalised as the words they are compared with are: "قائد" is read as "قايد")
_RANKED_MEMBERS = frozenset(
    normalize_key(w)
    for w in "قيادي قياديا قياديين قيادات عضو عضوا اعضاء عنصر عنصرا عناصر امير اميرا والي "
    "جندي جنديا جنديان جنديين جنود ضابط ضابطا ضابطان ضابطين ضباط قائد قائدا "
    "عقيد عقيدا عميد عميدا نقيب نقيبا رائد رائدا ملازم ملازما مقدم مقدما رقيب رقيبا "
    "عريف عريفا "
    # "قتلت القوات زعيمين بتنظيم الدولة", "مقتل قائدين في الحركة": leaders and commanders
    "زعيم زعيما زعيمان زعيمين زعماء قائدان قائدين قادة قياديان "
    # "عشرين ناشطا في جماعة بوكو حرام", "مقاتلا في داعش": a group's activists and fighters
    "ناشط ناشطا ناشطان ناشطين ناشطون نشطاء مقاتلا مقاتلين مقاتلون".split()
)

# "مرتبطة بـ": the people or cell named before belong to the group after it
_LINKED = frozenset("مرتبط مرتبطه مرتبطين مرتبطون المرتبطه المرتبطين المرتبطون".split())

# "من أيدي X", "من قبضة X", "من سيطرة X": X holds what is taken from it
_HOLD_NOUNS = frozenset({"ايدي", "يد", "قبضه", "سيطره"})


# "بدعم وإسناد من قوات ومقاتلات التحالف", "مسنودة بطيران التحالف", "بالتعاون مع جبهة النصرة":
# who lends support, cover, backing or a hand to a side fights with it (ACLED: an associated
# actor), never against it
_SUPPORT_NOUNS = frozenset(
    "دعم اسناد مسانده غطاء تغطيه مدعومه مدعوم مدعومين مدعومون مسنوده مسنود مسنودين مسنودون "
    "مساندا دعما اسنادا مسنودا مدعوما التعاون تعاون بالتعاون مشاركه المشاركه".split()
)
# a support verb whose subject follows it: "قوات الجيش يساندها الطيران الحربي"
_SUPPORT_VERBS = frozenset("يساندها يسانده تساندها تسانده يساندهم تساندهم".split())
# words that may stand between the support noun and the supporter's name
# ("بالتعاون مع جبهة النصرة", "بالمشاركة مع": a side's partner is named after "مع")
_SUPPORT_FILLERS = frozenset(
    {"جوي", "جويه", "مباشر", "مباشره", "ناري", "مدفعي", "من", "قبل", "مع"}
)
_FORCE_WORDS = frozenset({"مقاتلات", "طايرات", "طيران", "مروحيات", "بوارج", "سفن", "وحدات"})
# adjectives of the cover or of the aircraft that may stand in the phrase too ("بغطاء جوي كثيف
# من الطائرات الحربية الروسية")
_SUPPORT_ADJECTIVES = frozenset(
    "كثيف كثيفه مكثف مكثفه حربي حربيه مسير مسيره مسيرات".split()
)


# a quick test on the raw text before the token check (every spelling of the nouns above)
_SUPPORT_STEMS = Guarded(
    regex.compile(r"دعم|مدعوم|[اأإ]سناد|ساند|غطاء|تغطي|مسنود|تعاون|مشارك"),
    ("دعم", "مدعوم", "سناد", "ساند", "غطاء", "تغطي", "مسنود", "تعاون", "مشارك"),
)


def _strip_clitics(word: str) -> str:
    """A word without و/ف and then ب/ل before it ("وبإسناد" → "اسناد")."""
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    if word[:1] in ("ب", "ل") and len(word) > 4:
        word = word[1:]
    return word


def _backs(ctx: DocContext, actor: Span) -> bool:
    """The actor is named as the supporter of a side: a support noun ("بدعم"، "وإسناد"،
    "مسنودة") before it, with only force nouns, "من"/"من قبل" and air/fire adjectives between
    ("بدعم وإسناد من قوات ومقاتلات التحالف", "مسنودة بطيران التحالف"), or a support verb
    right before it ("يساندها الطيران الحربي")."""
    if not _SUPPORT_STEMS.search(ctx.doc.text, max(0, actor.start - 90), actor.start):
        return False  # no support word near: the common case, decided without tokens
    prefix, word_start = ctx.in_word_prefix(actor.start)
    words = ctx.words_before(word_start, 7)
    if prefix.endswith("ب") and words and _strip_clitics(words[-1]) in _SUPPORT_NOUNS:
        return True  # "مسنودة بالتحالف"
    if words and words[-1].lstrip("و") in _SUPPORT_VERBS:
        return True
    if _backs_by_noun(words, prefix):
        return True
    if words and words[-1] in _PART_OF and not prefix:
        # "بإسناد من القوات الإماراتية ضمن التحالف العربي": the whole the backer is part of
        # backs the side with it
        at = ctx.token_starts[bisect_left(ctx.token_starts, word_start) - 1]
        for other in ctx.spans_in(ctx.actors, max(0, at - 80), at):
            if other.end <= at and ctx.tokens_between(other.end, at) == 0:
                return _named_backer(ctx, other)
    return _joined_to_backer(ctx, prefix, word_start)


# "ضمن التحالف", "في إطار": the whole the actor before is part of
_PART_OF = frozenset({"ضمن"})


def _backs_by_noun(words: list[str], prefix: str) -> bool:
    """A support noun before the actor with only force nouns, descriptors and fillers between."""
    seen_filler = False
    for w in reversed(words):
        bare = _strip_clitics(w)
        if bare in _SUPPORT_NOUNS:
            return seen_filler or prefix.endswith("ب")
        if w in HEAD_NOUNS or bare in _FORCE_WORDS or _bare(w) in _FORCE_WORDS or (
            _bare(w) in _DESCRIPTORS
        ):
            continue
        if w in _SUPPORT_FILLERS or w == "و" or _bare(w) in _SUPPORT_ADJECTIVES:
            seen_filler = True
            continue
        return False
    return False


_JOIN_GAP = 1  # words (an adjective: "المقاومة الشعبية") between a backer and the "و" after it


def _joined_to_backer(ctx: DocContext, prefix: str, word_start: int) -> bool:
    """"مسنودا بالمقاومة الشعبية وطيران التحالف": aircraft or ships joined by "و" to a backer
    right before them back the same side. Only a force noun after "و" counts: in "بين الجيش
    المدعوم من التحالف والحوثيين" the group after "و" is the other side."""
    i = bisect_left(ctx.token_starts, word_start)
    norms = ctx.token_norms
    first = (norms[i] or "") if i < len(norms) else ""
    # the force noun may open the actor's own name ("وطيران التحالف")
    conj = word_start if prefix == "و" and first[1:] in _FORCE_WORDS else -1
    while conj < 0 and i > 0 and word_start - ctx.token_starts[i - 1] < 40:
        i -= 1
        w = norms[i] or ""
        if w.startswith("و") and w[1:] in _FORCE_WORDS:
            conj = ctx.token_starts[i]
        elif w not in HEAD_NOUNS and w not in _FORCE_WORDS:
            return False
    if conj < 0:
        return False
    for other in ctx.spans_in(ctx.actors, max(0, conj - 80), conj):
        if other.end <= conj and ctx.tokens_between(other.end, conj) <= _JOIN_GAP:
            return _named_backer(ctx, other)
    return False


def _named_backer(ctx: DocContext, actor: Span) -> bool:
    """The actor is a supporter found by the actor lexicon's support pairs or by _backs."""
    return any(b.start == actor.start for _a, b in ctx.support) or _backs(ctx, actor)


# "بنيران إسرائيلية", "برصاص تركي": fire named by its country's adjective is an actor whose
# own first word is the agent noun (the actor lexicon's qualified "نيران"/"رصاص")
_FIRE_NOUNS = frozenset({"نيران", "رصاص"})


def fire_of(ctx: DocContext, actor: Span) -> bool:
    """The actor is a force's fire told with ب ("قتل فلسطيني بنيران إسرائيلية"): the doer."""
    prefix, _word_start = ctx.in_word_prefix(actor.start)
    first = normalize_key(ctx.doc.text[actor.start : actor.end].split(" ", 1)[0])
    return prefix.endswith("ب") and first in _FIRE_NOUNS


def linked_group(ctx: DocContext, actor: Span) -> bool:
    """ "خلية مرتبطة بتنظيم القاعدة", "أشخاص مرتبطين بداعش": the group the people or cell named
    before belong to (held with them in an arrest, never who holds them)."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if not prefix.endswith("ب"):
        return False
    before = ctx.words_before(word_start, 2)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    return bool(before) and before[-1] in _LINKED


def _marker(ctx: DocContext, actor: Span, trig: CueHit) -> str:
    """'agent', 'patient', 'between' or '' from the words just before the actor."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if fire_of(ctx, actor):
        return "agent"
    before = ctx.words_before(word_start, 4)
    # a noun before "و" is a side of its own ("بين القوات ومجموعة إرهابية"), not this one's
    # head or describing noun
    joined = prefix.startswith("و")
    if subject_of_later_act(ctx, word_start, trig):
        return "agent"  # "قتل جنديان حين هاجم مسلحون نقطة": the attack's doers killed them
    while before and before[-1] in HEAD_NOUNS and not joined:
        before = before[:-1]  # "مع تنظيم «داعش»": the marker is before
    owned = False
    while before and not joined and (
        _bare(before[-1]) in _DESCRIPTORS
        or (before[-1].startswith("ل") and _bare(before[-1]) in _LEADERS)
    ):
        # "مواقع للمسلحين الحوثيين": a describing noun between the target and the group;
        # "موقعا لقيادات داعش": the group's leaders, with ل, own the target as the group does
        owned = owned or before[-1].startswith("ل")
        before = before[:-1]
    prev = before[-1] if before else ""
    if owned and _facility(prev):
        return "patient"
    if owned and any(_facility(w) for w in ctx.words_before(word_start, _OWNER_WORDS)):
        return "patient"  # "مقر قيادة ودعم لوجستي لعصابات داعش": the target's owner, further back
    if prev == "من" and len(before) > 1 and before[-2] in MEMBER_NOUNS | _FORCE_PARTS:
        return "member"  # "عناصر من داعش": the group of the people named before
    if prev == "في" and len(before) > 1 and _bare(before[-2]) in _RANKED_MEMBERS:
        # "اعتقال قيادي في تنظيم داعش", "الرائد … الضابط في الجيش": the man's group or force
        return "member"
    if linked_group(ctx, actor):
        return "member"
    timeless = before
    while timeless and timeless[-1] in _TIME_WORDS:
        timeless = timeless[:-1]
    if prev in _TIME_WORDS and timeless and timeless[-1] in AGENT_WORDS:
        # "هجوم شنته (صباح) اليوم المقاومة": time words between the verb and its subject
        return "agent"
    if _facility(prev) or (prev != "من" and ctx.next_word(actor.start) in _POSITION_HEADS):
        # "سيطرته على مدرسة الشرطة": the police lost the school; "قصفت الطائرات معاقل
        # المعارضة": a name that itself begins with a position noun is the target too
        return "patient"
    if prev in _COMMAND_NOUNS and len(before) > 1 and _facility(before[-2]):
        return "patient"  # "مقر قيادة الجيش", "مبنى قيادة الشرطة": the force owns the target
    if prev in _HOLD_NOUNS and len(before) > 1 and before[-2] == "من":
        return "patient"  # "استعادة المدينة من أيدي الحوثيين": who loses it
    if prev in FIRING_VERBS:
        lo = ctx.sentence(word_start).start
        intercepted = ctx.cue_before(word_start, "intercept", _INTERCEPT_REACH, lo) is not None
        return "patient" if intercepted else "agent"
    if prev in AGENT_WORDS or (len(before) > 1 and before[-2] == "من" and prev == "قبل"):
        return "agent"
    if prev == "من" and _attack_noun_before(before[:-1]):
        return "agent"  # "بغارة من طائرات التحالف", "قصف مدفعي من قوات النظام"
    if prefix.endswith("ل") and _people_of(before):
        # "القيادات الأجنبية لتنظيم داعش هربت بعد أن نهبت": a group's people named with ل
        # are the group itself, acting or hit as its members are, not its target
        return "member"
    # counted from the actor's word, proclitic included ("غارات مكثفة لمقاتلات التحالف")
    near_trigger = actor.start >= trig.end and ctx.tokens_between(trig.end, word_start) <= 1
    civilians = getattr(actor.value, "inter", None) == 7
    if prefix.endswith("ل") and near_trigger and owner_of_verb_object(ctx, trig, word_start):
        return "patient"  # "قصفت أهدافا لتنظيم الدولة": the owner of the verb's object
    if prefix.endswith("ل") and near_trigger and prev not in PATIENT_WORDS and not civilians:
        # "حملات خطف لمدنيين", "استهداف للمدنيين": civilians after ل are what the act fell on
        return "agent"  # "غارات للطيران الروسي", "قصف لقوات النظام"
    if prefix.endswith("ب") and near_trigger:
        return "agent"
    if prev in ("بين", "وبين") or (
        len(before) > 1
        and before[-2] in ("بين", "وبين")
        and prev in ("تنظيم", "قوات", "حركه", "جماعه", "ميليشيا")
    ):
        return "between"
    if prev == "من" and len(before) > 1 and before[-2] in _MORE_THAN:
        return ""  # "أن أكثر من طائرة حربية إيرانية اعترضت": how many of the actor, not a target
    if prev == "الي" and attributed_to(ctx, word_start, trig):
        return "agent"  # "هجوم نسبته مصادر أمنية إلى تنظيم الدولة": the side it is laid to
    if prev in PATIENT_WORDS or prefix.endswith("ل"):
        return "patient"
    if _counted_after_on(ctx, word_start):
        return "patient"
    return ""


def _counted_after_on(ctx: DocContext, word_start: int) -> bool:
    """ "القبض على ثلاثة مسلحين", "هجوم على خمسة جنود": men counted right after "على" are
    what the act fell on, whatever the count's words (the count hides the preposition)."""
    counts = ctx.spans_in(ctx.numbers, max(0, word_start - 40), word_start)
    count = next((n for n in reversed(counts) if n.end <= word_start), None)
    if count is None or ctx.tokens_between(count.end, word_start) != 0:
        return False
    return ctx.words_before(count.start, 1) == ["علي"]


def counted_of(ctx: DocContext, word_start: int, words: int) -> bool:
    """ "مقتل 20 من مليشيات الحوثي": a bare count ``words`` words ("من" and any head nouns)
    before the name counts the group's own men (it stands for "20 عنصرا")."""
    counts = ctx.spans_in(ctx.numbers, max(0, word_start - 60), word_start)
    count = next((n for n in reversed(counts) if n.end <= word_start), None)
    return count is not None and ctx.tokens_between(count.end, word_start) == words


# an attack noun followed by "من" and a force names who made the attack ("بغارة من طائرات
# التحالف"); a place or a loss is taken "من" a side only after other words ("استعادة البلدة من")
_ATTACK_NOUNS = frozenset(
    "هجوم هجمات غاره غارات قصف قصفا ضربه ضربات تفجير تفجيرات قذايف صواريخ صاروخ كمين "
    "اعتداء اعتداءات".split()
)
# an adjective that may stand between the attack noun and "من" ("قصف مدفعي من")
_ATTACK_ADJECTIVES = frozenset(
    "جوي جويه جويا مدفعي مدفعيه صاروخي صاروخيه عنيف عنيفه عنيفا مكثف مكثفه مكثفا "
    "مسلح مسلحا انتحاري".split()
)


# "أكثر من"/"أقل من" before an actor counts the actor's own men or craft
_MORE_THAN = frozenset({"اكثر", "اقل"})

# "مقر قيادة الجيش": a command noun between a facility and its owner
_COMMAND_NOUNS = frozenset({"قياده", "القياده", "اركان", "رياسه"})


def _attack_noun_before(before: list[str]) -> bool:
    """The words before "من" end in an attack noun, maybe with one adjective after it."""
    if before and before[-1] in _ATTACK_ADJECTIVES:
        before = before[:-1]
    return bool(before) and _bare(_strip_clitics(before[-1])) in _ATTACK_NOUNS


# nouns that describe a group's men ("المسلحين الحوثيين", "لمتمردي الحوثي")
_DESCRIPTORS = frozenset(
    "مسلحين مسلحي متمردين متمردي مقاتلين مقاتلي عناصر ميليشيات ميليشيا مليشيات مليشيا "
    "قوات عصابات تنظيم".split()
)


# a group's leaders ("لقيادات داعش"): owners of a target only when joined to it by ل
_LEADERS = frozenset("قيادات قاده قياديين امراء زعماء".split())


_OWNER_WORDS = 6  # a target's noun this many words before "لعصابات"/"لمسلحي" names its owner


# people of a group ("قيادات"، "عناصر"): "X لداعش" names the group's own members
_PEOPLE_NOUNS = frozenset(
    "قيادات قاده قياديين عناصر مقاتلين مسلحين افراد جنود ضباط امراء زعماء اعضاء منتسبي "
    "منتسبين".split()
)


def _people_of(before: list[str]) -> bool:
    """The words before a ل-marked actor end in a people noun, maybe with one adjective
    ("القيادات الأجنبية")."""
    if before and _bare(before[-1]) in _PEOPLE_NOUNS:
        return True
    return (
        len(before) > 1
        and before[-1].startswith("ال")
        and _bare(before[-2]) in _PEOPLE_NOUNS
        and before[-2].startswith("ال")
    )


def _bare(word: str) -> str:
    """A normalised word without و/ف and the article or ل/لل/بال before it."""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    for p in ("بال", "لل", "ال", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p) :]
    return word


_NATIONALS: dict[int, tuple[object, frozenset[str]]] = {}


def _nationals(ctx: DocContext) -> frozenset[str]:
    """Normalised singular nationality nouns (cues.yaml sets.singular_nationals), per lexicon."""
    lex = ctx.lex
    cached = _NATIONALS.get(id(lex))
    if cached is None or cached[0] is not lex:
        words = (lex.cues.get("sets") or {}).get("singular_nationals") or ()
        cached = (lex, frozenset(normalize_key(str(w)) for w in words))
        _NATIONALS[id(lex)] = cached
    return cached[1]


def national_object(ctx: DocContext, pos: int, end: int, *, definite_before: bool) -> bool:
    """A nationality noun standing alone as a verb's object at ``pos``: the accusative singular
    ("قتل الجيش الأحد فلسطينيا") or the plural in "-يين" ("قتلت القوات فلسطينيين اثنين").
    The plural also agrees with an indefinite noun before it as its adjective ("قتل جنود
    فلسطينيين"), so it counts only after a definite name (``definite_before``); a word glued
    to "و" joins the subject instead."""
    i = bisect_left(ctx.token_starts, pos)
    if i >= len(ctx.token_starts) or ctx.token_starts[i] >= end:
        return False
    form = ctx.token_norms[i] or ""
    if ctx.in_word_prefix(ctx.token_starts[i])[0].startswith(("و", "ف")):
        return False
    nationals = _nationals(ctx)
    if form.endswith("ا") and form in nationals:
        return True
    return definite_before and form.endswith("يين") and form[:-2] in nationals
