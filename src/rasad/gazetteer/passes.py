"""Resolving one article's place mentions in two passes: first each on its own (name, place
noun, qualifier), then the uncertain ones with the article's confident places as context.
Split from :mod:`rasad.gazetteer.stage`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from rasad.gazetteer.cues import Cues
from rasad.gazetteer.index import Entry
from rasad.gazetteer.resolve import Mention, choose


def resolve_mentions(
    mentions: list[Mention],
    cues: Cues,
    first: dict[tuple[object, ...], tuple[Entry | None, float, float]],
    institutions: Callable[[], dict[str, int]] | None = None,
    plain: Mapping[str, tuple[int, float, float]] | None = None,
) -> None:
    """Choose each mention's place: pass 1 with priors, place nouns and qualifiers only
    (its results are kept in ``first`` across documents; ``plain``, when given, holds pass 1's
    choice for every bare name, see :mod:`.first_choices`), pass 2 with the article's
    confident places and the country votes ``institutions()`` returns (:mod:`.votes`) as
    context."""
    empty: dict[str, int] = {}
    # A mention's choice depends only on its name, place noun, qualifier and the article's
    # context: repeated mentions ("دمشق" five times) are scored once per pass.
    memo: dict[tuple[object, ...], tuple[Entry | None, float, float]] = {}
    # Pass 1 ignores the article, so its results hold across documents (index entries are
    # long-lived objects: their ids are stable keys).
    if len(first) > 100_000:
        first.clear()
    # pass 1: priors, place nouns and qualifiers only (qualifiers first: they come later in
    # the text but are resolved on their own).
    order = sorted(mentions, key=lambda mm: mm.qualifier is not None)
    for m in order:
        q = m.qualifier.chosen if m.qualifier is not None else None
        # "nisba": the candidates narrowed to one country by an adjective after the name
        nisba = m.extra.get("nisba", "")
        k1: tuple[object, ...] = (m.key, m.noun, id(q), m.extra.get("qdir", ""), nisba)
        hit = first.get(k1)
        if hit is None:
            codes = cues.place_nouns.get(m.noun, frozenset())
            # a bare name (no place noun's types, no qualifier, all its candidates): its
            # choice was made once for the index, over the same candidate list
            known = (
                plain.get(m.key)
                if plain is not None and q is None and not codes and not nisba
                else None
            )
            if known is not None:
                m.chosen = m.candidates[known[0]]
                m.confidence, m.score_margin = known[1], known[2]
            else:
                choose(
                    m, noun_codes=codes, context_admin1=empty, context_country=empty, anchors=()
                )
            first[k1] = (m.chosen, m.confidence, m.score_margin)
        else:
            m.chosen, m.confidence, m.score_margin = hit
    # pass 2: the article's confident places are context for the others; a name still
    # waiting for support ("pending", "weak": a surname such as "العمري" that is also a
    # hamlet) is no evidence about the article's country
    sure = [
        m for m in mentions
        if m.score_margin >= 2.0 and m.chosen is not None
        and "pending" not in m.extra and "weak" not in m.extra
    ]
    sure_ids = {id(m) for m in sure}
    admin1 = _tally(m.chosen.admin1 for m in sure if m.chosen and m.chosen.admin1)
    country = _tally(m.chosen.country for m in sure if m.chosen)
    # the institution votes read every word of the article: asked for only when a mention
    # is scored with the article's context (in about half of the news articles none is)
    voted = institutions is None
    anchors = [
        m.chosen for m in sure if m.chosen is not None and m.chosen.geo_precision == 1
    ]
    own_votes: dict[str, list[Entry]] = {}
    for m in sure:
        if m.chosen is not None:
            own_votes.setdefault(m.key, []).append(m.chosen)
    for m in order:
        if len(m.candidates) == 1 or m.score_margin >= 4.0:
            continue
        if m.qualifier is None and not m.qualifies and "pending" in m.extra:
            # drop_unsupported drops it (no qualifier can vouch for it) and no other
            # mention reads its final choice: only its pass-1 choice above counts
            continue
        own = m.chosen
        own_sure = id(m) in sure_ids
        q = m.qualifier.chosen if m.qualifier is not None else None
        k2: tuple[object, ...] = (
            m.key, m.noun, id(q), id(own), own_sure, m.extra.get("qdir", ""),
            m.extra.get("nisba", ""),
        )
        hit = memo.get(k2)
        if hit is not None:
            m.chosen, m.confidence, m.score_margin = hit
            continue
        if not voted:
            for iso in institutions():  # type: ignore[misc]
                country[iso] = country.get(iso, 0) + 1
            voted = True
        own_list = own_votes.get(m.key)
        if own_list:
            a1 = admin1.copy()
            cc = country.copy()
            # the name's own occurrences ("صيدا" twice) are no context for it
            for e in own_list:
                a1[e.admin1] = a1.get(e.admin1, 0) - 1
                cc[e.country] = cc.get(e.country, 0) - 1
            a1 = {k: n for k, n in a1.items() if n > 0}
            cc = {k: n for k, n in cc.items() if n > 0}
            # (an entry equals one of the list only if their ids are equal: the id set tests
            # most anchors without the field-by-field comparisons of ``in``)
            own_ids = {e.id for e in own_list}
            own_anchors = [a for a in anchors if a.id not in own_ids or a not in own_list]
        else:
            a1, cc, own_anchors = admin1, country, anchors  # read only by choose
        choose(
            m,
            noun_codes=cues.place_nouns.get(m.noun, frozenset()),
            context_admin1=a1,
            context_country=cc,
            anchors=own_anchors,
        )
        memo[k2] = (m.chosen, m.confidence, m.score_margin)


def _tally(values: Iterable[str]) -> dict[str, int]:
    """``dict(Counter(values))``: plain dicts, as the context counts are small and made per
    mention (a Counter's constructor and copies cost more than the counting)."""
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out
