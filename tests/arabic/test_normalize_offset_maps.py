"""``NormText.to_normalized`` and ``orig`` compare offsets instead of calling min/max; they must
give the offset maps' definitions on every text and every offset (inside, at and past the
ends, negative)."""

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.normalize import normalize


def _to_normalized(n, ostart):
    """The definition: the first normalised index whose original offset is >= ostart."""
    size = len(n.text)
    if not n._breaks:
        return min(ostart, size)
    k = bisect_right(n._orig_breaks, ostart)
    i = ostart - n._shifts[k - 1] if k else ostart
    if k < len(n._breaks):
        i = min(i, n._breaks[k])
    return max(0, min(i, size))


def _orig(n, i):
    size = len(n.text)
    if i >= size:
        return n.source_len
    if not n._breaks:
        return i
    if i < 0:
        i += size
    k = bisect_right(n._breaks, i)
    return i + n._shifts[k - 1] if k else i


# letters, deleted marks (fatha, shadda, tatweel, a zero-width joiner), spaces, a digit
_ALPHABET = "قتلالنظامفيحلب \u064e\u0651\u0640\u200d٣"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=90))
def test_offset_maps_match_their_definitions(s):
    n = normalize(s)
    for o in range(-3, len(s) + 4):
        assert n.to_normalized(o) == _to_normalized(n, o)
    for i in range(-len(n.text), len(n.text) + 3):
        assert n.orig(i) == _orig(n, i)


def test_a_deleted_run_maps_to_the_next_kept_character():
    s = "النِّظامُ قصف"
    n = normalize(s)
    assert n.text == "النظام قصف"
    assert [n.to_normalized(o) for o in range(len(s) + 2)] == [
        _to_normalized(n, o) for o in range(len(s) + 2)
    ]
    assert n.to_normalized(s.index("ِ")) == 3  # the kasra: the next kept letter, ظ
    assert n.to_normalized(len(s) + 5) == len(n.text)
