"""trigger_status reads the cue sets of a trigger's sentence once and skips each check whose
cue set the sentence does not hold: the readings are those of every check run in full."""

from __future__ import annotations

from rasad.events import status
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc, status_readings

_TEXTS = (
    "قصفت قوات النظام بلدة في ريف إدلب، وقتل ثلاثة مدنيين بينهم طفل، فيما اشتبكت الفصائل "
    "مع داعش قرب الرقة صباح اليوم. وقال مصدر في الشرطة إن الجيش لم يعتقل خمسة مسلحين.",
    "هدد الجيش بقصف المدينة وتدمير مواقع المسلحين إذا لم ينسحبوا، ونفى أن يكون قد اعتقل أحدا. "
    "ومنذ سيطرة التنظيم على البلدة قبل عامين تشهد المنطقة اشتباكات يومية.",
    'ونفى "الجيش" أنه قصف (البلدة) أمس، وقال «مصدر» إن الغارات لن تتوقف ولم تسفر عن قتلى. '
    "وأدانت النقابة اختطاف الصحفيين، ودعت إلى الإفراج عنهم، بعد مظاهرات مقررة يوم الجمعة.",
)


def test_a_set_absent_from_the_sentence_finds_no_cue():
    lex = default_lexicon()
    names = {n for h in lex.cue_scanner._sets.values() for n in h}
    seen: frozenset[str] = frozenset()
    for text in _TEXTS:
        ctx = build_context(make_doc(text), lex)
        assert ctx.triggers
        for hit in ctx.triggers:
            sent, clause = ctx.sentence(hit.start), ctx.clause_bounds(hit.start)
            start = ctx.in_word_prefix(hit.start)[1]
            sets = status._cue_sets_around(ctx, sent, hit, clause, start)
            assert sets is not status._EVERY  # every trigger here lies in its sentence
            seen |= sets
            for name in names - set(sets):
                assert ctx.cue_before(hit.start, name, 40, sent.start) is None
                assert ctx.cue_before(start, name, 40, clause[0]) is None
                assert ctx.cue_after(hit.end, name, 40, sent.end) is None
    assert {"negation", "irrealis", "denial", "background"} <= seen


def test_the_readings_are_those_of_every_check_run(monkeypatch):
    lex = default_lexicon()
    for text in _TEXTS:
        fast = status_readings(build_context(make_doc(text), lex))
        with monkeypatch.context() as m:
            m.setattr(status, "_cue_sets_around", lambda *_: status._EVERY)
            full = status_readings(build_context(make_doc(text), lex))
        assert fast == full
        assert set(full) - {""}  # some triggers are no event here
