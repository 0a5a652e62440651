"""senses.controlled_detonation reads the trigger's word only for a trigger key whose form
can end in a pronoun back to the device ("تفجيرها"): the readings are those of the check run
in full for every key."""

from __future__ import annotations

from rasad.events import senses
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc, status_readings

_TEXTS = (
    "عثر الجنود على عبوة ناسفة قرب الجسر وعملوا على تفجيرها دون إصابات.",
    "سقطت قذيفتان لم تنفجرا في الحي وقام خبراء المتفجرات بتفجيرهما.",
    "قتل ثلاثة جنود في تفجير عبوة ناسفة استهدفت دوريتهم قرب الجسر.",
)


def test_the_key_says_whether_the_word_can_be_the_device_blown_up() -> None:
    assert senses._may_name_it("تفجيرها")
    assert senses._may_name_it("براميل متفجره")  # "متفجره" ends as "فجره" does: read
    assert not senses._may_name_it("تفجير")
    assert not senses._may_name_it("قتل")
    assert not senses._may_name_it("الانفجار")


def test_gated_check_reads_as_in_full(monkeypatch) -> None:
    lex = default_lexicon()
    seen: set[str] = set()
    for text in _TEXTS:
        fast = status_readings(build_context(make_doc(text), lex))
        with monkeypatch.context() as m:
            m.setattr(senses, "_may_name_it", lambda _key: True)
            full = status_readings(build_context(make_doc(text), lex))
        assert fast == full
        seen |= set(full)
    assert {"other_sense", ""} <= seen
