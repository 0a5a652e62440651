"""``rasad evaluate``: run the pipeline over a gold file and score events and places.

The gold file is JSONL, one article a line (DESIGN.md): ``id``; the article as ``text``, a
``path`` (relative to the gold file) or a ``ref`` into ``../shared/data`` (resolved with
``rasad.corpora.load_ref``); ``published``; optional ``outlet``; ``places``; ``events``.
The extractor is injectable so tests can score hand-made predictions.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.errors import InputError, RasadError
from rasad.evaluation.events import EventScores, score_events, validate_gold_event

log = logging.getLogger(__name__)

ExtractFn = Callable[..., dict[str, Any]]
# (gold places, predicted places) → (scores, {"missed", "far", "false"}); see places.compare_places
PlaceScorer = Callable[[list[dict], list[dict]], tuple[Any, dict[str, list[Any]]]]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    line_no: int
    record: dict[str, Any]

    @property
    def events(self) -> list[dict[str, Any]]:
        return list(self.record.get("events") or [])

    @property
    def has_event_gold(self) -> bool:
        """False for place-only gold lines: their articles' events are not scored at all
        ("events": [] is different: an article with no event, where every prediction is an FP)."""
        return "events" in self.record

    @property
    def places(self) -> list[dict[str, Any]] | None:
        return self.record.get("places")


@dataclass
class ArticleReport:
    id: str
    gold_events: int
    predicted_events: int
    scores: EventScores
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, fp, fn]
    places: dict[str, list[Any]] | None = None  # missed / far / false places, when gold has them

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "tp": self.scores.tp,
            "fp": self.scores.fp,
            "fn": self.scores.fn,
            "missed": self.missed,
            "spurious": self.spurious,
            "error": self.error,
            **({"places": self.places} if self.places is not None else {}),
        }


@dataclass
class EvaluationReport:
    articles: int
    failed: int
    events: EventScores
    places: Any | None  # places.PlaceScores when places.py is present and gold carries places
    per_article: list[ArticleReport]
    event_gold: bool = True  # False when no gold line carries "events" (a place-only gold file)

    def by_type(self) -> dict[str, dict[str, float | int | None]]:
        """Event P/R/F1 per ACLED event type (gold type for TP/FN, predicted type for FP)."""
        totals: dict[str, list[int]] = {}
        for article in self.per_article:
            for etype, counts in article.by_type.items():
                acc = totals.setdefault(etype, [0, 0, 0])
                for i, n in enumerate(counts):
                    acc[i] += n
        out = {}
        for etype, (tp, fp, fn) in sorted(totals.items()):
            m = EventScores(tp=tp, fp=fp, fn=fn).metrics()
            out[etype] = {k: m[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}
        return out

    def error_classes(self) -> dict[str, dict[str, int]]:
        """How many false positives and false negatives fall in each evaluation.events reason."""
        out: dict[str, dict[str, int]] = {"spurious": {}, "missed": {}}
        for article in self.per_article:
            for side in ("spurious", "missed"):
                for event in getattr(article, side):
                    why = event.get("why", "unknown")
                    out[side][why] = out[side].get(why, 0) + 1
        return {side: dict(sorted(c.items())) for side, c in out.items()}

    def summary(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "failed_articles": self.failed,
            "events": self.events.metrics() if self.event_gold else None,
            "events_by_type": self.by_type() if self.event_gold else None,
            "event_errors": self.error_classes() if self.event_gold else None,
            "places": self.places.metrics() if self.places is not None else None,
        }

    def as_dict(self) -> dict[str, Any]:
        return {**self.summary(), "per_article": [a.as_dict() for a in self.per_article]}


def _line_problems(rec: Any) -> list[str]:
    if not isinstance(rec, dict):
        return ["a gold line must be a JSON object"]
    problems = []
    if not rec.get("id"):
        problems.append("missing 'id'")
    if not any(rec.get(k) for k in ("text", "path", "ref")):
        problems.append("needs one of 'text', 'path' or 'ref'")
    events = rec.get("events", [])
    if not isinstance(events, list):
        problems.append("'events' must be a list")
        events = []
    for i, event in enumerate(events):
        if not isinstance(event, dict):
            problems.append(f"event {i} is not an object")
            continue
        problems += [f"event {i}: {p}" for p in validate_gold_event(event)]
    if rec.get("places") is not None and not isinstance(rec["places"], list):
        problems.append("'places' must be a list")
    return problems


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read and validate a gold JSONL file; raises InputError naming every bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    articles: list[GoldArticle] = []
    errors: list[str] = []
    seen: set[str] = set()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {no}: not JSON ({exc.msg})")
            continue
        problems = _line_problems(rec)
        if isinstance(rec, dict) and rec.get("id") in seen:
            problems.append(f"duplicate id {rec['id']!r}")
        if problems:
            errors.append(f"line {no}: " + "; ".join(problems))
            continue
        seen.add(rec["id"])
        articles.append(GoldArticle(str(rec["id"]), no, rec))
    if errors:
        shown = "\n  ".join(errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise InputError(
            f"gold file {path} has {len(errors)} bad line(s); fix them to the format in "
            f"DESIGN.md:\n  {shown}{more}"
        )
    if not articles:
        raise InputError(f"gold file {path} holds no articles; add one JSON object a line")
    return articles


def article_input(
    article: GoldArticle, *, gold_dir: Path, data_root: Path | None = None
) -> tuple[str, str | None, str | None]:
    """(text, published, outlet) for a gold article, resolving ``path`` and ``ref``."""
    rec = article.record
    published, outlet = rec.get("published"), rec.get("outlet")
    if rec.get("text"):
        return rec["text"], published, outlet
    if rec.get("path"):
        p = Path(rec["path"])
        p = p if p.is_absolute() else gold_dir / p
        try:
            return p.read_text(encoding="utf-8"), published, outlet
        except OSError as exc:
            raise InputError(f"gold article {article.id!r}: cannot read {p}: {exc}") from exc
    from rasad.corpora import load_ref

    ref_article = load_ref(rec["ref"], data_root)
    return ref_article.text, published or ref_article.published, outlet or ref_article.outlet


def _places_scorer() -> PlaceScorer:
    from rasad.evaluation.places import compare_places

    return compare_places


def _default_extract() -> ExtractFn:
    from rasad.pipeline import extract

    return extract


def iter_reports(
    articles: list[GoldArticle],
    *,
    gold_dir: Path,
    extract_fn: ExtractFn,
    data_root: Path | None = None,
    place_scorer: PlaceScorer | None = None,
) -> Iterator[tuple[ArticleReport, Any | None]]:
    for article in articles:
        text, published, outlet = article_input(article, gold_dir=gold_dir, data_root=data_root)
        gold_events = article.events
        try:
            result = extract_fn(text, published=published, outlet=outlet)
        except RasadError as exc:
            log.warning("extraction failed on gold article %s: %s", article.id, exc)
            result, error = {}, str(exc)
        else:
            error = None
        predicted = list(result.get("events") or []) if article.has_event_gold else []
        scored = score_events(gold_events, predicted, _other_place_names(result))
        by_type: dict[str, list[int]] = {}
        for g, _ in scored.pairs:
            if gold_events[g].get("required", True):
                by_type.setdefault(gold_events[g]["event_type"], [0, 0, 0])[0] += 1
        for p in scored.spurious:
            by_type.setdefault(str(predicted[p].get("event_type")), [0, 0, 0])[1] += 1
        for g in scored.missed:
            by_type.setdefault(gold_events[g]["event_type"], [0, 0, 0])[2] += 1
        report = ArticleReport(
            id=article.id,
            gold_events=len(gold_events),
            predicted_events=len(predicted),
            scores=scored.scores,
            missed=[
                {**gold_events[i], "why": why}
                for i, why in zip(scored.missed, scored.missed_why, strict=True)
            ],
            spurious=[
                {**_brief(predicted[i]), "why": why}
                for i, why in zip(scored.spurious, scored.spurious_why, strict=True)
            ],
            error=error,
            by_type=by_type,
        )
        place_scores = None
        if place_scorer is not None and article.places is not None:
            place_scores, report.places = place_scorer(
                article.places, list(result.get("places") or [])
            )
        yield report, place_scores


def _other_place_names(result: dict[str, Any]) -> dict[str, list[str]]:
    """English place name → its Arabic name and mentions, from the extraction's ``places``."""
    names: dict[str, list[str]] = {}
    for place in result.get("places") or ():
        if place.get("name"):
            names.setdefault(place["name"], []).extend(
                n for n in (place.get("name_ar"), place.get("mention")) if n
            )
    return names


