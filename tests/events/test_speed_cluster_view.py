"""The merged view of a cluster is made when read, not after each mention added, and the stage
takes the view the clustering made when it is current: it is what combine makes of the
cluster's mentions at the end.

The mentions stand for "قتل عشرة مدنيين في هجوم على القرية الأحد", "هاجم مسلحون من بوكو حرام
القرية وقتلوا عشرة مدنيين" and "وقتل مسلحون خمسة مدنيين آخرين في القرية" (one attack, told
three times), and a clash told apart ("اشتبك الجيش مع بوكو حرام")."""

from __future__ import annotations

from unittest import mock

from rasad.document import Span
from rasad.events import merge
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit
from rasad.events.merge import cluster, combine, merged_view

CIVILIANS = "Civilians (Nigeria)"
ARMY = "Military Forces of Nigeria"
BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
PRIORITY = {"Attack": 3, "Armed clash": 2}


def _act(start: int, doer: str | None, victims: str, kind: str, dead: int) -> Mention:
    m = Mention(
        trigger=CueHit(start, start + 4, "قتل", frozenset()),
        event_type="Violence against civilians" if kind == "Attack" else "Battles",
        sub_event_type=kind,
        weight=0.9,
        sent=Span(start, start + 60, "SENT"),
    )
    m.actor1_name, m.inter1 = doer, (None if doer is None else 1 if doer == ARMY else 2)
    m.actor2_name, m.inter2 = victims, (7 if victims == CIVILIANS else 2)
    m.fatalities, m.deaths_stated, m.deaths_counted = dead, True, True
    m.country = "NG"
    return m


def _mentions() -> list[Mention]:
    return [
        _act(0, None, CIVILIANS, "Attack", 10),
        _act(100, BOKO, CIVILIANS, "Attack", 10),
        _act(200, BOKO, CIVILIANS, "Attack", 5),
        _act(300, ARMY, BOKO, "Armed clash", 0),
    ]


def test_the_merged_view_is_what_combine_makes_of_the_mentions():
    clusters = cluster(_mentions(), PRIORITY)
    assert [len(c.mentions) for c in clusters] == [3, 1]
    for c in clusters:
        assert merged_view(c, PRIORITY) == combine(c, PRIORITY)
    assert clusters[0].rep == combine(clusters[0], PRIORITY)
    assert clusters[0].rep.actor1_name == BOKO


def test_the_view_is_made_once_per_read_after_a_change():
    with mock.patch.object(merge, "combine", wraps=merge.combine) as made:
        clusters = cluster(_mentions(), PRIORITY)
        during = made.call_count
        views = [merged_view(c, PRIORITY) for c in clusters]
    # a view per addition at most; at the end only the one-mention cluster is merged anew
    assert during <= 2
    assert made.call_count == during + 1
    assert views[0] is clusters[0].rep
    assert views[1] is not clusters[1].mentions[0]  # a single mention is merged, not shared


def test_a_view_of_another_priority_is_made_anew():
    clusters = cluster(_mentions(), PRIORITY)
    other = dict(PRIORITY)
    assert merged_view(clusters[0], other) is not clusters[0].rep
    assert merged_view(clusters[0], other) == combine(clusters[0], other)
