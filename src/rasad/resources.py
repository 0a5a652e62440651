"""Access to the package's data files (lexicons, dictionaries, the place index)."""

from __future__ import annotations

import csv
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from rasad.errors import ConfigError

_ROOT = files("rasad") / "resources"
log = logging.getLogger(__name__)
T = TypeVar("T")

# Bump when the layout of cached objects changes in a way their inputs' digests do not show.
_CACHE_FORMAT = 2
# Versions kept per cached object (most recently used first): two checkouts or installs of
# different versions used in turn (a release and a working tree) each find their own.
CACHE_KEEP = 3
# A temporary file left by a process killed while writing is removed after this long.
_STALE_TMP_SECONDS = 3600


def cache_dir() -> Path:
    """Where built resources are kept: $RASAD_CACHE_DIR, $XDG_CACHE_HOME/rasad or ~/.cache/rasad
    (``RASAD_NO_CACHE=1`` disables the cache). Everything there can be deleted at any time."""
    env = os.environ.get("RASAD_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rasad"


def resource_path(name: str) -> Path:
    """Filesystem path of a packaged resource file (``resources/<name>``)."""
    path = Path(str(_ROOT / name))
    if not path.exists():
        raise ConfigError(
            f"packaged resource {name!r} is missing at {path}; reinstall rasad "
            "(pip install --force-reinstall rasad) or rebuild the resource"
        )
    return path


@lru_cache(maxsize=64)
def load_yaml(name: str) -> Any:
    """A packaged YAML resource as Python data.

    Parsed once per content: the parsed data is kept by :func:`cached_build` under a digest of
    the file's bytes, because building Python objects from YAML is a large part of a cold
    ``rasad extract`` (the lexicons are several thousand entries).
    """
    raw = resource_path(name).read_bytes()
    stem = name.replace("/", "-").removesuffix(".yaml")
    return cached_build(f"yaml-{stem}", digest_of(raw), lambda: _parse_yaml(raw))


def _parse_yaml(raw: bytes) -> Any:
    import yaml

    # libyaml's C loader (shipped in PyYAML wheels) parses ~10x faster than the pure-Python
    # loader, which is the fallback.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw.decode("utf-8"), Loader=loader)  # a safe loader either way


def load_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated resource with a header line; lines starting with '#' are comments."""
    with resource_path(name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# ── built-object cache ────────────────────────────────────────────────────────────────────


def digest_of(*inputs: bytes | str | Path | ModuleType) -> str:
    """A digest of everything an object is built from: the cache key of :func:`cached_build`.

    ``bytes`` and ``str`` count as given; a ``Path`` by its name and contents (a missing file
    counts as missing, so it changes the key when it appears); a rasad module by its source
    and the source of every rasad module it imports, transitively, wherever the import stands
    (the normaliser's character tables, the matcher ...), so the key changes whenever the code
    that builds the object changes; another library's module (a compiled extension whose
    objects are pickled) by its file's path, size and time. The Python version and the cache
    format are always part of the key.
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_CACHE_FORMAT}:{sys.implementation.cache_tag}:{pickle.HIGHEST_PROTOCOL}".encode())
    for item in inputs:
        if isinstance(item, ModuleType):
            path = Path(getattr(item, "__file__", None) or f"<{item.__name__}>")
            if _is_rasad(path):
                for name, code in _code_closure(path):
                    h.update(b"\x00module:" + name.name.encode() + code)
            else:  # another library (a compiled extension): its installed file's identity
                h.update(b"\x00library:" + item.__name__.encode() + _file_identity(path))
        elif isinstance(item, Path):
            h.update(b"\x00path:" + item.name.encode())
            h.update(_file_bytes(item))
        elif isinstance(item, str):
            h.update(b"\x00str:" + item.encode())
        else:
            h.update(b"\x00bytes:" + item)
    return h.hexdigest()


_PACKAGE = Path(__file__).parent  # the rasad package folder


def _is_rasad(path: Path) -> bool:
    return path.suffix == ".py" and path.parent.is_relative_to(_PACKAGE)


def _file_identity(path: Path) -> bytes:
    """Path, size and modification time: what changes when a library is upgraded or
    reinstalled, without reading a large binary at every start."""
    try:
        st = path.stat()
    except OSError:
        return b"<missing>"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}".encode()


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"<missing>"


def _code_closure(path: Path) -> list[tuple[Path, bytes]]:
    """The source of a rasad module and of every rasad module it imports, transitively, read
    from the import statements (those inside functions too), in a stable order."""
    found: dict[Path, bytes] = {}
    todo = [path]
    while todo:
        current = todo.pop()
        if current not in found:
            found[current], deps = _module_code(current)
            todo.extend(deps)
    return sorted(found.items())


@cache
def _module_code(path: Path) -> tuple[bytes, tuple[Path, ...]]:
    """A rasad source file's bytes and the rasad module files it imports (read once per
    process: several cached objects share most of their code)."""
    code = _file_bytes(path)
    deps = []
    for name in sorted(_rasad_imports(code.decode("utf-8", "replace"))):
        parts = name.split(".")[1:]
        if not parts:
            continue
        for candidate in (
            _PACKAGE.joinpath(*parts[:-1], parts[-1] + ".py"),
            _PACKAGE.joinpath(*parts, "__init__.py"),
        ):
            if candidate.is_file():
                deps.append(candidate)
                break
    return code, tuple(deps)


