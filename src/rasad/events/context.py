"""Per-document context the event stage reads: sentences, clauses, token positions, cue hits.

Built once per document from the layers other stages wrote (tokens, sentences, places, actors,
dates, numbers). A missing layer simply means no information of that kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import wraps
from itertools import compress, count, pairwise
from operator import itemgetter
from typing import Any, TypeVar, cast

import regex

from rasad.actors.dateline import BYLINE_DATELINE, DATELINE, HIJRI_DATELINE
from rasad.arabic.normalize import NormText, normalize, normalize_key, variants
from rasad.document import Document, Span
from rasad.events.cues_in_names import drop_air_in_names, drop_cues_in_outlet_names
from rasad.events.guards import Guarded
from rasad.events.lexicon import CueHit, Lexicon, longest_first
from rasad.events.marches import drop_air_in_marches

_CLAUSE_PUNCT = re.compile("[،,;:؛]")
# "، مساء يوم الأربعاء،": the most words a date set off by commas takes
_ASIDE_DATE_WORDS = 4
# a year of this or the last century, or an older one after "عام/سنة" ("عام 680")
_ANY_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?:عام|سنه)\s+\d{3,4}(?!\d)")
# its two alternatives, each tried only where its opening literal stands (see any_year)
_YEAR_AT = (
    (("19", "20"), regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")),
    (("عام", "سنه"), regex.compile(r"(?:عام|سنه)\s+\d{3,4}(?!\d)")),
)
_MAX_CUE_WORDS = 12  # no cue phrase is longer: bounds the backward search of cue_before
_SKIP = frozenset("\"'()[]{}-«»#_")  # "#" and "_" only mark a hashtag ("#الجيش_اليمني")
_DETACHED_GAP = frozenset(" #_")
_FIRST_CHAR = itemgetter(slice(None, 1))
_NO_CUES: tuple[list[int], list[CueHit]] = ([], [])
_DETACHED_PROCLITICS = frozenset("ل ب لل ول وب فل فب".split())
_END_PUNCT = frozenset(".!?؟:…")
_HEADING_WORDS = 6  # a sub-heading is a short phrase; a sentence reporting an event is longer
# a headline is a short line; the paragraphs of a report are longer than this
_HEADLINE_WORDS = 16
_CLOSERS = "\"'”’»)]}"  # quotes and brackets a sentence may end with after its full stop


# NB: keep DocContext at 29 fields at most. On CPython 3.11 an instance with a 30th attribute
# loses its fast shared-key layout and every ``ctx.x`` look-up gets slower (~15 % in a loop of
# look-ups; one added field cost the events stage 0.9 % of its instructions). A new
# per-document result goes in ``memo``.
@dataclass
class DocContext:
    doc: Document
    lex: Lexicon
    norm: NormText
    sentences: list[Span]
    sent_starts: list[int]
    token_starts: list[int]
    tokens: Sequence[Span]  # the tokens layer as given (a TokenLayer: Spans made on use)
    cues: list[CueHit]
    cue_starts: list[int]
    triggers: list[CueHit]
    paragraph_breaks: list[int]  # offsets of newlines (paragraph/line boundaries)
    places: list[Span] = field(default_factory=list)
    actors: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    numbers: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)
    # indices of the tokens that are no words (quotes, brackets, hashtag marks), ascending: few,
    # so tokens_between counts them by bisection instead of keeping a count for every token
    skipped_tokens: list[int] = field(default_factory=list)
    support: list[tuple[Span, Span]] = field(default_factory=list)  # (supported, supporter)
    _clauses: dict[int, list[int]] = field(default_factory=dict)
    _has_year: bool | None = None  # whether a 19xx/20xx number occurs at all (computed once)
    memo: dict[str, object] = field(default_factory=dict)  # per-document results of rules
    # cue set → (starts, hits) of its cues in text order: the look-ups below scan one set's
    # cues instead of every cue (built on first use of a set)
    _by_set: dict[str, tuple[list[int], list[CueHit]]] = field(default_factory=dict)
    _token_ends: list[int] | None = None
    # skipped_tokens, when it was read from token_norms and every token has a form: then the
    # words before a position with no skipped token among them are a slice of token_norms
    _plain_skips: list[int] | None = None
    _token_norms: list[str | None] | None = None  # each token's normalised form (on first use)
    _prefixes: dict[int, tuple[str, int]] = field(default_factory=dict)  # in_word_prefix memo
    _windows: dict[tuple[str, int], int] = field(default_factory=dict)  # modality → window
    # (start, end) → normalised text: the rules ask again and again for the same clause or
    # sentence; a hit skips slicing the text and hashing the slice for normalize_key's cache
    _norm_of: dict[tuple[int, int], str] = field(default_factory=dict)
    # id of a layer list (held, so the id stays its own) → (the list, its start offsets)
    _span_starts: dict[int, tuple[list[Span], list[int]]] = field(default_factory=dict)

    def has_year(self) -> bool:
        if self._has_year is None:
            self._has_year = any_year(self.norm.text)
        return self._has_year

    # ---- positions -------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return i if i > 0 else 0  # (no call to max: asked for every trigger and rule)

    def sentence(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)]

    def is_heading(self, sent: Span) -> bool:
        """A sub-heading: a line of its own, a few words, no closing punctuation ("مواجهات
        وغارات", "سيطرة النظام على الحدود"). It names what the paragraph below tells; it is
        never an event of its own."""
        text = self.doc.text
        line_start = text.rfind("\n", 0, sent.start) + 1
        line_end = text.find("\n", sent.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : sent.start].strip() or text[sent.end : line_end].strip():
            return False
        body = text[sent.start : sent.end].strip()
        if not body or body[-1] in _END_PUNCT:
            return False
        return len(body.split()) <= _HEADING_WORDS

    def is_other_headline(self, sent: Span) -> bool:
        """A line shaped like a headline between the paragraphs of a punctuated report: a
        short line after the first, with no closing punctuation ("سوريا: عشرات القتلى في
        غارات على الغوطة"). Pages carry the headlines of related stories inside the body; such
        a line names a story, it tells none. The first line is the article's own headline or
        lead and is never one."""
        text = self.doc.text
        line_start = text.rfind("\n", 0, sent.start) + 1
        if not text[:line_start].strip():
            return False
        line_end = text.find("\n", sent.end)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        if not line or len(line.split()) > _HEADLINE_WORDS:
            return False
        if any(
            self.tokens_between(line_start, h.start) == 0
            for h in self.cues_in(line_start, sent.end, "own_link_labels")
        ):
            return False
        if line.rstrip(_CLOSERS)[-1:] in _END_PUNCT or line[-1] in _END_PUNCT:
            return False
        # the paragraph before is finished: a line broken off a sentence (pages that put each
        # link on a line of its own: "... أن\nسيارة مفخخة\nمن نوع ...") is no headline
        # and the line after is no continuation either: a finished paragraph or a long one
        before = text[:line_start].rstrip()
        if before.rstrip(_CLOSERS)[-1:] not in _END_PUNCT:
            return False
        after = text[len(text) if line_end < 0 else line_end :].lstrip().split("\n", 1)[0].strip()
        if (
            after
            and after.rstrip(_CLOSERS)[-1:] not in _END_PUNCT
            and len(after.split()) <= _HEADLINE_WORDS
        ):
            return False
        return self._punctuated()

    def _punctuated(self) -> bool:
        """Whether the report ends its paragraphs with punctuation: only then does a line
        without it stand out as a headline (some sites drop every full stop)."""
        found = self.memo.get("punctuated")
        if found is None:
            long_lines = [
                ln.strip() for ln in self.doc.text.split("\n") if len(ln.split()) > _HEADLINE_WORDS
            ]
            closed = sum(ln.rstrip(_CLOSERS)[-1:] in _END_PUNCT for ln in long_lines)
            found = bool(long_lines) and closed * 4 >= len(long_lines) * 3
            self.memo["punctuated"] = found
        return bool(found)

    def paragraph_start(self, pos: int) -> int:
        i = bisect_left(self.paragraph_breaks, pos) - 1
        return self.paragraph_breaks[i] + 1 if i >= 0 else 0

    def token_index(self, pos: int) -> int:
        return bisect_right(self.token_starts, pos) - 1

    @property
    def token_norms(self) -> list[str | None]:
        """Each token's normalised form (a TokenLayer keeps them as a list: no Span made).
        (No cached_property: it writes through ``__dict__``, which makes CPython 3.11 give up
        the inline attribute layout of the instance and every ``ctx.x`` look-up slows down.)"""
        norms = self._token_norms
        if norms is None:
            norms = getattr(self.tokens, "norms", None)
            if norms is None:
                norms = [getattr(t.value, "norm", None) for t in self.tokens]
            self._token_norms = norms
        return norms

    @property
    def token_ends(self) -> list[int]:
        """Each token's end offset (a TokenLayer keeps them as a list: no Span made)."""
        ends = self._token_ends
        if ends is None:
            ends = getattr(self.tokens, "ends", None)
            if ends is None:
                ends = [t.end for t in self.tokens]
            self._token_ends = ends
        return ends

    def words_before(self, pos: int, n: int) -> list[str]:
        """Normalised forms of the ``n`` words before ``pos`` (nearest last); quotes skipped."""
        i = bisect_left(self.token_starts, pos)
        skipped = self._plain_skips
        if skipped is not None:  # (then _token_norms is set)
            lo = i - n if i > n else 0
            if not skipped:  # most texts hold no quote or bracket: one slice
                return self._token_norms[lo:i]  # type: ignore[index,return-value]
            j = bisect_left(skipped, i)
            if j == 0 or skipped[j - 1] < lo:  # no quote or bracket among them: one slice
                return self._token_norms[lo:i]  # type: ignore[index,return-value]
        norms = self._token_norms or self.token_norms
        out: list[str] = []
        while i > 0 and n > 0:
            i -= 1
            form = norms[i]
            if not form:
                t = self.tokens[i]
                form = self.norm_of(t.start, t.end)
            if form and form[0] in _SKIP:
                continue
            out.append(form)
            n -= 1
        out.reverse()
        return out

    def next_word(self, pos: int) -> str:
        """The normalised form of the first word token starting at or after ``pos``."""
        i = bisect_left(self.token_starts, pos)
        norms = self._token_norms or self.token_norms
        while i < len(norms):
            form = norms[i] or ""
            if form and form[0].isalpha():
                return form
            i += 1
        return ""

    def words_after(self, pos: int, n: int, ceiling: int) -> list[str]:
        """Normalised forms of up to ``n`` words starting at or after ``pos`` and before
        ``ceiling``; quotes and punctuation skipped."""
        i = bisect_left(self.token_starts, pos)
        norms, starts = self._token_norms or self.token_norms, self.token_starts
        out: list[str] = []
        while i < len(norms) and len(out) < n and starts[i] < ceiling:
            form = norms[i] or ""
            if form and form[0].isalpha():
                out.append(form)
            i += 1
        return out

    def norm_of(self, start: int, end: int) -> str:
        """``normalize_key(text[start:end])``, read off the normalised text (see
        :func:`key_of_slice`): no new normalisation of a clause or a sentence per trigger."""
        key = (start, end)
        found = self._norm_of.get(key)
        if found is None:
            if start < 0 or end < 0:  # a slice from the end: as the text's slice reads it
                found = normalize_key(self.doc.text[start:end])
            else:
                found = key_of_slice(self.norm, start, end)
            self._norm_of[key] = found
        return found

    def in_word_prefix(self, pos: int) -> tuple[str, int]:
        """Normalised proclitics glued before ``pos`` ("ل" in "لقوات") and the word's start."""
        found = self._prefixes.get(pos)
        if found is None:
            found = self._prefixes[pos] = self._word_prefix(pos)
        return found

    def _word_prefix(self, pos: int) -> tuple[str, int]:
        text = self.doc.text
        i = pos
        while i > 0 and (text[i - 1].isalnum() or "\u064b" <= text[i - 1] <= "\u065f"):
            i -= 1
        if i == pos:
            # a proclitic set apart by a hashtag mark or a space ("ل#الحوثيين", "لـ الحوثيين",
            # "ب #الحوثيين") is still the word's proclitic
            j = i
            while j > 0 and i - j < 3 and text[j - 1] in _DETACHED_GAP:
                j -= 1
            k = j
            while k > 0 and j - k < 4 and text[k - 1].isalpha():
                k -= 1
            if j < i and k < j and (k == 0 or not text[k - 1].isalnum()):
                clitic = self.norm_of(k, j)
                if clitic in _DETACHED_PROCLITICS:
                    return clitic, k
        return (self.norm_of(i, pos) if i < pos else ""), i

    def tokens_between(self, a: int, b: int) -> int:
        """Number of word tokens starting in [a, b) (quotes and brackets do not count)."""
        if b <= a:
            return 0
        i, j = bisect_left(self.token_starts, a), bisect_left(self.token_starts, b)
        skipped = self.skipped_tokens
        if not skipped:  # most texts hold no quote or bracket: nothing to take off
            return j - i
        return j - i - (bisect_left(skipped, j) - bisect_left(skipped, i))

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: split at commas/semicolons and clause-starting words."""
        # asked again and again for the same position (a trigger's start, by every rule that
        # reads its clause): the answer is kept per position
        at = self.memo.get("clause_at")
        if at is None:
            at = self.memo["clause_at"] = {}
        found = at.get(pos)  # type: ignore[attr-defined]
        if found is None:
            found = at[pos] = self._clause_bounds(pos)  # type: ignore[index]
        return found  # type: ignore[no-any-return]

    def _clause_bounds(self, pos: int) -> tuple[int, int]:
        si = self.sentence_index(pos)
        cuts = self._clauses.get(si)
        if cuts is None:
            sent = self.sentences[si]
            cuts = [sent.start]
            cuts += self._punct_cuts(sent.start, sent.end)
            for h in self.cues_in(sent.start, sent.end, "clause_starters"):
                cuts.append(h.start)
            cuts = [*sorted(set(cuts)), sent.end]
            self._clauses[si] = cuts
        i = bisect_right(cuts, pos) - 1
        i = min(max(i, 0), len(cuts) - 2)
        return cuts[i], cuts[i + 1]

    def _punct_cuts(self, start: int, end: int) -> list[int]:
        """Clause cuts after commas and semicolons in [start, end), except around a date set off
        by two commas ("نفى الكرملين، الأربعاء، أي دور في الغارات"): the day is said in passing
        and the clause runs on across it; nor before a date that ends the sentence."""
        marks = list(_CLAUSE_PUNCT.finditer(self.doc.text, start, end))
        dropped: set[int] = set()
        for first, second in pairwise(marks):
            if self._only_a_date(first.end(), second.start()):
                dropped.update((first.end(), second.end()))
        if marks and self._only_a_date(marks[-1].end(), end):
            # "كما تظاهر نحو ألف شخص في موسكو، الأربعاء.": a day closing the sentence after a
            # comma is the last clause's own
            dropped.add(marks[-1].end())
        return [m.end() for m in marks if m.end() not in dropped]

    def _only_a_date(self, start: int, end: int) -> bool:
        """[start, end) holds a date and at most one word besides it ("يوم الأربعاء")."""
        if self.tokens_between(start, end) > _ASIDE_DATE_WORDS or not self.norm_of(start, end):
            return False
        return any(start <= d.start and d.end <= end for d in self.spans_in(self.dates, start, end))

    def window(self, modality: str, default: int = 5) -> int:
        key = (modality, default)
        found = self._windows.get(key)
        if found is None:
            spec = (self.lex.cues.get("modality") or {}).get(modality) or {}
            found = self._windows[key] = int(spec.get("window", default))
        return found

    # ---- cues --------------------------------------------------------------------------------
    def _cue_set(self, cue_set: str) -> tuple[list[int], list[CueHit]]:
        by_set = self._by_set
        if not by_set:  # one pass over the cues files every hit under each of its sets
            by_set[""] = ([], [])  # built (a document may have no cues at all)
            for h in self.cues:
                for name in h.sets:
                    found = by_set.get(name)
                    if found is None:
                        found = by_set[name] = ([], [])
                    found[0].append(h.start)
                    found[1].append(h)
        return by_set.get(cue_set) or _NO_CUES

    def cues_in(self, start: int, end: int, cue_set: str | None = None) -> list[CueHit]:
        if cue_set is None:
            starts, cues = self.cue_starts, self.cues
        else:
            by_set = self._by_set  # built: one look-up, no call (as in has_cue)
            starts, cues = by_set.get(cue_set, _NO_CUES) if by_set else self._cue_set(cue_set)
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:  # most look-ups find none: no list comprehension run for them
            return []
        return [h for h in cues[lo:hi] if h.end <= end]

    def article_cues(self, cue_set: str) -> list[CueHit]:
        """The cues of ``cue_set`` over the whole text, for what the article is about (a match
        report, a film review): ``cues`` holds only the sentences with a trigger, which leaves
        out most of a report's words of sport or film. Scanned once, on first need."""
        hits = self.memo.get("article_cues")
        if hits is None:
            hits = self.lex.cue_scanner.scan(self.norm.text, self.norm.to_original)
            self.memo["article_cues"] = hits
        return [h for h in hits if cue_set in h.sets]  # type: ignore[attr-defined]

    def has_cue(self, start: int, end: int, cue_set: str) -> bool:
        by_set = self._by_set  # built: one look-up, no call (the hottest look-ups)
        starts, cues = by_set.get(cue_set, _NO_CUES) if by_set else self._cue_set(cue_set)
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        for h in cues[lo:hi]:  # a plain loop: no generator made for each of many look-ups
            if h.end <= end:
                return True
        return False

    def sentences_with_cue(self, cue_set: str) -> list[Span]:
        """``[s for s in self.sentences if self.has_cue(s.start, s.end, cue_set)]``, found
        from the set's cues (a few) instead of one look-up per sentence (a long article has a
        hundred). Each cue lies in the one sentence whose start is the last at or before its
        own, when the sentences do not overlap; else every sentence is looked up."""
        sents = self.sentences
        apart = self.memo.get("sentences_apart")
        if apart is None:
            apart = self.memo["sentences_apart"] = all(
                a.end <= b.start for a, b in pairwise(sents)
            )
        if not apart:
            return [s for s in sents if self.has_cue(s.start, s.end, cue_set)]
        found: list[Span] = []
        last = -1
        sent_starts = self.sent_starts
        for h in self._cue_set(cue_set)[1]:
            i = bisect_right(sent_starts, h.start) - 1
            if i < 0 or i == last:
                continue
            s = sents[i]
            if h.start < s.end and h.end <= s.end:  # as has_cue reads [s.start, s.end)
                found.append(s)
                last = i
        return found

    def cue_before(self, pos: int, cue_set: str, window: int, floor: int) -> CueHit | None:
        """The nearest cue of ``cue_set`` ending before ``pos`` within ``window`` tokens."""
        by_set = self._by_set  # built: one look-up, no call (the hottest look-ups)
        starts, cues = by_set.get(cue_set, _NO_CUES) if by_set else self._cue_set(cue_set)
        i = bisect_left(starts, pos) - 1
        if i < 0 or starts[i] < floor:
            return None  # most look-ups: no cue of the set before pos in its sentence
        # tokens_between(x, pos) for each cue, written out: the tokens up to pos (and the
        # skipped ones among them) are counted once, not once per cue read
        token_starts, skipped = self.token_starts, self.skipped_tokens
        j = bisect_left(token_starts, pos)
        sj = bisect_left(skipped, j) if skipped else 0
        while i >= 0 and starts[i] >= floor:
            h = cues[i]
            i -= 1
            if h.end > pos:
                continue
            k = bisect_left(token_starts, h.end)
            n = j - k - (sj - bisect_left(skipped, k) if skipped else 0)
            if n <= window:
                return h
            k = bisect_left(token_starts, h.start)
            n = j - k - (sj - bisect_left(skipped, k) if skipped else 0)
            if n > window + _MAX_CUE_WORDS:
                break  # every earlier cue ends even further away
        return None

    def cue_after(self, pos: int, cue_set: str, window: int, ceiling: int) -> CueHit | None:
        """The first cue of ``cue_set`` after ``pos`` when it starts within ``window`` tokens."""
        by_set = self._by_set  # built: one look-up, no call (the hottest look-ups)
        starts, cues = by_set.get(cue_set, _NO_CUES) if by_set else self._cue_set(cue_set)
        i = bisect_left(starts, pos)
        n = len(cues)
        while i < n and starts[i] < ceiling:
            h = cues[i]
            i += 1
            if h.end <= ceiling:
                return h if self.tokens_between(pos, h.start) <= window else None
        return None

    # ---- spans of other layers ---------------------------------------------------------------
    def spans_in(self, spans: list[Span], start: int, end: int) -> list[Span]:
        """The spans of ``spans`` inside [start, end), in their order. The layers are sorted
        by start: the candidates are found by bisection, not by a pass over the whole layer (a
        span that starts at or after ``end`` cannot end by it, spans being non-empty)."""
        found = self._span_starts.get(id(spans))
        if found is None or found[0] is not spans or len(found[1]) != len(spans):
            starts = [s.start for s in spans]
            if any(a > b for a, b in pairwise(starts)):  # not a layer: read it all
                return [s for s in spans if s.start >= start and s.end <= end]
            found = self._span_starts[id(spans)] = (spans, starts)
        starts = found[1]
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:  # none in the range: no list comprehension run
            return []
        return [s for s in spans[lo:hi] if s.end <= end]


_RangeRule = TypeVar("_RangeRule", bound=Callable[..., Any])


def per_range(name: str) -> Callable[[_RangeRule], _RangeRule]:
    """Keep a rule's answer for each range of a document: ``rule(ctx, start, end)`` reads the
    cues and layers of ``ctx``, which do not change once the context is built, so the events
    stage, which asks again for the same range (a sentence's dead for its totals, then for each
    of its events), gets the first answer (shared: the callers only read it)."""

    def wrap(rule: _RangeRule) -> _RangeRule:
        @wraps(rule)
        def kept(ctx: DocContext, start: int, end: int) -> Any:
            answers = ctx.memo.get(name)
            if answers is None:
                answers = ctx.memo[name] = {}
            found = answers.get((start, end))  # type: ignore[attr-defined]
            if found is None:
                found = answers[(start, end)] = rule(ctx, start, end)  # type: ignore[index]
            return found

        return cast(_RangeRule, kept)

    return wrap


def any_year(text: str) -> bool:
    """``_ANY_YEAR.search(text) is not None``: the pattern tried only at the places where one
    of its alternatives' opening literals stands (found by str.find), not at every position of
    the text (a whole article, once per document; the engine is slow to fail on it)."""
    find = text.find
    for leads, pattern in _YEAR_AT:
        for lead in leads:
            at = find(lead)
            while at >= 0:
                if pattern.match(text, at) is not None:
                    return True
                at = find(lead, at + 1)
    return False


def skipped_tokens(text: str, starts: Sequence[int], norms: Sequence[str]) -> list[int]:
    """The indices of the tokens whose normalised form opens with a quote, a bracket or another
    mark words_before skips, in order; ``norms[i]`` is ``normalize_key`` of token ``i``'s
    surface, which begins at ``starts[i]``. Such a form begins with a character normalised
    from one of the token's own, so only the tokens that hold such a character (a few per
    article, each found by a C substring search) are read, not every token."""
    found: set[int] = set()
    find = text.find
    for mark in _SKIP_MARKS:
        at = find(mark)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and norms[i][:1] in _SKIP:
                found.add(i)
            at = find(mark, at + 1)
    return sorted(found)


# every character normalisation turns into a skipped mark ("«" and "“" into '"', "–" into "-")
# (searched one by one with str.find: a regex character class of them is many times slower)
_SKIP_MARKS = tuple(sorted(set().union(*map(variants, _SKIP))))


def key_of_slice(norm: NormText, start: int, end: int) -> str:
    """``normalize_key(source[start:end])`` for the text ``norm`` normalises, without
    normalising the slice again: every normalisation rule maps one character to one or deletes
    it, whatever its neighbours, so the slice's normalised form is the normalised text between
    the two offsets; what normalize_key adds (runs of spaces collapsed, ends stripped) is done
    on it as normalize_key does it. ``start`` and ``end`` are offsets from 0."""
    if norm.source_len == len(norm.text):
        # no character deleted: the offsets are the same in both texts (to_normalized is
        # ``min(offset, len)``, which a slice does by itself)
        t = norm.text[start:end]
    else:
        t = norm.text[norm.to_normalized(start) : norm.to_normalized(end)]
    if "  " in t or not t.isprintable():  # only then can there be a run or a \n to collapse
        t = _MULTISPACE.sub(" ", t)
    return t.strip()


_MULTISPACE = regex.compile(r"\s+")  # as normalize_key collapses them


def _sorted(spans: tuple[Span, ...] | list[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, s.end))


def _outside_names(numbers: list[Span], places: Sequence[Span]) -> list[Span]:
    """The numbers that are no word of a place's name ("سبع البور", "بئر السبع"): such a word
    counts nobody."""
    if not numbers or not places:
        return numbers
    named = sorted((p.start, p.end) for p in places)
    starts = [a for a, _ in named]
    kept = []
    for n in numbers:
        i = bisect_right(starts, n.start) - 1
        if i >= 0 and n.start >= named[i][0] and n.end <= named[i][1]:
            continue
        kept.append(n)
    return kept


def _starts(tokens: Sequence[Span]) -> list[int]:
    starts = getattr(tokens, "starts", None)  # a SpanArray keeps its offsets as a list
    return list(starts) if starts is not None else [t.start for t in tokens]


def build_context(doc: Document, lex: Lexicon) -> DocContext:
    from rasad.arabic.tokens import sentences as split_sentences
    from rasad.arabic.tokens import tokenize

    text = doc.text
    norm = normalize(text)
    sents = list(doc.layer("sentences")) or split_sentences(text)
    tokens = doc.layer("tokens") or tuple(tokenize(text))
    shift = one_shift(norm, 0, len(norm.text))
    triggers = longest_first(lex.trigger_scanner.scan(norm.text, norm.to_original, shift=shift))
    sents = _sorted(sents)
    cues = _scan_cues(lex, norm, sents, triggers) if triggers else []
    dateline_end = _dateline(text)  # once, not once per place
    ctx = DocContext(
        doc=doc,
        lex=lex,
        norm=norm,
        sentences=sents,
        sent_starts=[s.start for s in sents],
        token_starts=_starts(tokens),
        tokens=tokens,
        cues=cues,
        cue_starts=[h.start for h in cues],
        triggers=triggers,
        paragraph_breaks=_newlines(text),
        # a dateline ("دبي، الإمارات (CNN)--") says where the reporter was, not the scene
        places=_sorted(
            [s for s in doc.layer("places") if s.value is not None and s.start >= dateline_end]
        ),
        actors=_sorted([s for s in doc.layer("actors") if s.value is not None]),
        dates=_sorted([s for s in doc.layer("dates") if s.value is not None]),
        numbers=_outside_names(
            _sorted([s for s in doc.layer("numbers") if s.value is not None]),
            doc.layer("places"),
        ),
    )
    if not triggers:
        return ctx  # nothing to read: no word counts, sources or support needed
    skip = _SKIP
    norms = getattr(tokens, "norms", None)  # a TokenLayer's normalised forms: no Span needed
    if norms is None:
        norms = [getattr(t.value, "norm", None) or text[t.start : t.end] for t in tokens]
    if norms is getattr(tokens, "norms", None):
        # a TokenLayer's forms are its surfaces normalised: the few marks in the text find them
        ctx.skipped_tokens = skipped_tokens(text, ctx.token_starts, norms)
        if all(norms):
            ctx._plain_skips = ctx.skipped_tokens
            ctx._token_norms = norms  # what token_norms reads, set now for words_before
    else:  # the quotes and brackets among the tokens (found in C: no Python step per token)
        ctx.skipped_tokens = list(
            compress(count(), map(skip.__contains__, map(_FIRST_CHAR, norms)))
        )
    # the actors stage stores sources and support pairs once per document; without those
    # layers (a custom pipeline) they are computed here
    if "sources" in doc.layers:
        ctx.sources = _sorted(list(doc.layer("sources")))
    else:
        ctx.sources = _find_sources(ctx)
    drop_cues_in_outlet_names(ctx)
    drop_air_in_names(ctx)
    drop_air_in_marches(ctx)
    if "actor_support" in doc.layers:
        from rasad.actors.support import pairs_from_layer

        ctx.support = pairs_from_layer(doc.layer("actor_support"), doc.layer("actors"))
    elif len(ctx.actors) > 1:
        ctx.support = _find_support(doc, norm)
    return ctx


def one_shift(norm: NormText, a: int, b: int) -> int | None:
    """The one number ``norm.orig`` adds to every normalised offset in [a, b), if one: an
    original offset is the normalised one plus the characters deleted before it, a count that
    never falls, so equal at both ends of the range it is the same throughout (most sentences,
    and many whole texts, hold no diacritic or tatweel). None when it changes in the range."""
    if a >= b:
        return None
    first = norm.orig(a) - a
    return first if norm.orig(b - 1) - (b - 1) == first else None


def _scan_cues(
    lex: Lexicon, norm: NormText, sents: list[Span], triggers: list[CueHit]
) -> list[CueHit]:
    """Cue words of the sentences that hold a trigger: every cue the stage reads is looked up
    in a trigger's sentence, so the rest of the text (most of a long article) is not scanned."""
    starts = [s.start for s in sents]
    ranges: list[list[int]] = []
    for t in triggers:
        i = bisect_right(starts, t.start) - 1
        lo, hi = (sents[i].start, sents[i].end) if i >= 0 else (0, t.end)
        hi = max(hi, t.end)
        if ranges and lo <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    hits: list[CueHit] = []
    ntext, to_original = norm.text, norm.to_original
    for lo, hi in ranges:
        a, b = norm.to_normalized(lo), norm.to_normalized(hi)
        shift = one_shift(norm, a, b)
        hits += lex.cue_scanner.scan(ntext, to_original, a, b, shift=shift)  # ntext[a:b] alone
    return hits


def _find_support(doc: Document, norm: NormText | None = None) -> list[tuple[Span, Span]]:
    """(supported, supporter) actor pairs from rasad.actors.find_support when available."""
    try:
        from rasad.actors import default_lexicon, find_support  # type: ignore[attr-defined]
    except ImportError:
        return []
    if norm is not None and not _any_support_cue(norm.text, default_lexicon()):
        return []  # most articles name no backer: skip the second pass over the text
    return list(find_support(doc, norm=norm))


def _any_support_cue(ntext: str, actor_lexicon: object) -> bool:
    from rasad.arabic.normalize import normalize_key

    cues = getattr(actor_lexicon, "support_cues", None)
    if cues is None:
        return True
    return any(normalize_key(cue) in ntext for cue, _after_b in cues)


# (most texts open with no bracket: not tried then, the lazy repeat is slow to fail)
_DATELINE = Guarded(DATELINE, ("(",))


# "عين اليوم – جدة" on a line of its own above the lead: the outlet or writer and the city it
# was filed from, which says no more about the scene than a wire dateline does
_BYLINE_DATELINE = Guarded(BYLINE_DATELINE, ("-", "–", "—"))
# "الرباط 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس": a news agency's, as little a scene
_HIJRI_DATELINE = Guarded(HIJRI_DATELINE, ("ه",))


def _dateline(text: str) -> int:
    head = text[:160]
    m = _DATELINE.match(head) or _BYLINE_DATELINE.match(head) or _HIJRI_DATELINE.match(head)
    return m.end() if m else 0


def _newlines(text: str) -> list[int]:
    out = []
    i = text.find("\n")
    while i != -1:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def _find_sources(ctx: DocContext) -> list[Span]:
    """SOURCE spans: rasad.actors.find_sources when available, else the local cue list."""
    try:
        from rasad.actors import find_sources  # type: ignore[attr-defined]
    except ImportError:
        find_sources = None
    if find_sources is not None:
        try:
            return _sorted(list(find_sources(ctx.doc.text, ctx.norm)))
        except TypeError:
            return _sorted(list(find_sources(ctx.doc.text)))
    names = {k2: v for k, v in (ctx.lex.cues.get("sources") or {}).items() for k2 in [_key(k)]}
    hits = longest_first([h for h in ctx.cues if "source" in h.sets])
    return [
        Span(h.start, h.end, "SOURCE", kb_id=names.get(h.key), value=names.get(h.key)) for h in hits
    ]


def _key(s: str) -> str:
    from rasad.arabic.normalize import normalize_key

    return normalize_key(s)
