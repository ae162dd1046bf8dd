"""Which programs a calculation request names, and which of them narrow it. A program after
"termasuk" ("iuran total termasuk jkk") is counted in the whole, not asked alone; one named only
in a later clause that asks the FAQ something else ("gaji 5jt potongan brp, terus cara cek
saldo jht di jmo gmn") is not what the figure is asked for; "pensiun" listed beside another
program ("potongan jht dan pensiun") is JP. The words are data (faq/calc-cues.yaml
`reading.including_words`, `reading.clause_breaks`, `reading.listed_program_words`)."""

from __future__ import annotations

import re

from bot.understand.amounts import Amount
from bot.understand.cues import Cues, blanked
from bot.understand.jkk_class import GROUP_WORDS
from bot.understand.reading import alt, rule

# a program's slip line: its amount shortly after it, in the same clause ("dipotong jp 130rb",
# "potongan jht di slip 90rb", "jp dipotong 130rb")
_AMOUNT_SOON_RE = re.compile(r"[^,.;?!\d]{0,14}\d")

# "jkk kelompok 1", "jkk 0,54%": the risk group or its rate, not JKK asked alone
JKK_SPEC_RE = re.compile(rf"\bjkk\s*:?\s*(?:{GROUP_WORDS}|[0-4][.,]\d{{1,3}}\s*%)")


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


def _listed_word(c: Cues) -> str:  # "pensiun", "pension" (with -nya)
    return rf"\b{alt(c, 'listed_program_words')}(?:nya)?\b"


def _joined(c: Cues) -> str:  # only ",", "&", "+", "/" or "dan", "sama", "and" between two names
    joiner = rf"\b{alt(c, 'program_joiners')}\b\s*"
    return rf"\s*(?:[,&+/]\s*(?:{joiner})?|{joiner})"


def listed_pension(low: str, cues: Cues) -> list[tuple[int, int]]:
    """Where a pension word stands in a list of program names ("jht dan pensiun", "jkk, jkm,
    jht, pensiun", "pension and jht"): there it names JP (`reading.listed_program_words`)."""
    if "JP" in cues.found("programs", low):
        return []  # "jp dan pensiun": JP is named already, the pension word is its benefit
    names = cues.group_spans("programs", low)
    joined = cues.pattern("program_joined", _joined)
    out = []
    for m in cues.pattern("listed_program", _listed_word).finditer(low):
        if any(s <= m.start() < e for s, e in names):
            continue  # "jaminan pensiun", "potongan pensiun": a program's own name
        if any((e <= m.start() and joined.fullmatch(low, e, m.start()))
               or (s >= m.end() and joined.fullmatch(low, m.end(), s)) for s, e in names):
            out.append(m.span())
    return out


def named_programs(low: str, cues: Cues, found: list[Amount]) -> list[str]:
    """The programs named; "gaji 7 jt jkk kelompok 1" names the risk group, not JKK alone;
    "jht dan pensiun" names JHT and JP."""
    programs = asked_programs(low, cues, cues.found("programs", low))
    if "JP" not in programs and programs and listed_pension(low, cues):
        order = list(cues.keys("programs"))
        programs = sorted([*programs, "JP"], key=lambda p: order.index(p) if p in order else 9)
    spec = JKK_SPEC_RE.search(low)
    money = [a.start for a in found if a.kind == "money"]
    if "JKK" in programs and spec and money and min(money) < spec.start() \
            and len(cues.spans("programs", "JKK", low)) == 1 \
            and not cues.found("kinds", low[max(0, spec.start() - 12):spec.start()]):
        programs.remove("JKK")
    return programs


def without_programs(low: str, cues: Cues) -> str:
    """The text without program names ("jaminan kematian" names JKM, it is no death; "jht dan
    pensiun" names JP), without a denied accident ("bukan kecelakaan kerja") and without
    "sampai pensiun"."""
    spans = cues.group_spans("programs", low) + listed_pension(low, cues)
    spans += [m.span() for m in rule(cues, "denied").finditer(low)]
    spans += [m.span() for m in rule(cues, "until_retirement").finditer(low)]
    spans += [m.span() for m in rule(cues, "years_paid").finditer(low)]
    return blanked(low, spans)
