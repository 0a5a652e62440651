"""The cue scanner's range scan and its substring pre-check give what the older calls gave:
scan(ntext, f, lo, hi) is the scan of the slice ntext[lo:hi] (offsets shifted), and may_hit is
False only where a scan finds no phrase of the set."""

from __future__ import annotations

from rasad.arabic.normalize import normalize, normalize_key
from rasad.events.lexicon import CueScanner

_ENTRIES = [
    ("القصف", "air"),  # with the article: its bare form matches after "لل" only
    ("قصف", "strike"),
    ("غارة", "air"),
    ("خلال", "during"),
    ("قتل متظاهرين", "force"),
    ("قتل", "death"),
    ("قضت محكمة", "verdict"),
]
_TEXT = (
    "وقالت المصادر إن الطائرات شنت غارةً على بلدة قرب حلب، وتعرضت للقصف خلال الليل. "
    "وقتل متظاهرين في المدينة بالقصف. وقصفت القوات مواقع، قتلهم المسلحون. وفي هذه الأثناء "
    "قضت محكمة عسكرية بسجن ثلاثة."
)


def _pairs(hits):
    return [(h.start, h.end, h.key, h.sets) for h in hits]


def test_a_range_scan_is_the_scan_of_the_slice():
    scanner = CueScanner(_ENTRIES)
    ntext = normalize(_TEXT).text
    # every cut, also inside words and inside proclitic chains: the slice reads a cut word as
    # whole, and so must the range
    for lo in range(0, len(ntext), 3):
        for hi in range(lo, len(ntext) + 1, 7):
            sliced = scanner.scan(ntext[lo:hi], lambda s, e, lo=lo: (s + lo, e + lo))
            ranged = scanner.scan(ntext, lambda s, e: (s, e), lo, hi)
            assert _pairs(ranged) == _pairs(sliced), (lo, hi)
    whole = _pairs(scanner.scan(ntext, lambda s, e: (s, e)))
    assert {k for _, _, k, _ in whole} >= {"القصف", "غاره", "خلال", "قتل متظاهرين", "قضت محكمه"}


def test_may_hit_is_false_only_without_a_hit_of_the_set():
    scanner = CueScanner(_ENTRIES)
    ntext = normalize(_TEXT).text
    for name in ("air", "strike", "during", "force", "death", "verdict"):
        for lo in range(0, len(ntext), 5):
            piece = ntext[lo : lo + 40]
            if any(name in h.sets for h in scanner.scan(piece, lambda s, e: (s, e))):
                assert scanner.may_hit(piece, name), (name, piece)
    assert not scanner.may_hit(normalize_key("اشتبكت القوات مع المسلحين"), "verdict")
    assert scanner.may_hit(normalize_key("تعرضت للقصف"), "air")  # the bare form after "لل"


def test_a_hit_made_without_init_is_the_hit_init_makes():
    from rasad.events.lexicon import CueHit

    scanner = CueScanner(_ENTRIES)
    ntext = normalize(_TEXT).text
    hits = scanner.scan(ntext, lambda s, e: (s, e))
    assert hits
    for h in hits:
        made = CueHit(h.start, h.end, h.key, h.sets)
        assert h == made and hash(h) == hash(made) and repr(h) == repr(made)
