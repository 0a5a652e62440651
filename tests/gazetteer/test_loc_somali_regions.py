"""Somalia's regions (world_admin1.tsv): "إقليم جوبا السفلى" is Lower Juba, not Juba, South
Sudan's capital, which bare "جوبا" stays; "شبيلي السفلى" is Lower Shabelle."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-01")["places"]


def test_lower_juba_is_the_somali_region():
    found = [
        p for p in _places("وقتل أربعة جنود في كمين بإقليم جوبا السفلى.") if "جوبا" in p["mention"]
    ]
    assert found and found[0]["country"] == "SO" and found[0]["feature_code"] == "ADM1"


def test_lower_shabelle_is_the_somali_region():
    found = _places("وهاجم مسلحون قاعدة للجيش في إقليم شبيلي السفلى جنوب البلاد.")
    assert any(p["country"] == "SO" and p["feature_code"] == "ADM1" for p in found)


def test_bare_juba_stays_south_sudan_capital():
    found = [p for p in _places("ووصل الوفد إلى جوبا قادما من الخرطوم.") if p["mention"] == "جوبا"]
    assert found and found[0]["country"] == "SS"
