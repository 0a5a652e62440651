"""Why a trigger tells no event here: the status of one trigger in its sentence and clause.

A trigger is read in its sentence: a byline or a question, a negation, an irrealis or a purpose,
a statement or an allegation about an act, background and history, a habit or a situation
(stative, ongoing), a generic or evaluative mention, another sense of the word. The events stage
asks ``trigger_status`` for each trigger and lexicon entry; "" means the trigger tells an event.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import cast

import regex

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events import accidents, senses
from rasad.events.aims import aim_stated
from rasad.events.called_for import called_for
from rasad.events.conflict_deals import no_conflict_side
from rasad.events.context import DocContext
from rasad.events.counterfactual import almost_done, counterfactual_answer
from rasad.events.future_year import dated_to_come
from rasad.events.guards import Guarded
from rasad.events.judged_likely import judged_likely
from rasad.events.lexicon import CueHit, TriggerDef
from rasad.events.mourning import mourned
from rasad.events.not_done import not_done
from rasad.events.past_decade import past_decade
from rasad.events.periods import since_dates_another
from rasad.events.reference import elapsed_since, long_ago, own_date
from rasad.events.sentence_shape import sentence_shape, word_keys
from rasad.events.statements import (
    DURATION_AFTER_RE,
    alleged,
    future_governor,
    future_means,
    future_predicate,
    habitual_relative,
    judged_topic,
    modal_or_future,
    occurrence_denied,
    period_before,
    pluperfect_past_year,
    provoking_cause,
    ranked,
    report_finding,
    subjunctive,
    suffered_habitually,
    sums_up_period,
    undated_light_verb,
    undated_present,
    weekday_plan,
)
from rasad.events.threat_scope import (
    past_verb_opens_clause,
    threat_joined,
    threatened,
)

_LONG_SINCE_RE = Guarded(
    regex.compile(
        r"منذ\s+(?:\S+\s+){0,3}?(?:اشهر|شهور|عام|عامين|اعوام|سنوات|سنه|سنتين|عقود|عقد"
        # decades: "منذ نهايه السبعينات"
        r"|(?:ال)?(?:خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات))(?!\S)"
        # since the outbreak or the start: "ومنذ اندلاع المعارك اغتصبت 15 امراه", "سيطرت منذ بدء
        # العمليه على 87 قريه" — a tally over a campaign, not an event
        r"|منذ\s+(?:اندلاع|بدء|بدايه|انطلاق|انطلاقه)(?!\S)"
    ),
    ("منذ",),  # "since" opens every alternative
)
# "أعمال عنف عديدة منذ نهاية السبعينات": since a decade, after the trigger too (a "since two
# years" after it may be a superlative, "the worst in two years"; a decade is never news)
# right after the trigger: "سيطرت منذ بدء العمليه على 87 قريه"
_PUNCT_RE = regex.compile(r"\p{P}")  # quotes closing a quoted toll ("… منذ ثلاثة أشهر"،)
_SINCE_START_RE = Guarded(
    regex.compile(r"(?:\S+\s+)?منذ\s+(?:اندلاع|بدء|بدايه|انطلاق|انطلاقه)(?!\S)"),
    ("منذ",),  # "since"
)
_DECADES_RE = Guarded(
    regex.compile(
        r"منذ\s+(?:\S+\s+){0,2}?(?:ال)?(?:خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)(?!\p{L})"
    ),
    ("منذ",),  # "since"
)


class _Every:
    """Holds every cue set: what a trigger reaching out of its sentence is read with."""

    def __contains__(self, name: object) -> bool:
        return True


_EVERY = _Every()


def _cue_sets_around(
    ctx: DocContext, sent: Span, hit: CueHit, clause: tuple[int, int], word_start: int
) -> frozenset[str] | _Every:
    """The cue sets of the cues that start in the sentence, found once per sentence (every
    trigger of it asks, under each of its entries; some seventy checks each): a check whose
    cue set is not among them finds no cue and is skipped. The checks read only cues inside
    the sentence when the clause, the word and the trigger lie in it; else every set counts
    as present and each check looks for itself."""
    if not (
        sent.start <= clause[0]
        and clause[1] <= sent.end
        and sent.start <= word_start
        and hit.end <= sent.end
    ):
        return _EVERY
    memo = ctx.memo.get("sentence_cue_sets")
    if memo is None or memo[0] is not ctx.cues:  # (made again if the cues were replaced)
        memo = ctx.memo["sentence_cue_sets"] = (ctx.cues, {})
    by_sentence = cast("dict[tuple[int, int], frozenset[str]]", memo[1])  # type: ignore[index]
    key = (sent.start, sent.end)
    found = by_sentence.get(key)
    if found is None:
        starts = ctx.cue_starts
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end, lo)
        found = by_sentence[key] = frozenset().union(*map(_SETS_OF, ctx.cues[lo:hi]))
    return found


_SETS_OF = attrgetter("sets")


def trigger_status(
    ctx: DocContext,
    hit: CueHit,
    tdef: TriggerDef,
    sent: Span,
    clause: tuple[int, int],
    total_clauses: set[int],
) -> str:
    """Why a trigger is not an event here ("" when it is one)."""
    shape = sentence_shape(ctx, sent) or not_done(ctx, hit, tdef, sent, clause)
    if shape:
        return shape
    if tdef.verb_only:
        # a verb of several senses is this trigger only as a verb with its cue near; in another
        # sense ("كان يحاول طعن الإسرائيلي" with no blade named) it has no reading of its own
        # (an attempt) to pass on to the act joined to it ("… وأطلق النار على الفلسطيني")
        if tdef.near_set and not _near(
            ctx, hit, _unbroken(ctx, sent), tdef.near_set, tdef.near_window, tdef.near_side
        ):
            return "no_context"
        if ctx.in_word_prefix(hit.start)[0].endswith(("ال", "لل")):
            return "generic"  # "الانتحار بالقفز أو الطعن بالسكين": a way of doing, no act told
    # read once for all the checks below: the cue sets the sentence holds (a check whose cue
    # set is not among them is skipped: its look-up could find nothing), the word's proclitics
    # and start, and whether the trigger is a verb's form
    prefix, word_start = ctx.in_word_prefix(hit.start)
    cues = _cue_sets_around(ctx, sent, hit, clause, word_start)
    nominal = hit.key not in ctx.lex.verb_keys
    negation = (
        ctx.cue_before(hit.start, "negation", ctx.window("negation", 3), clause[0])
        if "negation" in cues
        else None
    )
    if negation is not None and not (
        senses.ended_with(ctx, hit, negation) or senses.at_least(ctx, negation)
    ):
        return "negated"
    if "denial" in cues and occurrence_denied(ctx, hit, clause):
        return "negated"  # "نفى المتحدث … وقوع اشتباكات"
    denied = (
        ctx.cue_before(hit.start, "denial", ctx.window("denial"), sent.start)
        if "denial" in cues
        else None
    )
    irrealis = (
        "irrealis" in cues
        and (
            ctx.cue_before(hit.start, "irrealis", ctx.window("irrealis"), clause[0])
            or (
                ctx.cue_before(hit.start, "irrealis", 4, sent.start)
                and not past_verb_opens_clause(ctx, hit, clause)
            )
            or (
                _list_item(ctx, hit)
                and ctx.cue_before(hit.start, "irrealis", _LIST_WORDS, sent.start)
            )
        )
    ) or ("threat_verb" in cues and threat_joined(ctx, hit, clause))
    if irrealis and not denied:
        return "irrealis"
    if not denied and "irrealis" in cues and subjunctive(ctx, hit, sent):
        return "irrealis"  # "وتخشى تركيا، التي …، أن يؤدي هجوم شامل إلى …"
    if not denied and "call_verb" in cues and called_for(ctx, hit, sent):
        return "irrealis"  # "ودعت تنسيقيات … في محافظات …، الأهالي إلى المشاركة في تظاهرات"
    if "aim_links" in cues and aim_stated(ctx, hit, clause):
        return "irrealis"  # "وتتمثل أهداف العملية في طرد المسلحين من خلال تحرير القرى"
    present = hit.key[:1] in ("ي", "ت", "ن") and not nominal
    if present and ctx.words_before(hit.start, 1) == ["قد"]:
        return "irrealis"  # "قد تستهدف": may target
    if not denied and "likely" in cues and judged_likely(ctx, hit, clause, word_start):
        return "irrealis"  # "ومن المرجح أن تندلع اشتباكات": may happen, not yet done
    if ("almost" in cues and almost_done(ctx, hit, clause, word_start)) or (
        "counterfactual" in cues and counterfactual_answer(ctx, hit, sent, prefix)
    ):
        return "irrealis"  # "كادت المدينة تسقط", "لولا تدخل الشرطة لقتل المحتجون الحارس"
    if (
        hit.key[:1] in ("ي", "ت")
        and not nominal
        and "stative" in cues
        and ctx.cue_before(hit.start, "stative", 0, sent.start)
    ):
        return "stative"
    if undated_present(ctx, hit, sent):
        return "stative"  # "ويحتجز المسلحون المدنيين": a state or a habit with no day of its own
    if undated_light_verb(ctx, hit, sent, clause):
        return "stative"  # "وتشن القوات هجوما في درعا": a situation with no day of its own
    if habitual_relative(ctx, hit, sent):
        return "stative"  # "للهجمات التي تشنها الطائرات": a practice, no day of its own
    if (
        tdef.territory
        and nominal
        and "stative_noun" in cues
        and ctx.cue_before(hit.start, "stative_noun", 1, sent.start)
    ):
        return "stative"  # "مناطق سيطرة النظام", "خاضعة لسيطرة"
    if nominal and tdef.id == "arrest" and _in_custody(ctx, hit):
        return "stative"  # "مع الإبقاء على الخطرين قيد الاعتقال": held, no arrest made
    two_before = ctx.words_before(word_start, 2)
    if nominal and set(two_before) & _DEMANDS_OF:
        # "تلبية المطالب المشروعة للمتظاهرين": the protesters' demands, no gathering told
        return "other_sense"
    if nominal and set(ctx.words_before(word_start, 1)) & NAME_OF:
        # "المتحدث باسم المتظاهرين", "وقال منظمو الاحتجاجات": a group spoken for, not an act
        return "other_sense"
    if nominal and _background_before(ctx, hit, clause[0], cues):
        return "background"  # "منذ استعادة القوات …", "بعد يوم على انتزاع عفرين"
    if (
        nominal
        and "backdrop" in cues
        and ctx.cue_before(word_start, "backdrop", ctx.window("backdrop", 1), clause[0])
    ):
        return "background"  # "في ظل تزايد الاحتجاجات", "على وقع الاحتجاجات": the backdrop
    if two_before in _SINCE_PAST or (not nominal and ctx.words_before(word_start, 1) == ["منذ"]):
        return "background"  # "منذ أن سيطرت حماس", "منذ استولى فصيل", "سبق أن اعتقل": past
    if nominal and provoking_cause(ctx, hit, sent):
        return "background"  # "وأثار الاغتيال موجة من الاحتجاجات": the cause, told before
    if nominal and "own_battles" in cues and _own_battle(ctx, hit, clause):
        return "generic"  # "في معركتها ضد أعداء الوطن", "في إحدى معاركه": a party's war, no day's
    if (
        nominal
        and "record" in cues
        and ctx.cue_before(hit.start, "record", ctx.window("record", 8), sent.start)
    ):
        return "history"  # "وكانت أبرز إنجازات الألوية، تحرير باب المندب": a record
    if nominal and _famous(ctx, hit, clause):
        return "history"  # "في معركة لوثين الشهيرة", "مجزرة حماة الشهيرة": a known past act
    if "similar" in cues and ctx.cue_after(hit.end, "similar", 0, clause[1]):
        return "background"  # "غارة مماثلة", "هجمات مشابهة": other events, for comparison
    if "pluperfect" in cues and _released_after(ctx, hit, sent):
        return "background"  # "أفرج عن صحفيين كانا اعتقلا بعد نشر تقرير": their past
    if "not_first_time" in cues and _not_the_first_time(ctx, hit, sent):
        return "history"  # "وهذه ليست المرة الأولى التي يشن فيها … غارات على البوكمال"
    if (
        ("pluperfect" in cues and _told_earlier(ctx, hit, sent))
        or pluperfect_past_year(ctx, hit, sent)
        or long_ago(ctx, hit)
        or past_decade(ctx, hit)
    ):
        return "history"
    if (
        nominal
        and "condemnation" in cues
        and ctx.cue_before(hit.start, "condemnation", ctx.window("condemnation", 8), sent.start)
    ):
        return "statement"  # "أدانت النقابة … اختطاف الصحفيين": about events, not one event
    if nominal and (senses.mourned_act(ctx, hit) or mourned(ctx, hit)):
        return "background"  # "شيع الآلاف ضحايا الغارة": the dead of an act told elsewhere
    if (
        nominal
        and "protest_cause" in cues
        and ctx.cue_before(word_start, "protest_cause", 1, sent.start)
    ):
        return "statement"  # "احتجاجا على اعتقال المعلمين": the cause, an earlier event
    if (
        nominal
        and "topic" in cues
        and ctx.cue_before(hit.start, "topic", ctx.window("topic", 8), clause[0])
    ):
        return "statement"  # "بحث الجانبان الهجمات …": the topic of talks or a report
    if (
        nominal
        and "investigated" in cues
        and ctx.cue_before(word_start, "investigated", ctx.window("investigated", 4), clause[0])
        and not own_date(ctx, hit)
    ):
        return "statement"  # "للتحقيق في تقارير وقوع هجوم": what an inquiry looks into
    if alleged(ctx, hit, sent, clause, cues):
        return "statement"  # "اتهمت … الحوثيين بقصف الأحياء", "اعتقل بتهمة قتل": an allegation
    if threatened(ctx, hit):
        return "irrealis"  # "تلقى تهديدات بالقتل": the act threatened, not done
    if nominal and _near_the_act(ctx, hit):
        return "background"  # "في كيتشانغا القريبة من المعارك": a place told by the fighting
    if (
        nominal
        and "irrealis" in cues
        and _complement(ctx, hit)
        and ctx.cue_before(hit.start, "irrealis", ctx.window("irrealis"), sent.start)
    ):
        return "irrealis"  # the verbal noun is what a call or a threat asks for ("دعت إلى …")
    if (
        tdef.territory
        and hit.key[:1] in ("ي", "ت")
        and not nominal
        and not (
            "state_change" in cues
            and ctx.cue_before(hit.start, "state_change", ctx.window("state_change", 2), sent.start)
        )
    ):
        return "stative"  # "تسيطر القوات على المدينة": who holds it, not who took it
    if tdef.id == "agreement_made" and prefix in _PURPOSE_L:
        # "لتوقيع اتفاقية", "للتوصل إلى اتفاق": the act of concluding a deal after the purpose
        # "ل" is an aim ("لوقف إطلاق النار" after a deal is its content: not here)
        return "irrealis"
    if (tdef.purpose_irrealis or tdef.purpose_bare) and nominal:
        # NB: prefix.endswith("ل") also holds for the article ("السيطرة"); reading that as no
        # purpose adds references on dev (4 FP, 0 TP), so the older reading is kept for now
        bare = prefix in ("ل", "ول", "فل")  # ل without the article: "لمواجهة", not "للمعارك"
        # "انتهت بالسيطرة": after "بـ" the ل is the article's, no purpose
        purpose = prefix.endswith("ل") and not prefix.lstrip("وف").startswith("ب")
        if purpose and prefix.lstrip("وف") == "ال" and _achieved(ctx, hit):
            purpose = False  # "تمكنت القوات من السيطرة على المدينة": done, not aimed at
        if (tdef.purpose_irrealis and purpose) or (tdef.purpose_bare and bare):
            return "irrealis"  # "لخروج" / "للسيطرة" / "لمواجهة": in order to, not done
    if (tdef.purpose_irrealis or tdef.purpose_bare) and not nominal and prefix in _PURPOSE_OF_FORM:
        # "لبسط السيطرة عليها", "دعما للتصدي للتنظيم": a verbal noun spelt like the verb (a
        # verb takes no article, so "لل" is ل + article here), aimed at
        return "irrealis"
    if (
        nominal
        and "purpose_heads" in cues
        and ctx.cue_before(word_start, "purpose_heads", 0, clause[0])
    ):
        return "irrealis"  # "عملية عسكرية لاستكمال تحرير المديرية": what a step is taken for
    if nominal and "option_words" in cues and _option_of(ctx, hit, clause):
        return "irrealis"  # "خيار المقاومة في تحرير الأرض": a path chosen, no act done
    if (
        tdef.casualty
        and "wounded_of" in cues
        and ctx.cue_before(hit.start, "wounded_of", _WOUNDED_OF_WORDS, clause[0])
        and ctx.cue_after(hit.end, "died_of_wounds", 1, clause[1])
    ):
        return "background"  # "اثنين من مصابي القوات استشهدا متأثرين بجراحهما": a toll risen
    if (
        nominal
        and tdef.event_type == "Protests"
        and "wave_before" in cues
        and ctx.cue_before(word_start, "wave_before", 0, clause[0])
        and not own_date(ctx, hit)
    ):
        return "background"  # "بعد موجة احتجاجات": a series of protests given as the cause
    if nominal and "eve_of" in cues and ctx.cue_before(word_start, "eve_of", 0, clause[0]):
        return "irrealis"  # "عشية تظاهرات مضادة": on the eve of it, still to come
    if (
        nominal
        and "topic_heads" in cues
        and ctx.cue_before(word_start, "topic_heads", 0, clause[0])
    ):
        return "generic"  # "وعلى صعيد العمليات العسكرية، …": a heading, the field reported on
    if (
        nominal
        and "habitual_after" in cues
        and ctx.cue_after(hit.end, "habitual_after", 0, clause[1])
    ):
        return "generic"  # "حفزتها التظاهرات اليومية": a habit, no one act
    # (word_start: "بتحريم المظاهرات": the article is no word)
    if (
        nominal
        and "nonspecific" in cues
        and ctx.cue_before(word_start, "nonspecific", 0, clause[0])
        and not denied
    ):
        return "generic"  # "أي هجوم واسع سيضعف جبهاته": any attack, none in particular
    if tdef.territory and nominal and senses.state_left(ctx, hit):
        return "stative"  # "بعد تحريرها من سيطرة الميليشيات": the control ended, not taken
    if not denied and (
        modal_or_future(ctx, hit, clause, cues)
        or future_means(ctx, hit, clause)
        or future_governor(ctx, hit)
        or future_predicate(ctx, hit, clause)
        or dated_to_come(ctx, hit)
        or (nominal and tdef.event_type == "Protests" and weekday_plan(ctx, hit))
    ):
        return "irrealis"  # "قد تساعد في اعتراض …", "معركة إدلب ستكون حاسمة"
    if "cessation" in cues and ctx.cue_after(
        hit.end, "cessation", ctx.window("cessation", 3), clause[1]
    ):
        return "ended"
    if "irrealis_after" in cues and ctx.cue_after(
        hit.end, "irrealis_after", ctx.window("irrealis_after", 3), clause[1]
    ):
        return "irrealis"  # "ضربة عسكرية وشيكة"
    if (
        nominal
        and "scheduled" in cues
        and ctx.cue_after(hit.end, "scheduled", ctx.window("scheduled", 1), clause[1])
    ):
        return "irrealis"  # "قبل احتجاجات مقررة في مطلع الأسبوع": scheduled, still to come
    if tdef.casualty and accidents.cause_told(ctx, sent) and not accidents.violence_told(ctx, sent):
        return "accident"  # drowned, earthquake, road accident: not political violence
    if accidents.accident_story(ctx, hit, tdef, sent):
        return "accident"  # "انتشلوا جثة الضحية الثانية" in a report on a landslide
    if senses.ordinary_crime(ctx, tdef, sent):
        return "crime"  # "اعتقلت الشرطة المتهم", "القبض على الجاني": a criminal case
    if "drill_words" in cues and ctx.cue_before(hit.start, "drill_words", _DRILL_WORDS, clause[0]):
        return "other_sense"  # "واشتمل التدريب على صد هجوم": a drill rehearses the act
    if "weapons_tests" in cues and senses.weapons_test(ctx, tdef, sent):
        return "other_sense"  # "أجرت تجربة نووية … التفجير": a test, no attack
    for name, win, side in tdef.excludes:
        # (a sports word is read by senses.sports_word_near, over more than the sentence)
        if (name in cues or name == "sports_words") and _excluded(ctx, hit, sent, name, win, side):
            return "other_sense"  # "السيطرة على الحريق", "قواعد الاشتباك", "رئيس التحرير"
    if senses.controlled_detonation(ctx, hit, sent):
        return "other_sense"  # "عثرت على عبوة ناسفة وعملت على تفجيرها": disposed of
    if tdef.territory and _object_excluded(ctx, hit, tdef, clause):
        return "other_sense"  # "سيطرت فرق الدفاع المدني السبت على حريق"
    if accidents.accidental_explosion(ctx, hit, sent, clause):
        return "accident"  # "انفجار ناجم عن تسرب غاز": a household or industrial accident
    if accidents.accident_retold(ctx, hit, sent):
        return "accident"  # "ووقع الانفجار في المصنع" after an explosion at a chemical plant
    if nominal and "unit_heads" in cues and _unit_named(ctx, hit, clause):
        return "in_name"  # "يترأس وحدة التفجيرات", "قيادة العمليات": a unit named by its task
    if (
        senses.not_a_verb_form(ctx, hit)
        or senses.likened(ctx, hit)
        # (each reads its sets over the sentence: none of them there, no sports or arts word)
        or ("sports_domain" in cues and senses.sports_metaphor(ctx, tdef, sent))
        or (("plot_frames" in cues or "arts_domain" in cues) and senses.arts_story(ctx, sent))
        or senses.cultural_gathering(ctx, hit, tdef)
        or senses.facing(ctx, hit, clause)
        or senses.same_political_deal(ctx, hit, tdef)
        or no_conflict_side(ctx, tdef, sent)
        or senses.martyrs_named(ctx, hit, tdef)
        or senses.protest_as_motive(ctx, hit, tdef, clause)
        or senses.feigned(ctx, hit, tdef)
        or senses.lodged_with(ctx, hit, tdef)
    ):
        return "other_sense"
    if nominal and report_finding(ctx, hit, sent):
        return "statement"  # "ولفت تقرير اللجنة إلى … غارات جوية تشن على قرى"
    nclause = ctx.norm_of(clause[0], hit.start)
    after = ctx.norm_of(hit.end, clause[1])
    since_other = _since_of_another(ctx, hit, clause)
    if (
        _LONG_SINCE_RE.search(nclause)
        # a toll "since" months or years ("القتلى سقطوا خلال عمليات العنف … منذ أكثر من ثلاثة
        # أشهر"): a total over a period, no one day's dead
        or (
            tdef.casualty
            and since_other is None
            and _LONG_SINCE_RE.search(_PUNCT_RE.sub(" ", after))
        )
        or (since_other is None and _DECADES_RE.search(after))
        or ((since := _SINCE_START_RE.match(after)) and not ranked(ctx, hit, sent, since[0]))
        or DURATION_AFTER_RE.match(after)
        or sums_up_period(ctx, hit, sent, clause)
        or period_before(ctx, hit, sent, clause)
    ):
        return "ongoing"  # "تشهد سوريا منذ عامين … عمليات عسكرية": a situation, not an event
    if (
        (
            "generic" in cues
            and any(
                since_other is None or g.start < since_other
                for g in ctx.cues_in(clause[0], clause[1], "generic")
            )
        )
        or (
            "evaluative" in cues
            and ctx.cue_before(hit.start, "evaluative", ctx.window("evaluative", 4), clause[0])
        )
        or senses.described_as(ctx, hit)
        or ("evaluative" in cues and judged_topic(ctx, hit, clause))
        or (nominal and "involvement" in cues and _involvement(ctx, hit, clause))
        or _kind_of_acts(ctx, hit)
        or ("habitual_suffering" in cues and suffered_habitually(ctx, hit, clause))
    ):
        return "generic"  # "ووصف العملية بمعركة كبيرة": a judgement, no act of its own
    if clause[0] in total_clauses:
        return "total"
    if tdef.near_set and not _near(
        ctx, hit, _unbroken(ctx, sent), tdef.near_set, tdef.near_window, tdef.near_side
    ):
        return "no_context"
    return ""


_CLOSING = (".", "!", "?", "؟", ":", "؛", "»", '"')


def _unbroken(ctx: DocContext, sent: Span) -> Span:
    """The sentence with the lines before it that end with no closing punctuation: a page's
    linked words set on lines of their own break a sentence ("وشهدت الولايات الأربعاء،
    <line> تظاهرات <line> وأعمال عنف"), and its context cues are read over the whole of it."""
    text = ctx.doc.text
    start, k = sent.start, ctx.sentence_index(sent.start)
    for _ in range(_BROKEN_LINES):
        if k == 0:
            break
        prev = ctx.sentences[k - 1]
        gap = text[prev.end : start]
        if "\n" not in gap or text[prev.start : prev.end].rstrip().endswith(_CLOSING):
            break
        start, k = prev.start, k - 1
    return sent if start == sent.start else Span(start, sent.end, sent.label)


_BROKEN_LINES = 3  # "الأربعاء،" / "تظاهرات" / "وأعمال عنف": a linked word on its own line


def _own_battle(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "معركته مع المتطرفين", "معاركهم": a battle noun with a possessive pronoun names the war
    or the campaign a party wages (or a man's battles of the past), not one day's fighting.
    With another act told in its clause ("قتل عشرة جنود في معركتهم مع داعش") it is that act's
    setting and is left to tell its sides."""
    word_start = ctx.in_word_prefix(hit.start)[1]
    if not any(c.end == hit.end for c in ctx.cues_in(word_start, hit.end, "own_battles")):
        return False
    return not any(t.start != hit.start and clause[0] <= t.start < clause[1] for t in ctx.triggers)


def _in_custody(ctx: DocContext, hit: CueHit) -> bool:
    """ "قيد الاعتقال", "رهن الاحتجاز": in custody, a state that goes on; only a verb of placing
    right before makes it the arrest ("وضعته الشرطة رهن الاعتقال", "تم إيداعه قيد الاحتجاز")."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix not in ("ال", "") or ctx.words_before(word_start, 1) not in (["قيد"], ["رهن"]):
        return False
    placing = ctx.words_before(word_start, 4)[:-1]
    # "ووضعته": the conjunction before the verb, whose own first letter is و
    return not any(w.startswith(_PLACING) or w[1:].startswith(_PLACING) for w in placing)


# "وضع", "وضعت", "وضعه", "يوضع", "أودع", "إيداعه" (normalised without hamza)
_PLACING = ("وضع", "يوضع", "توضع", "اودع", "يودع", "تودع", "ايداع")


def _option_of(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "صوابية خيار المقاومة في تحرير الأرض", "الخيار العسكري لاستعادة المدينة": a verbal noun
    after "في" or the purpose "ل", two words at most after "خيار", is what the option is for;
    an act joined by و after it ("لجأ إلى الخيار العسكري وشن هجوما") is done."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if not (prefix.lstrip("وف").startswith("ل") or ctx.words_before(word_start, 1) == ["في"]):
        return False
    return ctx.cue_before(word_start, "option_words", 2, clause[0]) is not None


_WOUNDED_OF_WORDS = 6  # "اثنين من مصابي متدربي قوات الأمن الخاصة استشهدا"
_PURPOSE_OF_FORM = frozenset({"ل", "ول", "فل", "لل", "ولل", "فلل"})
_DRILL_WORDS = 6  # "واشتمل التدريب على صد هجوم معاد": the drill, then what it rehearses


_ACHIEVED_FRAMES = frozenset({"بعدما", "بعد", "عقب", "التي", "الذي", "الذين"})
_ACHIEVED_WORDS = 5  # "تمكنت قوات الجيش اليمني أمس من السيطرة": the verb, its subject, "من"


def _unit_named(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "وحدة التفجيرات", "قيادة العمليات العسكرية": a unit head with the act as its definite
    complement names the unit by its task, no act. Only the bare article joins them: with any
    other proclitic the word starts a new phrase ("سيارة مدير المدرسة لإطلاق نار")."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    definite = prefix == "ال" or (not prefix and hit.key.startswith("ال"))
    return definite and bool(ctx.cue_before(word_start, "unit_heads", 0, clause[0]))


def _achieved(ctx: DocContext, hit: CueHit) -> bool:
    """ "تمكنت القوات من السيطرة على المدينة", "نجح الجيش في استعادة": a definite verbal noun
    after "من/في" that a verb of achievement governs tells what was done, not an aim."""
    word_start = ctx.in_word_prefix(hit.start)[1]
    if ctx.words_before(word_start, 1) not in (["من"], ["في"]):
        return False
    floor = ctx.sentence(hit.start).start
    verb = ctx.cue_before(word_start, "achievement", _ACHIEVED_WORDS, floor)
    # "بعدما تمكنت من السيطرة على أبين", "السرية التي تمكن الجيش من السيطرة عليها": an
    # achievement told as the time of another act, or in a relative clause, is presupposed;
    # it is left to the purpose reading as before
    return verb is not None and not set(ctx.words_before(verb.start, 1)) & _ACHIEVED_FRAMES


def _excluded(
    ctx: DocContext, hit: CueHit, sent: Span, cue_set: str, window: int, side: str
) -> bool:
    """An exclusion cue near the trigger; a sports word named as a landmark ("قرب الملعب")
    excludes nothing."""
    if cue_set == "sports_words":
        return senses.sports_word_near(ctx, hit, sent, window, side)
    return _near(ctx, hit, sent, cue_set, window, side)


def _object_excluded(
    ctx: DocContext, hit: CueHit, tdef: TriggerDef, clause: tuple[int, int]
) -> bool:
    """An exclusion cue heading the object after the "على" of a control verb whose subject
    comes between: the head or the word after it ("على حريق", "على الوضع"), not further on
    ("على مبنى إدارة الأمن" is a building taken)."""
    on = senses.object_on(ctx, hit, clause)
    return on is not None and any(
        side != "before" and ctx.cue_after(on, name, min(win, 1), clause[1]) is not None
        for name, win, side in tdef.excludes
    )


def _near(ctx: DocContext, hit: CueHit, sent: Span, cue_set: str, window: int, side: str) -> bool:
    """A cue of ``cue_set`` within ``window`` words after and/or before the trigger."""
    if side in ("after", "both") and ctx.cue_after(hit.end, cue_set, window, sent.end):
        return True
    floor = ctx.in_word_prefix(hit.start)[1]  # "والتحرير": the proclitics are no cue word
    return side in ("before", "both") and (
        ctx.cue_before(floor, cue_set, window, sent.start) is not None
    )


_PURPOSE_L = frozenset({"ل", "ول", "فل", "لل", "ولل", "فلل"})
_SINCE_PAST = (["منذ", "ان"], ["سبق", "ان"], ["سبق", "وان"])


_COMPLEMENT_MARKERS = frozenset({"الي", "من", "ب", "عن", "علي"})


def _complement(ctx: DocContext, hit: CueHit) -> bool:
    """The verbal noun is governed by a preposition ("إلى", "بـ", "من"): what a call, a demand
    or a warning is about, when such a verb comes earlier in the sentence."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prefix.rstrip("ال").endswith(("ب", "ل")) or prefix.endswith("لل"):
        return True
    return bool(set(ctx.words_before(word_start, 4)) & _COMPLEMENT_MARKERS)


NAME_OF = frozenset(
    {"باسم", "ممثل", "ممثلي", "ممثلو", "ممثلا", "منظمو", "منظمي", "ومنظمو", "ومنظمي"}
)
_DEMANDS_OF = frozenset({"مطالب", "المطالب", "لمطالب", "بمطالب", "ومطالب", "مطالبات"})
# a list joined by a phrase, not by و ("دعا إلى تنكيس الأعلام، بالإضافة إلى إضراب")
LIST_JOINERS = (["بالاضافه", "الي"], ["اضافه", "الي"], ["فضلا", "عن"], ["علاوه", "علي"])
_FAMOUS = frozenset({"الشهيره", "الشهيرتين", "الشهيرات"})


def _famous(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "معركة لوثين الشهيرة", "المجزرة الشهيرة": a feminine act noun called famous, right
    after it or after its name, is a known act of the past, not the day's news."""
    if not hit.key.endswith(("ه", "ات")):
        return False
    i = bisect_left(ctx.token_starts, hit.end)
    words = [w for w in ctx.token_norms[i : i + 2] if w]
    return bool(set(words) & _FAMOUS) and ctx.token_starts[i] < clause[1] if words else False


_LIST_WORDS = 20  # "دعا إلى تنكيس الأعلام لمدة 3 أيام حدادا على القتلى، بالإضافة إلى إضراب"


_NEAR_HEADS = frozenset({"القريبه", "القريب", "قريبه", "قريب", "قريبا", "بالقرب", "القريبين"})


def _near_the_act(ctx: DocContext, hit: CueHit) -> bool:
    """ "لجأوا إلى المنطقة القريبة من المعارك", "قرب الاشتباكات": a definite act named as what a
    place is near is the fighting told elsewhere, a landmark here, no event of its own."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if not prefix.lstrip("وف").endswith("ال"):
        return False
    words = ctx.words_before(word_start, 2)
    if words[-1:] == ["قرب"] or (prefix.lstrip("وف") == "بال" and words[-1:] == ["قريبا"]):
        return True
    return len(words) == 2 and words[1] == "من" and words[0] in _NEAR_HEADS


def _list_item(ctx: DocContext, hit: CueHit) -> bool:
    """A verbal noun joined to a list by "بالإضافة إلى", "فضلا عن": an item of what went
    before it, a call's items too."""
    if hit.key in ctx.lex.verb_keys:
        return False
    return ctx.words_before(ctx.in_word_prefix(hit.start)[1], 2) in LIST_JOINERS


def _not_the_first_time(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "وهذه ليست المرة الأولى التي يشن فيها سلاح الجو غارات داخل سوريا، حيث شنت مقاتلاته
    غارات على البوكمال": an act told after "not the first time" in its sentence is one of the
    earlier acts recalled, unless it has a day of its own ("… فقد قتل أمس ثلاثة")."""
    if ctx.cue_before(hit.start, "not_first_time", _NOT_FIRST_REACH, sent.start) is None:
        return False
    return not own_date(ctx, hit)


_NOT_FIRST_REACH = 40  # words from "ليست المرة الأولى" to an act it recalls, in its sentence


def _told_earlier(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "وكان التنظيم قد سيطر في مرحلة سابقة على المدينة": the pluperfect with a phrase of a
    remote past after it tells a past event as background; so does an earlier statement about
    the act ("وكانت الجبهة أعلنت، في وقت سابق، سيطرتها على المطار"). The act itself told "في وقت
    سابق" ("وكان خمسة مدنيين قد قتلوا في وقت سابق بانفجار عبوة"), or "في وقت سابق اليوم", is
    an act of this news."""
    was = ctx.cue_before(hit.start, "pluperfect", ctx.window("pluperfect", 8), sent.start)
    if was is None:
        return False
    limit = ctx.window("earlier_time", 12)
    said = None  # whether a reporting verb stands between the كان and the act (read once)
    for cue in ctx.cues_in(was.end, sent.end, "earlier_time") + ctx.cues_in(
        was.end, sent.end, "earlier_news"
    ):
        if ctx.tokens_between(was.end, cue.start) > limit:
            continue
        if ctx.cue_after(cue.end, "same_day", 1, sent.end) is not None:
            continue
        if "earlier_time" in cue.sets:
            return True
        if said is None:
            said = bool(ctx.cues_in(was.end, hit.start, "reporting_verbs"))
        if said:
            return True
    return False


def _since_of_another(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> int | None:
    """Where a "since" phrase after the trigger starts, when it dates another thing than the
    act (periods.since_dates_another); None otherwise."""
    starts, norms = ctx.token_starts, ctx.token_norms
    i = bisect_left(starts, hit.end)
    while i < len(starts) and starts[i] < clause[1]:
        if (norms[i] or "").lstrip("و") == "منذ":
            return starts[i] if since_dates_another(ctx, starts[i]) else None
        i += 1
    return None


def _involvement(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """ "كان متورطا في عمليات اغتيال", "يشتبه بضلوعه في تفجيرات": a person's part in acts of
    a kind (a plural) is a charge or a record; one act ("عن تورط شخصين في اغتياله") or an act
    the clause dates ("بتورطه في تفجيرات أمس") stays."""
    word_start = ctx.in_word_prefix(hit.start)[1]
    plural = hit.key.split(" ", 1)[0].endswith("ات") or bool(
        set(ctx.words_before(word_start, 1)) & _KIND_HEADS
    )
    if not plural or ctx.cue_before(word_start, "involvement", 3, clause[0]) is None:
        return False
    return not (
        ctx.spans_in(ctx.dates, clause[0], clause[1])
        or _TODAY_WORDS_RE.search(ctx.norm_of(clause[0], clause[1]))
    )


_KIND_HEADS = frozenset({"عمليات", "اعمال", "حوادث", "جرائم", "سلسله"})
_CASES_OF = frozenset(normalize_key(w) for w in ("حالات", "جرائم"))


def _kind_of_acts(ctx: DocContext, hit: CueHit) -> bool:
    """ "حالات القتل التي نفذتها الشرطة", "وارتكبوا جرائم القتل والحصار": cases or crimes of a
    definite act noun name a kind of act, no one act ("حالات اختطاف" may be counted news)."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if not prefix.lstrip("وف").endswith("ال"):
        return False
    words = ctx.words_before(word_start, 1)
    return bool(words) and words[0].lstrip("وف").removeprefix("ب").removeprefix("ل") in _CASES_OF


_TODAY_WORDS_RE = regex.compile(r"(?<!\S)[وف]?(?:اليوم|امس|الليله|البارحه)(?!\S)")


def _released_after(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """ "أفرج بكفالة عن صحفيين كانا اعتقلا بعد نشر تقرير": a perfect verb right after "كان"
    ("قد" may stand between), in a sentence that tells a release before it, is what befell the
    people released, told as their background; the release is the news."""
    if hit.key not in ctx.lex.verb_keys or hit.key[:1] in ("ي", "ت", "ن"):
        return False
    words = ctx.words_before(ctx.in_word_prefix(hit.start)[1], 2)
    was = ctx.cue_before(hit.start, "pluperfect", 1 if words[-1:] == ["قد"] else 0, sent.start)
    if was is None or ctx.cue_before(was.start, "release_words", 12, sent.start) is None:
        return False
    # "عن الصحفية التي كانت اعتقلت يوم الاثنين": an arrest with a day of its own is news
    return not ctx.spans_in(ctx.dates, hit.end, sent.end)


def _background_before(
    ctx: DocContext, hit: CueHit, floor: int, cues: frozenset[str] | _Every
) -> bool:
    """A background cue in the clause before a verbal noun; "منذ" only before an event noun
    ("منذ سيطرة التنظيم"), not before a time ("منذ صباح اليوم … السيطرة"). ``cues``: the cue
    sets of the sentence (none of the set there: no look-up)."""
    window = ctx.window("background", 8)
    cue = ctx.cue_before(hit.start, "background", window, floor) if "background" in cues else None
    if cue is None:
        return elapsed_since(ctx, hit, floor, window)
    if cue.key == "منذ":
        nxt = _next_word(ctx, cue.end)
        return nxt not in word_keys(ctx, "background_time_words")
    return True


def _next_word(ctx: DocContext, pos: int) -> str:
    return ctx.next_word(pos)
