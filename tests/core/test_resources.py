"""Packaged resources: YAML lexicons parsed once per content and cached, never trusted blindly."""

from __future__ import annotations

import pytest

from rasad import resources
from rasad.errors import ConfigError


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RASAD_NO_CACHE", raising=False)
    resources.load_yaml.cache_clear()
    yield tmp_path / "cache"
    resources.load_yaml.cache_clear()


def _fresh(name: str):
    resources.load_yaml.cache_clear()  # the in-process memo, not the file cache
    return resources.load_yaml(name)


def test_a_cached_lexicon_equals_the_parsed_one(cache):
    parsed = resources._parse_yaml(resources.resource_path("calendar.yaml").read_bytes())
    first = _fresh("calendar.yaml")
    assert list(cache.glob("yaml-calendar-*.pickle"))
    assert first == parsed and _fresh("calendar.yaml") == parsed


def test_a_corrupt_cache_file_is_ignored_and_replaced(cache):
    _fresh("calendar.yaml")
    (path,) = cache.glob("yaml-calendar-*.pickle")
    path.write_bytes(b"not a pickle")
    data = _fresh("calendar.yaml")
    assert data == resources._parse_yaml(resources.resource_path("calendar.yaml").read_bytes())
    assert path.read_bytes() != b"not a pickle"


def test_a_cache_of_other_content_is_not_used_and_is_removed(cache):
    _fresh("calendar.yaml")
    (path,) = cache.glob("yaml-calendar-*.pickle")
    stale = path.with_name("yaml-calendar-00000000000000000000000000000000.pickle")
    path.rename(stale)
    _fresh("calendar.yaml")
    assert not stale.exists() and len(list(cache.glob("yaml-calendar-*.pickle"))) == 1


def test_no_cache_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv("RASAD_NO_CACHE", "1")
    assert _fresh("calendar.yaml")
    assert not cache.exists()


def test_an_unwritable_cache_only_costs_the_parse(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("RASAD_CACHE_DIR", str(blocker / "cache"))  # a file is in the way
    monkeypatch.delenv("RASAD_NO_CACHE", raising=False)
    assert _fresh("calendar.yaml")
    resources.load_yaml.cache_clear()


def test_a_missing_resource_is_a_config_error():
    with pytest.raises(ConfigError, match="reinstall"):
        resources.resource_path("no-such-file.yaml")
