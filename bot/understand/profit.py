"""Two figures for one person's pay, side by side: turnover and profit ("omset 6jt, untung
3jt": an informal worker's income is the profit) or gross and net pay ("gaji bersih 4,2jt,
gaji kotor 4,8jt": a wage earner's contributions are on the gross wage, gaji pokok +
tunjangan tetap). The other figure is left out; either one alone stays the income or wage."""

from __future__ import annotations

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule
from bot.understand.roles import Roles


def profit_only(low: str, roles: Roles, cues: Cues) -> None:
    """With two incomes (or two wages) and no headcount, keep the income written right after a
    profit word (calc-cues `reading.profit_words`) or the wage right after a gross word
    (`reading.gross_words`); `roles` changed in place."""
    pays = [(a, r) for a, r in roles.money if r in ("wage", "income") and a.value is not None]
    if roles.heads or len(pays) != 2 or len(roles.wages) != 2:
        return
    name = "gross" if any(r == "wage" for _a, r in pays) else "profit"
    starts = [0, pays[0][0].end]
    marked = [a for (a, _r), s in zip(pays, starts, strict=True)
              if rule(cues, name).search(low, s, a.start)]
    if len(marked) != 1:
        return
    kept: Amount = marked[0]
    roles.money = [(a, r if a is kept or (a, r) not in pays else "left_out")
                   for a, r in roles.money]
    roles.wages = [(v, n) for v, n in roles.wages if v == kept.value]
