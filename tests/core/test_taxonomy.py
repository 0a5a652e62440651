from rasad.taxonomy import DISORDER_TYPES, EVENT_TYPES, SUB_TO_TYPE


def test_six_types_twenty_five_subtypes():
    assert len(EVENT_TYPES) == 6
    assert sum(len(v) for v in EVENT_TYPES.values()) == 25 == len(SUB_TO_TYPE)


def test_every_type_has_a_disorder_type():
    assert set(DISORDER_TYPES) == set(EVENT_TYPES)
    assert DISORDER_TYPES["Riots"] == "Demonstrations"
