"""Airports of the Saudi south (Houthi drone and missile targets) and Jerusalem's al-Aqsa
mosque, which the index lacked: "مطار أبها الدولي" fell back to the city of Abha, 16 km from
the runway, and "المسجد الأقصى" had no place at all."""

from __future__ import annotations

import rasad
from rasad.geo import haversine_km


def _places(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in rasad.extract(text, published="2018-04-11")["places"]}


def test_a_drone_aimed_at_abha_airport_lands_on_the_airport():
    places = _places("أسقطت الدفاعات طائرة مسيرة كانت تستهدف مطار أبها الدولي في منطقة عسير.")
    airport = places["Abha International Airport"]
    assert airport["admin1"] == "Asir"
    assert airport["geo_precision"] == 1
    assert haversine_km(airport["lat"], airport["lon"], 18.24, 42.657) < 2


def test_the_short_airport_names_of_jizan_and_najran():
    places = _places("سقط مقذوف قرب مطار جيزان، وأعلن التحالف اعتراض صاروخ فوق مطار نجران.")
    assert places["King Abdullah Airport (Jizan)"]["admin1"] == "Jazan"
    assert places["Najran Airport"]["admin1"] == "Najran"


def test_al_aqsa_mosque_is_in_jerusalem():
    place = _places("اقتحم عشرات المستوطنين المسجد الأقصى صباح اليوم بحماية الشرطة.")[
        "Al-Aqsa Mosque"]
    assert place["mention"] == "المسجد الأقصى"
    assert haversine_km(place["lat"], place["lon"], 31.778, 35.236) < 2
