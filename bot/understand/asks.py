"""Whether a message with numbers asks something other than a figure: "gaji 6jt, kenapa jp
dipotong?", "gaji 5jt, apakah wajib ikut jp?", "saya 55 tahun gaji 5jt, kapan pensiun?".
Such a question is for the FAQ even though the reader could compute something from it."""

from __future__ import annotations

import re

from bot.understand.amounts import Amount
from bot.understand.cues import Cues

# Question words that ask where or which papers: never a figure
OTHER_QUESTION_RE = re.compile(
    r"\b(?:syarat\w*|dokumen|berkas|lewat\s+mana|di\s*mana|ke\s*mana|where|what\s+documents"
    r"|requirements?)\b")
# Why, when, which ones, whether ("kenapa", "kapan", "apa saja", "kok", "wajar?", "jkp dapat
# ga?"): with a contribution word ("kenapa potongan bpjs tk gaji 5jt 150rb?", "iuran gaji 4jt
# sudah termasuk jkk ga?") the computed figure answers it, so only without one
WHETHER_RE = re.compile(r"\b(?:kenapa|mengapa|knp|kapan|kpn|apa\s+(?:saja|aja|sj)|kok|wajar|why"
                        r"|when)\b|\b(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk)\s*\?\s*$")


# Whether-words strong enough alone ("gaji 6jt, apakah wajib ikut jp?"); not the English "is" /
# "do" of any sentence ("my salary is 5 million, bpjs tk?")
ASKS_WHETHER_RE = re.compile(r"\b(?:apakah|apkh|boleh|wajib|harus|masih\s+bisa|\w+kah|must"
                             r"|do\s+i\s+(?:have|need)|is\s+it\s+(?:mandatory|required|compulsory)"
                             r"|can\s+i|am\s+i)\b")


def asks_other(low: str, kinds: set[str], found: list[Amount], cues: Cues) -> bool:
    """A question ("?") that asks no figure: where / which papers, or (with no contribution
    word) why / when / whether, or (with nothing to compute named) yes or no. A payslip
    doubt with its deduction ("gaji 5jt dipotong 200rb kok banyak?") is a check to compute."""
    if "?" not in low or cues.asks_figure(low):
        return False
    if sum(a.kind == "money" for a in found) >= 2 and ("payslip" in kinds or (
            "payslip_doubt" in kinds and cues.has("roles", "deduction", low))):
        return False
    if OTHER_QUESTION_RE.search(low):
        return True
    if "contribution" in kinds:
        return False
    return bool(WHETHER_RE.search(low)) or (not kinds and bool(ASKS_WHETHER_RE.search(low)))
