"""An armed group's attack whose object is a civilian site: "هاجم مسلحون مستشفى", "شن مسلحون
هجوما على مسجد", "هاجم عناصر من داعش مدرسة". An attack word with no victim named is read as a
fight with armed men (a clash), but a hospital, a school, a market or a place of worship is where
civilians are: with no armed side named as hit, ACLED codes violence against civilians (Attack).
A state force storming such a site is a raid, left to the other rules.

The site is the attack's object when only its doer stands between the word and the site: the
doer's name ("من حركة الشباب"), its gunmen word in the nominative ("مسلحون", "مسلحان") or joined
to it by "من" ("عناصر من داعش"), and "على" of the noun ("هجوم على مسجد"). A site further on
("هاجم مسلحون حاجزا قرب مستشفى") or inside a place name ("سوق الشيوخ") is not the object, and an
armed word told anywhere in the clause (guards, soldiers, a police school) keeps the fight.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rasad.arabic.normalize import normalize_key
from rasad.events.actor_roles import ARMED_INTER, _inter
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

# rebels, political and communal militias: the groups whose attacks on a civilian site are
# violence against civilians; a state force storming one is a raid, an arrest or a fight
_GROUPS = frozenset({2, 3, 4})
_SITE_WINDOW = 6  # "هاجم مسلحون من حركة الشباب مدرسة": the doer's name between
# the words that may stand between the attack and its object besides the doer
_LINKS = frozenset(normalize_key(w) for w in ("على", "من"))
# a sound plural or dual in the nominative ("مسلحون", "مسلحان") is the verb's subject
_NOMINATIVE_ENDINGS = ("ون", "ان")


def civilian_site_attacked(ctx: DocContext, m: Mention) -> bool:
    """The attack's object right after its word is a civilian site and no armed side is named
    as hit in its clause."""
    if m.inter1 not in _GROUPS:
        return False  # a state force storming a site is a raid ("أحبطت الشرطة اقتحام فندق")
    if m.actor2 is not None and _inter(m.actor2) in ARMED_INTER:
        return False
    trig = m.trigger
    clause_end = ctx.clause_bounds(trig.start)[1]
    site = ctx.cue_after(trig.end, "attacked_sites", _SITE_WINDOW, clause_end)
    if site is None or _in_a_name(ctx, site):
        return False
    doers = [(m.actor1.start, m.actor1.end)] if m.actor1 is not None else []
    doers += [(h.start, h.end) for h in ctx.cues_in(trig.end, site.start, "unidentified")]
    # the gunmen words take the nominative ("مسلحون") that the victims' list leaves out
    gunmen = ctx.cues_in(trig.end, site.start, "gunmen")
    for hit in sorted([*ctx.cues_in(trig.end, clause_end, "armed"), *gunmen], key=_start):
        if hit.start < site.start and _doer_word(ctx, m, hit):
            doers.append((hit.start, hit.end))
            continue
        if not any(s <= hit.start and hit.end <= e for s, e in doers):
            return False  # "هاجم مسلحون مدرسة للشرطة", "… وقتلوا حراسها": armed men hit
    for actor in ctx.spans_in(ctx.actors, trig.end, clause_end):
        if _inter(actor) in ARMED_INTER and not any(
            s <= actor.start and actor.end <= e for s, e in doers
        ):
            return False  # "هجوما على مستشفى ميداني للجيش": a force's site
    return _only_doer_between(ctx, trig.end, site.start, doers)


def _start(hit: CueHit) -> int:
    return hit.start


def _in_a_name(ctx: DocContext, site: CueHit) -> bool:
    """The site word inside a place's or a group's name ("سوق الشيوخ", "مستشفى الشفاء" read
    as a place)."""
    lo, hi = max(0, site.start - _PROCLITIC), site.end + _NAME_REACH
    return any(
        n.start <= site.start and site.end <= n.end
        for n in (*ctx.spans_in(ctx.places, lo, hi), *ctx.spans_in(ctx.actors, lo, hi))
    )


_PROCLITIC = 3  # a name span may take in the site's proclitics ("بسوق الشيوخ")
_NAME_REACH = 80  # the rest of a name that starts with the site word


def _doer_word(ctx: DocContext, m: Mention, hit: CueHit) -> bool:
    """A gunmen word that names the attack's doer: inside its name, in the nominative, or with
    its name right after it by "من" ("عناصر من داعش")."""
    a1 = m.actor1
    if a1 is not None and a1.start <= hit.start and hit.end <= a1.end:
        return True
    if ctx.norm_of(hit.start, hit.end).endswith(_NOMINATIVE_ENDINGS):
        return True
    return (
        a1 is not None
        and a1.start >= hit.end
        and ctx.tokens_between(hit.end, a1.start) <= 1
        and ctx.next_word(hit.end) in _LINKS
    )


def _only_doer_between(ctx: DocContext, start: int, end: int, doers: list[tuple[int, int]]) -> bool:
    """Every word in [start, end) is inside a doer's span or a link ("على", "من")."""
    starts, ends = ctx.token_starts, ctx.token_ends
    i = bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        s, e = starts[i], ends[i]
        i += 1
        if any(a <= s and e <= b for a, b in doers):
            continue
        form = ctx.norm_of(s, e)
        if not form or not form[0].isalpha() or form in _LINKS:
            continue
        return False
    return True
