"""The built actor matcher is cached between processes and behaves exactly as a fresh build."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.actors.dictionary import default_lexicon, load_default_lexicon
from rasad.actors.matching import ActorMatcher, default_actor_matcher, resolve_mentions

SENTENCES = [
    "قصفت قوات النظام بلدة كفرنبل، وردت هيئة تحرير الشام بصواريخ غراد.",
    "وقال المرصد السوري لحقوق الإنسان إن مقاتلي تنظيم الدولة انسحبوا من الحجر الأسود.",
    "أعلنت وسائل إعلام موالية للنظام أن الجيش سيطر على المخيم بدعم من الطيران الروسي.",
    "شنت مقاتلات التحالف غارات على مواقع للحوثيين في صعدة، وأفادت مصادر محلية بمقتل مدنيين.",
    "اشتبك مسلحو العشائر مع قوات سوريا الديمقراطية في ريف دير الزور الشرقي.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RASAD_NO_CACHE", raising=False)
    default_actor_matcher.cache_clear()
    yield tmp_path
    default_actor_matcher.cache_clear()


def _fresh() -> ActorMatcher:
    default_actor_matcher.cache_clear()  # the in-process memo, not the file cache
    return default_actor_matcher()


def _results(matcher: ActorMatcher) -> list[object]:
    out: list[object] = []
    for text in SENTENCES:
        scan = matcher.scan(text)
        out.append([(m.start, m.end, m.key, m.payloads, m.prefix) for m in scan.actors])
        out.append([(m.start, m.end, m.payloads) for m in scan.country_words])
        out.append([(m.start, m.end, m.payloads) for m in scan.sources])
        out.append([(m.start, m.end, m.payloads) for m in scan.cues])
        out.append(resolve_mentions(text, published=dt.date(2018, 5, 21), matcher=matcher))
    return out


def test_the_cached_matcher_finds_what_a_fresh_build_finds(cache):
    built = _results(ActorMatcher(load_default_lexicon()))
    first = _fresh()  # built, then written
    assert len(list(cache.glob("actor-matcher-*.pickle"))) == 1
    second = _fresh()  # read back
    assert second is not first
    assert _results(first) == _results(second) == built
    assert second.lexicon.entries == first.lexicon.entries
    assert second.sources.names == first.sources.names


def test_a_corrupt_matcher_cache_is_rebuilt(cache):
    _fresh()
    (path,) = cache.glob("actor-matcher-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    rebuilt = _fresh()
    assert _results(rebuilt) == _results(ActorMatcher(load_default_lexicon()))
    assert path.stat().st_size > 1000  # replaced by a whole one


def test_no_cache_builds_the_matcher_without_writing(cache, monkeypatch):
    monkeypatch.setenv("RASAD_NO_CACHE", "1")
    matcher = _fresh()
    assert not list(cache.iterdir())
    assert _results(matcher) == _results(ActorMatcher(load_default_lexicon()))


def test_the_stages_share_one_dictionary(cache):
    default_lexicon.cache_clear()
    try:
        assert default_lexicon() is default_actor_matcher().lexicon
        fresh = load_default_lexicon()
        assert default_lexicon().entries == fresh.entries
        assert default_lexicon().arabic_names() == fresh.arabic_names()
    finally:
        default_lexicon.cache_clear()
