"""Access to the package's data files (lexicons, dictionaries, the place index)."""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import pickle
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from rasad.errors import ConfigError

_ROOT = files("rasad") / "resources"
log = logging.getLogger(__name__)


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

    Parsed once per content: the parsed data is pickled in :func:`cache_dir` under a digest of
    the file's bytes, because building Python objects from YAML is the largest part of a cold
    ``rasad extract`` (the lexicons are several thousand entries). A missing, stale or
    unwritable cache only costs the parse; it is never an error.
    """
    raw = resource_path(name).read_bytes()
    if os.environ.get("RASAD_NO_CACHE"):
        return _parse_yaml(raw)
    digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
    stem = name.replace("/", "-").removesuffix(".yaml")
    path = cache_dir() / f"yaml-{stem}-{digest}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as exc:
        log.warning("ignoring unreadable cache %s (%s); parsing %s again", path, exc, name)
    data = _parse_yaml(raw)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".yaml-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(f"yaml-{stem}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot write cache %s (%s); %s will be parsed again", path, exc, name)
    return data


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
