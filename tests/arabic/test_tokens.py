from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic.tokens import analyses, sentences, tokenize


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
