"""A document's words, read once from its tokens layer, for the context rules of the stage.

The rules look at a few words around each mention ("في ريف", "من مناطق", "جنوب"). Re-normalising
and re-splitting a text window per mention cost more than everything else in the stage; the
tokens layer already holds each word's normalised form, so a window is a bisect and a slice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import regex

from rasad.arabic.tokens import tokenize
from rasad.document import Span
from rasad.gazetteer.cues import words as text_words

# Marks that separate words without being words themselves (as in ``cues.words``).
_SILENT = frozenset({'"', "_", "#", "(", ")"})
_NUMBER_PARTS = regex.compile(r"\p{N}+|[^\p{N}]")
# Punctuation deleted before the test that a window's words are letters only (see ``words``):
# a word of letters and these marks is neither a silent mark nor a number to split.
_PUNCTUATION = str.maketrans("", "", "\u060c\u061b\u061f,.:;!?-/«»")


def token_arrays(tokens: Sequence[Span]) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, normalised forms) of a tokens layer. A ``TokenLayer`` already holds these
    lists: reading them makes no ``Span`` objects (making one per token cost more than the
    whole place stage on a cold document)."""
    norms = getattr(tokens, "norms", None)
    if norms is not None:
        return tokens.starts, tokens.ends, norms  # type: ignore[attr-defined]
    return [t.start for t in tokens], [t.end for t in tokens], [t.value.norm for t in tokens]


