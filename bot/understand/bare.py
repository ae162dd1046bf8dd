"""Calculation requests that come without an amount: the calculator asks for it, keeping what
was given (a deduction asked, the months late, the years of membership, the headcount)."""

from __future__ import annotations

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import rule
from bot.understand.request import CalcRequest
from bot.understand.stmb_months import stmb_month

# "potongan bpjs tk berapa?": a deduction asked with no wage is the wage earner's; the
# calculator asks the wage. With no deduction word ("berapa jumlah iuran bpjs tk?") the FAQ
# answers with the rates, as real messages are labelled (faq/tests/real). The words of the
# rules below (bare_ask, not_bare, other_question, yes_no) are data: faq/calc-cues.yaml
# `reading` (bot/understand/reading.py).
BARE_WORDS = 8


def bare_deduction(low: str, kinds: set[str], cues: Cues, req: CalcRequest) -> bool:
    """A deduction asked with no amount, program or person: noted for the wage to be asked."""
    if kinds != {"contribution"} or req.programs or req.problem or req.month \
            or len(low.split()) > BARE_WORDS or not rule(cues, "bare_ask").search(low) \
            or rule(cues, "not_bare").search(low) or cues.found("sectors", low) \
            or not cues.has("roles", "deduction", low) \
            or any(cues.has("who", w, low) for w in ("bpu", "employer", "staff", "clinic")) \
            or cues.has("roles", "income", low):
        return False
    req.kind, req.who, req.focus = "contribution", "pu", "worker"
    return True


def counted(low: str, cues: Cues, count: Amount | None, heads: list[Amount]) -> bool:
    """A count (months, years, people) in a message that asks for a figure and names no rate:
    "denda telat 3 bulan berapa?", "iuran karyawan saya, ada 5 orang, hitung"."""
    # an age word ("usia pensiun 58 atau 59 tahun?") makes it an age question for the FAQ
    return (count is not None or bool(heads)) and not rule(cues, "not_bare").search(low) \
        and not cues.has("roles", "age", low) \
        and (cues.asks_figure(low)
             or (low.rstrip().endswith("?") and not rule(cues, "yes_no").search(low)
                 and not rule(cues, "outcome").search(low)))


def keeps_count(req: CalcRequest, heads: list[Amount], low: str, cues: Cues) -> bool:
    """Whether a request read without an amount is one the calculator asks the amount for:
    a late fine with its months, a pension or an accident benefit with its years or months,
    several people's contributions (their wages are asked as a list). Anything else (a
    contribution "untuk 3 bulan" with no wage, a death benefit) stays with the FAQ."""
    if req.problem:
        return False
    if req.kind == "fine":  # "belum bayar 2 bulan, berapa dendanya dan apakah karyawan masih
        # terlindungi?", "dendanya dihitung gmn?": with no amount, the FAQ explains the fine;
        # a BPU pays no late fine at all (its months late need no income to answer)
        return bool(req.months_late) and req.who != "bpu" \
            and not any(rule(cues, r).search(low) for r in ("whether", "how", "outcome"))
    if req.kind == "benefit":
        stmb_month(req, low, cues)  # "stmb bulan ke 15 brp": month 15's rate, the wage asked
        return req.benefit in ("pension", "accident") and bool(req.months or req.month_no)
    people = [int(h.value) for h in heads if h.value]
    if req.kind == "contribution" and people and max(people) > 1 \
            and not rule(cues, "other_question").search(low) \
            and not cues.has("not_calculation", "procedure", low):
        # a headcount alone is the weakest sign: "karyawan 2 orang, wajib daftar? iurannya?"
        # or "mau daftarin tapi bingung caranya" ask the FAQ something first
        req.staff_ask, req.heads_asked = True, max(people)
        return True
    return False
