"""A day's or a week's pay typed without its scale: "gaji mingguan 900", "upah harian 150
sehari" mean thousands (Rp150 a day is no pay, and 150 juta a day is not what anyone means)."""

from __future__ import annotations

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule

# A two- or three-digit number: "900", "150"; a one-digit one ("gaji harian 5") stays asked
LOW, HIGH = 10, 1000
SHORT_PERIODS = ("day", "week")


def thousands_by_period(low: str, found: list[Amount], cues: Cues) -> list[Amount]:
    """Each bare two- or three-digit number paid per day or per week (a wage word before it,
    a day or week word right before or after it) as that many thousand rupiah."""
    spans = [span for key in SHORT_PERIODS if key in cues.periods
             for span in cues.spans("periods", key, low)]
    if not spans:
        return found
    return [Amount(a.value * 1000, a.start, a.end, a.text, "money", True)
            if _bare_pay(low, a, spans, cues) else a for a in found]


def _bare_pay(low: str, a: Amount, spans: list[tuple[int, int]], cues: Cues) -> bool:
    if a.kind != "money" or a.explicit or a.value is None or a.value != int(a.value) \
            or not LOW <= a.value < HIGH:
        return False
    wage = rule(cues, "wage_word")
    before = [(s, e) for s, e in spans if e <= a.start and not low[e:a.start].strip(" :")]
    after = [s for s, _e in spans if s >= a.end and not low[a.end:s].strip()]
    if not before and not after:
        return False
    # "gaji 150 sehari", "upah harian 150": the wage word right before the number or its period
    return bool(wage.search(low[:a.start])) or any(wage.search(low[:s]) for s, _e in before)
