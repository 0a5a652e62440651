"""An unlisted local name set in quotes ("حي «الكاطون» غرب بعقوبة", 'سجن "الترحيلات"') is still
a head, a name and a qualifier (cases in test_unlisted.py); the edges of quoting here."""

from __future__ import annotations

from rasad.gazetteer.unlisted import UNLISTED_PREFIX

from .conftest import run_places


def _by_text(results):
    return {text: span for text, span in results}


def test_a_kept_head_and_a_quoted_name_make_a_name_without_quotes(small_index):
    places = _by_text(run_places('انفجرت عبوة قرب سوق "الغزل" وسط بغداد.', small_index))
    assert "سوق الغزل" in {span.value.name for span in places.values()}


def test_a_half_quoted_name_is_no_name(small_index):
    # a closing quote with no opening one before the name: a quotation ends there
    places = _by_text(run_places('قال إن "الوضع في منطقة الورود" غرب بغداد هادئ.', small_index))
    assert all(not s.kb_id.startswith(UNLISTED_PREFIX) for s in places.values())


def test_a_negated_adjective_after_a_head_is_no_name(small_index):
    places = _by_text(
        run_places('أطلقت طائرة ثلاثة صواريخ على منطقة غير مأهولة قرب بلدة "حمص".', small_index)
    )
    assert all(not s.kb_id.startswith(UNLISTED_PREFIX) for s in places.values())