class DocWords:
    """Normalised words of one document, addressable by character offsets."""

    __slots__ = ("ends", "norms", "starts", "text", "tokens")

    def __init__(self, text: str, tokens: Sequence[Span] | None = None) -> None:
        self.text = text
        self.tokens: Sequence[Span] = tokenize(text) if tokens is None else tokens
        self.starts, self.ends, self.norms = token_arrays(self.tokens)

    def word_start(self, offset: int, floor: int) -> int:
        """Start of the word containing ``offset`` (its proclitics included), not before
        ``floor``; ``offset`` itself when it starts a word or lies between words."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.ends[i] > offset and self.norms[i][0].isalpha():
            # max(floor, min(offset, start)) as comparisons: the builtins cost a C call with
            # argument parsing each, and these run for nearly every name found
            ws = self.starts[i]
            if ws > offset:
                ws = offset
            return ws if ws > floor else floor
        return offset

    def word_before(self, offset: int, floor: int, window: int) -> str:
        """``last_word(max(floor, ws - window), ws)`` where ``ws = word_start(offset, floor)``:
        the word before the one holding ``offset``, with one bisect."""
        starts, ends, norms = self.starts, self.ends, self.norms
        i = bisect_right(starts, offset) - 1
        ws = offset
        if i >= 0 and ends[i] > offset and norms[i][0].isalpha():
            ws = starts[i]  # max(floor, min(offset, starts[i])), as in word_start
            if ws > offset:
                ws = offset
            if ws < floor:
                ws = floor
            if starts[i] >= ws:
                i -= 1  # the word itself lies wholly after ws
            else:
                start = ws - window
                return self.last_word(start if start > floor else floor, ws)
        start = ws - window  # max(floor, ws - window)
        if start < floor:
            start = floor
        if i >= 0 and starts[i] >= start and ends[i] <= ws:
            w = norms[i]
            if w not in _SILENT and (not w[0].isdigit() or w.isdigit()):
                return w
        return self.last_word(start, ws)

    def first_word(self, start: int, end: int) -> str:
        """``words(start, end)[0]`` (or ""), without a list when one token spans the range."""
        i = bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] == start and self.ends[i] == end:
            w = self.norms[i]
            if w not in _SILENT and (not w[0].isdigit() or w.isdigit()):
                return w
        ws = self.words(start, end)
        return ws[0] if ws else ""

    def words(self, start: int, end: int) -> list[str]:
        """The normalised words and punctuation marks of ``text[start:end]``.

        Same result as ``cues.words(text[start:end])``: quotes, brackets, "#" and "_" are
        dropped, numbers are split at their separators, and a word cut by the window keeps only
        its part inside.
        """
        if end <= start:
            return []
        starts, ends, norms = self.starts, self.ends, self.norms
        i = bisect_left(starts, start)
        if i == 0 or ends[i - 1] <= start:
            # no word cut at either edge, and nothing but letters and punctuation in the
            # words (no silent mark to drop, no number to split): the words are the tokens'
            # forms as they stand, sliced in C (most windows read around a mention)
            j = bisect_left(starts, end, i)
            if j > i and ends[j - 1] <= end:
                chunk = norms[i:j]
                if "".join(chunk).translate(_PUNCTUATION).isalpha():
                    return chunk
        out: list[str] = []
        if i > 0 and ends[i - 1] > start:  # a word cut at the left edge
            out.extend(self._cut(i - 1, start, end))
        n = len(starts)
        while i < n:
            if starts[i] >= end:
                break
            if ends[i] > end:  # cut at the right edge
                out.extend(self._cut(i, starts[i], end))
                break
            w = norms[i]
            if w in _SILENT:
                pass
            elif w[0].isdigit() and not w.isdigit():
                out.extend(_NUMBER_PARTS.findall(w))
            else:
                out.append(w)
            i += 1
        return out

    def last_word(self, start: int, end: int) -> str:
        """``words(start, end)[-1]`` (or ""), reading only the last tokens."""
        starts, ends, norms = self.starts, self.ends, self.norms
        i = bisect_left(starts, end) - 1
        while i >= 0:
            if ends[i] <= start:
                return ""
            if starts[i] < start or ends[i] > end:
                piece = self._cut(i, max(start, starts[i]), end)
                if piece:
                    return piece[-1]
            else:
                w = norms[i]
                if w not in _SILENT:
                    if w[0].isdigit() and not w.isdigit():
                        return _NUMBER_PARTS.findall(w)[-1]
                    return w
            i -= 1
        return ""

    def _cut(self, i: int, start: int, end: int) -> list[str]:
        """Words of the part of token ``i`` inside [start, end)."""
        t_start, t_end = self.starts[i], self.ends[i]
        end = min(end, t_end)
        norm = self.norms[i]
        if t_end - t_start != len(norm):  # normalisation deleted marks: redo it
            return text_words(self.text[start:end])
        piece = norm[start - t_start : end - t_start]
        if not piece or piece in _SILENT:
            return []
        return _NUMBER_PARTS.findall(piece) if piece[0].isdigit() or piece[0] in ".," else [piece]


_TABLE_LIMIT = 50_000  # words kept per table; a full table is emptied between documents


class WordTable(dict[str, Any]):
    """word → ``verdict(word, cues)``, computed on the word's first look-up and kept.

    The context rules ask the same questions of the same words in every article ("is
    "بريف" a link word?"). A known word's verdict is a plain subscript, and over a list of
    words a look-up in C (``all(map(table.__getitem__, words))``): no Python call, no key
    tuple, for any but a new word.
    """

    __slots__ = ("cues", "verdict")

    def __init__(self, verdict: Callable[[str, Any], Any], cues: object) -> None:
        super().__init__()
        self.verdict = verdict
        self.cues = cues

    def __missing__(self, word: str) -> Any:
        if len(self) > _TABLE_LIMIT:
            self.clear()
        hit = self[word] = self.verdict(word, self.cues)
        return hit


_TABLES: dict[tuple[Callable[[str, Any], Any], int], WordTable] = {}


def word_table(verdict: Callable[[str, Any], Any], cues: object) -> WordTable:
    """The :class:`WordTable` of ``verdict`` for this ``cues`` object (one per pair)."""
    table = _TABLES.get((verdict, id(cues)))
    if table is None or table.cues is not cues:
        table = _TABLES[(verdict, id(cues))] = WordTable(verdict, cues)
    return table
