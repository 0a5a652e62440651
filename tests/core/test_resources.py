"""Packaged resources: YAML lexicons parsed once per content and cached, never trusted blindly."""

from __future__ import annotations

import gc
import os
import pickle

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


def test_a_cache_of_other_content_is_not_used(cache):
    _fresh("calendar.yaml")
    (path,) = cache.glob("yaml-calendar-*.pickle")
    other = path.with_name("yaml-calendar-00000000000000000000000000000000.pickle")
    path.rename(other)
    with other.open("wb") as fh:
        pickle.dump({"not": "the calendar"}, fh)
    data = _fresh("calendar.yaml")
    assert data == resources._parse_yaml(resources.resource_path("calendar.yaml").read_bytes())
    assert path.exists()  # the current version is written beside the other one


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


# ── cached_build: any built object, keyed by the digest of its inputs ────────────────────
class _Builds:
    """A builder that counts its calls."""

    def __init__(self, value: object = ("مبنى", 1)) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def _digest(i: int) -> str:
    return resources.digest_of(f"version {i}")


def test_a_built_object_is_built_once_then_read_from_the_cache(cache):
    build = _Builds()
    first = resources.cached_build("thing", _digest(1), build)
    second = resources.cached_build("thing", _digest(1), build)
    assert build.calls == 1 and first == second == ("مبنى", 1)
    assert [p.name for p in cache.iterdir()] == [f"thing-{_digest(1)}.pickle"]


def test_alternating_versions_each_keep_their_cache(cache):
    builds = {i: _Builds(i) for i in (1, 2)}
    for i in (1, 2, 1, 2, 1):
        assert resources.cached_build("thing", _digest(i), builds[i]) == i
    assert builds[1].calls == builds[2].calls == 1


def test_only_the_most_recently_used_versions_are_kept(cache):
    keep = resources.CACHE_KEEP
    for i in range(keep + 2):
        resources.cached_build("thing", _digest(i), _Builds(i))
        # file times have a coarse resolution on some filesystems: make the order explicit
        os.utime(cache / f"thing-{_digest(i)}.pickle", (1_000_000 + i, 1_000_000 + i))
    resources.cached_build("thing", _digest(0), _Builds(0))  # used again: now the newest...
    resources.cached_build("thing", _digest(99), _Builds(99))  # ...and a new version prunes
    kept = sorted(p.name for p in cache.glob("thing-*.pickle"))
    expected = {_digest(i) for i in (0, 99, keep + 1)}
    assert len(kept) == keep
    assert kept == sorted(f"thing-{d}.pickle" for d in expected)


def test_pruning_leaves_names_that_merely_share_a_prefix(cache):
    for i in range(resources.CACHE_KEEP + 1):
        resources.cached_build("yaml-gazetteer-cues", _digest(i), _Builds(i))
    for i in range(resources.CACHE_KEEP + 1):
        resources.cached_build("yaml-gazetteer", _digest(i), _Builds(i))
    assert len(list(cache.glob("yaml-gazetteer-cues-*.pickle"))) == resources.CACHE_KEEP


def test_a_leftover_temporary_file_is_removed_once_old(cache):
    resources.cached_build("thing", _digest(1), _Builds())
    old_tmp, new_tmp = cache / ".thing-abc.tmp", cache / ".thing-def.tmp"
    for tmp in (old_tmp, new_tmp):
        tmp.write_bytes(b"half written")
    os.utime(old_tmp, (1_000_000, 1_000_000))
    resources.cached_build("thing", _digest(2), _Builds())
    assert not old_tmp.exists() and new_tmp.exists()  # another process may be writing that one


