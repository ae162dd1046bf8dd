"""Whether a message with numbers asks something other than a figure: "gaji 6jt, kenapa jp
dipotong?", "gaji 5jt, apakah wajib ikut jp?", "saya 55 tahun gaji 5jt, kapan pensiun?".
Such a question is for the FAQ even though the reader could compute something from it."""

from __future__ import annotations

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule


def asks_other(low: str, kinds: set[str], found: list[Amount], cues: Cues) -> bool:
    """A question ("?") that asks no figure: where / which papers, or (with no contribution
    word) why / when / whether, or (with nothing to compute named) yes or no. A payslip
    doubt with its deduction ("gaji 5jt dipotong 200rb kok banyak?") is a check to compute."""
    if "?" not in low or cues.asks_figure(low):
        return False
    if sum(a.kind == "money" for a in found) >= 2 and ("payslip" in kinds or (
            "payslip_doubt" in kinds and cues.has("roles", "deduction", low))):
        return False
    if rule(cues, "where").search(low):  # where, which papers ("syarat", "lewat mana")
        return True
    if "contribution" in kinds:
        return False
    # with a contribution word the computed figure answers a why ("kenapa potongan bpjs tk gaji
    # 5jt 150rb?"); the whether-words alone only with nothing to compute named: not the English
    # "is" / "do" of any sentence ("my salary is 5 million, bpjs tk?")
    return bool(rule(cues, "why_when").search(low)) or (
        not kinds and bool(rule(cues, "whether").search(low)))
