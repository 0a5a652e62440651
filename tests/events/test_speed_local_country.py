"""The country of an article's local actors, the fallback of a mention naming none, is read
once per document: every mention and every place fallback asks for it."""

from __future__ import annotations

from types import SimpleNamespace

from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
from rasad.events.location import local_country

from .helpers import make_doc

_NOBODY = SimpleNamespace(actor1=None, inter1=None, actor2=None, inter2=None)


def _context(countries: dict[str, str]):
    text = "اشتبكت الفصائل مع داعش قرب الرقة، وقتل ثلاثة مسلحين من قسد."
    return build_context(make_doc(text, countries=countries), default_lexicon())


def test_one_country_of_the_local_actors_is_the_article_s_and_is_read_once():
    ctx = _context({"الفصائل": "sy", "داعش": "SY"})
    assert local_country(_NOBODY, ctx) == "SY"
    ctx.actors = []  # the actors do not change while the events are read: not read again
    assert local_country(_NOBODY, ctx) == "SY"


def test_local_actors_of_two_countries_give_none():
    ctx = _context({"الفصائل": "SY", "داعش": "IQ"})
    assert local_country(_NOBODY, ctx) is None