@pytest.mark.parametrize(
    "content", [b"", b"not a pickle", pickle.dumps(("truncated", "x" * 100))[:-10]]
)
def test_a_corrupt_cache_file_is_rebuilt_and_replaced(cache, content):
    resources.cached_build("thing", _digest(1), _Builds())
    path = cache / f"thing-{_digest(1)}.pickle"
    path.write_bytes(content)
    build = _Builds()
    assert resources.cached_build("thing", _digest(1), build) == ("مبنى", 1)
    assert build.calls == 1
    assert pickle.loads(path.read_bytes()) == ("مبنى", 1)


def test_a_cached_object_of_the_wrong_type_is_rebuilt(cache):
    path = cache / f"thing-{_digest(1)}.pickle"
    cache.mkdir()
    path.write_bytes(pickle.dumps(["a list", "not a tuple"]))
    build = _Builds()
    assert resources.cached_build("thing", _digest(1), build, kind=tuple) == ("مبنى", 1)
    assert build.calls == 1


def test_a_pickle_of_a_class_that_no_longer_exists_is_rebuilt(cache):
    cache.mkdir()
    # protocol-0 pickle of an instance of a class in a module that does not exist
    (cache / f"thing-{_digest(1)}.pickle").write_bytes(b"cno_such_module\nGone\n(tR.")
    assert resources.cached_build("thing", _digest(1), _Builds()) == ("مبنى", 1)


def test_no_cache_always_builds_and_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv("RASAD_NO_CACHE", "1")
    build = _Builds()
    resources.cached_build("thing", _digest(1), build)
    resources.cached_build("thing", _digest(1), build)
    assert build.calls == 2 and not cache.exists()


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("RASAD_CACHE_DIR", str(blocker / "cache"))  # a file is in the way
    monkeypatch.delenv("RASAD_NO_CACHE", raising=False)
    build = _Builds()
    assert resources.cached_build("thing", _digest(1), build) == ("مبنى", 1)
    assert resources.cached_build("thing", _digest(1), build) == ("مبنى", 1)
    assert build.calls == 2


def test_an_object_that_cannot_be_pickled_is_returned_all_the_same(cache):
    value = (lambda: 1,)
    assert resources.cached_build("thing", _digest(1), _Builds(value)) is value
    assert not list(cache.glob("thing-*.pickle")) and not list(cache.glob(".thing-*"))


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_was(cache, enabled):
    resources.cached_build("thing", _digest(1), _Builds())
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        resources.cached_build("thing", _digest(1), _Builds())
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_loaded_object_is_never_scanned_by_the_garbage_collector(cache):
    resources.cached_build("thing", _digest(1), _Builds(["مبنى", [1]]))
    loaded = resources.cached_build("thing", _digest(1), _Builds())
    assert loaded == ["مبنى", [1]]
    assert gc.get_freeze_count() > 0
    tracked = {id(o) for o in gc.get_objects()}
    assert id(loaded) not in tracked and id(loaded[1]) not in tracked


def test_the_digest_follows_file_contents_and_code(tmp_path):
    src = tmp_path / "names.tsv"
    src.write_text("حمص\n", encoding="utf-8")
    first = resources.digest_of(src, resources)
    assert resources.digest_of(src, resources) == first
    src.write_text("حماة\n", encoding="utf-8")
    assert resources.digest_of(src, resources) != first
    assert resources.digest_of(src, pickle) != resources.digest_of(src, resources)
    missing = tmp_path / "absent.tsv"
    assert resources.digest_of(missing) != resources.digest_of(b"")
    assert resources.digest_of("ab", "c") != resources.digest_of("a", "bc")


# ── the events lexicon, the largest built object after the place names ────────────────────
def _lexicon_behaviour(lex) -> list[object]:
    from rasad.arabic.normalize import normalize

    text = (
        "سيطرت قوات النظام على بلدة يلدا بعد معارك عنيفة، وقتل ثلاثة مدنيين بقصف مدفعي. "
        "وقال ناشطون إن الطيران الحربي شن غارات على المخيم، فيما نفى التنظيم انسحابه."
    )
    norm = normalize(text)
    return [
        lex.triggers,
        lex.priority,
        lex.verb_keys,
        lex.present_keys,
        lex.cues,
        lex.trigger_scanner.scan(norm.text, norm.to_original),
        lex.cue_scanner.scan(norm.text, norm.to_original),
    ]


