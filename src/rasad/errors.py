"""One exception tree. Messages state the value, the rule broken and how to fix it."""

from __future__ import annotations


class RasadError(Exception):
    """Base of every error rasad raises on purpose."""


class InputError(RasadError):
    """An input cannot be read as an article: empty, binary, undecodable, malformed, too large."""


class ConfigError(RasadError):
    """A setting, URL, option or pipeline definition is invalid."""


class StageError(RasadError):
    """A pipeline stage failed on a document; carries the stage name for quarantine."""

    def __init__(self, stage: str, doc_id: str, message: str) -> None:
        super().__init__(f"stage {stage!r} failed on document {doc_id[:12]}: {message}")
        self.stage = stage
        self.doc_id = doc_id


class GazetteerError(RasadError):
    """The place index is missing, corrupt, or a source file cannot be parsed."""


class StorageError(RasadError):
    """The database cannot be opened, migrated or written."""


class SpanOutOfBounds(StageError):
    """A stage produced a span outside the document text (a bug in that stage)."""

    def __init__(self, doc_id: str, layer: str, span: object, text_len: int) -> None:
        super().__init__(layer, doc_id, f"span {span!r} is outside [0, {text_len}]")
