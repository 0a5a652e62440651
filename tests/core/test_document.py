import pickle

import pytest

from rasad.document import ArticleMeta, Document, Span, content_id
from rasad.errors import SpanOutOfBounds


def _doc(text="قوات النظام"):
    return Document(id=content_id(text), text=text, meta=ArticleMeta(title="t"))


def test_with_layer_returns_a_new_document_and_keeps_the_old():
    doc = _doc()
    doc2 = doc.with_layer("actors", [Span(0, 11, "ACTOR")])
    assert doc.layer("actors") == ()
    assert doc2.layer("actors")[0].text(doc2) == "قوات النظام"


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, 12)])
def test_spans_out_of_bounds_are_refused(start, end):
    with pytest.raises(SpanOutOfBounds, match="outside"):
        _doc().with_layer("x", [Span(start, end, "X")])


def test_document_pickles_for_workers():
    doc = _doc().with_layer("x", [Span(0, 4, "X", value={"a": 1})])
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_content_id_is_sha256_of_utf8():
    assert content_id("a") == content_id(b"a")
    assert len(content_id("a")) == 64


def test_with_meta_changes_only_the_named_fields():
    doc = _doc().with_meta(outlet="X")
    assert doc.meta.outlet == "X" and doc.meta.title == "t"
