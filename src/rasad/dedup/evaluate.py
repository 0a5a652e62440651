"""Pairwise precision and recall of a clustering against a gold clustering."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int


def _pairs(clusters: Iterable[Iterable[Hashable]]) -> set[frozenset[Hashable]]:
    return {frozenset(p) for c in clusters for p in combinations(sorted(set(c), key=repr), 2)}


def pairwise_scores(
    predicted: Iterable[Iterable[Hashable]], gold: Iterable[Iterable[Hashable]]
) -> PairScores:
    """Scores over same-cluster pairs of items; no pairs on a side counts as perfect on it."""
    pred, truth = _pairs(predicted), _pairs(gold)
    correct = len(pred & truth)
    precision = correct / len(pred) if pred else 1.0
    recall = correct / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, len(pred), len(truth), correct)
