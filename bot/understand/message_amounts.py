"""The numbers of a calculation message that are read: found amounts without dates, expenses,
numbers inside a period phrase ("2 minggu sekali") and a wage's parts restated in brackets
("total gaji 5jt (pokok 4jt, tunj 1jt)")."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.understand.amounts import MIN_MONTHLY, Amount, find_amounts
from bot.understand.bare_pay import thousands_by_period
from bot.understand.cues import Cues
from bot.understand.expenses import without_expenses
from bot.understand.payslip_lines import small_line
from bot.understand.reading import rule
from bot.understand.stmb_months import month_no_counted

YEAR_RE = re.compile(r"(19|20)\d\d")  # "gaji 2026": a year, not Rp2.026
_OPEN_RE = re.compile(r"\s*\(")  # a bracket opened right after an amount


def message_amounts(low: str, skip: list[tuple[int, int]], cues: Cues) -> list[Amount]:
    """The amounts read from `low`, those starting inside a `skip` span left out."""
    skip = skip + cues.group_spans("periods", low)  # "tiap 2 minggu": a period, not Rp2
    found = [a for a in without_expenses(low, find_amounts(low), cues)
             if not any(s <= a.start < e for s, e in skip)]
    found = month_no_counted(low, found, cues)  # "stmb bulan ke 15 brp": months
    found = thousands_by_period(low, without_restated(low, found), cues)
    # A small number without Rp or a scale word ("usia 58", "pp 50") is money only right
    # after a wage word ("gaji 5"): then it is asked back, never silently scaled.
    return [a for a in found if a.kind != "money" or a.explicit or a.value is None
            or a.value >= MIN_MONTHLY
            or (rule(cues, "wage_word").search(low[:a.start]) and not YEAR_RE.fullmatch(a.text))
            or small_line(low, a, cues)]  # "jp (1%) 50.000, bener?": a payslip line


def without_restated(low: str, found: list[Amount]) -> list[Amount]:
    """Without the amounts in brackets that restate the amount beside them: parts summing to
    the total before the bracket ("gaji 6jt (pokok 5jt + tunjangan 1jt)"), or one total equal
    to the amounts before it ("pokok 4jt, tunj tetap 1jt (total 5jt)"). The wage is upah =
    gaji pokok + tunjangan tetap, so either way it is counted once."""
    dropped: set[int] = set()
    for start, end in _brackets(low):
        inside = [a for a in found if start < a.start < end]
        if not inside or any(a.kind != "money" or a.value is None for a in inside):
            continue
        before = [a for a in found if a.end <= start and a.kind == "money" and a.value]
        total = sum((a.value for a in inside if a.value is not None), Decimal(0))
        if before and len(inside) > 1 and _OPEN_RE.fullmatch(low, before[-1].end, start + 1) \
                and abs(total - (before[-1].value or 0)) <= 1:
            dropped |= {a.start for a in inside}
        elif len(inside) == 1 and len(before) > 1 and \
                abs(sum((a.value or Decimal(0) for a in before), Decimal(0)) - total) <= 1:
            dropped.add(inside[0].start)
    return [a for a in found if a.start not in dropped]


def _brackets(low: str) -> list[tuple[int, int]]:
    """(open, close) of each bracket pair with no bracket inside."""
    return [m.span() for m in re.finditer(r"\([^()]*\)", low)]
