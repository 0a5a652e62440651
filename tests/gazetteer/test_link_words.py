"""The link words between a place and its qualifier ("X في ريف Y", "X شمال غرب مدينة Y")."""

from rasad.gazetteer.cues import load_cues, strip_proclitics
from rasad.gazetteer.qualifier_links import is_link_word

WORDS = ["في", "بريف", "وريف", "شمال", "وشمال", "غرب", "مدينة", "بمدينة", "والمدينة", "-",
         "قتل", "الجيش", "محمد", "وقال", "للمدينة", "التابعة", "ناحية"]


def _by_stripping(w: str) -> bool:
    cues = load_cues()
    lists = (cues.qualifier_links, cues.place_nouns, cues.area_words, cues.directions)
    return w in cues.qualifier_links or w == "-" or any(
        strip_proclitics(w, known)[1] in known for known in lists
    )


def test_link_words_read_through_proclitics():
    cues = load_cues()
    assert is_link_word("في", cues)
    assert is_link_word("بريف", cues)
    assert is_link_word("وشمال", cues)
    assert is_link_word("وغرب", cues)
    assert not is_link_word("قتل", cues)
    assert not is_link_word("وقال", cues)


def test_one_walk_over_readings_agrees_with_stripping_per_list():
    cues = load_cues()
    for w in WORDS:
        assert is_link_word(w, cues) == _by_stripping(w), w
