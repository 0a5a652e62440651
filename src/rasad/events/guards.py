"""Regular expressions guarded by the literals their matches hold, for the rules' hot look-ups.

A pattern that opens with a look-behind or an optional proclitic ("(?<!\\S)[وف]?…") is tried
by the regex engine at every position of the text; most clauses a rule reads hold none of
its words. :class:`Guarded` first asks whether the text holds any of a few literals of which
every match of the pattern holds at least one (a C substring search), and runs the pattern
only then: the same matches, at a fraction of the cost. The literals must be chosen so: one
from each alternative of the pattern (tests/events/test_guards.py checks each guard on texts
built from its pattern's words).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Guarded:
    """``pattern`` (compiled) with ``needles``: every match holds one of them."""

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: Any, needles: tuple[str, ...]) -> None:
        if not needles or not all(needles):
            raise ValueError("a guard needs literals, none empty")
        self.pattern = pattern
        self.needles = needles

    def _holds(self, text: str, pos: int, endpos: int) -> bool:
        # a plain loop (no generator frame: this runs for every clause a rule reads); the
        # whole text, the common case, with the "in" operator
        if pos == 0 and endpos >= len(text):
            for n in self.needles:
                if n in text:
                    return True
            return False
        find = text.find
        for n in self.needles:
            if find(n, pos, endpos) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        if not self._holds(text, pos, end):
            return None
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        if not self._holds(text, pos, end):
            return iter(())
        return self.pattern.finditer(text, pos, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        if not self._holds(text, pos, end):
            return None
        return self.pattern.match(text, pos, end)


class FirstOf:
    """The alternatives of one pattern, each compiled on its own. ``search`` gives the match
    the whole alternation gives: the leftmost start, and at one start the earlier alternative.
    The regex engine tries a long alternation at every position without the literal scans it
    runs for each alternative alone (a period pattern: ten times slower than its three parts).
    For patterns without capture groups a caller reads (group numbers would differ)."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns: Any) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        best = None
        for pattern in self.patterns:
            m = pattern.search(text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best
