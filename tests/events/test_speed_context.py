"""The document context's look-ups that were made faster give what the plain reading gives:
spans of a layer found by bisection, word counts from the few non-word tokens, and the
normalised text of a range remembered per document."""

from __future__ import annotations

from rasad.arabic.normalize import normalize, normalize_key
from rasad.arabic.tokens import sentences
from rasad.document import Span
from rasad.events.context import build_context, one_shift
from rasad.events.cues_in_names import _OUTLET_TITLE, outlet_titles
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_TEXT = (
    'قال "مصدر أمني" إن قوات النظام قصفت بلدة في ريف إدلب، وقتل ثلاثة مدنيين (بينهم طفل). '
    "واشتبكت الفصائل مع داعش قرب الرقة صباح اليوم."
)


def _context():
    return build_context(make_doc(_TEXT), default_lexicon())


def test_spans_in_a_layer_are_those_a_full_pass_finds():
    ctx = _context()
    assert ctx.actors and ctx.places
    ends = {p for s in (*ctx.actors, *ctx.places) for p in (s.start, s.end)}
    bounds = sorted({0, len(_TEXT)} | ends)
    for layer in (ctx.actors, ctx.places, ctx.dates, ctx.numbers):
        for a in bounds:
            for b in bounds:
                plain = [s for s in layer if s.start >= a and s.end <= b]
                assert ctx.spans_in(layer, a, b) == plain


def test_spans_in_an_unsorted_list_still_reads_all_of_it():
    ctx = _context()
    reversed_actors = ctx.actors[::-1]
    assert len(reversed_actors) > 1
    got = ctx.spans_in(reversed_actors, 0, len(_TEXT))
    assert got == reversed_actors  # every span, in the list's own order


def test_tokens_between_counts_words_not_quotes_or_brackets():
    ctx = _context()
    start = _TEXT.index("قال")
    end = _TEXT.index("إن")
    assert ctx.tokens_between(start, end) == 3  # قال مصدر أمني: the quotes are no words
    start = _TEXT.index("ثلاثة")
    end = _TEXT.index("طفل") + len("طفل")
    assert ctx.tokens_between(start, end) == 4  # ثلاثة مدنيين بينهم طفل: "(" is no word
    assert ctx.tokens_between(end, start) == 0


def test_norm_of_gives_the_normalised_range_every_time():
    ctx = _context()
    start, end = _TEXT.index("وقتل"), _TEXT.index("مدنيين") + len("مدنيين")
    first = ctx.norm_of(start, end)
    assert first == normalize_key(_TEXT[start:end])
    assert ctx.norm_of(start, end) == first


def _words_stepping_back(ctx, pos: int, n: int) -> list[str]:
    """The plain reading: token by token back from ``pos``, quotes and brackets skipped."""
    out: list[str] = []
    i = sum(1 for s in ctx.token_starts if s < pos)
    while i > 0 and len(out) < n:
        i -= 1
        t = ctx.tokens[i]
        form = ctx.token_norms[i] or normalize_key(ctx.doc.text[t.start : t.end])
        if form and form[0] in "\"'()[]{}-«»#_":
            continue
        out.append(form)
    return out[::-1]


def test_words_before_are_those_stepping_back_token_by_token():
    text = 'قال «مصدر» إن #الجيش_اليمني (قوات) "قصفت" - بلدة في ريف إدلب، وقتل ثلاثة.'
    ctx = build_context(make_doc(text), default_lexicon())
    assert ctx._plain_skips  # a slice of the forms where no quote or bracket intervenes
    for pos in range(len(text) + 1):
        for n in (-1, 0, 1, 2, 3, 8):
            assert ctx.words_before(pos, n) == _words_stepping_back(ctx, pos, n), (pos, n)
    # the bracket, the quotes and the dash are no words
    assert ctx.words_before(text.index("بلدة"), 3) == ["اليمني", "قوات", "قصفت"]
    assert ctx.words_before(text.index("إدلب"), 3) == ["بلده", "في", "ريف"]


def test_a_slice_key_read_off_the_normalised_text_is_normalize_key_of_the_slice():
    from rasad.arabic.normalize import normalize, normalize_key
    from rasad.events.context import key_of_slice

    # harakat, tatweel, a bidi mark, a zero-width joiner, NBSP, a run of spaces, a newline,
    # Arabic-Indic digits, guillemets and hamza forms: deleted, mapped and collapsed characters
    text = (
        "قالَ مسؤولٌ إنّ الطائرات\u200f شنّت  غاراتٍ عـــلى «إدلب»،\n\nوقُتل ١٢ شخصاً"
        "\u00a0في\u200dالهجوم — يوم الأحد.  "
    )
    norm = normalize(text)
    assert len(norm.text) < len(text)  # characters were deleted: the offsets are not the same
    for start in range(len(text) + 2):
        for end in range(start, len(text) + 3):
            assert key_of_slice(norm, start, end) == normalize_key(text[start:end]), (start, end)


def test_the_skipped_tokens_found_from_the_marks_are_those_whose_form_opens_with_one():
    from itertools import compress, count

    from rasad.arabic.tokens import tokenize
    from rasad.events.context import _SKIP, skipped_tokens

    # guillemets, curly and straight quotes, brackets, a hashtag, dashes of several kinds, a
    # mark inside a word ("الـ") and after a diacritic, a bracket closing at the text's end
    text = (
        "قال «مصدر» إن “القوات” قصفت (بلدة) [كفرنبل] و{معرة} #إدلب_الحرة — يوم ‑الأحد– "
        "وقال 'شاهد' إن الـ\"مسلحين\" انسحبوا َ\"ليلا\" 10-12 (تقريبا)"
    )
    layer = tokenize(text)
    norms = list(layer.norms)
    plain = list(compress(count(), (n[:1] in _SKIP for n in norms)))
    assert len(plain) >= 12  # the text does hold many such tokens
    assert skipped_tokens(text, list(layer.starts), norms) == plain


