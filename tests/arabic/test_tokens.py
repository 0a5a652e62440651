import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic import charmap
from rasad.arabic import tokens as tokens_module
from rasad.arabic.normalize import normalize_key
from rasad.arabic.tokens import (
    _SENT_END,
    _TOKEN,
    TokenInfo,
    TokenLayer,
    _bounds_bytes,
    analyses,
    sentences,
    tokenize,
)
from rasad.document import Document, Span, SpanArray
from rasad.errors import SpanOutOfBounds


def test_tokens_are_text_slices_with_clitic_analyses():
    text = "وقالت مصادر للنظام، إن 1.5 مليون نزحوا."
    toks = tokenize(text)
    surfaces = [text[t.start : t.end] for t in toks]
    assert surfaces == ["وقالت", "مصادر", "للنظام", "،", "إن", "1.5", "مليون", "نزحوا", "."]
    assert "قالت" in toks[0].value.stems
    assert "النظام" in toks[2].value.stems  # ل + ال contracted to لل


def test_analyses_keep_the_unsegmented_reading_first():
    assert analyses("وصل")[0] == ("", "وصل", "")
    assert ("و", "صل", "") in analyses("وصل")  # both readings: the lexicon decides


def test_pronoun_suffixes():
    assert ("", "عناصر", "ه") in analyses("عناصره")
    assert ("و", "قتلا", "هم") in analyses("وقتلاهم")


def test_sentences_split_on_arabic_punctuation_and_lines_not_decimals():
    text = "قتل 2.5 ألف شخص. هل انتهى؟ نعم؛ انتهى\nسطر جديد"
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == ["قتل 2.5 ألف شخص.", "هل انتهى؟", "نعم؛", "انتهى", "سطر جديد"]


@given(st.text(alphabet=st.sampled_from(list("ابتوفلكال .؟\n،12ـَ")), max_size=120))
def test_token_and_sentence_spans_in_bounds_and_increasing(s):
    for spans in (tokenize(s), sentences(s)):
        prev = 0
        for sp in spans:
            assert prev <= sp.start < sp.end <= len(s)
            prev = sp.end


# ------------------------------------------------------------------ the compact tokens layer

def _reference_tokens(text: str) -> list[tuple[int, int, str]]:
    """The definition: every ``_TOKEN`` match whose normalised form is not empty."""
    out = []
    for m in _TOKEN.finditer(text):
        norm = normalize_key(m.group())
        if norm:
            out.append((m.start(), m.end(), norm))
    return out


def _triples(layer: TokenLayer) -> list[tuple[int, int, str]]:
    return list(zip(layer.starts, layer.ends, layer.norms, strict=True))


TOKEN_TEXTS = st.text(
    alphabet=st.sampled_from(
        list("ابتوفلكال أإةى .،؛؟:\"«»()-/\n\t\u00a0ـًّ\u200f\u200c\x00\x01\x1c12٣.,F")
    ),
    max_size=150,
)


@given(TOKEN_TEXTS)
def test_tokenize_agrees_with_the_token_pattern(s):
    layer = tokenize(s)
    assert _triples(layer) == _reference_tokens(s)


def test_tokenize_on_mixed_news_text():
    text = "قال «المرصد»: قُتل 12 عنصراً،و1.5 مليون F16\n\nـ ً نزحوا\u200c(حلب)  اليوم\t."
    layer = tokenize(text)
    assert _triples(layer) == _reference_tokens(text)
    assert [text[s:e] for s, e in zip(layer.starts, layer.ends, strict=True)][:6] == [
        "قال", "«", "المرصد", "»", ":", "قُتل"
    ]
    assert "ـ" not in [text[t.start : t.end] for t in layer]  # a lone tatweel is no token


def test_nul_and_marker_characters_take_the_plain_path():
    for text in ("قوات\x00النظام 12", "قوات\x01 النظام"):
        layer = tokenize(text)
        assert _triples(layer) == _reference_tokens(text)


