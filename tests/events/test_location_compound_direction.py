"""A compound direction without the article ("شمال شرق مالي", "جنوب غرب كركوك") tells where
the town before it lies, like "شمالي" alone: the town is the scene, not the wider place."""

from __future__ import annotations

import rasad


def _locations(text: str) -> set[str]:
    return {e["location"] for e in rasad.extract(text, published="2013-02-11")["events"]}


def test_a_clause_on_a_town_north_east_of_its_country_is_the_towns():
    text = (
        "قصفت مروحية فرنسية مركز الشرطة في مدينة غاو في شمال شرق مالي حيث اشتبك مسلحون"
        " اسلاميون قبل ذلك مع جنود الجيش المالي."
    )
    assert _locations(text) == {"Gao"}


def test_a_destination_told_with_its_country_is_not_told_as_the_scene():
    # the ambush hit reinforcements on their way; "جنوب غربي اليمن" only says where Taizz lies
    base = "قتل عشرة من الحوثيين في كمين نصبته المقاومة الشعبية لتعزيزات كانت متجهة إلى محافظة تعز"
    (bare,) = rasad.extract(f"{base}.", published="2015-07-24")["events"]
    (told,) = rasad.extract(f"{base}، جنوب غربي اليمن.", published="2015-07-24")["events"]
    assert told["location"] == bare["location"] == "Taizz"
    assert told["confidence"] == bare["confidence"]
