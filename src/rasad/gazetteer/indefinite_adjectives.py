"""An indefinite adjective after an indefinite place noun describes the place; it names none.

"بناء بلدة جديدة في الضفة الغربية" is a new town, not the village Al Judayyidah; "فاز بولاية
جديدة" is a new term of office, not Jdaidet el Matn; "معسكر جديد", "قرية صغيرة". In Arabic an
adjective agrees with its noun in definiteness, so a bare adjective (cues.yaml
``indefinite_adjectives``) right after a bare place noun is that noun's adjective, while a name
after a place noun stands in construct ("بلدة جديدة عرطوز" is found whole, as its own name).
"""

from __future__ import annotations

from rasad.gazetteer.capital_adjective import drop_country_before_its_capital
from rasad.gazetteer.cues import Cues
from rasad.gazetteer.resolve import Mention


def drop_adjectives_after_nouns(mentions: list[Mention], cues: Cues) -> list[Mention]:
    """``mentions`` without the one-word names that are an indefinite adjective of the bare
    place noun before them (glued proclitics make it a name of its own: "وجديدة")."""
    mentions = drop_country_before_its_capital(mentions)  # "العاصمة السعودية الرياض"
    adjectives = cues.indefinite_adjectives
    if not adjectives:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.key in adjectives
            and m.noun
            and not m.noun.startswith("ال")
            and not m.extra.get("prefix")
        )
    ]