def test_token_layer_is_a_sequence_of_token_spans():
    text = "قصفت الطائرات مدينة حلب."
    layer = tokenize(text)
    spans = [
        Span(s, e, "TOKEN", None, info)
        for s, e, info in zip(layer.starts, layer.ends, layer.values, strict=True)
    ]
    assert isinstance(layer, TokenLayer)
    assert len(layer) == 5 and layer
    assert layer[0] == spans[0] and layer[-1] == spans[-1]
    assert layer[1:3] == tuple(spans[1:3])
    assert list(layer) == spans
    assert layer == spans and layer == tuple(spans)
    assert layer[2].value.norm == "مدينه" and layer.norms[2] == "مدينه"
    assert isinstance(layer[0].value, TokenInfo) and layer[0].value.is_word
    assert not layer[-1].value.is_word
    assert not tokenize(" \n ") and len(tokenize("")) == 0


def test_token_layer_in_a_document_is_kept_compact_and_checked_on_its_lists():
    text = "قصفت الطائرات مدينة حلب."
    layer = tokenize(text)
    doc = Document(id="d", text=text).with_layer("tokens", layer)
    assert doc.layer("tokens") is layer
    assert [t.start for t in doc.layer("tokens")] == layer.starts
    with pytest.raises(SpanOutOfBounds):
        Document(id="d", text=text[:10]).with_layer("tokens", layer)
    bad = TokenLayer([0, 5], [4, 5], layer.norms[:2])  # an empty span
    with pytest.raises(SpanOutOfBounds):
        Document(id="d", text=text).with_layer("tokens", bad)


def test_token_layer_pickles():
    layer = tokenize("قصفت الطائرات مدينة حلب.")
    again = pickle.loads(pickle.dumps(layer))
    assert again == layer and again.norms == layer.norms


def test_token_info_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(tokens_module, "_MAX_INFOS", 3)
    monkeypatch.setattr(tokens_module, "_INFOS", {})
    for text in ("قصفت الطائرات مدينة حلب", "ودمرت الغارات منازل المدنيين", "قصفت حلب"):
        layer = tokenize(text)
        assert _triples(layer) == _reference_tokens(text)
        assert [info.norm for info in layer.values] == layer.norms
        assert len(tokens_module._INFOS) <= 3 + 5
    assert len(tokens_module._INFOS) <= 3 + 5


def test_token_infos_are_made_when_first_read():
    layer = tokenize("قصفت الطائرات مدينة حلب.")
    assert layer._values is None  # tokenize makes norms only
    assert layer[1].value == TokenInfo("الطايرات") and layer._values is not None
    assert TokenLayer([0], [2], ["ab"]).values == [TokenInfo("ab")]
    with pytest.raises(ValueError, match="one norm per token"):
        TokenLayer([0, 3], [2, 5], ["ab"])


# The byte path (texts whose characters are all in rasad.arabic.charmap, i.e. nearly all news)
# must give the _TOKEN matches exactly: numbers with separators next to punctuation, runs of
# every kind of space, symbols side by side, marks and tatweel, digits glued to letters.
CHARMAP_TEXTS = st.text(
    alphabet=st.sampled_from(
        list("ابتوفلكال أإةىپ .،؛؟:\"«»()-/\n\t\u00a0\u2009ـًّ\u200f\u200c12٣۴.,٫٬F%")
    ),
    max_size=200,
)


@given(CHARMAP_TEXTS)
def test_byte_path_bounds_are_the_token_pattern_matches(s):
    data = charmap.encode(s)
    assert data is not None  # the byte path is the one under test
    codes, starts, ends = _bounds_bytes(data)
    surfaces = [charmap.decode(c) for c in codes]
    assert list(zip(surfaces, starts, ends, strict=True)) == [
        (m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)
    ]


@given(CHARMAP_TEXTS)
def test_byte_path_tokenize_agrees_with_the_definition(s):
    assert _triples(tokenize(s)) == _reference_tokens(s)


