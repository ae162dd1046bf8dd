"""Unpaid months listed by name ("belum bayar oktober november desember", "owe august,
september"): counted as "3 bulan" before reading, so they are months owed as "blm bayar 3
bulan" is. Words: calc-cues `reading.unpaid_words`, month names `numbered.months`."""

from __future__ import annotations

from bot.understand.cues import Cues, literal_alt
from bot.understand.reading import alt

_JOIN = r"(?:\s*,\s*|\s+(?:dan|and|&)\s+|\s+)"


def _listed(c: Cues) -> str:
    """An unpaid word, then two or more full month names joined by commas, "dan" or spaces."""
    name = literal_alt(list(c.numbered.get("months", ())))
    return (rf"\b(?P<unpaid>{alt(c, 'unpaid_words')})\s+(?:(?:iuran|bulan|bln)\s+)?"
            rf"(?P<names>{name}(?:{_JOIN}{name})+)\b")


def listed_unpaid(low: str, cues: Cues) -> str:
    """`low` with each list of unpaid month names written as their count in months."""
    if not cues.numbered.get("months"):
        return low
    names = cues.pattern("month_names", lambda c: rf"\b{literal_alt(c.numbered['months'])}\b")
    return cues.pattern("listed_unpaid", _listed).sub(
        lambda m: f"{m.group('unpaid')} {len(set(names.findall(m.group('names'))))} bulan", low)