def _brief(event: dict[str, Any]) -> dict[str, Any]:
    keys = ("event_date", "event_type", "sub_event_type", "location", "actor1", "actor2")
    return {k: event.get(k) for k in keys}


def evaluate(
    gold_path: str | Path,
    *,
    extract_fn: ExtractFn | None = None,
    data_root: Path | None = None,
    score_places: bool = True,
) -> EvaluationReport:
    """Score ``extract_fn`` (default: the real pipeline) on a gold file."""
    gold_path = Path(gold_path)
    articles = load_gold(gold_path)
    fn = extract_fn or _default_extract()
    place_scorer = _places_scorer() if score_places else None
    total = EventScores()
    places_total: Any | None = None
    per_article: list[ArticleReport] = []
    failed = 0
    for report, place_scores in iter_reports(
        articles,
        gold_dir=gold_path.parent,
        extract_fn=fn,
        data_root=data_root,
        place_scorer=place_scorer,
    ):
        per_article.append(report)
        total = total + report.scores
        failed += report.error is not None
        if place_scores is not None:
            places_total = place_scores if places_total is None else places_total + place_scores
    return EvaluationReport(
        len(articles), failed, total, places_total, per_article,
        event_gold=any(a.has_event_gold for a in articles),
    )


_ROWS = (
    ("Event precision", "precision"),
    ("Event recall", "recall"),
    ("Event F1", "f1"),
    ("Sub-event type accuracy", "sub_event_type_accuracy"),
    ("Actor 1 accuracy", "actor1_accuracy"),
    ("Actor 2 accuracy", "actor2_accuracy"),
    ("Date exact", "date_exact"),
    ("Fatalities exact", "fatalities_exact"),
    ("Certainty accuracy", "certainty_accuracy"),
)


