"""A payslip typed line by line ("potongan jht 100rb, jp 50rb, bpjs kes 50rb, gaji 5jt, bener
ga?"): each amount written right after a programme's name is that line's deduction, never a
second wage; the BPJS Ketenagakerjaan lines together are the deduction checked, and every line
is kept with its name so each is checked against its own programme."""

from __future__ import annotations

import re

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule
from bot.understand.roles import Roles
from bot.understand.slip_line import GAP, SHARE_MAX, written_after

# The rate typed beside a line ("jht 2% 100rb", "JP (1%) 50.000")
RATE = r"\(?\s*(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*\)?"
# Between a line's name and its amount: slip_line's gap, after a "-nya" ("jhtnya 100rb") and
# with the line's rate in it
_GAP_RE = re.compile(rf"(?:nya)?[\s:=\-]*(?:{RATE}[\s:=\-]*)?" + GAP)
# After a deduction or payment word: a few words, perhaps how many months ("iuran sy 3 bulan
# terakhir 20.400"), but no other number
_SAID_GAP_RE = re.compile(r"(?:nya)?[^\d]{0,16}(?:\d{1,2}\s*(?:bulan|bln)[^\d]{0,16})?")
EMPLOYMENT = ("JHT", "JP", "JKK", "JKM", "TK")  # BPJS Ketenagakerjaan lines ("TK": bpjs tk)


def _names(low: str, cues: Cues) -> list[tuple[int, int, str]]:
    """(start, end, line) of each name a payslip line may carry."""
    found = [(s, e, key) for key in cues.keys("programs")
             for s, e in cues.spans("programs", key, low)]
    found += [(m.start(), m.end(), "TK") for m in rule(cues, "employment").finditer(low)]
    found += [(m.start(), m.end(), "KES") for m in rule(cues, "health").finditer(low)]
    found += [(s, e, "PPH") for s, e in cues.spans("not_calculation", "tax", low)]
    # the longest name at a place wins ("bpjs kes" over "bpjs", "pph 21" over "pph")
    return sorted(found, key=lambda n: (n[0], -(n[1] - n[0])))


def after_line_name(low: str, amount: Amount, cues: Cues) -> bool:
    """Whether the amount is written right after a payslip line's name ("jp (1%) = 80rb")."""
    return any(written_after(low, e, amount.start, _GAP_RE) for _s, e, _k in _names(low, cues))


def small_line(low: str, amount: Amount, cues: Cues) -> bool:
    """"jp (1%) 50.000, bener?", "iuran sy 3 bulan terakhir 20.400, udh bener?": an amount too
    small to be a wage is a payslip line or a contribution paid when it is written right after
    a line's name, or shortly after a deduction or payment word, in a message that doubts or
    names a payslip."""
    if not (cues.has("kinds", "payslip", low) or cues.has("kinds", "payslip_doubt", low)):
        return False
    if after_line_name(low, amount, cues):
        return True
    said = cues.spans("roles", "deduction", low) + cues.spans("roles", "paid", low)
    return any(e <= amount.start and _SAID_GAP_RE.fullmatch(low, e, amount.start) for _s, e in said)


def slip_lines(low: str, roles: Roles, cues: Cues, kinds: set[str], named_wage: bool = False
               ) -> list[tuple[str, str]]:
    """With two or more named lines in a payslip message (one of them BPJS Ketenagakerjaan's)
    and one wage left, or none when a minimum wage is named in words (`named_wage`): [(line,
    amount)] in the order typed, `roles` set so the wage stays the wage, the employment lines
    are the deduction and the others (BPJS Kesehatan, PPh 21) are left out; [] (roles
    untouched) otherwise."""
    if not kinds & {"payslip", "payslip_doubt"}:
        return []
    if roles.heads or not (roles.wages or named_wage):
        return []
    names = _names(low, cues)
    lines: list[tuple[Amount, str]] = []
    for amount, role in roles.money:
        if amount.value is None or role not in ("wage", "deduction", "income"):
            continue
        name = next((k for _s, e, k in names if written_after(low, e, amount.start, _GAP_RE)),
                    None)
        if name is not None:
            lines.append((amount, name))
    wages = [a for a, r in roles.money if r in ("wage", "income") and a.value is not None
             and all(a is not x for x, _ in lines)]
    if (wages or not named_wage) and (  # "gaji umr jakarta, jht 114.598 jp 57.299": no figure
            len(wages) != 1 or any(a.value is None or a.value > (wages[0].value or 0) * SHARE_MAX
                                   for a, _k in lines)):
        return []
    if len(lines) < 2 or not any(k in EMPLOYMENT for _a, k in lines):
        return []
    employment = [a for a, k in lines if k in EMPLOYMENT]
    roles.money = [(a, "deduction" if a is employment[0] else _line_role(a, lines, r))
                   for a, r in roles.money]
    roles.deduction_parts = [a.value for a in employment[1:] if a.value is not None]
    roles.wages = [(wages[0].value, 1)] if wages and wages[0].value is not None else roles.wages
    return [(k, str(a.value)) for a, k in lines]


def _line_role(amount: Amount, lines: list[tuple[Amount, str]], role: str) -> str:
    """A line's amount other than the first employment one: out of the wage and deduction."""
    return "slip_line" if any(amount is a for a, _k in lines) else role

