"""Attribution sources outside Syria: Sudan, Palestine/Israel, Lebanon, and the agencies that
report across the region."""

from __future__ import annotations

import pytest

from rasad.actors import find_sources


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("وفق ما أفادت لجان المقاومة في الفاشر", "لجان المقاومة", "Resistance Committees (Sudan)"),
        ("وقالت شبكة أطباء السودان إن", "شبكة أطباء السودان", "Sudan Doctors Network"),
        ("وقالت لجنة أطباء السودان المركزية", "لجنة أطباء السودان المركزية",
         "Sudan Doctors Committee"),
        ("وذكرت هيئة البث الإسرائيلية أن", "هيئة البث الإسرائيلية", "Israeli media"),
        ("ونقلت وسائل إعلام إسرائيلية عن", "وسائل إعلام إسرائيلية", "Israeli media"),
        ("وقال الدفاع المدني إن طواقمه انتشلت", "الدفاع المدني", "Civil Defence"),
        ("وقال الدفاع المدني السوري إن", "الدفاع المدني السوري", "White Helmets"),
        ("وأعلنت وزارة الصحة اللبنانية", "وزارة الصحة", "Health Ministry"),
        ("وأعلنت وزارة الصحة في غزة", "وزارة الصحة في غزة", "Gaza Health Ministry"),
        ("وحذرت منظمة الصحة العالمية من", "منظمة الصحة العالمية",
         "International humanitarian organisations"),
    ],
)
def test_regional_sources_are_found_longest_first(text, mention, name):
    [span] = find_sources(text)
    assert (text[span.start : span.end], span.kb_id) == (mention, name)
