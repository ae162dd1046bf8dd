"""A payslip line written as the programme's name and its amount ("gaji 4,5jt, bpjs tk
200.000, kebanyakan gak?", "payslip says bpjs tk 300k on a 10 million salary"): the amount is
what was deducted, not a second wage."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule
from bot.understand.roles import Roles

# Between the programme's name and its amount: nothing but spaces, ":", "=" or "-"
GAP = r"[\s:=\-]*(?:rp\.?\s*)?"
_GAP_RE = re.compile(GAP)
# A deduction is a small part of the pay: every BPJS TK share together stays below this
# fraction of the wage (JHT 2% + JP 1% for the worker, 10,24% at most for both sides)
SHARE_MAX = Decimal("0.2")


def _name_ends(low: str, cues: Cues) -> list[int]:
    """Where "bpjs tk" or a programme's name ends."""
    names = [m.end() for m in rule(cues, "employment").finditer(low)]
    return names + [e for _s, e in cues.group_spans("programs", low)]


def written_after(low: str, end: int, start: int, gap: re.Pattern[str] = _GAP_RE) -> bool:
    """Whether what starts at `start` is written right after a name ending at `end`."""
    return end <= start and gap.fullmatch(low, end, start) is not None


def named_line(low: str, amounts: list[Amount], cues: Cues) -> bool:
    """Whether an amount is written right after "bpjs tk" or a programme's name ("bpjs tk
    250rb", "jht: 100.000"), as a payslip line is."""
    ends = _name_ends(low, cues)
    return any(a.kind == "money" and any(written_after(low, e, a.start) for e in ends)
               for a in amounts)


def named_deductions(low: str, roles: Roles, cues: Cues, kinds: set[str]) -> None:
    """In a payslip doubt with two wages and no headcount, the smaller one written right after
    "bpjs tk" or a programme's name becomes the deduction (`roles` changed in place)."""
    if not kinds & {"payslip", "payslip_doubt"} or roles.heads or roles.of("deduction") \
            or len(roles.wages) != 2:
        return
    names = _name_ends(low, cues)
    wage = max(v for v, _n in roles.wages)
    for i, (amount, role) in enumerate(roles.money):
        if role != "wage" or amount.value is None or amount.value > wage * SHARE_MAX:
            continue
        if any(written_after(low, e, amount.start) for e in names):
            roles.money[i] = (amount, "deduction")
            roles.wages = [(v, n) for v, n in roles.wages if v != amount.value]
            return
