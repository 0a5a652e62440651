"""The helpers trigger_status calls skip their cue look-ups when the trigger's sentence holds
no cue of the set (occurrence_denied, subjunctive, the inquiry, alleged, modal_or_future,
suffered_habitually, the background cue, judged_topic, _involvement, sports_metaphor,
arts_story): the readings are those of every check run in full, and the sentences below reach
each of those readings."""

from __future__ import annotations

from rasad.events import status
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc, status_readings

_TEXTS = (
    "ونفى المتحدث باسم الجيش في بيان وقوع اشتباكات في البلدة. "
    "وتخشى تركيا، التي تنشر قوات على حدودها الجنوبية منذ أشهر، أن يؤدي هجوم شامل إلى نزوح. "
    "وفتحت الشرطة تحقيقا في تقارير عن هجوم على القرية.",
    "اعتقلت الشرطة شابا بتهمة قتل جاره، واتهمت الحكومة المتمردين بقصف الأحياء. "
    "وقال إن السفن قد تساعد في اعتراض الصواريخ وقصف المواقع. "
    "المدنيون في حمص يستشهدون بسبب القصف المستمر.",
    "قصفت الطائرات مواقع للمسلحين في ريف إدلب أمس وقتلت خمسة منهم.",
    "ومنذ سيطرة التنظيم على البلدة هرب الآلاف. "
    "وتابعت الحكومة أن « تحرير ميناء الحديدة يشكل علامة فارقة ». "
    "واعتقلت الشرطة رجلا كان متورطا في عمليات اغتيال.",
    "وسيطر المنتخب على المباراة في الشوط الثاني وهاجم لاعبو الفريق مرمى الخصم. "
    "وتدور أحداث المسلسل حول اختطاف طفلة في بغداد.",
)


def test_gated_helpers_read_as_in_full(monkeypatch):
    lex = default_lexicon()
    seen: set[str] = set()
    for text in _TEXTS:
        fast = status_readings(build_context(make_doc(text), lex))
        with monkeypatch.context() as m:
            m.setattr(status, "_cue_sets_around", lambda *_: status._EVERY)
            full = status_readings(build_context(make_doc(text), lex))
        assert fast == full
        seen |= set(full)
    assert {"negated", "irrealis", "statement", "generic", "background", "other_sense", ""} <= seen
