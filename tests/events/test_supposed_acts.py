"""What is supposed to happen is still to come, no event."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_withdrawal_supposed_to_begin_is_no_event() -> None:
    events = events_of(
        "وصرح وزير الخارجية الفرنسي إنه من المفترض أن تبدأ القوات الفرنسية المنتشرة في مالي "
        "انسحابها من هذا البلد اعتبارا من مارس.",
        "2013-02-06",
    )
    assert events == []
