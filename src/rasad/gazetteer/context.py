"""A document's words, read once from its tokens layer, for the context rules of the stage.

The rules look at a few words around each mention ("في ريف", "من مناطق", "جنوب"). Re-normalising
and re-splitting a text window per mention cost more than everything else in the stage; the
tokens layer already holds each word's normalised form, so a window is a bisect and a slice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from rasad.arabic.tokens import tokenize
from rasad.document import Span
from rasad.gazetteer.cues import words as text_words

# Marks that separate words without being words themselves (as in ``cues.words``).
_SILENT = frozenset({'"', "_", "#", "(", ")"})
_NUMBER_PARTS = regex.compile(r"\p{N}+|[^\p{N}]")


class DocWords:
    """Normalised words of one document, addressable by character offsets."""

    __slots__ = ("starts", "text", "tokens")

    def __init__(self, text: str, tokens: Sequence[Span] | None = None) -> None:
        self.text = text
        self.tokens: Sequence[Span] = tokenize(text) if tokens is None else tokens
        self.starts = [t.start for t in self.tokens]

    def word_start(self, offset: int, floor: int) -> int:
        """Start of the word containing ``offset`` (its proclitics included), not before
        ``floor``; ``offset`` itself when it starts a word or lies between words."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset and self.tokens[i].value.norm[0].isalpha():
            return max(floor, min(offset, self.tokens[i].start))
        return offset

    def word_before(self, offset: int, floor: int, window: int) -> str:
        """``last_word(max(floor, ws - window), ws)`` where ``ws = word_start(offset, floor)``:
        the word before the one holding ``offset``, with one bisect."""
        tokens = self.tokens
        i = bisect_right(self.starts, offset) - 1
        ws = offset
        if i >= 0 and tokens[i].end > offset and tokens[i].value.norm[0].isalpha():
            ws = max(floor, min(offset, tokens[i].start))
            if tokens[i].start >= ws:
                i -= 1  # the word itself lies wholly after ws
            else:
                return self.last_word(max(floor, ws - window), ws)
        start = max(floor, ws - window)
        if i >= 0 and tokens[i].start >= start and tokens[i].end <= ws:
            w = tokens[i].value.norm
            if w not in _SILENT and (not w[0].isdigit() or w.isdigit()):
                return w
        return self.last_word(start, ws)

    def first_word(self, start: int, end: int) -> str:
        """``words(start, end)[0]`` (or ""), without a list when one token spans the range."""
        i = bisect_left(self.starts, start)
        if i < len(self.tokens):
            tok = self.tokens[i]
            if tok.start == start and tok.end == end:
                w = tok.value.norm
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
        tokens = self.tokens
        i = bisect_left(self.starts, start)
        out: list[str] = []
        if i > 0 and tokens[i - 1].end > start:  # a word cut at the left edge
            out.extend(self._cut(tokens[i - 1], start, end))
        n = len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.start >= end:
                break
            if tok.end > end:  # cut at the right edge
                out.extend(self._cut(tok, tok.start, end))
                break
            w = tok.value.norm
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
        tokens = self.tokens
        i = bisect_left(self.starts, end) - 1
        while i >= 0:
            tok = tokens[i]
            if tok.end <= start:
                return ""
            if tok.start < start or tok.end > end:
                piece = self._cut(tok, max(start, tok.start), end)
                if piece:
                    return piece[-1]
            else:
                w = tok.value.norm
                if w not in _SILENT:
                    if w[0].isdigit() and not w.isdigit():
                        return _NUMBER_PARTS.findall(w)[-1]
                    return w
            i -= 1
        return ""

    def _cut(self, tok: Span, start: int, end: int) -> list[str]:
        """Words of the part of a token inside [start, end)."""
        end = min(end, tok.end)
        norm = tok.value.norm
        if tok.end - tok.start != len(norm):  # normalisation deleted marks: redo it
            return text_words(self.text[start:end])
        piece = norm[start - tok.start : end - tok.start]
        if not piece or piece in _SILENT:
            return []
        return _NUMBER_PARTS.findall(piece) if piece[0].isdigit() or piece[0] in ".," else [piece]
