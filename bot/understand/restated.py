"""A wage said again ("gaji manajer 15jt, JP dihitung dr 15jt"; "gaji pokok 4jt, tunjangan
tetap 1jt, total 5jt"): the same worker's pay, not a second worker; a base wage named for the
computation ("gaji 7jt, jht dihitung dari gaji pokok 5jt"): that worker's basis."""

from __future__ import annotations

from decimal import Decimal

from bot.understand.amounts import Amount
from bot.understand.cues import Cues, literal_alt
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


def _basis_pay_before(c: Cues) -> str:
    """"dihitung dari gaji pokok", "calculated from basic salary", "jht dari gapok": a basis
    word (or a program's "dari") and a pay word (calc-cues roles.wage) right before an amount."""
    pay = literal_alt(c.lists.get("roles", {}).get("wage", ()))
    programs = literal_alt(w for words in c.lists.get("programs", {}).values() for w in words)
    return (rf"(?:\b{alt(c, 'basis_words')}|\b{programs}\s+(?:dari|dr|from))"
            rf"\s*(?:{pay}\s*)(?:nya\s*)?[:=]?\s*(?:rp\.?\s*)?$")


def rebased(low: str, cues: Cues, amount: Amount, earlier: list[tuple[Amount, str]]) -> bool:
    """Whether `amount` is the base the one worker's figure is computed on, written after the
    wage ("gaji 7jt, jht dihitung dari gaji pokok 5jt", "salary 7m, jht calculated from basic
    salary 5m"): it replaces that wage (one worker), it is no second worker's."""
    wages = [a for a, r in earlier if r in ("wage", "income")]
    if amount.value is None or len(wages) != 1 or wages[0].value == amount.value:
        return False
    start = max(0, amount.start - BEFORE_WINDOW)
    return cues.pattern("basis_pay_before", _basis_pay_before).search(
        low, start, amount.start) is not None
