"""Ground taken after its defenders withdrew is a peaceful transfer only when no fight is told
with it. "سيطرت القوات على المدينة إثر انسحاب المقاتلين منها" reads as a handover, but "بعد
حملة عسكرية استمرت شهرين، سيطرت القوات على المدينة إثر انسحاب المقاتلين منها" tells a
withdrawal forced by an offensive: the takeover followed violence (ACLED: Government regains
territory / Non-state actor overtakes territory), not a "Non-violent transfer of territory".
A peaceful cue that names the manner outright ("دون قتال", "بموجب اتفاق") still decides."""

from __future__ import annotations

from rasad.events.context import DocContext


def withdrawal_after_fight(ctx: DocContext, lo: int, hi: int) -> bool:
    """The peaceful-transfer cues of [lo, hi) are all withdrawals, and a fight or a military
    campaign is told there too."""
    peaceful = ctx.cues_in(lo, hi, "peaceful_transfer")
    return (
        bool(peaceful)
        and all("withdrawal_transfer" in h.sets for h in peaceful)
        and ctx.has_cue(lo, hi, "transfer_fought")
    )