def _rasad_imports(source: str) -> set[str]:
    """Dotted names a source file imports from the rasad package: ``import rasad.x`` and
    ``from rasad.x import y`` give "rasad.x" and "rasad.x.y" (kept if y is a module)."""
    names: set[str] = set()
    lines = iter(source.splitlines())
    for line in lines:
        if "rasad" not in line:
            continue
        stmt = line.strip()
        if stmt.startswith("import rasad"):
            names.update(p.split(" as ")[0].strip() for p in stmt[7:].split(","))
        elif stmt.startswith("from rasad"):
            module, _, rest = stmt[5:].partition(" import ")
            module = module.strip()
            names.add(module)
            if rest.startswith("("):
                while ")" not in rest:
                    rest += " " + next(lines, ")")
            for part in rest.strip("() ").split(","):
                part = part.split(" as ")[0].strip()
                if part.isidentifier():
                    names.add(f"{module}.{part}")
    return names


def cached_build(
    name: str,
    digest: str,
    build: Callable[[], T],
    *,
    kind: type | tuple[type, ...] | None = None,
) -> T:
    """``build()``, or the object a previous process built from the same inputs.

    The object is pickled in :func:`cache_dir` as ``<name>-<digest>.pickle`` (``digest`` from
    :func:`digest_of` over everything the build reads). Several versions are kept per name, the
    :data:`CACHE_KEEP` most recently used, so alternating versions do not rebuild each time.
    A missing, corrupt, stale (not an instance of ``kind``) or unwritable cache only costs the
    build: it is logged, never an error. ``RASAD_NO_CACHE=1`` always builds.
    """
    if os.environ.get("RASAD_NO_CACHE"):
        return build()
    path = cache_dir() / f"{name}-{digest}.pickle"
    obj = _read_cache(path, kind)
    if obj is not _MISSING:
        return obj  # type: ignore[return-value]
    obj = build()
    _write_cache(path, name, obj)
    return obj


_MISSING = object()


def _read_cache(path: Path, kind: type | tuple[type, ...] | None) -> Any:
    try:
        with path.open("rb") as fh, _gc_paused():
            obj = pickle.load(fh)
    except FileNotFoundError:
        return _MISSING
    # A damaged or foreign pickle can raise nearly anything while loading (EOFError,
    # UnpicklingError, AttributeError or ImportError for a renamed class, ValueError,
    # TypeError, ...); whatever it raises, the object is built again.
    except Exception as exc:
        log.warning("ignoring unreadable cache file %s (%s: %s); rebuilding it",
                    path, type(exc).__name__, exc)
        return _MISSING
    if kind is not None and not isinstance(obj, kind):
        log.warning("ignoring cache file %s: it holds a %s, not a %s; rebuilding it",
                    path, type(obj).__name__, kind)
        return _MISSING
    try:
        os.utime(path)  # most recently used: pruned last
    except OSError:
        pass
    return obj


def _write_cache(path: Path, name: str, obj: Any) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent, name)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("cannot write cache file %s (%s); it will be built again next time", path, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _prune(folder: Path, name: str) -> None:
    """Keep the :data:`CACHE_KEEP` most recently used versions of ``name``; drop temporary
    files that a killed process left behind."""
    versions: list[tuple[float, Path]] = []
    now = time.time()
    for p in folder.iterdir():
        fname = p.name
        try:
            if _is_version(fname, name):
                versions.append((p.stat().st_mtime, p))
            elif fname.startswith(f".{name}-") and fname.endswith(".tmp"):
                if now - p.stat().st_mtime > _STALE_TMP_SECONDS:
                    p.unlink(missing_ok=True)
        except OSError:
            continue  # removed meanwhile by another process
    versions.sort(reverse=True)
    for _, old in versions[CACHE_KEEP:]:
        old.unlink(missing_ok=True)


def _is_version(fname: str, name: str) -> bool:
    """Whether ``fname`` is ``<name>-<32 hex digits>.pickle`` (not another name that merely
    starts with ``name``, as "yaml-gazetteer-cues-…" starts with "yaml-gazetteer")."""
    digest = fname[len(name) + 1 : -len(".pickle")]
    return (
        fname.startswith(name + "-")
        and fname.endswith(".pickle")
        and len(digest) == 32
        and all(c in "0123456789abcdef" for c in digest)
    )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection while unpickling: a large cached object is hundreds of thousands
    of new containers, and the collections they trigger cost as much as the load itself.

    Afterwards the objects go to the permanent generation (``gc.freeze``, no traversal):
    they live as long as the process, so no collection ever needs to scan them; in the oldest
    generation every full collection walked them all again (about 1 % of the place stage's
    instructions over 1,000 articles). ``gc.freeze`` moves every object alive at that point,
    not only the loaded ones; a frozen object is still freed when its last reference goes, only
    a reference cycle among frozen objects would stay once unused (the loads happen while the
    pipeline is set up, when little else is alive)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
