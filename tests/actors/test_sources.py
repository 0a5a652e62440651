"""Attribution sources: who reports a claim, with stance and kind."""

from __future__ import annotations

import pytest

from rasad.actors import SourceInfo, find_sources
from rasad.actors.sources import KINDS, STANCES, SourceLexicon, default_sources
from rasad.arabic.normalize import normalize
from rasad.errors import ConfigError


def sources(text):
    return [(text[s.start : s.end], s.kb_id) for s in find_sources(text)]


@pytest.mark.parametrize(
    ("text", "mention", "name", "stance", "kind"),
    [
        ("وقال المرصد السوري لحقوق الإنسان إن", "المرصد السوري لحقوق الإنسان",
         "Syrian Observatory for Human Rights", "independent", "monitor"),
        ("وأفاد المرصد السوري بمقتل", "المرصد السوري",
         "Syrian Observatory for Human Rights", "independent", "monitor"),
        ("فيما تحدث ناشطون عن خروج الدفعة", "ناشطون", "Activists", "unknown", "activists"),
        ("بحسب ناشطين محليين", "ناشطين محليين", "Activists", "unknown", "activists"),
        ("ونشرت وكالة أعماق صوراً", "وكالة أعماق", "Amaq News Agency", "group media", "group"),
        ("نقلاً عن مصدر عسكري", "مصدر عسكري", "Military source", "unknown", "military source"),
        ("وذكرت وكالة سانا أن", "وكالة سانا", "SANA", "state media", "media"),
        ("ونقلت قناة روسيا اليوم عن مراسلتها", "قناة روسيا اليوم", "RT", "state media", "media"),
        ("بحسب ما نقلت رويترز", "رويترز", "Reuters", "independent", "media"),
        ("وقالت وكالة فرانس برس", "وكالة فرانس برس", "AFP", "independent", "media"),
        ("وقالت وسائل إعلام معارضة إن", "وسائل إعلام معارضة", "Opposition media", "opposition",
         "media"),
        ("وأكدت مصادر محلية", "مصادر محلية", "Local sources", "unknown", "activists"),
        ("وذكرت قناة المسيرة التابعة للحوثيين", "قناة المسيرة", "Al Masirah", "group media",
         "group"),
    ],
)
def test_sources_have_an_english_name_a_stance_and_a_kind(text, mention, name, stance, kind):
    [span] = find_sources(text)
    assert text[span.start : span.end] == mention
    assert span.label == "SOURCE" and span.kb_id == name
    assert span.value == SourceInfo(name, stance, kind)


def test_a_pro_regime_media_phrase_runs_on_over_the_actor_it_qualifies():
    text = "وقالت وسائل إعلام موالية لنظام الأسد، إن قوات الأسد سيطرت على المخيم"
    assert sources(text) == [("وسائل إعلام موالية لنظام الأسد", "Pro-government media")]
    text = "وأشارت وسائل إعلام موالية للنظام إلى إخراج الدفعة الأولى"
    assert sources(text) == [("وسائل إعلام موالية للنظام", "Pro-government media")]


def test_amaq_runs_on_over_the_group_it_belongs_to():
    text = "ونشرت وكالة أعماق التابعة لتنظيم داعش إحصائية"
    assert sources(text) == [("وكالة أعماق التابعة لتنظيم داعش", "Amaq News Agency")]


def test_a_source_phrase_without_a_following_actor_keeps_its_own_end():
    text = "وقالت وسائل إعلام موالية، إن الاشتباكات توقفت"
    assert sources(text) == [("وسائل إعلام موالية", "Pro-government media")]


def test_sources_exclude_proclitics_and_accept_a_normalised_text():
    text = "وللمرصد السوري رواية أخرى"
    assert [(text[s.start : s.end]) for s in find_sources(text, normalize(text))] == [
        "مرصد السوري"
    ]


def test_russia_today_is_one_source_not_a_country():
    assert sources("بحسب روسيا اليوم") == [("روسيا اليوم", "RT")]


def test_the_lexicon_uses_only_the_documented_stances_and_kinds():
    lex = default_sources()
    assert lex.names
    for name in lex.names:
        assert name
    infos = {p[0].info for p in lex.matcher._payloads.values()}
    assert {i.stance for i in infos} <= STANCES
    assert {i.kind for i in infos} <= KINDS


def test_the_lexicon_rejects_an_unknown_stance():
    with pytest.raises(ConfigError, match="stance"):
        SourceLexicon({"sources": [{"name": "X", "stance": "biased", "kind": "media"}]})
