"""A place right after an agreement, track or conference noun with no preposition names the pact
("اتفاقية أوتاوا", "مسار أستانا", "مؤتمر روما"): role other, and never an event's scene or the
article's country. With a preposition it is where the pact was made ("اتفاقا في الدوحة")."""

from __future__ import annotations

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2019-05-09")


def _roles(out: dict) -> dict[str, str]:
    return {p["mention"]: p["role"] for p in out["places"]}


def test_a_treaty_named_for_a_city_is_no_scene() -> None:
    out = _extract(
        "قتل ثلاثة أشخاص بانفجار لغم أرضي، بحسب منظمة تدعو إلى تطبيق اتفاقية أوتاوا لحظر الألغام."
    )
    assert _roles(out) == {"أوتاوا": "other"}
    assert [(e["location"], e["country"]) for e in out["events"]] == [(None, None)]


def test_a_negotiation_track_named_for_a_city_is_other() -> None:
    out = _extract(
        "عقدت جولة جديدة من محادثات أستانا. وقتل خمسة مدنيين في قصف على مدينة إدلب."
    )
    assert _roles(out)["أستانا"] == "other"
    assert [e["location"] for e in out["events"]] == ["Idlib"]


def test_a_pact_signed_in_a_city_is_placed_there() -> None:
    out = _extract("وقعت الأطراف اتفاقا في الدوحة لوقف إطلاق النار.")
    assert _roles(out) == {"الدوحة": "event_location"}
    assert [e["location"] for e in out["events"]] == ["Doha"]


def test_a_declaration_named_for_a_city_is_no_scene() -> None:
    # "إعلان لومي" names a declaration: neither this takeover's place nor the story's
    out = _extract(
        "وأكد الطرفان التزامهما بإعلان لومي الذي وقعه قادة المنطقة. وسيطر مسلحون على بلدة في"
        " شمال البلاد."
    )
    assert _roles(out) == {"لومي": "other"}
    assert [e["location"] for e in out["events"]] == [None]


def test_a_capital_announcing_is_no_scene() -> None:
    # "إعلان الخرطوم وقف إطلاق النار": the government's announcement, the attack is in Darfur
    out = _extract(
        "وذكر البيان أن مسلحين هاجموا قرية في دارفور، بعد يومين من إعلان الخرطوم وقف إطلاق"
        " النار."
    )
    assert _roles(out)["الخرطوم"] == "other"
    assert [e["location"] for e in out["events"]] == ["Darfur"]
