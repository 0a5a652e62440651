"""Default and unnamed actors: the sides ACLED codes when the article names none.

ACLED never leaves a violent event's actor1 empty: an unclaimed bomb or shooting is an
"Unidentified Armed Group (country)"'s, a strike with no named flier the air force the article
told of, the victims of violence against civilians "Civilians (country)", and the crowds of
protests and riots "Protesters"/"Rioters" of the event's country. Lethal force against
demonstrators and demonstrators "clashing" with a force are coded as ACLED codes them.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from rasad.actors.dictionary import Entry, Lexicon, Template, default_lexicon
from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.counts import bare
from rasad.events.force_hit import (
    adjective_iso,
    attack_told,
    country_adjective,
    country_word_isos,
    unnamed_force_hit,
)
from rasad.events.lexicon import CueHit
from rasad.events.location import article_country
from rasad.events.record import country_name, place_iso2
from rasad.events.speaker_forces import speaker_own_forces
from rasad.events.state_phrases import state_phrases
from rasad.events.status import NAME_OF

_UNCLAIMED_BY_UNIDENTIFIED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_DETENTIONS = frozenset({"Arrests", "Abduction/forced disappearance"})
# event types ACLED always gives a perpetrator, "Unidentified Armed Group" when none is named
_NEVER_UNCLAIMED = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# sub-types whose trigger nouns are acts ("قصف", "غارة"), not people: "انتحاري سعودي" is the
# bomber's nationality, never a state's act
_ACT_NOUN_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def unnamed_perpetrator(ctx: DocContext, m: args.Mention) -> None:
    """ACLED never leaves actor1 empty: an attack or a bomb whose perpetrator no account in the
    article names ("تعرضت سيارته لإطلاق نار") was an unidentified armed group's. Air strikes are
    left alone (only a state flies), and so are battles (their sides are named or inferred)."""
    if m.sub_event_type in _INTERCEPTED and m.actor2_name is None and m.fired_from:
        _launcher_by_origin(m)
    unnamed = m.actor1_name is None or m.actor1_name.startswith("Unidentified Armed Group")
    if unnamed and m.claimant and m.claimant[0] != m.actor2_name:
        # "وتبنى تنظيم داعش الهجوم": ACLED codes a claimed attack to the group claiming it
        m.actor1_name, m.inter1 = m.claimant
        return
    if (
        m.actor1_name is None
        and m.event_type in _NEVER_UNCLAIMED
        and m.sub_event_type not in ("Air/drone strike", "Chemical weapon")
    ):
        m.country = m.country or article_country(ctx)
        # rockets fired from Gaza on southern Israel: a group of the place they came from
        name = _template("Unidentified Armed Group", m.fired_from or m.country)
        if name is None:
            return  # no country to name the group by: ACLED has no country-less template
        m.actor1_name, m.inter1 = name, 3
        m.actor_fallback = True  # no evidence for it: the event's confidence stays as it was
    elif (
        m.actor1_name is None
        and m.event_type == "Battles"
        and m.inter2 == 1
        and (attack_told(ctx, m.sent))
    ):
        # "قتل 7 جنود في هجوم على حاجز للجيش": the state force attacked is named, the attackers
        # no account names; the attack word itself says there were some (not a fallback)
        m.country = m.country or article_country(ctx)
        name = _template("Unidentified Armed Group", m.country)
        if name is not None:
            m.actor1_name, m.inter1 = name, 3


# "القوات" with no name after it: some state's forces the dictionary could not resolve
_BARE_FORCES = frozenset({"القوات", "والقوات"})


def _unnamed_forces_arrest(ctx: DocContext, m: args.Mention) -> bool:
    """ "واعتقلت القوات ثلاثة مطلوبين": an arrest whose subject, right after or before the
    trigger, is the bare word for forces, which no actor name covers."""
    if m.sub_event_type != "Arrests":
        return False
    after = ctx.words_after(m.trigger.end, 2, m.sent.end)
    before = ctx.words_before(m.trigger.start, 1)
    if not set(after[:1] + before[-1:]) & _BARE_FORCES:
        return False
    hi = min(m.sent.end, m.trigger.end + 20)
    return not ctx.spans_in(ctx.actors, max(m.sent.start, m.trigger.start - 20), hi)


def _is_police(name: str | None) -> bool:
    """The name is a state's police: a dictionary force serving as police, or the police
    template of a country the dictionary lists no police for ("Police Forces of Pakistan")."""
    if not name:
        return False
    lex = default_lexicon()
    entry = lex.entry_for(name)
    if entry is not None:
        return "police" in entry.serves
    template = lex.templates.get("police")
    if template is None:
        return False
    head = template.pattern.split("{country}")[0]
    return bool(head) and name.startswith(head)


def _civilian_site_hit(ctx: DocContext, m: args.Mention) -> bool:
    """The act was aimed at a place civilians use ("استهدفت سوقا شعبيا", "انفجار قرب مسجد"): a
    civilian site within six words after the trigger in its clause, not owned by a force named
    right after it ("مسجد مقر قوات الطوارئ", "منزل قائد في الحشد")."""
    lo, hi = ctx.clause_bounds(m.trigger.start)
    hi = min(hi, m.sent.end)
    site = ctx.cue_after(m.trigger.end, "civilian_sites", 6, hi) or _site_undergoing(ctx, m, lo)
    if site is None:
        return False
    # a site told before the trigger is owned by no one told after it ("لقصف الحوثيين")
    top = min(hi, site.end + 40, m.trigger.start if site.end <= m.trigger.start else hi)
    owners = ctx.spans_in(ctx.actors, site.end, top)
    return not any(
        args._inter(a) in args.ARMED_INTER and ctx.tokens_between(site.end, a.start) <= 3
        for a in owners
    )


# "تعرضت الأحياء السكنية لقصف": the verb of undergoing, its subject the place hit
_UNDERGO = frozenset({"تعرضت", "تعرض", "تتعرض", "يتعرض", "تعرضا", "تعرضتا"})


def _site_undergoing(ctx: DocContext, m: args.Mention, lo: int) -> CueHit | None:
    """ "وتعرضت الأحياء السكنية في تعز لقصف الحوثيين": a civilian site between a verb of
    undergoing and the trigger (glued to ل) within eight words is the place the act hit."""
    prefix, word_start = ctx.in_word_prefix(m.trigger.start)
    if not prefix.endswith("ل"):
        return None
    words = ctx.words_before(word_start, 8)
    if not any(bare(w) in _UNDERGO for w in words):
        return None
    first = max(lo, word_start - 120)
    sites = ctx.cues_in(first, word_start, "civilian_sites")
    return sites[-1] if sites and ctx.tokens_between(sites[-1].start, word_start) <= 7 else None


# an interception: actor1 the side that stopped the weapon, actor2 the side that fired it
_INTERCEPTED = frozenset({"Disrupted weapons use"})


def _launcher_by_origin(m: args.Mention) -> None:
    """ "اعترضت الدفاعات الجوية السعودية صاروخا أطلق من اليمن": a missile stopped with no one
    named who fired it is ACLED's actor2 all the same, the insurgents of the country it came
    from (the Houthis in Yemen; elsewhere its unidentified armed group)."""
    if m.fired_from == m.country:
        return  # fired from the scene's own country: nothing says which side fired it
    lex = default_lexicon()
    launcher = lex.for_family("insurgents", m.fired_from, m.date)
    if isinstance(launcher, Entry):
        m.actor2_name = lex.name_on(launcher, m.date)
        m.inter2 = lex.inter_on(launcher, m.date, where=m.fired_from)
    elif isinstance(launcher, Template):
        m.actor2_name = lex.template_name(launcher, m.fired_from or "")
        m.inter2 = launcher.inter


def _template(kind: str, iso2: str | None) -> str | None:
    """ "Civilians (Yemen)": an ACLED template actor of a country; None without one (ACLED
    has no "Civilians" or "Unidentified Armed Group" of nowhere)."""
    cname = country_name(iso2)[0] if iso2 else None
    return f"{kind} ({cname})" if cname else None


def default_actors(ctx: DocContext, m: args.Mention) -> None:
    # without a place or an actor of the event's own, the country of most of the article's
    # places (a dateline alone says where the reporter was, not where the event was)
    country = place_iso2(m.place) or _actor_country(ctx, m) or article_country(ctx)
    m.country = country
    # "قتل 16 فلسطينيا بنيران إسرائيلية": without a place the victims' nationality, not the
    # killer's country, says whose civilians they are
    civilians = _template("Civilians", place_iso2(m.place) or _victims_iso(ctx, m) or country)

    def spoken_for(pos: int) -> bool:  # "المتحدث باسم المتظاهرين": not the protesters
        return bool(set(ctx.words_before(ctx.in_word_prefix(pos)[1], 1)) & NAME_OF)

    if (
        m.actor1 is not None
        and m.inter1 in (5, 6, 7)
        and m.event_type not in ("Protests", "Riots")
        and spoken_for(m.actor1.start)
    ):
        # "نجا متحدث باسم المتظاهرين من محاولة اغتيال": the crowd a spokesman speaks for is
        # neither the spokesman nor the doer of what befell him
        m.actor1, m.actor1_name, m.inter1 = None, None, None
    if m.event_type == "Violence against civilians" and m.sub_event_type == "Attack":
        named = ctx.cue_after(m.trigger.end, "protesters", 2, m.sent.end)
        if named is not None and spoken_for(named.start):
            named = None
        protesters = any(
            a is not None and i == 6 and not spoken_for(a.start)
            for a, i in ((m.actor1, m.inter1), (m.actor2, m.inter2))
        )
        if protesters or named is not None:
            # ACLED: lethal force against demonstrators is a protest event, the force actor2
            perpetrator = next(
                (
                    (a, n, i)
                    for a, n, i in (
                        (m.actor1, m.actor1_name, m.inter1),
                        (m.actor2, m.actor2_name, m.inter2),
                    )
                    if n and i not in (6, 7)
                ),
                (None, None, None),
            )
            m.event_type, m.sub_event_type = "Protests", "Excessive force against protesters"
            m.actor1, m.actor1_name, m.inter1 = perpetrator
            m.actor2, m.actor2_name, m.inter2 = None, None, None
    _protesters_clash(m)
    # "انفجار استهدف دورية للشرطة", "قالت الشرطة …": police named next to a bombing were its
    # target (most often) or report it; they never plant it. With no other side told they
    # stand as the side hit
    police_read_as_bomber = m.sub_event_type in _UNCLAIMED_BY_UNIDENTIFIED and _is_police(
        m.actor1_name
    )
    if police_read_as_bomber:
        if m.actor2_name is None:
            m.actor2, m.actor2_name, m.inter2 = m.actor1, m.actor1_name, m.inter1
        m.actor1, m.actor1_name, m.inter1 = None, None, None
    if m.inter1 == 7 and m.event_type not in ("Protests", "Riots"):
        # civilians do not fight, shell or sign deals: a civilian "subject" is the victim
        if m.actor2_name is None:
            m.actor2, m.actor2_name, m.inter2 = m.actor1, m.actor1_name, m.inter1
        m.actor1, m.actor1_name, m.inter1 = None, None, None
    # "أعلن الجيش السوري أن طائرات إسرائيلية قصفت …": the speaker stood in for a doer no
    # actor name told; the aircraft's or the act's nationality is the doer it did not see
    speaker_only = m.actor1 is not None and (
        m.actor1 is m.speaker or _aircraft_named_with_owner(ctx, m)
    )
    if (m.actor1_name is None or speaker_only) and m.sub_event_type in (
        "Air/drone strike",
        "Chemical weapon",
    ):
        _aircraft_owner(ctx, m)
    if (m.actor1_name is None or m.actor_fallback) and m.event_type == "Explosions/Remote violence":
        _state_named_as_striker(ctx, m)  # a state named as its subject beats a guessed doer
    elif m.event_type == "Explosions/Remote violence" and _actor_well_before(ctx, m):
        # "وردا على صواريخ حماس، شنت إسرائيل غارات": the state named between an actor and
        # the strike is the strike's subject
        _state_named_as_striker(ctx, m, before_only=True)
    spoke = m.actor1 is not None and m.actor1 is m.speaker  # "قال الجيش إن قصفا إسرائيليا …"
    if (m.actor1_name is None or spoke) and m.event_type == "Explosions/Remote violence":
        _act_nationality_striker(ctx, m)
    if (
        m.sub_event_type == "Shelling/artillery/missile attack"
        and m.actor1_name in (ctx.lex.cues.get("air_only_actors") or ())
        and not ctx.has_cue(*ctx.clause_bounds(m.trigger.start), "shell_words")
    ):
        m.sub_event_type = "Air/drone strike"  # "قصف للتحالف على الحديدة": coalition jets
    if m.actor1_name is None and m.event_type not in ("Protests", "Riots"):
        own = speaker_own_forces(ctx, m)  # "قالت الحكومة العراقية إن قواتها قتلت …"
        if own is not None:
            m.actor1_name, m.inter1 = own
    if m.actor1_name is None and m.event_type not in ("Protests", "Riots"):
        accused = _accused_doer(ctx, m)
        if accused is not None:
            # "… متهما المتمردين الحوثيين بشن الهجوم": with no doer named, the side the
            # report blames is the one ACLED codes (not an unidentified group)
            m.actor1, m.actor1_name = accused, args._canonical(accused)
            m.inter1 = args._inter(accused)
            m.actor_fallback = True
    if m.actor1_name is None and m.event_type not in ("Protests", "Riots"):
        air = m.sub_event_type in ("Air/drone strike", "Chemical weapon")
        gunmen = (
            m.event_type != "Battles"
            and not m.casualty_only
            and ctx.has_cue(m.sent.start, m.sent.end, "gunmen")
        )
        unidentified = _template("Unidentified Armed Group", country)
        if gunmen and air and args.gunmen_only_hit(ctx, m.sent):
            # "قتل خمسة مسلحين في غارة جوية": the dead gunmen are the side hit; the flier is
            # unknown or told elsewhere
            gunmen = False
            if m.actor2_name is None and unidentified:
                m.actor2_name, m.inter2 = unidentified, 3
        unknown = (
            gunmen
            or ctx.has_cue(m.sent.start, m.sent.end, "unidentified")
            or (
                # "قتل اثنان من الصحوة في هجوم مسلح استهدف نقطة تفتيش": the side hit is named,
                # the attackers are not
                m.event_type == "Battles"
                and m.actor2_name is not None
                and ctx.has_cue(m.sent.start, m.sent.end, "armed_attack")
            )
            or (
                # ACLED: a bomb nobody claimed was planted by an unidentified armed group (the
                # actor it names is its target: "سيارة مفخخة استهدفت نقطة للجيش")
                m.sub_event_type in _UNCLAIMED_BY_UNIDENTIFIED
                and (not m.actor_keys or m.actor2_name is not None or police_read_as_bomber)
            )
        )
        held_armed = m.sub_event_type == "Arrests" and m.inter2 in (2, 3, 4)
        if unknown and (held_armed or unidentified == m.actor2_name) and (
            m.event_type == "Battles" or m.sub_event_type in _DETENTIONS
        ):
            # "اشتباك مع مسلحين مجهولين": the unknown men are already the other side; the side
            # they fought is named or left for the soldiers hit (unnamed_force_hit); "تم
            # القبض على ثلاثة مسلحين (من داعش)": the armed men held are no captors (the
            # arrest is the state's: arresting_authority)
            pass
        elif unknown:  # of no known country: actor1 stays empty
            m.actor1_name = unidentified
            m.inter1 = 3 if m.actor1_name else None
        else:
            para = ctx.paragraph_start(m.sent.start)
            # the side just named, never the one this event already has as its other side
            earlier = [
                a
                for a in args._usable_actors(ctx, para, m.sent.start)
                if args._canonical(a) != m.actor2_name
                and not args._is_source_actor(ctx, a)
                and not _reports(ctx, a)
                # "سيطر داعش على الرطبة … واعتقلت القوات ثلاثة": forces arrest, and an arrest
                # is a state's; a group told before is not they (arresting_authority instead)
                and not (_unnamed_forces_arrest(ctx, m) and args._inter(a) not in (1, 8))
            ]
            if air and not earlier:
                # "وامتدت الغارات إلى مواقع للحوثيين": strikes with no named flier are the
                # article's air force told before them (in this sentence or earlier)
                earlier = [
                    a
                    for a in args._usable_actors(ctx, 0, m.trigger.start)
                    if args._canonical(a) != m.actor2_name and args.flies(ctx, a)
                ]
            if earlier:
                a = earlier[-1]
                m.actor1, m.actor1_name, m.inter1 = a, args._canonical(a), args._inter(a)
                m.actor_fallback = True
                if m.event_type == "Battles" and m.sub_event_type != "Armed clash":
                    m.sub_event_type = (
                        "Government regains territory"
                        if m.inter1 == 1
                        else "Non-state actor overtakes territory"
                    )
                _protesters_clash(m)  # "اشتباكات مع قوات الأمن" in a report on protesters
    unnamed_force_hit(ctx, m)
    armed_victims = (
        args.victims_are_armed(ctx, m) if m.event_type == "Explosions/Remote violence" else None
    )
    if (
        m.event_type == "Explosions/Remote violence"
        and m.actor2_name is None
        and (
            armed_victims is False
            or args.civilians_named(ctx, m.sent)
            or (armed_victims is None and _civilian_site_hit(ctx, m))
        )
    ):
        m.actor2_name, m.inter2 = civilians, (7 if civilians else None)
    elif (
        m.sub_event_type == "Looting/property destruction"
        and m.actor2_name is None
        and (ctx.has_cue(m.sent.start, m.sent.end, "civilians"))
    ):
        m.actor2_name, m.inter2 = civilians, (7 if civilians else None)
    elif m.event_type == "Violence against civilians" or (
        m.sub_event_type == "Arrests" and m.actor2_name is None
    ):
        if m.actor2_name is None or m.inter2 not in args.ARMED_INTER:
            m.actor2_name, m.inter2 = civilians, (7 if civilians else None)
    elif m.event_type == "Protests":
        other = m.actor1_name if m.inter1 not in (6, 7) else None
        protesters = _template("Protesters", country)
        m.actor1_name, m.inter1 = protesters, (6 if protesters else None)
        if m.sub_event_type != "Peaceful protest" and other:
            m.actor2_name, m.inter2 = other, 1
        else:
            m.actor2_name, m.inter2 = None, None
    elif m.event_type == "Riots":
        other = m.actor1_name if m.inter1 not in (5, 6, 7) else m.actor2_name
        rioters = _template("Rioters", country)
        m.actor1_name, m.inter1 = rioters, (5 if rioters else None)
        m.actor2_name = other
        m.inter2 = None if other is None else m.inter2


_FOUGHT_OVER = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
)


def unnamed_other_side(ctx: DocContext, m: args.Mention) -> None:
    """ "قتلت الشرطة العراقية مسلحا", "مقتل 15 إرهابيا في تبادل لإطلاق النار مع الشرطة": a
    clash of state forces with fighters no group is named for, not even elsewhere in the
    article (run after the article's opponents are read): ACLED's other side is the country's
    unidentified armed group. So too the side a territory is taken from ("سيطر الجيش على الحي
    بعد طرد المسلحين")."""
    if m.sub_event_type not in _FOUGHT_OVER:
        return
    named = [i for n, i in ((m.actor1_name, m.inter1), (m.actor2_name, m.inter2)) if n]
    if named != [1] or not ctx.has_cue(m.sent.start, m.sent.end, "unnamed_militants"):
        return
    unidentified = _template("Unidentified Armed Group", m.country)
    if unidentified is None:
        return
    if m.actor1_name is None:
        m.actor1_name, m.inter1 = unidentified, 3
    else:
        m.actor2_name, m.inter2 = unidentified, 3


def _actor_well_before(ctx: DocContext, m: args.Mention) -> bool:
    """actor1 ends two words or more before the trigger (room for a subject between)."""
    a = m.actor1
    word_start = ctx.in_word_prefix(m.trigger.start)[1]
    return a is not None and a.end <= word_start and ctx.tokens_between(a.end, word_start) >= 2


def _state_named_as_striker(ctx: DocContext, m: args.Mention, *, before_only: bool = False) -> None:
    """ "شنت إسرائيل غارات", "إسرائيل نفذت ضربات", "قصفت تركيا مواقع": a state named by its
    country's name as the subject of a strike is its armed forces (ACLED codes the military).
    Only right next to the trigger, with at most a verb of doing between ("نفذت", "شنت"). It
    replaces a doer only guessed from an earlier clause ("أطلقت حماس صواريخ … قبل أن ترد
    إسرائيل بتنفيذ غارة": Hamas fired, Israel struck); ``before_only``: past an actor named
    before it, only a bare name right before the trigger ("وردا على صواريخ حماس، شنت إسرائيل
    غارات")."""
    lex = default_lexicon()
    trig = m.trigger
    before = ctx.words_before(ctx.in_word_prefix(trig.start)[1], 2)
    if ctx.tokens_between(m.sent.start, trig.start) < len(before):
        before = before[len(before) - ctx.tokens_between(m.sent.start, trig.start) :]
    candidates: list[str] = []
    if before:
        candidates.append(before[-1])  # "إسرائيل قصفت", "شنت إسرائيل غارات"
        if len(before) == 2 and before[-1] in lex.strike_verbs:
            candidates.append(before[0])  # "إسرائيل نفذت ضربات"
    after = ctx.words_after(trig.end, 1, m.sent.end)
    if after and not before_only:
        candidates.append(after[0])  # "قصفت إسرائيل مواقع"
    candidates += state_phrases(ctx, trig, m.sent, lex.strike_verbs, before_only=before_only)
    for word in candidates:
        # past a named actor only the bare name is a subject ("وروسيا" joins that actor)
        iso = lex.state_names.get(word)
        if iso is None and not before_only:
            iso = lex.state_names.get(bare(word))
        if iso is None:
            continue
        target = lex.for_family("state_forces", iso, m.date)
        where = m.country or iso
        m.actor1, m.actor_fallback = None, False
        if isinstance(target, Entry):
            m.actor1_name = lex.name_on(target, m.date)
            m.inter1 = lex.inter_on(target, m.date, where=where)
        elif isinstance(target, Template):
            m.actor1_name = lex.template_name(target, iso)
            m.inter1 = 8 if where != iso else target.inter
        return


def _act_nationality(ctx: DocContext, m: args.Mention) -> str | None:
    """The country whose nationality adjective qualifies the act noun that is the trigger,
    past words of manner ("قصف إسرائيلي", "القصف المدفعي التركي", "غارات أمريكية"), or None.
    Only a nisba adjective counts: a country's or a town's name after the noun is its object
    ("قصف سوريا", "قصف القامشلي"). Not for verbs ("قصفت ... مواقع سورية")."""
    if m.trigger.key in ctx.lex.verb_keys or m.sub_event_type not in _ACT_NOUN_TYPES:
        return None
    lex = default_lexicon()
    manner = _manner_words(ctx)
    for word in ctx.words_after(m.trigger.end, 4, m.sent.end):
        if word in manner:
            continue
        return _nisba_iso(word, lex)
    return None


def _nisba_iso(word: str, lex: Lexicon) -> str | None:
    """The country of a nationality adjective ("الإسرائيلية", "روسي"), not of a place name:
    the word ends as a nisba does and its form with or without the article is one too."""
    if word.endswith("يا"):  # the accusative ("قصفا إسرائيليا")
        word = word[:-1]
    if not word.endswith(("ي", "يه")):
        return None
    other = word[2:] if word.startswith("ال") else "ال" + word
    table = country_word_isos(lex)
    iso = lex.nisba.get(word) or table.get(word)
    if iso is None or (lex.nisba.get(other) or table.get(other)) != iso:
        return None
    return iso


@cache
def _manner_words_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


def _manner_words(ctx: DocContext) -> frozenset[str]:
    return _manner_words_of(tuple(ctx.lex.cues.get("act_manner_words") or ()))


def _act_nationality_striker(ctx: DocContext, m: args.Mention) -> None:
    """ "قتل ثلاثة في قصف إسرائيلي على مخيم", "غارة روسية": the nationality adjective on the act
    noun names whose act it was; ACLED codes that country's armed forces (not an unidentified
    group, and not the victims' country)."""
    iso = _act_nationality(ctx, m)
    if iso is None:
        return
    lex = default_lexicon()
    target = lex.for_family("state_forces", iso, m.date)
    where = m.country or iso
    if isinstance(target, Entry):
        name, inter = lex.name_on(target, m.date), lex.inter_on(target, m.date, where=where)
    elif isinstance(target, Template):
        name = lex.template_name(target, iso)
        inter = 8 if where != iso else target.inter
    else:
        return
    if name != m.actor2_name:
        if m.actor1 is not None and name != m.actor1_name:
            m.actor1 = None  # the speaker's span no longer stands for actor1
        m.actor1_name, m.inter1 = name, inter


# words for a state's arresting authorities, normalised; a country adjective within two words
# after one says whose ("السلطات الإسرائيلية", "شرطة الحدود الإسرائيلية")
_AUTHORITY_WORDS = frozenset(
    {
        "السلطات",
        "سلطات",
        "الشرطه",
        "شرطه",
        "الامن",
        "امن",
        "الاجهزه",
        "اجهزه",
        "المخابرات",
        "مخابرات",
        "الاستخبارات",
        "استخبارات",
        "قوات",
        "الحرس",
        # "وزارة الداخلية المصرية", "وزارة الدفاع الإسرائيلية": a ministry named as the
        # authority of an arrest stands for its forces
        "وزاره",
        "الوزاره",
    }
)
# the ministries that arrest: a ministry of defence through the army, one of the interior
# through the police ("وزارة الخارجية الأمريكية" asking for a release is no captor)
_DEFENCE = frozenset({"الدفاع", "دفاع"})
_ARRESTING_MINISTRIES = _DEFENCE | {"الداخليه", "داخليه"}


def _authority_country(ctx: DocContext, sent: Span) -> tuple[str | None, str] | None:
    """The country of the authorities a sentence names by their adjective and the force family
    they arrest through ("state_forces" for a ministry of defence, else "police"), or None."""
    lex = default_lexicon()
    i = bisect_left(ctx.token_starts, sent.start)
    norms, starts = ctx.token_norms, ctx.token_starts
    while i < len(norms) and starts[i] < sent.end:
        word = norms[i] or ""
        # "وزارة" begins with و itself: try the word as it stands before taking one off
        head = word if word in _AUTHORITY_WORDS else bare(word)
        if head in _AUTHORITY_WORDS:
            after = ctx.words_after(starts[i] + 1, 3, sent.end)[:3]
            ministry = head.removeprefix("ال") == "وزاره"
            if ministry and (not after or after[0] not in _ARRESTING_MINISTRIES):
                i += 1
                continue
            for adj in after:
                if country_adjective(adj, lex):
                    defence = ministry and after[0] in _DEFENCE
                    return adjective_iso(adj, lex), "state_forces" if defence else "police"
        i += 1
    return None


def arresting_authority(ctx: DocContext, m: args.Mention) -> None:
    """ "اعتقلت السلطات المكسيكية …", "18 شخصا اعتقلوا بتهمة التجسس": ACLED's arrests are by
    definition a state's (a named non-state captor makes an abduction), and it never leaves
    actor1 empty; with no force named by any account of the event (run after merging) the
    arrest is the police's of the country whose authorities the sentence names, else of the
    event's country (not where two authorities arrest: cues.yaml arrests_of_two_authorities)."""
    if m.sub_event_type != "Arrests" or m.actor1_name is not None:
        return
    # "اعتقلت السلطات الإيرانية 12 صحفيا": the authorities' adjective names the country even
    # when the event has no place of its own
    iso, family = _authority_country(ctx, m.sent) or (None, "police")
    if m.country is None and iso is None:
        return
    if m.inter2 in (1, 8) and m.country is not None:
        # "اعتقال الناشط على يد جيش الاحتلال" read the force as the side held: a state force
        # is who arrests, the people held are civilians
        m.actor1, m.actor1_name, m.inter1 = m.actor2, m.actor2_name, m.inter2
        civilians = _template("Civilians", m.country)
        m.actor2, m.actor2_name, m.inter2 = None, civilians, (7 if civilians else None)
        return
    if iso is None and m.country in (ctx.lex.cues.get("arrests_of_two_authorities") or ()):
        return
    iso = iso or m.country
    lex = default_lexicon()
    target = lex.for_family(family, iso, m.date)
    if isinstance(target, Entry):
        m.actor1_name = lex.name_on(target, m.date)
        m.inter1 = lex.inter_on(target, m.date, where=m.country)
    elif isinstance(target, Template):
        m.actor1_name = lex.template_name(target, iso)
        abroad = m.country is not None and iso != m.country
        m.inter1 = 8 if abroad and target.inter == 1 else target.inter
    else:
        return
    m.actor_fallback = True  # no evidence names it: the event's confidence stays as it was


# who accuses ("اتهم", "متهما"), not a court's or a suspect's words (the cue set's other cues)
_ACCUSING = frozenset(
    normalize_key(w) for w in "اتهم اتهمت اتهموا يتهم تتهم يتهمون متهما متهمة متهمين متهمون".split()
)
# what the accused is blamed for: carrying out the attack just told
_CHARGES = frozenset("بشن بتنفيذ بالوقوف باستهداف بقصف باطلاق بالهجوم بتدبير بارتكاب".split())


def _accused_doer(ctx: DocContext, m: args.Mention) -> Span | None:
    """The side blamed for the attack in the mention's sentence or the next one of its
    paragraph ("متهما المتمردين الحوثيين بشن الهجوم"), never the side hit."""
    hi = m.sent.end
    if hi < len(ctx.doc.text):
        nxt = ctx.sentence(hi + 1)
        if ctx.paragraph_start(nxt.start) == ctx.paragraph_start(m.sent.start):
            hi = max(hi, nxt.end)
    for h in ctx.cues_in(m.sent.start, hi, "accusation"):
        if h.key not in _ACCUSING:
            continue
        for a in ctx.spans_in(ctx.actors, h.end, hi):
            if ctx.tokens_between(h.end, a.start) > 1:
                break
            if args._canonical(a) != m.actor2_name and ctx.next_word(a.end) in _CHARGES:
                return a
    return None


def _victims_iso(ctx: DocContext, m: args.Mention) -> str | None:
    """The country adjective of the people right after a death word or the trigger, past a
    count and one noun ("قتل 16 فلسطينيا", "استشهاد شاب فلسطيني", "مقتل مدنيين سوريين")."""
    lex = default_lexicon()
    deaths = ctx.cues_in(m.sent.start, m.sent.end, "death_words")
    # "قصف إسرائيلي", "بطائرة مسيرة تركية": the adjective on the act or the weapon is whose act it
    # was, not the victims' nationality
    own = m.event_type == "Explosions/Remote violence" and _act_nationality(ctx, m) is not None
    # the people a death word names come first: after an act noun the words are often its
    # weapon's ("غارة لطائرة أمريكية … عن مقتل ستة مدنيين باكستانيين")
    for pos in tuple(d.end for d in deaths) + ((m.trigger.end,) if not own else ()):
        if pos < m.sent.start:
            continue
        words = ctx.words_after(_past_count(ctx, pos), 3, m.sent.end)
        for w in [w for w in words if not w[:1].isdigit()][:2]:
            iso = adjective_iso(w, lex)
            if iso is not None:
                return iso
    return None


def _past_count(ctx: DocContext, pos: int) -> int:
    """The end of a count written in words that opens right at ``pos`` ("مقتل ستة مدنيين
    باكستانيين", "عشرين"), else ``pos``: the people and their adjective follow the count."""
    for n in ctx.spans_in(ctx.numbers, pos, pos + 40):
        if not ctx.words_after(pos, 1, n.start):  # no word between pos and the count
            return n.end
        break
    return pos


def _reports(ctx: DocContext, a: Span) -> bool:
    """The actor is who reports ("وقالت الشرطة إن …", "أفاد الجيش"): the subject of a
    reporting verb right next to it, the source of a later sentence's event, not its side."""
    word_start = ctx.in_word_prefix(a.start)[1]
    return bool(
        ctx.cue_before(word_start, "reporting_verbs", 0, max(0, word_start - 30))
        or ctx.cue_after(a.end, "reporting_verbs", 0, a.end + 30)
    )


_REBEL_INTER = frozenset({2, 3, 4})  # rebels, political and identity militias


def _protesters_clash(m: args.Mention) -> None:
    """Demonstrators "clashing" with the security forces riot; they are no armed group."""
    if m.event_type != "Battles" or 6 not in (m.inter1, m.inter2):
        return
    first, second = (m.actor1, m.actor1_name, m.inter1), (m.actor2, m.actor2_name, m.inter2)
    force = first if m.inter1 != 6 else second
    if force[2] in _REBEL_INTER:
        # "قتل جنود في اشتباكات مع عناصر داعش قرب ساحة اعتصام المتظاهرين": crowds do not
        # fight rebels or militias; the demonstrators were named near the battle, not in it
        if m.inter1 == 6:
            m.actor1, m.actor1_name, m.inter1 = m.actor2, m.actor2_name, m.inter2
        m.actor2, m.actor2_name, m.inter2 = None, None, None
        return
    m.event_type, m.sub_event_type = "Riots", "Violent demonstration"
    m.actor1, m.actor1_name, m.inter1 = force
    m.actor2, m.actor2_name, m.inter2 = None, None, None


def _aircraft_owner(ctx: DocContext, m: args.Mention) -> None:
    """ "طائرات حربية روسية": the nationality after the aircraft word names the air force (not
    the target's: "تصدى الجيش السوري لعدوان إسرائيلي")."""
    from rasad.arabic.normalize import normalize_key

    owners = {normalize_key(k): v for k, v in (ctx.lex.cues.get("aircraft_owners") or {}).items()}

    def owner(hit: CueHit | None) -> str | None:
        name = owners.get(hit.key) if hit is not None else None
        if name and _owner_is_place(ctx, hit):  # type: ignore[arg-type]
            return None
        return name if name and name != m.actor2_name else None

    name = owner(ctx.cue_after(m.trigger.end, "aircraft_owner", 1, m.sent.end))
    if name is None:  # "قصفت طائرات حربية عراقية", "غارة لطائرة بدون طيار يرجح أنها أمريكية"
        lo, hi = ctx.clause_bounds(m.trigger.start)
        aimed = [*ctx.cues_in(lo, hi, "air"), *ctx.cues_in(lo, hi, "strike_objects")]
        for air in sorted(aimed, key=lambda c: c.start):
            if (
                abs(
                    ctx.tokens_between(min(air.end, m.trigger.end), max(air.start, m.trigger.start))
                )
                > 4
            ):
                continue
            name = owner(ctx.cue_after(air.end, "aircraft_owner", 4, hi))
            if name is not None:
                break
    if name:
        if m.date is not None:
            # the table lists one period's name; accounts of one strike merge only when they
            # name its flier alike ("طائرات حربية عراقية" named in full in the next sentence)
            name = default_lexicon().resolve(name, m.date)
        if m.actor1 is not None and name != m.actor1_name:
            m.actor1 = None  # the speaker's span no longer stands for actor1
        m.actor1_name, m.inter1 = name, 8


# a preposition before it: "سورية" or "السعودية" is the country's name, where the strike was
# ("شن التحالف 13 غارة جوية في سورية"), not the adjective naming whose aircraft flew
_BEFORE_A_PLACE = frozenset({"في", "وفي", "علي", "الي", "داخل", "فوق", "قرب", "من", "عن"})
_PLACE_CLITICS = frozenset({"ب", "وب", "ل", "ول"})


def _owner_is_place(ctx: DocContext, hit: CueHit) -> bool:
    """The nationality word read as the aircraft's owner follows a preposition, free
    ("في سورية") or glued ("بسورية"): it names the country struck in, not who struck."""
    clitic, start = ctx.in_word_prefix(hit.start)
    if clitic in _PLACE_CLITICS:
        return True
    before = ctx.words_before(start, 1)
    return bool(before) and before[-1] in _BEFORE_A_PLACE


def _aircraft_named_with_owner(ctx: DocContext, m: args.Mention) -> bool:
    """The trigger is the aircraft with its nationality right after it ("أن طائرات حربية
    إسرائيلية قصفت …") and the actor1 read stands before it: that actor (who announced the
    strike, "وكانت قيادة الجيش السوري قد أعلنت أن …") is not who flew."""
    if m.actor1 is None or m.actor1.end > m.trigger.start:
        return False
    if m.sub_event_type not in ("Air/drone strike", "Chemical weapon"):
        return False
    return ctx.cue_after(m.trigger.end, "aircraft_owner", 1, m.sent.end) is not None


def _actor_country(ctx: DocContext, m: args.Mention) -> str | None:
    """The country of the event's actors: their record's, or the one their name gives."""
    table = ctx.lex.cues.get("actor_countries") or {}
    for span, name in ((m.actor1, m.actor1_name), (m.actor2, m.actor2_name)):
        c = getattr(getattr(span, "value", None), "country", None)
        if isinstance(c, str) and len(c) == 2:
            return c.upper()
        if isinstance(c, str) and c in table:
            return str(table[c])
        if name:
            inner = regex.search(r"\(([A-Z][a-z]+)\)", name)
            if inner and inner.group(1) in table:
                return str(table[inner.group(1)])
    return None