def test_byte_path_on_edge_cases():
    for s in ("", " ", "\n\n", ".", "..", " .", ". ", "  .  ", "1.", ".5", "1..5", "1.5.3",
              "a1b", "٣٫٥,2", "«(x)»", "a  b\n\n\nc", "ـ", "ـً 1",
              # every kind of neighbours the cut code counts cuts between (word, wrapped
              # token, space): the surplus empty pieces must never become tokens
              "  ", ". 1", "1 1", "1  .", "a .b", ")(", " \n ", "a.\n\n1", ". . .", "1,2 ,3"):
        data = charmap.encode(s)
        assert data is not None
        codes, starts, ends = _bounds_bytes(data)
        surfaces = [charmap.decode(c) for c in codes]
        expected = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)]
        assert list(zip(surfaces, starts, ends, strict=True)) == expected, s


def test_text_outside_the_charmap_takes_the_regex_path():
    text = "قصف 😀 على ﻻ حلب، 12."
    assert charmap.encode(text) is None
    assert _triples(tokenize(text)) == _reference_tokens(text)


def test_one_token_info_per_normalised_form_across_the_byte_and_regex_paths():
    regex_first = "كفرنبلية 😀"  # not encodable: the regex path meets the word first
    byte_first = "زملكانية"
    assert charmap.encode(regex_first) is None
    a = tokenize(regex_first).values[0]
    b = tokenize("قصف كفرنبلية").values[1]
    assert a is b
    c = tokenize(byte_first).values[0]
    d = tokenize(byte_first + " 😀").values[0]
    assert c is d
    assert c.norm == normalize_key(byte_first)
    assert tokenize("أحمد").values[0] is tokenize("احمد").values[0]  # two spellings, one form


# ------------------------------------------------------------------ sentences on both paths

def _reference_sentences(text: str) -> list[tuple[int, int]]:
    """The definition: the text before each ``_SENT_END`` match (a line break run excluded),
    trimmed of ``str.isspace`` characters, empty pieces dropped."""
    out = []
    pos = 0
    bounds = [(m.start() if m.group()[0] == "\n" else m.end(), m.end())
              for m in _SENT_END.finditer(text)]
    for end, after in [*bounds, (len(text), len(text))]:
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            out.append((start, stop))
        pos = after
    return out


SENTENCE_TEXTS = st.text(
    alphabet=st.sampled_from(
        list("ابت لك\n\t\u00a0\u2009.!?؟؛…\"'’”»)(12٣۴.,٫ـ\u200f")
    ),
    max_size=150,
)


@given(SENTENCE_TEXTS)
def test_byte_path_sentences_agree_with_the_definition(s):
    assert charmap.encode(s) is not None  # the byte path is the one under test
    got = [(sp.start, sp.end) for sp in sentences(s)]
    assert got == _reference_sentences(s)
    assert all(sp.label == "SENT" for sp in sentences(s))


@given(SENTENCE_TEXTS)
def test_regex_path_sentences_agree_with_the_definition(s):
    s = s + "😀"  # outside the charmap: the str path
    assert charmap.encode(s) is None
    assert [(sp.start, sp.end) for sp in sentences(s)] == _reference_sentences(s)


def test_sentence_ends_beside_digits_and_quotes():
    for s in ("عام 2018. ثم", "1..2", "..5 قتلى", "قال: «انتهى.» ثم", "a.\n\nb", "\n\n", "؟!",
              "2.5 ألف.", "x…” y", "\u00a0نص\u2009. "):
        assert charmap.encode(s) is not None
        assert [(sp.start, sp.end) for sp in sentences(s)] == _reference_sentences(s), s


_END_PIECES = st.sampled_from(
    ["قتل", " ", "\n", "\n\n", ".", "...", "…", "!", "؟", "?", "؛", "3", "1.5", "»", '"', ")",
     "’", "”", "2018.", ".5", "م.", "،"]
)


@given(st.lists(_END_PIECES, max_size=30))
def test_sentence_ends_tried_only_at_opening_bytes_are_finditers(pieces):
    # the ends found by trying the pattern only where a sentence can open its end are those
    # re's search finds trying every byte: same spans, same order, never overlapping
    data = charmap.encode("".join(pieces))
    assert data is not None
    fast = [m.span() for m in tokens_module._byte_ends(data)]
    assert fast == [m.span() for m in tokens_module._B_SENT_END.finditer(data)]


