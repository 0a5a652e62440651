"""The group the suicide bombers belong to made the bombing: "مقتل سبعة انتحاريين ينتمون إلى
حركة طالبان بعد أن هاجموا …", "انتحاريان من تنظيم داعش". Counted dead men's group is otherwise
read as the side hit (actor2), but a suicide bomber dies by his own act: ACLED codes the
bombers' group as actor1 of the suicide bombing, and the side it hit (if any) as actor2."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rasad.events.actor_roles import canonical, inter_of
from rasad.events.context import DocContext

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

# the bombers named as men, not the act's adjective ("هجوم انتحاري"): plural, dual, counted
_BOMBERS = frozenset(
    "انتحاريين انتحاريون انتحاريان انتحاريتان انتحاريتين انغماسيين انغماسيون انغماسيان".split()
)
# the words that tie the men to their group: "ينتمون إلى", "من", "التابعين لـ", "من عناصر"
_BELONGING = frozenset(
    "ينتمون ينتميان ينتمين ينتمي الي من التابعين تابعين التابعون يتبعون عناصر مقاتلي "
    "تنظيم حركه جماعه".split()
)
_REACH = 4  # words between the bombers and their group
_ARMED_GROUPS = frozenset({2, 3})  # rebels, political militias


def bombers_group_first(ctx: DocContext, m: Mention) -> None:
    """A suicide bombing's actor2 named as the bombers' own group ("انتحاريين ينتمون إلى X")
    is its actor1; the former actor1 (a side named besides) becomes actor2."""
    a2 = m.actor2
    if m.sub_event_type != "Suicide bomb" or a2 is None or inter_of(a2) not in _ARMED_GROUPS:
        return
    _prefix, word_start = ctx.in_word_prefix(a2.start)
    k = bisect_left(ctx.token_starts, word_start)
    words = [w for w in ctx.token_norms[max(0, k - _REACH - 1) : k] if w]
    while words and words[-1] in _BELONGING:  # "التابعين لتنظيم داعش": ل is on the name
        words.pop()
    if not words or words[-1] not in _BOMBERS:
        return
    a1 = m.actor1
    m.actor1, m.actor1_name, m.inter1 = a2, canonical(a2), inter_of(a2)
    if a1 is not None and canonical(a1) != m.actor1_name and inter_of(a1) in _ARMED_GROUPS:
        a1 = None  # an unnamed armed group read as the doer is the bombers themselves
    m.actor2, m.actor2_name, m.inter2 = (a1, canonical(a1), inter_of(a1)) if a1 else (None,) * 3
