"""A minimum wage named for one group inside a payroll list: "10 org umr jakarta, 5 org 8jt".

The typed wages pair with their headcounts as usual; the group paid the minimum wage keeps its
place in the list (`min_wage["slot"]`, `["heads"]`) and the calculator (bot.calc.minimum_wage)
puts the UMP (or a known UMK) of the calculation's date there. Pairing is as strict as for
typed wages (bot.understand.roles._pair): every headcount stands right before (or every one
right after) its wage, or the list is still asked back.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.core.replies import Text
from bot.understand.minimum_wage import MinimumWage, level_at, noted
from bot.understand.request import CalcRequest

if TYPE_CHECKING:
    from bot.understand.roles import Roles


def mark_in_list(req: CalcRequest, low: str, mw: MinimumWage | None, roles: Roles) -> bool:
    """Pair a payroll list whose one group is paid a minimum wage; True when it was paired
    (roles' wages and problem updated, the minimum wage noted on `req` with its slot)."""
    if mw is not None and _added_to_minimum(low, mw, roles):
        return False
    if mw is None or roles.problem is None or roles.problem.key != "heads_wages_differ":
        return False
    level = level_at(low, mw, roles.heads)
    if level is None:
        return False
    pos, said = level
    typed = [(a.start, a.value) for a, r in roles.money
             if r in ("wage", "income") and a.value is not None]
    slots: list[tuple[int, Decimal | None]] = sorted([*typed, (pos, None)],
                                                     key=lambda s: s[0])
    heads = [h for h in roles.heads if h.value]
    if len(heads) == len(slots) + 1 and heads[0].start < slots[0][0] \
            and heads[0].value == sum(h.value for h in heads[1:] if h.value):
        heads = heads[1:]  # "kantor 15 karyawan: 10 org umr jakarta, 5 org 8jt": 15 is the sum
    if len(heads) != len(slots):
        return False
    ends = [s for s, _ in slots[1:]] + [len(low) + 1]
    starts = [-1] + [s for s, _ in slots[:-1]]
    heads_first = all(starts[i] < h.start < s for i, (h, (s, _)) in enumerate(zip(
        heads, slots, strict=True)))
    heads_after = all(s < h.start < ends[i] for i, (h, (s, _)) in enumerate(zip(
        heads, slots, strict=True)))
    if not (heads_first or heads_after):
        return False
    found = noted(said, mw.place_in(low[pos:]))
    slot = next(i for i, (_, v) in enumerate(slots) if v is None)
    found["heads"] = int(heads[slot].value or 1)
    found["slot"] = slot
    req.min_wage = found
    roles.wages = [(v, int(h.value or 1)) for (_, v), h in zip(slots, heads, strict=True)
                   if v is not None]
    roles.problem, roles.staff_ask = None, False
    if found["place"] is None:
        req.problem = Text.of("min_wage_where")
    return True


# "gaji umr + 500rb", "umr jakarta plus 300rb", "umr lebih 200rb": an amount added to the level
_PLUS_RE = re.compile(r"(?:\+|\b(?:plus|lebih|lbh|ditambah|tambah)\b)")


def _added_to_minimum(low: str, mw: MinimumWage, roles: Roles) -> bool:
    """"gaji umr jakarta + 500rb", "gaji umr jakarta, tunjangan tetap 500rb": one amount added
    to a minimum wage named as the wage is no wage by itself; the whole wage is asked back
    (roles.problem), never computed on the addition alone. True when so."""
    level = mw.level_in(low)
    money = [(a, r) for a, r in roles.money if a.value is not None]
    if level is None or len(money) != 1 or roles.heads or roles.problem is not None:
        return False
    amount, role = money[0]
    at = re.search(rf"\b{re.escape(level)}\b", low)
    if at is None or amount.start < at.end() or role not in ("wage", "income", "allowance"):
        return False
    if role != "allowance" and not _PLUS_RE.search(low, at.end(), amount.start):
        return False
    roles.problem = Text.of("min_wage_plus", extra=amount.value)
    return True
