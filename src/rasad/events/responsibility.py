"""A claim of responsibility names who did an act the article has told; it is no act itself.

"وقد أعلنت حركة الشباب مسؤوليتها عن الهجوم", "وتبنى تنظيم داعش الهجوم": the generic attack
word after the claim is the suicide bombing, the air strike or the ambush told before. It takes
that event's type so that it joins it (and its claimant becomes the perpetrator), and it never
stands as an event of its own (ACLED: one event, its actor from the claim).
"""

from __future__ import annotations

from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.sentence_shape import word_keys

_CLAIM_WINDOW = 4  # "أعلنت … مسؤوليتها عن الهجوم", "تبنت الهجوم الانتحاري"
# the tally word and "من" stand between too ("تبنى التنظيم المتطرف عددا من التفجيرات")
_TALLY_WINDOW = _CLAIM_WINDOW + 2
_CLAIMED = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def claimed_acts(ctx: DocContext, mentions: list[args.Mention]) -> None:
    """Give a generic attack word governed by a claim of responsibility the type of the latest
    act told before it, and make it a reference to that act."""
    earlier: list[args.Mention] = []
    for m in sorted(mentions, key=lambda x: x.trigger.start):
        generic = all(
            ctx.lex.triggers[s].subsidiary for s in m.trigger.sets if s in ctx.lex.triggers
        )
        claim = ctx.cue_before(m.trigger.start, "responsibility", _CLAIM_WINDOW, m.sent.start)
        if _tally(ctx, m) and ctx.cue_before(
            m.trigger.start, "responsibility", _TALLY_WINDOW, m.sent.start
        ):
            # "أعلن مسؤوليته عن عشرات الهجمات": past acts summed up, none of them news
            m.reference_only, m.anaphoric = True, False
            continue
        if generic and claim is not None:
            told = [
                e
                for e in earlier
                if e.event_type in _CLAIMED
                and not (e.casualty_only or e.reference_only or e.denial_only)
            ]
            if told:
                m.event_type, m.sub_event_type = told[-1].event_type, told[-1].sub_event_type
                m.reference_only = m.anaphoric = True
                if m.claimant is None and m.actor1_name and m.inter1 is not None:
                    m.claimant = (m.actor1_name, m.inter1)  # the claiming group did it
                # the claimant rides along as such; as a side it would keep the claim from
                # joining an act told with an unnamed perpetrator
                m.actor1, m.actor1_name, m.inter1 = None, None, None
                m.casualty_only = False  # a claim is near the act whatever lies between
                continue
        earlier.append(m)


def _tally(ctx: DocContext, m: args.Mention) -> bool:
    """ "مسؤوليته عن عشرات الهجمات", "تبنى عددا من التفجيرات": a count of many acts right
    before the claimed act (a "من" may stand between) sums up the group's record."""
    word_start = ctx.in_word_prefix(m.trigger.start)[1]
    before = ctx.words_before(word_start, 2)
    tallies = word_keys(ctx, "claimed_tallies")
    if before[-1:] and before[-1] in tallies:
        return True
    return before[-1:] == ["من"] and before[0] in tallies


def spread_claims(mentions: list[args.Mention]) -> None:
    """A claim joins only the account of the act told last; the earlier accounts of that act
    (same type, same day, same scene) take its claimant too: "قتل عشرون في تفجيرات في بغداد.
    وقالت الشرطة إن التفجيرات وقعت في أسواق. وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجمات"
    claims the bombings the first sentence told, which may not merge with the police's account
    (a bombing of the day before is another act, whatever its place). Run once
    the mentions have their places: another town's bombing is another act, and a claim naming
    its own scene ("مسؤوليته عن الاعتداء على مسجد في الكويت") claims only the acts there."""
    ordered = sorted(mentions, key=lambda x: x.trigger.start)
    for k, claim in enumerate(ordered):
        if claim.claimant is None or not claim.reference_only:
            continue
        told = [
            e
            for e in ordered[:k]
            if e.sub_event_type == claim.sub_event_type
            and not (e.casualty_only or e.reference_only or e.denial_only)
        ]
        if not told:
            continue
        act = told[-1]
        for e in told:
            if (
                e.claimant is None
                and e.date == act.date  # "أمس السبت … وأعلن داعش مسؤوليته عن ذلك الهجوم"
                and _one_scene(e, act)
                and _one_scene(e, claim)
            ):
                e.claimant = claim.claimant


def _one_scene(a: args.Mention, b: args.Mention) -> bool:
    """The two accounts name the same place, or one names none."""
    if a.place is None or b.place is None:
        return True
    return getattr(a.place, "name", None) == getattr(b.place, "name", None)