def test_sentence_ends_after_digits_quotes_and_line_breaks():
    text = "قتل 1.5 ألف شخص... «انتهى».\n\nوقال؟! نعم\n"
    data = charmap.encode(text)
    spans = [m.span() for m in tokens_module._byte_ends(data)]
    assert spans == [m.span() for m in tokens_module._B_SENT_END.finditer(data)]
    assert [text[s:e] for s, e in spans] == ["...", ".", "\n\n", "؟!", "\n"]


def test_tokens_with_an_empty_normalised_form_are_dropped_wherever_they_stand():
    # the byte path finds these from the folded code: at the start, between words, before a
    # symbol, side by side, and at the end of the text
    for s in ("ـ قصف", "قصف ـ على", "قصف ـ.", "ـ ـ", "قصف ـً", "قتل ً", "ـ", "ً"):
        assert charmap.encode(s) is not None
        assert _triples(tokenize(s)) == _reference_tokens(s), s
    assert tokenize("قصف ـ على").norms == ["قصف", "علي"]


def test_sentences_at_runs_of_line_breaks_agree_with_the_definition():
    # the byte path ends a sentence at a run of line breaks without trying the pattern there
    for s in ("\nقتل", "قتل\n", "قتل.\n\n\nثم\n", "\n\n\n", " \n \n", "قتل\n.\nثم", "أ\n\n.ب",
              "«قتل»\n\n2018.\n5"):
        assert charmap.encode(s) is not None
        assert [(sp.start, sp.end) for sp in sentences(s)] == _reference_sentences(s), s
    text = "قتل ثلاثة.\n\nثم انسحبوا\n"
    assert [text[sp.start : sp.end] for sp in sentences(text)] == ["قتل ثلاثة.", "ثم انسحبوا"]


def test_end_marks_before_whitespace_agree_with_the_definition():
    # the byte path ends a sentence at a mark followed by whitespace without trying the
    # pattern, unless a digit stands before the mark ("عام 2018. ثم" is one sentence)
    for s in ("قتل ثلاثة. ثم انسحبوا", "عام 2018. ثم", "قتل ؟ ثم", "قتل!\tثم", ". بدأ",
              "7. بدأ", "قتل.\u00a0ثم", "قتل.\nثم", "قتل. ", "قتل .. ثم", "«قتل.» ثم",
              "قتل.5 ثم", "أ. ب. ج", "2.\u2009ثم"):
        assert charmap.encode(s) is not None
        assert [(sp.start, sp.end) for sp in sentences(s)] == _reference_sentences(s), s
    text = "قتل ثلاثة. ثم انسحبوا عام 2018. وعادوا"
    assert [text[sp.start : sp.end] for sp in sentences(text)] == [
        "قتل ثلاثة.", "ثم انسحبوا عام 2018. وعادوا"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "  وقال المرصد: قُتل 1,200 شخص… في حلبَ\n\nو«إدلب» ـ ",
        "غارة على ﻣﺪﻳﻨﺔ الرقة 🙂 أمس ",  # outside the charmap: the str path
    ],
)
def test_a_layer_tokenize_made_is_bounded_by_its_first_and_last_token(text):
    layer = tokenize(text)
    # the short check agrees with the check token by token
    assert layer.bounds_ok(len(text)) and SpanArray.bounds_ok(layer, len(text))
    assert all(s < e for s, e in zip(layer.starts, layer.ends, strict=True))
    assert layer.starts == sorted(layer.starts) and layer.ends == sorted(layer.ends)
    assert not layer.bounds_ok(layer.ends[-1] - 1)  # a text cut inside its last token
    # a layer made by hand is still checked token by token
    bad = TokenLayer([0, 5], [4, 5], layer.norms[:2])
    assert not bad.bounds_ok(len(text))
