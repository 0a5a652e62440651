"""Two acts told in one sentence divide its death words at the halfway point between their
triggers; that point never falls between a death word and the count next to it ("مقتل |
38 مقاتلا"), which would leave one act an uncounted death and the other a count of no one.
The statement goes to the act before it when a verb of result ties it there ("مما أدى
لمقتل"), else to the act it opens."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-05-01")["events"]]


def test_count_stays_with_its_death_word_across_the_halfway_point() -> None:
    # "معارك" and "مواجهات" divide the sentence right between "مقتل" and "38"
    text = (
        "وفي معارك القوات الحكومية في الساحل الغربي، أفادت مصادر عن مقتل 38 مقاتلا من "
        "المتمردين الحوثيين وأسر عشرة منهم في مواجهات عنيفة قرب مفرق الجراحي جنوب مدينة "
        "الحديدة."
    )
    assert fatalities(text) == [38]


def test_a_count_away_from_the_halfway_point_is_unchanged() -> None:
    # the halfway point falls after the count: the first act had it all along
    text = (
        "وتواصلت معارك الجيش في ريف حماة، قالت مصادر ميدانية إنها أسفرت عن مقتل 27 عنصرا من "
        "فصائل المعارضة المسلحة ليلة أمس خلال اشتباكات عنيفة قرب بلدة كفرنبودة شمال غرب حماة."
    )
    assert fatalities(text) == [27]


def test_a_toll_told_as_a_result_stays_with_the_act_before() -> None:
    # "مما أدى لمقتل | 9": the dead are the shelling's, not the next clause's takeover
    out = rasad.extract(
        "واصل الجيش قصف أحياء مدينة حلب بالصواريخ يوم الجمعة، مما أدى لمقتل 9 مدنيين بينهم "
        "طفلان، فيما سيطر مقاتلو المعارضة على مطار منغ العسكري.",
        published="2018-03-03",
    )
    found = {e["sub_event_type"]: e["fatalities"] for e in out["events"]}
    assert found["Shelling/artillery/missile attack"] == 9
    assert found.get("Non-state actor overtakes territory", 0) == 0
