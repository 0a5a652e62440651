"""Cross-article event deduplication: events reporting one happening → one cluster."""

from rasad.dedup.cluster import (
    DedupParams,
    EventRecord,
    cluster,
    compatible,
    conservative_fatalities,
    dedup_key,
    merge,
)
from rasad.dedup.evaluate import PairScores, pairwise_scores

__all__ = [
    "DedupParams",
    "EventRecord",
    "PairScores",
    "cluster",
    "compatible",
    "conservative_fatalities",
    "dedup_key",
    "merge",
    "pairwise_scores",
]
