"""Whether a place is named as part of a person's post ("المشرف الأمني بمديرية الحزم", "مدير
أمن محافظة عدن", "المسؤول الأمني بمحافظة إب"): it says who the person is, not where the act
happened. A head of a title (``place_posts.heads`` in resources/cues.yaml), at most two of its
words (``place_posts.words``: "الأمني", "أمن", "العام"), then the place or its area word
("بمديرية", "محافظة"). "في" is not read ("مشرف الحوثيين في مديرية الدريهمي" may tell where
he was), nor a post told right before the place ("محافظ عدن": location.usable sets that
apart already).

:func:`rasad.events.location.choose_place` passes over such a place while its sentence names
another town: "قتل أبو مجاهد … وجرح المشرف الأمني بمديرية الحزم في مواجهة …" is not set
at الحزم when another place is told, nor at the province told as the post's container
("مدير أمن مديرية مكيراس بمحافظة البيضاء"); when the post is all the sentence names, it
stays."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.context import DocContext

POST_WORDS = 2  # words of the title between its head and the place (or its area word)
_AREA_WORDS = frozenset(
    {"محافظه", "مديريه", "مدينه", "منطقه", "ولايه", "قضاء", "ناحيه", "اقليم", "مركز"}
)


def _lists(ctx: DocContext) -> tuple[frozenset[str], frozenset[str]]:
    found = ctx.memo.get("place_posts")
    if found is None:
        cues = ctx.lex.cues.get("place_posts") or {}
        found = ctx.memo["place_posts"] = (
            frozenset(normalize_key(str(w)) for w in cues.get("heads") or ()),
            frozenset(normalize_key(str(w)) for w in cues.get("words") or ()),
        )
    return found  # type: ignore[return-value]


def names_a_post(ctx: DocContext, p: Span) -> bool:
    """The words before ``p`` are a title's head, at most :data:`POST_WORDS` of its words and
    an optional area word ("بمديرية", "لمحافظة")."""
    heads, words = _lists(ctx)
    prefix, word_start = ctx.in_word_prefix(p.start)
    if prefix not in ("", "ب", "ل"):
        return False
    before = ctx.words_before(word_start, POST_WORDS + 2)
    if before and not prefix:
        last = before[-1]
        bare = last[1:] if last[:1] in ("ب", "ل") else last
        if bare in _AREA_WORDS or last in _AREA_WORDS:
            before = before[:-1]
    for i in range(len(before) - 1, max(len(before) - POST_WORDS - 2, -1), -1):
        word = before[i]
        if word in heads or (word[:1] == "و" and word[1:] in heads):
            return True
        if word not in words:
            return False
    return False


def without_posts(ctx: DocContext, places: Sequence[Span]) -> Sequence[Span]:
    """``places`` less those named as a post and the containers told right after them
    ("مدير أمن مديرية مكيراس بمحافظة البيضاء": both), when a town or area among the rest
    remains."""
    from rasad.events.location import CONTAINER_GAP

    dropped: set[int] = set()
    for i, p in enumerate(places):
        if names_a_post(ctx, p) or (
            i - 1 in dropped and CONTAINER_GAP.match(ctx.norm_of(places[i - 1].end, p.start))
        ):
            dropped.add(i)
    if not dropped:
        return places
    kept = [p for i, p in enumerate(places) if i not in dropped]
    if any(not str(getattr(p.value, "feature_code", "") or "").startswith("PCL") for p in kept):
        return kept
    return places
