"""An agreement word with no side of a conflict in its sentence is no ACLED Agreement.

ACLED's Agreement is struck between the sides of a conflict or political violence: a ceasefire
or a truce, a peace deal, a prisoner swap, an evacuation or a surrender of fighters. Arabic
news uses the same words ("اتفاق", "اتفاقية", "تسوية", "صفقة", "استسلم") for a club's sponsor
("وقعت الشركة اتفاقية مع نادي …"), a court settlement ("تسوية قضائية مع الكنيسة"), a pact
between two states ("اتفاق عسكري جديد بين سيول وواشنطن"), a deal of parties on a government
programme, or one wanted man who gave himself up to the police ("استسلم المطلوب للشرطة").
The cue lists of business and diplomacy (``non_conflict_deals``) name some of these, never
all; this check reads the other way round: an agreement stands only when its sentence names
what a conflict deal is about (the set ``conflict_deal_signs``: fighting, a truce, fighters,
captives, a withdrawal or an evacuation, peace) or an armed non-state group (a rebel, political
or identity militia) taking part. Read by :mod:`rasad.events.status`.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import TriggerDef

# ACLED inter codes of armed non-state groups: rebels, political and identity militias
_ARMED_GROUPS = frozenset({2, 3, 4})


def no_conflict_side(ctx: DocContext, tdef: TriggerDef, sent: Span) -> bool:
    """An Agreement trigger whose sentence names no conflict sign and no armed group."""
    if tdef.sub_event_type != "Agreement":
        return False
    if ctx.has_cue(sent.start, sent.end, "conflict_deal_signs"):
        return False
    return not any(
        sent.start <= a.start < sent.end and getattr(a.value, "inter", None) in _ARMED_GROUPS
        for a in ctx.actors
    )
