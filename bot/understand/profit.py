"""Turnover and profit written side by side ("omset 6jt, untung 3jt"): an informal worker's
income is the profit, so the turnover is left out; turnover alone stays the income."""

from __future__ import annotations

from bot.understand.cues import Cues
from bot.understand.reading import rule
from bot.understand.roles import Roles


def profit_only(low: str, roles: Roles, cues: Cues) -> None:
    """With two incomes and no headcount, keep the one written right after a profit word
    (calc-cues `reading.profit_words`); `roles` changed in place."""
    incomes = [(a, r) for a, r in roles.money if r in ("wage", "income") and a.value is not None]
    if roles.heads or len(incomes) != 2 or len(roles.wages) != 2:
        return
    starts = [0, incomes[0][0].end]
    profits = [a for (a, _r), s in zip(incomes, starts, strict=True)
               if rule(cues, "profit").search(low, s, a.start)]
    if len(profits) != 1:
        return
    kept = profits[0]
    roles.money = [(a, r if a is kept or (a, r) not in incomes else "turnover")
                   for a, r in roles.money]
    roles.wages = [(v, n) for v, n in roles.wages if v == kept.value]
