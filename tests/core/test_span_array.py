"""SpanArray: a compact layer behaves exactly like the tuple of spans it stands for."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.document import Document, Span, SpanArray
from rasad.errors import SpanOutOfBounds


def _layer(n: int) -> tuple[SpanArray, tuple[Span, ...]]:
    starts = [3 * i for i in range(n)]
    ends = [3 * i + 2 for i in range(n)]
    values = [f"v{i}" for i in range(n)]
    plain = tuple(
        Span(s, e, "TOKEN", None, v) for s, e, v in zip(starts, ends, values, strict=True)
    )
    return SpanArray(starts, ends, "TOKEN", values), plain


@given(
    n=st.integers(0, 30),
    start=st.none() | st.integers(-40, 40),
    stop=st.none() | st.integers(-40, 40),
    step=st.none() | st.integers(1, 4) | st.integers(-4, -1),
    materialise_first=st.booleans(),
)
def test_slices_equal_the_tuple_slices_before_and_after_materialising(
    n, start, stop, step, materialise_first
):
    arr, plain = _layer(n)
    if materialise_first:
        arr.spans()
    assert arr[start:stop:step] == plain[start:stop:step]


@given(n=st.integers(1, 30), data=st.data())
def test_indexing_iteration_and_length_match_the_tuple(n, data):
    arr, plain = _layer(n)
    i = data.draw(st.integers(-n, n - 1))
    assert arr[i] == plain[i] and type(arr[i]) is Span
    assert len(arr) == n and list(arr) == list(plain) and arr == plain


def test_a_window_does_not_materialise_the_whole_layer():
    arr, _ = _layer(1000)
    assert len(arr[10:20]) == 10
    assert arr._spans is None


def test_with_layer_checks_bounds_on_the_arrays_and_keeps_the_layer():
    arr = SpanArray([0, 4], [3, 9], "TOKEN")
    doc = Document("d", "abc defgh").with_layer("tokens", arr)
    assert doc.layer("tokens") is arr
    with pytest.raises(SpanOutOfBounds):
        Document("d", "abc").with_layer("tokens", arr)


def test_lists_of_different_lengths_are_refused():
    with pytest.raises(ValueError, match="one length"):
        SpanArray([0, 1], [1], "TOKEN")


def test_a_span_array_pickles():
    arr, plain = _layer(5)
    assert pickle.loads(pickle.dumps(arr)) == plain
