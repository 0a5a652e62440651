"""Exports of deduplicated events: ACLED CSV, GeoJSON, JSON Lines, Parquet."""

from rasad.export.acled import ACLED_COLUMNS, acled_row
from rasad.export.formats import FORMATS, export

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "export"]
