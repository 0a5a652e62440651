"""A bare "مسيرة" is a march as often as a drone ("طائرة مسيرة"): told as where people went
("انفجار وقع خلال مسيرة مؤيدة للحكومة", "شاركوا في مسيرة سلمية") it is a march, and the act
told with it is no air strike. Its air reading is dropped when a word of a march's setting
stands right before it or a march's kind right after it (cue sets ``march_before`` and
``march_after``); a drone named as one ("طائرة مسيرة", "ضربة مسيرة تركية") keeps it.

:func:`rasad.events.context.build_context` calls :func:`drop_air_in_marches` once per
document, after the cue scan, like the ``drop_*`` functions of :mod:`.cues_in_names`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.arabic.normalize import normalize_key
from rasad.events.cues_in_names import drop_set_where
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.context import DocContext

# the bare words the "air" cue set shares with a march
_MARCH_WORDS = frozenset(normalize_key(w) for w in ("مسيرة", "مسيرات", "المسيرة", "المسيرات"))


def drop_air_in_marches(ctx: DocContext) -> None:
    """A bare "مسيرة" told as a march stops counting as an air word (its other sets stay)."""
    drop_set_where(ctx, "air", _MARCH_WORDS, _told_as_march)


def _told_as_march(ctx: DocContext, h: CueHit) -> bool:
    sent = ctx.sentence(h.start)
    word_start = ctx.in_word_prefix(h.start)[1]
    if ctx.cue_before(word_start, "march_before", 0, sent.start) is not None:
        return True
    return ctx.cue_after(h.end, "march_after", 0, sent.end) is not None
