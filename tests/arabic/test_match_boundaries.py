"""``PhraseMatcher.find`` tests a hit's word boundaries on single characters (a remembered
class per character, the run before a hit read only as far as the longest proclitic chain);
its matches must be those of the pattern definition (``_WORD_END`` after the hit, the whole
``_RUN_BEFORE`` run before it) on every text."""

import random

from rasad.arabic import match as M
from rasad.arabic.match import PhraseMatcher
from rasad.arabic.normalize import normalize


def _reference_find(matcher: PhraseMatcher, text: str) -> list[M.Match]:
    """The boundary tests as the patterns state them; the rest as ``find``."""
    norm = normalize(text)
    view, to_norm = M._collapse_spaces(norm.text)
    candidates = []
    for end_idx, (form, key, needs_article, *_) in matcher._automaton.iter(view):
        end = end_idx + 1
        if not M._WORD_END.match(view, end):
            continue
        start = end - len(form)
        word_start = M._RUN_BEFORE.match(view, 0, start).start()
        if word_start < start:
            prefix = view[word_start:start]
        elif M._WORD_CHAR.match(view, start) or not M._WORD_CHAR.search(view, 0, start):
            prefix = ""
        else:
            continue
        if prefix not in (M.ARTICLE_PROCLITICS if needs_article else M.PROCLITICS):
            continue
        candidates.append((start, end, key, prefix))
    taken = bytearray(len(view))
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        start, end = cand[0], cand[1]
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(cand)
    out = []
    for start, end, key, prefix in sorted(chosen):
        ostart, oend = norm.to_original(to_norm(start), to_norm(end - 1) + 1)
        out.append(M.Match(ostart, oend, key, matcher._payloads[key], prefix))
    return out


_PHRASES = [
    ("داعش", "IS"), ("الجيش", "ARMY"), ("الجيش الحر", "FSA"), ("حلب", "ALEPPO"),
    ("النظام", "REG"), ("(داعش", "PAREN"), ("داعش)", "NEVER"), ("قوات الأسد", "ASSAD"),
    ("isis", "LATIN"), ("عين العرب", "KOBANI"), ("الباب", "BAB"),
]
# letters (proclitic letters among them), a kept mark (U+0301), digits, Latin, spaces,
# punctuation and a deleted mark (fatha, which the normaliser drops)
_PIECES = [
    "داعش", "الجيش", "الحر", "حلب", "نظام", "النظام", "قوات", "الأسد", "isis", "عين", "العرب",
    "باب", "الباب", "و", "ف", "ب", "ل", "لل", "ك", "وبال", "فبال", "ال", "ة", "ها", "مست",
    "\u0301", "\u064e", "3", "٣", "F", "(", ")", "،", ".", "-", '"', " ", " ", " ", "  ", "\n",
]


def test_boundary_tests_match_the_pattern_definition_on_random_texts():
    matcher = PhraseMatcher(_PHRASES)
    rng = random.Random(7)
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        got = matcher.find(text)
        assert got == _reference_find(matcher, text), text
        hits += len(got)
    assert hits > 300  # the texts do exercise the matcher


def test_long_letter_runs_before_a_hit_are_no_proclitic_chain():
    matcher = PhraseMatcher(_PHRASES)
    for text in ("فبالداعش", "وفبالداعش", "مستوفبالداعش", "xفبالداعش", "بداعش", "فبالجيش الحر",
                 "(داعش", "و(داعش", "قال (داعش", "الداعش", "داعشُ", "داعش\u0301", "٣داعش"):
        assert matcher.find(text) == _reference_find(matcher, text), text
    assert [m.prefix for m in matcher.find("فبالجيش الحر")] == ["فب"]
    assert matcher.find("مستفبالجيش") == []