def test_the_cached_events_lexicon_behaves_as_a_fresh_build(cache):
    from rasad.events import lexicon as ev

    built = ev.build_lexicon(resources.load_yaml("triggers.yaml"), resources.load_yaml("cues.yaml"))
    ev.default_lexicon.cache_clear()
    try:
        first = ev.default_lexicon()  # built, then written
        assert len(list(cache.glob("events-lexicon-*.pickle"))) == 1
        ev.default_lexicon.cache_clear()
        second = ev.default_lexicon()  # read back
        assert second is not first
        behaviour = _lexicon_behaviour(second)
        assert behaviour == _lexicon_behaviour(first) == _lexicon_behaviour(built)
        assert behaviour[5] and behaviour[6]  # the sentence has triggers and cues
    finally:
        ev.default_lexicon.cache_clear()


def test_extract_imports_no_server_database_or_cluster_code(tmp_path):
    """A cold `rasad extract` pays only for what extraction needs."""
    import subprocess
    import sys

    article = tmp_path / "article.txt"
    article.write_text("قصفت قوات النظام بلدة يلدا جنوب دمشق يوم الاثنين.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from rasad.cli import main\n"
        f"sys.argv = ['rasad', 'extract', {str(article)!r}, '--published', '2018-05-21']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('fastapi', 'uvicorn', 'starlette', 'sqlalchemy', 'dask', 'distributed',\n"
        "         'yaml', 'numpy', 'pandas')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = out.stderr.split("LOADED", 1)[1].strip()
    assert loaded in ("[]", "['yaml']"), loaded  # yaml only when a lexicon had to be parsed
    assert '"events"' in out.stdout


def test_a_module_digest_covers_the_rasad_code_it_imports():
    from pathlib import Path

    import rasad.events.lexicon as lexicon

    closure = {p.relative_to(resources._PACKAGE).as_posix()
               for p, _ in resources._code_closure(Path(lexicon.__file__))}
    # imported names (normalize_key), constants (PROCLITICS, SUB_TO_TYPE) and, through the
    # normaliser, its character tables: a change to any of them must rebuild the lexicon
    assert {"events/lexicon.py", "arabic/normalize.py", "arabic/match.py",
            "taxonomy.py", "resources.py"} <= closure
    assert "events/stage.py" not in closure  # only what the module imports


def test_import_statements_are_read_in_every_form():
    source = (
        "import rasad.arabic.normalize as norm, rasad.taxonomy\n"
        "from rasad.arabic import charmap\n"
        "from rasad.arabic.match import (\n    PROCLITICS,\n    Match as M,\n)\n"
        "def late():\n    from rasad.gazetteer.context import token_arrays\n"
        "import regex  # not rasad\n"
    )
    names = resources._rasad_imports(source)
    assert {"rasad.arabic.normalize", "rasad.taxonomy", "rasad.arabic.charmap",
            "rasad.arabic.match", "rasad.arabic.match.Match", "rasad.gazetteer.context"} <= names
    assert not any(n.startswith("regex") for n in names)


def _strict_loader():
    """A safe loader that refuses a mapping key given twice (PyYAML keeps the last silently)."""
    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return Strict


def test_no_packaged_yaml_gives_a_key_twice() -> None:
    # A second "excludes_near:" under one trigger once replaced the first without a word.
    import yaml

    from rasad.resources import resource_path

    root = resource_path("triggers.yaml").parent
    files = sorted(root.rglob("*.yaml"))
    assert len(files) >= 8
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=_strict_loader())


def test_the_strict_loader_refuses_a_repeated_key() -> None:
    import pytest
    import yaml

    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key 'a'"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=_strict_loader())
