"""Where a launched weapon was fired from: no scene of the event (ACLED codes a missile, a shell
or a rocket where it lands or is brought down, not where it was launched)."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext

# words that aim a weapon at a place ("أطلق صاروخا من صعدة باتجاه جازان")
AIM_WORDS = frozenset({"باتجاه", "اتجاه", "تجاه", "نحو", "صوب"})

# a launched weapon is coded where it lands, so the place it was fired from is no scene: "سقط
# صاروخان أطلقا من غزة على بلدة في جنوب إسرائيل", "إطلاق صاروخ باليستي من (مدينة صعدة)
# باتجاه أراضي المملكة", "من داخل الأراضي اليمنية (شمال محافظة عمران) باتجاه أراضي المملكة",
# "كثفوا قصف المدينة من مواقعهم في الجراحي": a place after "من" with a launch word shortly
# before it or an aim word ("باتجاه") shortly after it, or told as the firers' own positions
_LAUNCH_STEMS = ("اطلق", "اطلاق", "انطلق", "انطلاق")
# words from the launch word to the place ("أطلقت قوات النظام السوري صاروخ سكود من بلدة")
_LAUNCH_REACH = 8
_AIM_REACH = 5  # words from the place to the aim word ("من المراح في ريف دمشق باتجاه")
_FROM_REACH = 6  # words from "من" to the place ("من داخل الأراضي اليمنية (شمال محافظة عمران)")
# "من مواقعهم في", "من مواقع تمركزها في": the firers' own positions (a partitive "موقعا من
# مواقع الحوثيين في" names the target, so the noun must carry the firers' pronoun)
_POSITION_NOUNS = ("مواقع", "موقع", "مواضع", "مناطق", "مراكز", "ثكنات", "معسكرات", "منصات")
_OWNER_PRONOUNS = ("ه", "ها", "هم", "هما")


def _launch_word(word: str) -> bool:
    for clitic in ("و", "ف"):
        word = word.removeprefix(clitic)
    for clitic in ("ب", "ل", "ال"):
        word = word.removeprefix(clitic)
    return word.startswith(_LAUNCH_STEMS)


def _own_position(word: str) -> bool:
    return any(word == n + s for n in _POSITION_NOUNS for s in _OWNER_PRONOUNS)


def launch_point(ctx: DocContext, p: Span) -> bool:
    """The place is where a weapon was fired from ("أطلقت من غزة", "من صعدة باتجاه جازان",
    "من مواقعهم في الجراحي")."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    sent = ctx.sentence(p.start)
    room = ctx.tokens_between(sent.start, word_start)
    near = ctx.words_before(word_start, min(3, room))
    if prefix in ("ب", "في") or (near and near[-1] == "في"):
        # "من مواقعهم في الجراحي", "من مواقعها بالجراحي"
        head = near[:-1] if near and near[-1] == "في" else near
        if len(head) >= 2 and head[-2] == "من" and _own_position(head[-1]):
            return True
    aimed_after = any(
        w.lstrip("و") in AIM_WORDS for w in ctx.words_after(p.end, _AIM_REACH, sent.end)
    )
    if getattr(p.value, "role", "") != "origin":
        return aimed_after and "من" in ctx.words_before(word_start, min(_FROM_REACH, room))
    before = ctx.words_before(word_start, min(_LAUNCH_REACH, room))
    return aimed_after or any(_launch_word(w) for w in before)
