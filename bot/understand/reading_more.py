"""Word lists of faq/calc-cues.yaml `reading` read by rules outside reading.py (which is full)."""

from __future__ import annotations

from bot.understand.cues import Cues
from bot.understand.reading import alt

# faq check reports a missing one, as for reading.NAMES
NAMES = ("basis_words", "this_month_words", "month_plus_words", "listed_program_words",
         "program_joiners", "unpaid_words", "at_words",
         "month_nouns", "ordinal_marks", "partial_claim_words",
         "partial_not_words", "all_programs_words", "two_programs_words",
         "penalty_words", "family_nouns", "payout_words")


def basis_before(c: Cues) -> str:
    """"JP dihitung dr 15jt", "calculated from 20 million": the pay a figure is taken from,
    written right before the amount (`basis_words`)."""
    return rf"\b{alt(c, 'basis_words')}\s*(?:gaji\s*|salary\s*|of\s*)?(?:rp\.?\s*)?$"


def this_month_after(c: Cues) -> str:
    """"2 bulan + bulan ini", "3 months plus this month": months owed and the month itself."""
    return (rf"\s*(?:\+|\b{alt(c, 'month_plus_words')}\b)\s*(?:\+\s*)?"
            rf"\b{alt(c, 'this_month_words')}\b")
