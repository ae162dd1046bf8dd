"""A wage said again ("gaji manajer 15jt, JP dihitung dr 15jt"; "gaji pokok 4jt, tunjangan
tetap 1jt, total 5jt"): the same worker's pay, not a second worker."""

from __future__ import annotations

from decimal import Decimal

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt
from bot.understand.reading_more import basis_before

BEFORE_WINDOW = 40  # the basis or total words stand right before the amount
PAY_PARTS = ("wage", "income", "allowance")


def _total_before(c: Cues) -> str:  # "total 5jt", "totalnya: rp 5.000.000", "jumlah 5jt"
    return rf"\b{alt(c, 'total_words')}(?:nya)?\s*[:=]?\s*(?:rp\.?\s*)?$"


def restated(low: str, cues: Cues, amount: Amount, earlier: list[tuple[Amount, str]]) -> bool:
    """Whether `amount` repeats pay already read: a wage written again right after a basis word
    (calc-cues `reading.basis_words`: "dihitung dari", "calculated from"), or the sum of two or
    more pay amounts written right after a total word (`reading.total_words`)."""
    if amount.value is None:
        return False
    start = max(0, amount.start - BEFORE_WINDOW)
    if any(a.value == amount.value and r in ("wage", "income") for a, r in earlier) \
            and cues.pattern("basis_before", basis_before).search(low, start, amount.start):
        return True
    parts = [a.value for a, r in earlier if r in PAY_PARTS and a.value is not None]
    return len(parts) > 1 and sum(parts, Decimal(0)) == amount.value \
        and cues.pattern("total_before", _total_before).search(low, start, amount.start) is not None
