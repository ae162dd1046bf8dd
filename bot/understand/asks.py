"""Whether a message with numbers asks something other than a figure: "gaji 6jt, kenapa jp
dipotong?", "gaji 5jt, apakah wajib ikut jp?", "saya 55 tahun gaji 5jt, kapan pensiun?".
Such a question is for the FAQ even though the reader could compute something from it."""

from __future__ import annotations

import re

from bot.understand.amounts import MAX_MONTHLY, MIN_MONTHLY, Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt, rule
from bot.understand.slip_line import named_line

# an extra pay's amount right after its name: "thr 4jt", "thr rp 4jt", "bonusnya sebesar 2jt",
# also behind words like "nanti" or "kira2" (calc-cues `reading.extra_pay_fillers`)
_AMOUNT_NEXT = r"\s*(?:nya\s*)?(?:(?:{fillers})\s*){{0,2}}(?:rp\.?\s*)?\d"
# "200,000", "150.000": a number grouped in thousands, as a headline's count of people is
_GROUPED_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# Kinds (faq/calc-cues.yaml `kinds`) that name an event paying a benefit or the benefit itself
BENEFIT_KINDS = frozenset({"death", "accident", "disability", "partial_disability", "job_loss",
                           "pension", "benefit_verbs", "projection"})


def asks_other(low: str, kinds: set[str], found: list[Amount], cues: Cues) -> bool:
    """A question that asks no figure: where / which papers, what follows (no benefit named:
    "telat 3 bulan, apa akibatnya?"), or (with no contribution word)
    why / when / whether, or (with nothing to compute named) yes or no. A payslip
    doubt with its deduction ("gaji 5jt dipotong 200rb kok banyak?") is a check to compute."""
    # "gaji 6jt, bpjs tk 250rb, kebanyakan ga?": a line named by its programme is a deduction
    deducted = cues.has("roles", "deduction", low) or named_line(low, found, cues)
    checked = sum(a.kind == "money" for a in found) >= 2 and ("payslip" in kinds or (
        deducted and ("payslip_doubt" in kinds or rule(cues, "rate_ask").search(low))))
    if not checked and asks_rate_or_rule(low, cues):
        return True
    if cues.asks_figure(low) or checked:
        return False
    # A question needs no "?" in chat ("jht sy cuma 9 jt kok bisa", "umur 55 masih bisa
    # daftar jkp ga"): the question words below decide, the mark alone never did
    asked = "?" in low
    if rule(cues, "where").search(low):  # where, which papers ("syarat", "lewat mana")
        return True
    if rule(cues, "outcome").search(low) and not kinds & BENEFIT_KINDS:
        # "iuran 2jt telat 3 bulan, apa akibatnya?": what follows is the rule (the FAQ); with an
        # event that pays a benefit ("di phk gaji 6jt, what happens?") the benefit is computed
        return True
    if "contribution" in kinds:
        # "gaji 4,5jt, kenapa potongan jp cuma 1%?": why a stated rate, which no figure answers
        why = rule(cues, "why_when").search(low)
        opens = why is not None and why.start() == 0  # "kenapa jp sy cuma 1% ...": a question
        return (asked or opens) and why is not None \
            and any(a.kind == "percent" for a in found) \
            and sum(a.kind == "money" for a in found) <= 1
    # with a contribution word the computed figure answers a why ("kenapa potongan bpjs tk gaji
    # 5jt 150rb?"); the whether-words alone only with nothing to compute named: not the English
    # "is" / "do" of any sentence ("my salary is 5 million, bpjs tk?")
    return bool(rule(cues, "why_when").search(low)) \
        or (asked and bool(rule(cues, "which").search(low))) or (
        not kinds and bool(rule(cues, "whether").search(low)))


def asks_rate_or_rule(low: str, cues: Cues) -> bool:
    """A rate ("gaji 4.500.000 dipotong brp persen") or a rule ("boleh ga", "siapa yg bayar")
    asked with no amount asked beside it: the figures in the message are its context. The
    rate words are masked before looking for an amount asked ("brp persen" holds "brp");
    "potongannya brp, brp persen?" still asks the amount (the computed answer shows the rates)."""
    rate = rule(cues, "rate_ask")
    if rate.search(low):
        return not cues.asks_figure(rate.sub(" ", low))
    return bool(rule(cues, "rule_ask").search(low)) and not cues.asks_figure(low)