def test_any_year_is_the_year_pattern_searched_over_the_whole_text():
    import random

    from rasad.events.context import _ANY_YEAR, any_year

    pieces = ["عام", "سنه", "العام", "1999", "2019", "120", "201", "12015", "20", "19", "5",
              "٢٠١٥", "قتل", " ", "  ", "\n", "،", "x", "عام  680", "سنه 2017م"]
    rng = random.Random(3)
    seen = set()
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        want = _ANY_YEAR.search(text) is not None
        assert any_year(text) == want, text
        seen.add(want)
    assert seen == {True, False}
    assert any_year("سيطرت عليها عام 680 ميلاديه") and any_year("في 2014")
    assert not any_year("قتل 12015 شخصا") and not any_year("العام 12")


_OUTLET_PIECES = (
    "قناة", "قناه", "وقناة", "والقناة", "بالصحيفة", "للجريدة", "فلموقع", "مجلة", "شبكة",
    "وكالة", "إذاعة", "فضائية", "تلفزيون", "ال", "و", "ب", "x", "المسيرة", " ", "  ", "\n",
    '"', "«", "»", "“", "”",
)  # fmt: skip


def test_outlet_titles_are_the_title_pattern_searched_over_the_whole_text():
    texts = [
        'أعلنت قناة "المسيرة" و صحيفة «الثورة» وموقع  “الدرر الشامية” أن القوات قصفت.',
        'قالت القناة"المسيرة" إن، ومجلة «""» ووكالة «قناة "سبأ"» والتلفزيون «x» بتلفزيون',
        "«قناة «المسيرة»",  # a quote before the kind word: the match starts at the kind word
        'جريدة\n"x"',  # a line break between the name and its kind
        'للقناة "x"',  # "لل": the ل and the article whose alif it swallows
        'ومجلة "' + "ا" * 41 + '"',  # a title longer than the pattern takes
    ]
    import random

    # random short sequences of the pattern's pieces: proclitics, kinds, blanks and quotes
    rng = random.Random(5)
    texts += ["".join(rng.choices(_OUTLET_PIECES, k=rng.randint(1, 14))) for _ in range(5000)]
    found = 0
    for text in texts:
        plain = [m.span(1) for m in _OUTLET_TITLE.finditer(text)]
        assert outlet_titles(text) == plain, text
        found += len(plain)
    assert found > 100  # the texts hold titles, not only near misses


def test_sentences_with_a_cue_are_those_a_look_up_per_sentence_finds():
    text = (
        "قتل ثلاثة مدنيين في قصف على بلدة في ريف إدلب. وقال مصدر إن الطائرات قصفت مواقع. "
        "واشتبكت الفصائل مع داعش قرب الرقة وسقط قتلى وجرحى.\nوأصيب جندي بجروح في انفجار عبوة."
    )
    ctx = build_context(make_doc(text), default_lexicon())
    names = {name for h in ctx.cues for name in h.sets}
    assert "death_words" in names and len(names) > 10
    for name in [*sorted(names), "no_such_set"]:
        plain = [s for s in ctx.sentences if ctx.has_cue(s.start, s.end, name)]
        assert ctx.sentences_with_cue(name) == plain, name
    assert 0 < len(ctx.sentences_with_cue("death_words")) < len(ctx.sentences)


def test_sentences_that_overlap_are_each_looked_up():
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    first, second = ctx.sentences[0], ctx.sentences[1]
    # a custom sentences layer may overlap: the first sentence run on to the next one's end
    ctx.sentences = [Span(first.start, second.end, "SENTENCE"), second]
    ctx.sent_starts = [s.start for s in ctx.sentences]
    ctx.memo.clear()
    for name in ("death_words", "air"):
        plain = [s for s in ctx.sentences if ctx.has_cue(s.start, s.end, name)]
        assert ctx.sentences_with_cue(name) == plain
    assert ctx.sentences_with_cue("death_words") == ctx.sentences[:1]


def test_hits_placed_by_one_shift_are_those_each_offset_mapped_gives():
    # diacritics and a tatweel are deleted by normalisation: before, inside and after ranges
    text = (
        "قُتِلَ ثلاثة مدنيين في قصف على بلدة في ريف إدلب. وقال مصدر إن الطائرات قصفت مواقع. "
        "واشتبكت الفصـائل مع داعش قرب الرقة وسقط قتلى.\nوأُصيب جندي بجروح في انفجار عبوة"
    )
    norm = normalize(text)
    assert len(norm.text) < len(text)  # characters were deleted
    lex = default_lexicon()
    shifted = found = 0
    bounds = [(0, len(norm.text))]
    for s in sentences(text):
        bounds.append((norm.to_normalized(s.start), norm.to_normalized(s.end)))
    for a, b in bounds:
        shift = one_shift(norm, a, b)
        if shift is not None:
            shifted += 1
            assert all(norm.orig(i) == i + shift for i in range(a, b))
        else:
            assert len({norm.orig(i) - i for i in range(a, b)}) > 1
        for scanner in (lex.cue_scanner, lex.trigger_scanner):
            plain = scanner.scan(norm.text, norm.to_original, a, b)
            assert scanner.scan(norm.text, norm.to_original, a, b, shift=shift) == plain
            found += len(plain)
    assert 0 < shifted < len(bounds) and found > 20
    assert one_shift(norm, 5, 5) is None
