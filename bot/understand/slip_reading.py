"""A payslip checked in one message, around its lines: the total typed after them ("jht 2%
110rb, jp 1% 55rb, total 165rb bener?", "4% = 192rb") is what was deducted, never a second
wage; a rate typed beside a line's amount with no wage ("jht 2% 100rb") gives the wage it was
taken from; a minimum wage named in words is the wage checked ("gaji umr jakarta, dipotong jht
100rb bener ga")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.understand import minimum_wage
from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.payslip_lines import EMPLOYMENT, RATE, after_line_name, slip_lines
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest
from bot.understand.roles import Roles
from bot.understand.slip_line import SHARE_MAX, named_deductions

SLIP_KINDS = frozenset({"payslip", "payslip_doubt"})
TOTAL_WINDOW = 30
PAY = ("wage", "income")
# which line's rate the wage is worked back from, most telling first (JP is capped)
RATE_LINES = ("JHT", "TK", "JP")


def _claimed(c: Cues) -> str:  # "total 165rb", "totalnya: rp 180.000", "4% = 192rb"
    return rf"(?:\b{alt(c, 'total_words')}(?:nya)?|=)\s*[:=]?\s*(?:rp\.?\s*)?$"


def read_slip(req: CalcRequest, low: str, roles: Roles, cues: Cues, kinds: set[str]) -> None:
    """Read the payslip parts of a message into `roles` and `req` (nothing when it is none)."""
    total = _claimed_total(low, roles, cues, kinds)
    named_deductions(low, roles, cues, kinds)  # "gaji 4,5jt, bpjs tk 200.000, kebanyakan?"
    named_wage = not roles.wages and cues.minimum_wage is not None \
        and minimum_wage.named(low, cues.minimum_wage) is not None  # "gaji umr jakarta, ..."
    req.slip_lines = slip_lines(low, roles, cues, kinds, named_wage)  # "jht 100rb, jp 50rb"
    if total is not None and req.slip_lines:
        _total_with_lines(req, roles, total)
    if kinds & SLIP_KINDS and roles.of("deduction") and not roles.wages and not roles.heads:
        # "gaji umr jakarta, dipotong jht 100rb bener ga": that minimum wage is the wage
        minimum_wage.mark(req, low, cues.minimum_wage, True, roles)


def _total_with_lines(req: CalcRequest, roles: Roles, total: Amount) -> None:
    """The lines are checked one by one; the total typed beside them is what was deducted when
    every line is BPJS Ketenagakerjaan's and it is not their sum ("jht 100rb jp 50rb, total
    210rb"), else it is their sum said again and left out."""
    lines = sum((Decimal(v) for _k, v in req.slip_lines), Decimal(0))
    if total.value == lines or any(k not in EMPLOYMENT for k, _v in req.slip_lines):
        roles.money = [(a, "slip_total" if a is total else r) for a, r in roles.money]
        return
    roles.money = [(a, "slip_line" if r == "deduction" and a is not total else r)
                   for a, r in roles.money]
    roles.deduction_parts = []


def _employment_named(low: str, cues: Cues) -> bool:
    return bool(cues.group_spans("programs", low) or rule(cues, "employment").search(low)
                or cues.has("roles", "deduction", low))


def _claimed_total(low: str, roles: Roles, cues: Cues, kinds: set[str]) -> Amount | None:
    """In a payslip doubt, an amount after "total" or "=" that is a small part of the wage
    becomes a deduction (`roles` changed); a wage worked back from a rate line when none is
    typed. The amount so marked, or None."""
    if not kinds & SLIP_KINDS or roles.heads or not _employment_named(low, cues):
        return None
    claimed = cues.pattern("slip_claimed", _claimed)
    totals = [a for a, r in roles.money if r in PAY and a.value is not None
              and claimed.search(low, max(0, a.start - TOTAL_WINDOW), a.start)
              and not after_line_name(low, a, cues)]  # "jp 1% = 80rb": that line's
    _wage_from_rate(low, roles, cues, totals)
    wages = [v for v, _n in roles.wages]
    if len(wages) < 2 or not totals:
        return None
    total = totals[-1]
    if total.value is None or total.value > max(wages) * SHARE_MAX:
        return None
    roles.money = [(a, "deduction" if a is total else r) for a, r in roles.money]
    _wages_again(roles)
    return total


def _wage_from_rate(low: str, roles: Roles, cues: Cues, totals: list[Amount]) -> None:
    """"jht 2% 100rb jp 1% 50rb, total 150rb bener?": with no wage typed, the wage is a rate
    line's amount over its rate (JHT 2% of Rp5 juta); added to `roles` as the wage."""
    lines = _rate_lines(low, cues)
    pay = [a for a, r in roles.money if r in PAY and a.value is not None]
    at = {id(a): line for a in pay for k, line in lines.items() if a.start <= k < a.end}
    if not lines or any(all(a is not x for x in totals) and id(a) not in at for a in pay):
        return
    by_name = {at[id(a)][0]: (at[id(a)][1], a) for a in pay if id(a) in at}
    name = next((n for n in RATE_LINES if n in by_name), None)
    if name is None:
        return
    rate, amount = by_name[name]
    if amount.value is None or not 0 < rate <= 10:
        return
    wage = (amount.value * 100 / rate).quantize(Decimal(1))
    roles.money.append((replace(amount, value=wage, start=len(low), end=len(low), text="",
                                explicit=True), "wage"))
    _wages_again(roles)


def _wages_again(roles: Roles) -> None:
    """The wages, one worker each, from the pay amounts left after the roles changed."""
    roles.wages = [(a.value, 1) for a, r in roles.money if r in PAY and a.value is not None]


def _rate_lines(low: str, cues: Cues) -> dict[int, tuple[str, Decimal]]:
    """{where an amount starts: (its line, the rate typed before it)} for "jht 2% 100rb",
    "bpjs tk (3%) = 150.000"."""
    names = [(e, k) for k in ("JHT", "JP") for _s, e in cues.spans("programs", k, low)]
    names += [(m.end(), "TK") for m in rule(cues, "employment").finditer(low)]
    out: dict[int, tuple[str, Decimal]] = {}
    for end, name in names:
        m = _RATE_LINE_RE.match(low, end)
        if m:
            out[m.end()] = (name, Decimal(m.group("rate").replace(",", ".")))
    return out


_RATE_LINE_RE = re.compile(rf"(?:nya)?[\s:=\-]*{RATE}[\s:=\-]*(?:rp\.?\s*)?(?=\d)")
