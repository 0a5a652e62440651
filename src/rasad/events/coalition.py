"""Air strikes of a coalition's member named as the coalition's (ACLED's coding)."""

from __future__ import annotations

from rasad.actors.dictionary import default_lexicon
from rasad.events import arguments as args

_STRIKES = frozenset({"Air/drone strike"})


def member_strike_as_coalition(m: args.Mention) -> None:
    """ "شن سلاح الجو السعودي غارات على صعدة": ACLED codes the strike for the coalition the
    Saudi jets fly for in Yemen (``coalition_strikes`` in actors.yaml), so it is one event with
    the coalition's strikes told elsewhere in the article, not a second row."""
    if m.sub_event_type not in _STRIKES or not m.actor1_name:
        return
    lex = default_lexicon()
    coalition = lex.coalition_striking(m.actor1_name, m.country, m.date)
    if coalition is None:
        return
    m.actor1_name = lex.name_on(coalition, m.date)
    m.inter1 = lex.inter_on(coalition, m.date, where=m.country)
