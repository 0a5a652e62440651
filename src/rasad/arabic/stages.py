"""Pipeline stages of the Arabic text layer: tokens and sentences, numbers, dates."""

from __future__ import annotations

from rasad.arabic.normalize import normalize
from rasad.arabic.tokens import sentences, tokenize
from rasad.document import Document


class Tokenize:
    """Word tokens with clitic analyses (a compact ``TokenLayer``: read ``starts``, ``ends``,
    ``norms`` in hot loops), and sentences."""

    name = "tokenize"
    requires: tuple[str, ...] = ()
    provides = ("tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("tokens", tokenize(doc.text)).with_layer(
            "sentences", sentences(doc.text)
        )


class Numbers:
    """Digits, number words, duals and vague quantities (عشرات → 12, vague)."""

    name = "numbers"
    requires: tuple[str, ...] = ()
    provides = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        from rasad.arabic.numbers import find_numbers

        return doc.with_layer("numbers", find_numbers(doc.text, normalize(doc.text)))


class Dates:
    """Absolute and relative dates, resolved against the publication date."""

    name = "dates"
    requires: tuple[str, ...] = ()
    provides = ("dates",)

    def __call__(self, doc: Document) -> Document:
        from rasad.arabic.dates import find_dates

        spans = find_dates(doc.text, doc.meta.published, normalize(doc.text))
        return doc.with_layer("dates", spans)
