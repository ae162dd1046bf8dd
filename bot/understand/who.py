"""Who a contribution is for: wage earner (PU) or informal worker (BPU), the sector, and
which share is asked (the worker's deduction, the employer's part, or both)."""

from __future__ import annotations

from bot.understand.cues import Cues, blanked
from bot.understand.profit import wage_earners_net
from bot.understand.program_scope import without_included
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest

# The words of the JHT choice and of the share asked (jht_choice, whole_share, both_shares,
# owner) are data: faq/calc-cues.yaml `reading` (bot/understand/reading.py).
# The calc-cues.yaml `who` groups that say whose contribution it is (a plain "worker" does not)
NAMED_GROUPS = ("bpu", "employer", "staff", "clinic", "domestic")


def names_group(low: str, cues: Cues) -> bool:
    """Whether the message names one of those groups ("ojol", "karyawan saya", "ART")."""
    return any(cues.has("who", group, low) for group in NAMED_GROUPS)


def _workplace_masked(low: str, cues: Cues) -> str:
    """The text without an employer word that only says where a worker works ("sy karyawan
    kantor", "pegawai klinik"): it names the workplace, not who asks."""
    staff_ends = {e for _s, e in cues.spans("who", "staff", low)}
    return blanked(low, [(s, e) for s, e in cues.spans("who", "employer", low)
                         if any(end <= s and not low[end:s].strip() for end in staff_ends)])


def _employer_share(cues: Cues) -> str:
    """"iuran perusahaan", "bagian kantor", "iuran bpjs tk perusahaan": the employer's share
    named (calc-cues `reading` share_nouns, then both_employer)."""
    return rf"\b{alt(cues, 'share_nouns')}(?:nya)?\s+{alt(cues, 'both_employer')}\b"


def decide_who(req: CalcRequest, low: str, cues: Cues) -> None:
    """Wage earner, employer or informal worker (BPU), and the sector; None: ask."""
    sectors = cues.found("sectors", low)
    said = req.min_wage["said"] if req.min_wage else None  # "ojol penghasilan UMR": no wage
    staff = cues.has("who", "staff", low)
    # "usaha saya warung, penghasilan 3jt": an owner's own income (an employer is BPU himself)
    # ("pendapatan 7jt, yg dipotong perusahaan": a deduction from pay is a wage earner's)
    own_income = cues.has("roles", "income", low) and not staff \
        and not cues.has("roles", "deduction", low)
    # "penghasilan kotor 5jt bersih 4,7jt, potongan bpjs tk": net pay after a deduction is a
    # wage earner's pay slip, unless a trade is named ("ojol, kotor 6jt bersih 4jt")
    salaried = cues.has("roles", "wage", low.replace(said, " ") if said else low) \
        or staff or (cues.has("who", "employer", low) and not own_income) \
        or wage_earners_net(low, cues)
    # A sector word alone means BPU; "sopir gaji 4jt" or "toko saya 2 karyawan" is salaried.
    # A domestic worker ("ART saya gaji 2jt", "sopir pribadi") is registered by the household
    # as BPU (faq entry iuran-bpu-pekerja-rumah-tangga; unconfirmed, which the result says).
    req.domestic = not req.clinic and cues.has("who", "domestic", low)
    if not req.clinic and (req.domestic or cues.has("who", "bpu", low)
                           or (sectors and not salaried)):
        req.who = "bpu"
        if req.domestic:  # "sopir pribadi": a household's driver, not the transport sector
            req.transport = False
        elif "transport" in sectors:
            req.transport = True
        elif "other" in sectors:
            req.transport = False
        choice = rule(cues, "jht_choice").search(low)
        counted = cues.pattern("bpu_programs", _programs_counted).search(low)
        if choice:
            req.with_jht = choice.group("no") is None
        elif "JHT" in req.programs:
            req.with_jht = True
        elif counted:  # "ikut 3 program", "all three programmes": JKK + JKM + JHT
            req.with_jht = counted.group("all") is not None
    elif salaried or req.clinic or req.jkk_class:
        req.who = "pu"
        req.programs = without_included(low, cues, req.programs)  # "total termasuk jkk"
    elif cues.has("roles", "income", low):
        req.who = None
    deduction_words = cues.has("roles", "deduction", low)
    whole = bool(rule(cues, "whole_share").search(low))
    both = bool(rule(cues, "both_shares").search(low))
    if whole and not both and rule(cues, "employer_total").search(low):
        # "total iuran perusahaan": the employer's part, summed over the staff
        whole = False
    if whole and deduction_words and not both:
        # "potongan jht + jp totalnya", "gaji 4jt 3 org, 7jt 1 org, total potongan": what is
        # deducted from the pay, summed (for several people the employer's part is on a line
        # below); "perusahaan + karyawan" asks both
        req.focus = "worker"
    elif whole or both:
        # "iuran total", "perusahaan + karyawan": the sum first
        req.focus = "both" if deduction_words else "total"
    elif staff and rule(cues, "payer").search(low) and not deduction_words:
        req.focus = "employer"  # "2 karyawan gaji 2,5jt, iuran yg sy bayar": the owner's part
    elif rule(cues, "owner").search(low) and not deduction_words:
        # "karyawan saya ... iuran": the employer asks for everything, unless the employer's
        # share is what is named ("karyawan sy gajinya 4jt, iuran perusahaan brp")
        req.focus = "employer" if cues.pattern("employer_share", _employer_share).search(low) \
            else "both"
    elif cues.has("who", "employer", _workplace_masked(low, cues)) and not deduction_words:
        req.focus = "employer"
    elif req.who == "pu" and (req.headcount > 1 or req.staff_ask) and not deduction_words:
        # "toko kelontong saya ada 2 karyawan gaji 2,6 jt, iuran berapa": several people's
        # contributions are asked by whoever pays them, so the whole (a "saya" is the owner)
        req.focus = "both"
    elif deduction_words or cues.has("who", "worker", low):
        req.focus = "worker"


def who_answer(low: str, cues: Cues) -> str | None:
    """The answer to "karyawan atau pekerja mandiri?" read as `decide_who` reads a message
    ("buruh pabrik": pu, "driver grab", "dagang": bpu); None when it says neither. What a
    denial names is left out ("bukan bpu min, yg karyawan": pu)."""
    probe = CalcRequest(who=None)
    decide_who(probe, blanked(low, [m.span() for m in rule(cues, "denied_part").finditer(low)]),
               cues)
    return probe.who


def _programs_counted(c: Cues) -> str:
    """"ikut 3 program" / "all three programmes" (JHT too) or "2 program" (JKK + JKM): the BPU
    programmes counted (calc-cues `reading.all_programs_words`, `two_programs_words`)."""
    return (rf"\b(?:(?P<all>{alt(c, 'all_programs_words')})|{alt(c, 'two_programs_words')})\b")
