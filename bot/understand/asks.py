"""Whether a message with numbers asks something other than a figure: "gaji 6jt, kenapa jp
dipotong?", "gaji 5jt, apakah wajib ikut jp?", "saya 55 tahun gaji 5jt, kapan pensiun?".
Such a question is for the FAQ even though the reader could compute something from it."""

from __future__ import annotations

import re

from bot.understand.amounts import Amount
from bot.understand.bare import YES_NO_RE
from bot.understand.cues import Cues

# Question words that ask why, when, which papers or whether, not how much
OTHER_QUESTION_RE = re.compile(
    r"\b(?:kenapa|mengapa|knp|kok|kapan|kpn|apa\s+(?:saja|aja|sj)|syarat\w*|dokumen|berkas"
    r"|wajar|lewat\s+mana|di\s*mana|ke\s*mana|why|when|where|what\s+documents|requirements?)\b"
    # "jkp dapat ga?", "kena potong jp gak?": a yes/no tag closing the question
    r"|\b(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk)\s*\?\s*$")


def asks_other(low: str, kinds: set[str], found: list[Amount], cues: Cues) -> bool:
    """A question ("?") that asks no figure: why / when / what papers / whether, or (with
    nothing to compute named) yes or no. A payslip doubt with its deduction ("gaji 5jt
    dipotong 200rb kok banyak?") is a check to compute, not one of these."""
    if "?" not in low or cues.asks_figure(low):
        return False
    if sum(a.kind == "money" for a in found) >= 2 and ("payslip" in kinds or (
            "payslip_doubt" in kinds and cues.has("roles", "deduction", low))):
        return False
    return bool(OTHER_QUESTION_RE.search(low)) or (not kinds and bool(YES_NO_RE.search(low)))
