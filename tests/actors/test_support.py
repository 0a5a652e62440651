"""Associated actors: "مدعومة من الطيران الروسي" pairs a supporter with the supported actor."""

from __future__ import annotations

import datetime as dt

from rasad.actors import find_support
from rasad.actors.stage import Actors
from rasad.arabic.stages import Tokenize
from rasad.document import ArticleMeta, Document


def pairs(text, on=dt.date(2018, 5, 21)):
    doc = Actors()(Tokenize()(Document("t", text, ArticleMeta(published=on))))
    return [(a.kb_id, b.kb_id) for a, b in find_support(doc)]


def test_a_campaign_supported_by_russian_aircraft():
    text = "وبدأ نظام الأسد حملة عسكرية مدعومة من الطيران الروسي على مناطق جنوب دمشق."
    assert pairs(text) == [("Military Forces of Syria (2000-2024)",
                            "Military Forces of Russia (2000-)")]


def test_with_the_support_of_the_coalition():
    text = "سيطرت قوات سوريا الديمقراطية بدعم من التحالف الدولي على قرية في ريف دير الزور."
    assert pairs(text, dt.date(2019, 2, 1)) == [
        ("QSD: Syrian Democratic Forces", "Global Coalition Against Daesh")
    ]


def test_air_cover_and_backing_cues():
    text = "تقدمت فصائل الجيش الوطني السوري بإسناد من القوات التركية نحو منبج."
    assert pairs(text) == [("JWS: Syrian National Army", "Military Forces of Turkey (2016-)")]


def test_supported_by_with_the_preposition_glued_to_the_supporter():
    text = "شنت قوات النظام هجوماً مدعومة بالطيران الروسي على ريف حماة."
    assert pairs(text) == [("Military Forces of Syria (2000-2024)",
                            "Military Forces of Russia (2000-)")]


def test_the_verb_to_support_is_not_a_cue():
    text = "دعم الطيران الروسي قوات النظام في معارك ريف حماة."
    assert pairs(text) == []


def test_no_pair_without_a_supported_actor_in_the_sentence():
    text = "قصفت قوات النظام البلدة. ثم وصلت تعزيزات مدعومة من الطيران الروسي."
    assert pairs(text) == []
