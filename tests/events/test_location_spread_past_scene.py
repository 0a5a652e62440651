"""An act whose own clause tells it spread over the whole country ("اندلاع المعارك في جميع
أنحاء البلاد") is not set at a town another clause of its sentence names: that town is the
scene of the other act."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-06-24") -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["location"]) for e in events]


def test_fighting_across_the_country_is_not_set_at_the_town_of_the_bombing():
    text = (
        "وقتل سبعة أشخاص عندما فجر انتحاري نفسه قرب سوق شعبي وسط حمص، كما يتزامن الهجوم مع "
        "اندلاع اشتباكات عنيفة في جميع أنحاء البلاد بين الجيش ومسلحي المعارضة."
    )
    rows = _rows(text)
    assert ("Suicide bomb", "Homs") in rows
    assert ("Armed clash", "Homs") not in rows


def test_a_protest_in_the_capital_and_across_the_country_stays_at_the_capital():
    # near miss: the town stands in the clause of the protest itself
    text = (
        "تظاهر آلاف المصريين الجمعة أمام قصر الاتحادية في القاهرة وفي عدة محافظات مصرية "
        "احتجاجا على الإعلان الدستوري."
    )
    assert ("Peaceful protest", "Cairo") in _rows(text, "2012-12-01")


def test_fighting_in_a_part_of_the_country_past_a_town_is_not_moved():
    # near miss: "في عدة أحياء" spreads over a town, not over the country
    text = (
        "وقتل سبعة أشخاص عندما فجر انتحاري نفسه قرب سوق شعبي وسط حمص، كما يتزامن الهجوم مع "
        "اندلاع اشتباكات عنيفة في عدة أحياء بين الجيش ومسلحي المعارضة."
    )
    rows = _rows(text)
    assert ("Suicide bomb", "Homs") in rows
    assert ("Armed clash", "Homs") in rows


def test_a_town_coordinated_after_the_spread_phrase_stays_the_scene():
    # near miss: "، وفي عمان" goes on with the protest's own places, no other act is told there
    text = (
        "وقال شهود إن الاحتجاجات على قانون الضريبة تجددت مساء السبت في عدد من المحافظات "
        "الأردنية، وفي عمان، حيث قطع المحتجون عددا من الطرق."
    )
    assert ("Peaceful protest", "Amman") in _rows(text, "2018-06-03")
