"""Access to the package's data files (lexicons, dictionaries, the place index)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from rasad.errors import ConfigError

_ROOT = files("rasad") / "resources"


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
    import yaml

    # libyaml's C loader (shipped in PyYAML wheels) parses the lexicons ~10x faster, which is
    # most of a cold `rasad extract`; the pure-Python loader is the fallback.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with resource_path(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # a safe loader either way


def load_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated resource with a header line; lines starting with '#' are comments."""
    with resource_path(name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
