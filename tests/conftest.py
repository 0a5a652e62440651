"""Shared test fixtures: where ../shared lives, and skipping cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = SHARED / "examples" / "south-damascus-2018-05-21.txt"


def need_shared(path: Path = SHARED) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared); shared-data test skipped")
    return path


@pytest.fixture
def example_path() -> Path:
    return need_shared(EXAMPLE)
