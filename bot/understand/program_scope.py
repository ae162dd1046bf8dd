"""Which programs named in a message narrow its calculation to them. A program after
"termasuk" ("iuran total termasuk jkk") is counted in the whole, not asked alone; one named only
in a later clause that asks the FAQ something else ("gaji 5jt potongan brp, terus cara cek
saldo jht di jmo gmn") is not what the figure is asked for. The words are data
(faq/calc-cues.yaml `reading.including_words`, `reading.clause_breaks`)."""

from __future__ import annotations

import re

from bot.understand.cues import Cues
from bot.understand.reading import rule

# a program's slip line: its amount shortly after it, in the same clause ("dipotong jp 130rb",
# "potongan jht di slip 90rb", "jp dipotong 130rb")
_AMOUNT_SOON_RE = re.compile(r"[^,.;?!\d]{0,14}\d")


def asked_programs(low: str, cues: Cues, programs: list[str]) -> list[str]:
    """`programs` without those named only in a later clause that asks how / where."""
    return [name for name in programs
            if not (spans := cues.spans("programs", name, low))
            or any(_in_asked_clause(low, cues, start, end) for start, end in spans)]


def without_included(low: str, cues: Cues, programs: list[str]) -> list[str]:
    """`programs` without those named only after "termasuk" (a wage earner's whole)."""
    including = rule(cues, "including")
    return [name for name in programs
            if not (spans := cues.spans("programs", name, low))
            or not all(including.search(low, 0, start) for start, _end in spans)]


def _in_asked_clause(low: str, cues: Cues, start: int, end: int) -> bool:
    breaks = list(rule(cues, "clause_break").finditer(low))
    lo = max((m.end() for m in breaks if m.end() <= start), default=0)
    hi = min((m.start() for m in breaks if m.start() >= end), default=len(low))
    clause = low[lo:hi]
    if lo == 0 or any(ch.isdigit() for ch in clause) or cues.asks_figure(clause):
        return True
    return not (cues.has("not_calculation", "procedure", clause)
                or rule(cues, "where").search(clause) or rule(cues, "how").search(clause))


def slip_programs(low: str, cues: Cues, programs: list[str]) -> list[str]:
    """A payslip check's programs: only those named on the slip line with their amount
    ("gaji 13jt dipotong jp 130rb": JP alone), not one named elsewhere ("dipotong 450rb,
    bukannya ada batas jp": the whole deduction)."""
    return [name for name in programs if any(
        _AMOUNT_SOON_RE.match(low, end) for _s, end in cues.spans("programs", name, low))]
