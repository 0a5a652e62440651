"""Deaths reported as none: a negation before a death word with only words of reporting or of
bringing about between ("لم يسفر الانفجار عن سقوط ضحايا", "ولم ترد أنباء عن وقوع قتلى").

The negation may stand several words before the death word in Arabic news ("لم يتم الإعلان
على الفور عن سقوط ضحايا"); any other word between ends its reach, so "لم يعرف عدد الجرحى
لكن قتل خمسة" keeps its dead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

# "لم يتم الإعلان على الفور عن سقوط ضحايا", "ولم ترد أنباء عن وقوع قتلى", "لم يسفر الانفجار عن
# سقوط ضحايا": a negation reaches the death word across words that only report or bring about
# (normalised forms)
_NONE_NEGATORS = frozenset({"لم", "ولم", "لا", "ولا", "دون", "ودون", "بدون", "وبدون", "بلا"})
_REPORT_FILLER = frozenset(
    {"يتم", "تم", "الاعلان", "اعلان", "ترد", "يرد", "تصدر", "انباء", "اي", "ايه", "عن", "سقوط",
     "وقوع", "تسجيل", "يسجل", "تسجل", "سجل", "تسجيلها", "يسفر", "تسفر", "اسفر", "يودي", "تودي",
     "يؤد", "تؤد", "الي", "علي", "الفور", "حتي", "الان", "اللحظه", "الساعه", "فورا", "بعد",
     "معلومات", "تقارير", "حدوث", "وجود", "الهجوم", "الانفجار", "القصف", "الحادث",
     "التفجير", "الغاره", "الغارات", "الاشتباكات", "الاعتداء", "ذلك", "هذا", "هذه",
     # "دون أن تتوافر أية أنباء عن", "لم تذكر المصادر", "لم يشر البيان إلى"
     "ان", "تتوافر", "يتوافر", "تتوفر", "يتوفر", "تذكر", "يذكر", "تشر", "يشر", "تفد", "يفد",
     "المصادر", "البيان", "التقارير", "يسفرا", "تسفرا", "يسفروا", "تؤديا", "يؤديا",
     # "دون أن ترد أنباء عن سقوط أضرار مادية أو ضحايا": other losses denied with the deaths
     "اضرار", "ماديه", "خساير", "بشريه", "او", "اصابات"}
)
_NONE_REACH = 9  # words between the negation and the death word, at most


def reported_none(ctx: DocContext, h: CueHit) -> bool:
    """No death is reported: a negation before the death word with only reporting words
    between ("بينما لم يتم الإعلان على الفور عن سقوط ضحايا")."""
    for word in reversed(ctx.words_before(h.start, _NONE_REACH)):
        if word in _NONE_NEGATORS:
            return True
        if word not in _REPORT_FILLER:
            return False
    return False
