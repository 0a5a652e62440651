"""An order or a notice to demolish ("قرارات بهدم", "إخطارات هدم") is no demolition done
(triggers.yaml "looting" excludes); the demolition itself stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2013-02-26")["events"]]


def test_demolition_notices_handed_out_are_no_demolition() -> None:
    text = "سلمت سلطات الاحتلال عشرات العائلات في بلدة سلوان إخطارات هدم لمنازلها."
    assert _subs(text) == []


def test_orders_to_demolish_are_no_demolition() -> None:
    assert _subs("وأصدرت البلدية قرارات بهدم أبنية مخالفة في مدينة ملقة.") == []


def test_houses_demolished_stay_an_event() -> None:
    text = "هدمت جرافات الاحتلال منزلين في بلدة سلوان بالقدس صباح اليوم."
    assert _subs(text) == ["Looting/property destruction"]


def test_a_court_ruling_to_demolish_past_an_aside_is_no_demolition() -> None:
    assert _subs("قررت محكمة إسرائيلية، يوم الاثنين، هدم منزل الأسير في بلدة بيتا.") == []


def test_a_court_that_ordered_a_demolition_in_a_second_clause_did_not_demolish() -> None:
    text = "رفضت المحكمة الإسرائيلية التماس العائلة، وأمرت بهدم المنزل في بلدة بيتا خلال أسبوع."
    assert _subs(text) == []
