"""Word tokens with clitic analyses, and sentences, as spans over the original text.

Arabic glues conjunctions, prepositions and the article to words ("وبالقرب", "للنظام") and
pronouns to their ends ("عناصره", "قتلاهم"). Without a lexicon one cannot always tell "وصل"
(arrived) from "و + صل", so a token carries every plausible analysis and consumers (trigger and
name lookups) keep the one their lexicon knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from rasad.arabic.normalize import normalize_key
from rasad.document import Span

_TOKEN = regex.compile(r"[\p{L}\p{M}\u0640]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{N}\p{M}]")
_PREFIXES = tuple(
    sorted(
        {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س") for a in ("", "ال")}
        | {c + "لل" for c in ("", "و", "ف")},
        key=len,
        reverse=True,
    )
)
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي", "ك")
_MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class TokenInfo:
    norm: str  # normalised surface form

    @property
    def analyses(self) -> tuple[tuple[str, str, str], ...]:
        """(prefix, stem, suffix) readings, surface reading first; computed on first use."""
        return analyses(self.norm)

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(stem for _, stem, _ in self.analyses))

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha()


@lru_cache(maxsize=200_000)
def analyses(norm: str) -> tuple[tuple[str, str, str], ...]:
    """All (prefix, stem, suffix) splits with known clitics and a stem of 2+ letters."""
    out: list[tuple[str, str, str]] = [("", norm, "")]
    if not norm[:1].isalpha():
        return tuple(out)
    for pre in _PREFIXES:
        if pre and norm.startswith(pre) and len(norm) - len(pre) >= _MIN_STEM:
            rest = norm[len(pre) :]
            if pre.endswith("لل"):  # ل + ال: the stem is defined: restore it for lookups
                out.append((pre, "ال" + rest, ""))
            else:
                out.append((pre, rest, ""))
    with_suffix: list[tuple[str, str, str]] = []
    for pre, stem, _ in out:
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3 and not stem.startswith("ال"):
                with_suffix.append((pre, stem[: -len(suf)], suf))
    return tuple(dict.fromkeys(out + with_suffix))


def tokenize(text: str) -> list[Span]:
    """Word, number and punctuation tokens (label "TOKEN", value ``TokenInfo``)."""
    spans = []
    for m in _TOKEN.finditer(text):
        info = _info(m.group())
        if info is not None:  # None: a lone tatweel or combining mark
            spans.append(Span(m.start(), m.end(), "TOKEN", value=info))
    return spans


@lru_cache(maxsize=200_000)
def _info(surface: str) -> TokenInfo | None:
    # Immutable, so one TokenInfo per distinct surface form is shared by every occurrence.
    norm = normalize_key(surface)
    return TokenInfo(norm) if norm else None


# A sentence ends at . ! ? ؟ ؛ … (not inside numbers such as "1.5"), or at a line break.
_SENT_END = regex.compile(r"(?<!\p{N})[.!?؟؛…]+(?!\p{N})[\"'’”»)]*|\n+")


def sentences(text: str) -> list[Span]:
    """Sentence spans (label "SENT"), trimmed of surrounding whitespace, never empty."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_trimmed(spans, text, pos, end)
        pos = m.end()
    _add_trimmed(spans, text, pos, len(text))
    return spans


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end, "SENT"))
