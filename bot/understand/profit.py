"""Two figures for one person's pay, side by side: turnover and profit ("omset 6jt, untung
3jt": an informal worker's income is the profit) or gross and net pay ("gaji bersih 4,2jt,
gaji kotor 4,8jt": a wage earner's contributions are on the gross wage, gaji pokok +
tunjangan tetap). The other figure is left out; either one alone stays the income or wage."""

from __future__ import annotations

import re

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt, rule
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


def _net(cues: Cues) -> str:
    """A net pay word right before an amount ("bersih 4jt", "take home: 4,7jt")."""
    return rf"\b{alt(cues, 'net_words')}(?:nya)?\s*(?:[:=(]\s*)?$"


def _after(low: str, roles: Roles, pattern: re.Pattern[str]) -> list[Amount]:
    """The money amounts written right after a word of `pattern`."""
    out, start = [], 0
    for amount, _role in roles.money:
        if amount.value is not None and pattern.search(low, start, amount.start):
            out.append(amount)
        start = amount.end
    return out


def gross_over_net(low: str, roles: Roles, cues: Cues) -> None:
    """Gross and net pay written together ("penghasilan bersih 4jt kotor 4,6jt, potongan bpjs
    tk"): the gross figure is the wage whatever role it took (a deduction word after it), the
    net one is left out (it is neither the wage nor a deduction); `roles` changed in place.
    Only with a deduction word and no trade named: an informal worker's income is the net one
    ("ojol, kotor 6jt bersih 4jt": `profit_only`)."""
    if roles.heads or not wage_earners_net(low, cues):
        return
    gross = _after(low, roles, rule(cues, "gross"))
    net = _after(low, roles, cues.pattern("net_pay", _net))
    if len(gross) != 1 or len(net) != 1 or gross[0] is net[0]:
        return
    roles.money = [(a, "wage" if a is gross[0] else "left_out" if a is net[0] else r)
                   for a, r in roles.money]
    roles.wages = [(gross[0].value, 1)] if gross[0].value is not None else roles.wages


def wage_earners_net(low: str, cues: Cues) -> bool:
    """Whether gross and net pay are both named beside a deduction word and no trade or
    informal work is ("penghasilan kotor 5jt, bersih 4,7jt, potongan bpjs tk"): a pay slip
    from an employer ("pegawai toko" works in a trade, for someone)."""
    trade = bool(cues.found("sectors", low)) and not cues.has("who", "staff", low)
    return cues.has("roles", "deduction", low) and not trade \
        and not cues.has("who", "bpu", low) and _gross_and_net(low, cues)


def _gross_and_net(low: str, cues: Cues) -> bool:
    """Whether a gross pay word and a net pay word are both in the message."""
    return bool(cues.pattern("gross_word", lambda c: rf"\b{alt(c, 'gross_words')}\b").search(low)
                and cues.pattern("net_word", lambda c: rf"\b{alt(c, 'net_words')}\b").search(low))
