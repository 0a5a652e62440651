"""Scale-out: the extraction pipeline on a Dask cluster (``pip install 'rasad[scale]'``).

Two ways to use it:

- ``rasad ingest SOURCES --dask local:4`` (or ``--dask tcp://scheduler:8786``): the ingest engine
  keeps every guarantee (raw bytes first, idempotent, quarantine, resumable) and only the
  extraction runs on the cluster's workers; the client is the single database writer.
- ``rasad.scale.extract_files(paths, out_dir, client)``: a batch job with no database; each worker
  reads whole source files and writes their extractions as JSONL, so the client never holds the
  articles. For corpora of millions of articles on shared storage.
"""

from __future__ import annotations

from rasad.scale.runner import DaskExtractor, FileResult, extract_files, open_client

__all__ = ["DaskExtractor", "FileResult", "extract_files", "open_client"]
