"""Amounts a person spends, told beside the pay ("gaji 5jt, cicilan 1,5jt, kos 800rb"): an
instalment, rent or a debt is no wage, no deduction and no headcount's pay, so it is left out
before roles are read. The words are calc-cues `reading` expense_words."""

from __future__ import annotations

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt


def _pattern(cues: Cues) -> str:
    # the expense word, then at most two words naming what it is for ("cicilan motor 1,2jt")
    return rf"\b{alt(cues, 'expense_words')}(?:\s+[a-z]\w*){{0,2}}\s*:?\s*$"


def without_expenses(low: str, found: list[Amount], cues: Cues) -> list[Amount]:
    """`found` without the money amounts said right after an expense word."""
    expense = cues.pattern("expense_before", _pattern)
    return [a for a in found if not (a.kind == "money" and expense.search(low, 0, a.start))]
