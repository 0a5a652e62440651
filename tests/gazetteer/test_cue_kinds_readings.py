"""The role cues a word is, read through its proclitic readings ("ومن", "إلى", "بالقرب")."""

from rasad.gazetteer.cues import load_cues, strip_proclitics
from rasad.gazetteer.roles import _cue_kinds

WORDS = ["من", "ومن", "فمن", "إلى", "الى", "والى", "نحو", "قرب", "بالقرب", "في", "وفي",
         "قتل", "محمد", "منطقة", "اتفاق", "واتفاق", "مسار", "باتجاه", "عند"]


def _by_stripping(w: str) -> tuple[bool, ...]:
    cues = load_cues()

    def has(known: object) -> bool:
        return strip_proclitics(w, known)[1] in known  # type: ignore[arg-type, operator]

    return (
        has(cues.pact_words),
        w in cues.destination or has(cues.destination),
        w == "من" or strip_proclitics(w, frozenset({"من"}))[1] == "من",
        w in cues.origin or has(cues.origin),
        w in cues.event_location or has(cues.event_location),
    )


def test_min_with_proclitics_is_the_from_cue():
    cues = load_cues()
    assert _cue_kinds("ومن", cues)[2]
    assert not _cue_kinds("قتل", cues)[2]


def test_one_walk_over_readings_agrees_with_stripping_per_list():
    cues = load_cues()
    for w in WORDS:
        assert _cue_kinds(w, cues) == _by_stripping(w), w
