"""Regex patterns compiled on first use, for tables of patterns that a run may never need.

The dates tables and the page-furniture lexicon build some thirty large alternations; compiling
them all costs ~0.1 s of a cold ``rasad extract``, although one article uses a few of them (a
Hijri year, a glued comment heading or a clock time is rare). A :class:`LazyPattern` keeps the
source and compiles it the first time a method is called; it then holds the compiled pattern's
own bound methods, so a call after the first costs what a call on the compiled pattern costs.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import regex

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``regex.compile(pattern, flags)``, done when one of its methods is first called.

    Other attributes (``pattern``, ``groupindex`` ...) are read from the compiled pattern. Two
    threads calling at once may both compile it: both get the same pattern, and either's
    methods serve.
    """

    __slots__ = ("_source", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if no method was called yet)."""
        pattern = regex.compile(*self._source)  # regex keeps its own cache of compiled sources
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        return pattern

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # only for names that are not slots
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0][:40]!r}...)"