def only_counts(low: str, found: list[Amount], cues: Cues) -> bool:
    """A headline that counts people, not rupiah ("Dari 2 Juta Pengemudi Ojol, Baru 250 Ribu
    yang Terdaftar"): a scaled number right before a word for people, every other amount
    written without Rp and with no role word before it, and no figure asked. "5 karyawan gaji
    4jt" is still computed (a wage is named), so is "1 juta pekerja, iurannya berapa"."""
    if cues.asks_figure(low):
        return False
    money = [a for a in found if a.kind == "money"]
    heads = [a for a in money if _counted(a) and rule(cues, "headcount_after").match(low, a.end)]
    if not heads:
        return False
    roles = [e for _s, e in cues.group_spans("roles", low)]
    return all(_counted(a) and a.value is not None and not any(e <= a.start for e in roles)
               for a in money)


def only_totals(low: str, found: list[Amount], cues: Cues) -> bool:
    """A headline about sums ("1.000 Perusahaan Tunggak Iuran, Total Capai Rp43 Miliar"): a
    rupiah amount above any month's pay, none that could be one, no pay or balance named and
    nothing asked. "gaji 2 milyar potong berapa" is still asked back as a typo."""
    # "total capai Rp43 miliar" states a sum: a total word alone asks for nothing here
    asked = re.sub(rf"\b{alt(cues, 'total_words')}\w*", " ", low)
    if "?" in low or cues.asks_figure(asked) or any(
            cues.has("roles", r, low) for r in ("wage", "income", "balance")) \
            or "contract_value" in cues.found("kinds", low):
        return False
    money = [a.value for a in found if a.kind == "money" and a.value is not None]
    return any(v > MAX_MONTHLY for v in money) \
        and not any(MIN_MONTHLY <= v <= MAX_MONTHLY for v in money)


def _counted(a: Amount) -> bool:
    """A number that may count people: scaled ("2 juta") or grouped in thousands ("200,000",
    "150.000"), never written with Rp."""
    return (a.explicit or bool(_GROUPED_RE.fullmatch(a.text))) and not a.text.startswith("rp")


PAY_PARTS = ("wage", "income", "allowance", "variable_allowance")


def asks_which_part(low: str, roles: list[str], cues: Cues) -> bool:
    """Which of several pay amounts or parts a contribution is counted from: two incomes
    ("kadang 2 jt kadang 5 jt, ngikut yg mana") or a wage beside an allowance named with or
    without its amount ("gaji pokok 3jt + tunjangan makan, dihitung dari yg mana?"): the rule
    on the wage base (the FAQ), not a figure from one of them."""
    if not rule(cues, "which_amount").search(low):
        return False
    parts = sum(r in PAY_PARTS for r in roles)
    named = any(cues.has("roles", r, low) for r in ("allowance", "variable_allowance"))
    return parts >= 2 or (parts >= 1 and named)


def other_topic(low: str, cues: Cues) -> bool:
    """Another topic's word (`not_calculation.other`: THR, BSU, Tapera ...), unless each one is
    an extra pay named with its amount beside a wage ("gaji 4jt, dapat thr 4jt, potongan
    bpjs brp": the THR is left out of the wage, the contribution is computed)."""
    spans = cues.spans("not_calculation", "other", low)
    if not spans:
        return False
    return not cues.has("roles", "wage", low) or not all(
        cues.has("roles", "variable_allowance", low[s:e]) and _amount_next(cues).match(low, e)
        for s, e in spans)


def _amount_next(cues: Cues) -> re.Pattern[str]:
    """The amount right after an extra pay's name, maybe behind filler words."""
    return cues.pattern("amount_next", lambda c: _AMOUNT_NEXT.format(
        fillers=alt(c, "extra_pay_fillers")))