_PLACE_LABELS = {
    "accuracy_10km": "Places within 10 km",
    "precision": "Place precision",
    "recall": "Place recall",
    "admin1_accuracy": "Place admin1 accuracy",
    "role_accuracy": "Place role accuracy",
}


def report_rows(report: EvaluationReport) -> list[tuple[str, str]]:
    """(label, formatted value) rows for the summary table."""
    m = report.events.metrics()

    def fmt(v: Any) -> str:
        return "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    rows = [("Articles", f"{report.articles} ({report.failed} failed)")]
    if report.event_gold:
        rows += [
            ("Events TP / FP / FN", f"{m['tp']} / {m['fp']} / {m['fn']}"),
            ("Borderline events matched", str(m["optional_matched"])),
        ]
        rows += [(label, fmt(m[key])) for label, key in _ROWS]
        for etype, tm in report.by_type().items():
            rows.append(
                (f"F1 {etype} (TP/FP/FN {tm['tp']}/{tm['fp']}/{tm['fn']})", fmt(tm["f1"]))
            )
        errors = report.error_classes()
        for side, label in (("spurious", "False positives"), ("missed", "False negatives")):
            if errors[side]:
                counts = ", ".join(f"{why} {n}" for why, n in errors[side].items())
                rows.append((f"{label} by cause", counts))
    else:
        rows.append(("Events", "n/a (no event gold)"))
    if report.places is not None:
        for key, value in report.places.metrics().items():
            rows.append((_PLACE_LABELS.get(key, f"Places {key}"), fmt(value)))
    else:
        rows.append(("Places", "n/a (no place gold or scorer)"))
    return rows
