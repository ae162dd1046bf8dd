"""The one reader of calculation messages: `read(text, cues, on)` says what is asked
(contribution, benefit, projection, late fine, payslip check, another scheme, not a calculation),
for whom, every amount with its role, the programs named and the month meant; None when the
message is not about a calculation (the FAQ answers). Program names only narrow a contribution:
a benefit is computed only for death, an accident, disability, job loss, a pension or a partial
JHT claim. It never computes and never raises: impossible values become `problem`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from bot.core.replies import Text
from bot.understand import asks, minimum_wage
from bot.understand.amount_forms import prepare
from bot.understand.amounts import check_monthly
from bot.understand.arrears import bpu_arrears
from bot.understand.asks import asks_other, asks_which_part, only_counts, other_topic
from bot.understand.bare import bare_deduction, counted, keeps_count
from bot.understand.benefit_limits import flat_without_place, ruled_out
from bot.understand.birth import with_birth_ages
from bot.understand.counts import (
    days_per_month,
    heads_written_after,
    is_tenure,
    people_scaled,
    read_counts,
    without_ages,
    worked,
    years_to_age,
)
from bot.understand.cues import Cues
from bot.understand.dates import find_month
from bot.understand.hourly import hourly_to_daily
from bot.understand.jht_partial import partial_claim
from bot.understand.jkk_class import jkk_class_of
from bot.understand.message_amounts import message_amounts
from bot.understand.min_wage_list import mark_in_list
from bot.understand.months_named import listed_unpaid, months_named
from bot.understand.paid_check import paid_doubt
from bot.understand.pay_periods import monthly_each
from bot.understand.profit import gross_over_net, profit_only
from bot.understand.program_scope import named_programs, slip_programs, without_programs
from bot.understand.reading import rule
from bot.understand.request import CalcRequest
from bot.understand.retirement import to_retirement
from bot.understand.roles import assign
from bot.understand.since import contribution_month, membership
from bot.understand.slip_reading import read_slip
from bot.understand.who import decide_who, names_group

MAX_MONTHS_LATE = 120
MAX_PAID_AHEAD = 24  # contributions are paid ahead for months, never for years on end
# A yearly wage that makes less than this a month is most likely a monthly one ("gaji 3jt
# setahun"): asked back. Far below every 2026 UMP; a BPU income may be that small.
YEARLY_WAGE_MIN_MONTH = Decimal(1_000_000)
MAX_BALANCE = Decimal(100_000_000_000)  # Rp100 miliar: far above any JHT balance
LONG_DIGITS_RE = re.compile(r"(?<![\d.,])[1-9]\d{9,}(?![\d.,])")
# "jkk 0,54%", "(jkk 0.24%)": the employer's JKK rate, which names its risk group
JKK_RATE_RE = re.compile(r"\bjkk\s*:?\s*(?P<rate>[0-4][.,]\d{1,3})\s*%")
# "gaji 13" is the thirteenth salary, not Rp13 ("gaji 13 juta", "gaji 13,5jt" are wages)
GAJI13_RE = re.compile(r"\bgaji\s*(?:ke\s*-?\s*)?13(?![\d.,])"
                       r"(?!\s*(?:jt|juta|jeti|rb|ribu|k|m|mio|million|an)\b)")


# From this many words a message is a story: it is a calculation only when it asks for a
# figure (faq/calc-cues.yaml `asking`). Every calculation in faq/tests/calc is shorter.
STORY_WORDS = 20


def _context(low: str, cues: Cues) -> bool:
    return any(cues.found(group, low) for group in
               ("kinds", "programs", "roles", "sectors", "not_calculation")) \
        or names_group(low, cues) or cues.scheme(low) is not None


def read(text: str, cues: Cues, on: date, lang: str = "id") -> CalcRequest | None:
    """The calculation a message asks for, or None when it is not one; `lang` is the
    message's language ("8m" is 8 million in English, 8 miliar in Indonesian)."""
    if cues.spell is not None and lang != "en":
        text = cues.spell(text)
    # "karyawan ada 3": 3 people; "per jam 30rb, 8 jam sehari": Rp240.000 a day
    low = hourly_to_daily(heads_written_after(prepare(text, lang), cues), cues)
    low = listed_unpaid(with_birth_ages(low, on, cues), cues)  # "lahir 1991": umur 35
    if not _context(low, cues):
        return None
    if len(low.split()) >= STORY_WORDS and not cues.asks_figure(low):
        # A story that mentions amounts but asks for no figure ("upah saya Rp1,8 juta tapi di
        # data BPJS Rp2,6 juta, saya mau mengadukan ini"): a question for the FAQ.
        return None
    if cues.has("not_calculation", "procedure", low) and not cues.asks_figure(low):
        return None  # "gaji 4 juta dilaporkan 2 juta, bagaimana cara melaporkan": the FAQ
    kinds = set(cues.found("kinds", without_programs(low, cues)))
    if not kinds and "?" in low and not cues.asks_figure(low) \
            and not any(cues.has("roles", r, low) for r in ("wage", "income", "allowance")):
        # "jkm 42 juta itu sudah termasuk beasiswa?": asks about a figure it states
        return None
    if cues.has("not_calculation", "scam", low):
        return CalcRequest(kind="not_calc", reason="scam")
    if GAJI13_RE.search(low):
        return CalcRequest(kind="not_calc", reason="other")  # like "gaji ke-13": the FAQ
    if rule(cues, "health").search(low) and not rule(cues, "employment").search(low) \
            and not cues.found("programs", low):
        return CalcRequest(kind="not_calc", reason="other")  # BPJS Kesehatan: redirected
    if other_topic(low, cues):
        return CalcRequest(kind="not_calc", reason="other")  # Tapera, BSU, THR: the FAQ redirects
    month, date_spans = find_month(low, on, cues)
    month = contribution_month(month, date_spans, low, on, kinds, cues)  # "sejak maret 2019"
    jkk_class, clinic, class_span = jkk_class_of(low, cues)
    skip = date_spans + ([class_span] if class_span else [])
    skip += cues.spans("not_calculation", "tax", low)  # "pph 21 karyawan": no 21 people
    rate = JKK_RATE_RE.search(low)
    if rate and jkk_class is None:
        skip.append(rate.span())
    # "umur 29 anak 2": no 29 people
    found = without_ages(low, message_amounts(low, skip, cues), cues)
    if only_counts(low, found, cues) or asks.only_totals(low, found, cues):
        return None  # "1,7 juta driver ojol tak punya asuransi": people counted, the FAQ
    found = people_scaled(low, found, cues)  # "2 ribu karyawan gaji 5jt": 2.000 people
    if (claim := partial_claim(low, found, cues)) is not None:
        return claim  # "saldo jht 80jt, klaim 10%": that share of the balance
    if asks_other(low, kinds, found, cues) and not cues.has("not_calculation", "tax", low):
        # "gaji 6jt, kenapa jp dipotong?": the FAQ (a tax question is told as one, below)
        return None
    scheme = cues.scheme(low)
    req = CalcRequest(jkk_class=jkk_class, clinic=clinic,
                      month=month.isoformat() if month else None,
                      programs=named_programs(low, cues, found),
                      jkk_rate=rate.group("rate").replace(",", ".")
                      if rate and jkk_class is None else None,
                      old_rule=cues.has("kinds", "old_rule", low))
    if scheme is not None and found:
        req.kind, req.scheme, req.scheme_who = "other_scheme", scheme.name, scheme.who
        return req
    if not kinds - {"payslip_doubt"} and not req.programs and cues.minimum_wage is not None \
            and any(a.kind == "money" for a in found) and cues.minimum_wage.compares(low):
        return None  # "gaji 3jt sudah sesuai UMK belum": the minimum wage itself, the FAQ
    default = "income" if cues.has("roles", "income", low) else "wage"
    roles = assign(low, found, cues, default)
    read_slip(req, low, roles, cues, kinds)  # "jht 100rb, jp 50rb, total 150rb, bener?"
    profit_only(low, roles, cues)  # "omset 6jt, untung 3jt": the profit; gross over net pay
    gross_over_net(low, roles, cues)  # "bersih 4jt kotor 4,6jt potongan": the gross one
    count = read_counts(req, found, low, cues)
    money = [a for a, _ in roles.money]
    if asks_which_part(low, [r for _a, r in roles.money], cues):
        return None  # "kadang 2 jt kadang 5 jt, iuran ngikut yg mana": which counts, the FAQ
    if money and "contract_value" in kinds:  # "nilai kontrak 200 juta": construction bands
        req.kind, req.who = "contribution", "jakon"
        req.contract_value = str(max(a.value for a in money if a.value is not None))
        return req
    long_run = LONG_DIGITS_RE.search(low)
    if long_run and rule(cues, "counter_after").match(low, long_run.end()):
        req.problem = Text.of("count_too_big", digits=long_run.group(0)[:12])
        return req
    if not money:
        if long_run and rule(cues, "wage_word").search(low[:long_run.start()]):
            req.problem = Text.of("wage_too_long", digits=long_run.group(0)[:12])
            return req
        if req.problem:
            return req
        if not minimum_wage.mark(req, low, cues.minimum_wage, bool(  # "iuran gaji umr
                kinds or req.programs or roles.heads), roles, cues.asks_figure(low)):
            if bare_deduction(low, kinds, cues, req):
                return req
            # "denda telat 3 bulan berapa?": the contribution is asked, the months kept
            if counted(low, cues, count, roles.heads) and _decide(req, low, kinds, cues) \
                    and keeps_count(req, roles.heads, low, cues):
                if req.kind == "contribution":
                    decide_who(req, low, cues)
                return req
            return None
    if roles.of("allowance") and not any(roles.of(r) for r in ("wage", "income", "deduction")) \
            and rule(cues, "closing_yes_no").search(low) and not rule(cues, "bare_ask").search(low):
        return None  # "tunjangan tetap 1jt ikut dihitung ga": whether it counts, the FAQ
    mark_in_list(req, low, cues.minimum_wage, roles)  # "10 org umr jakarta, 5 org 8jt"
    _fill_amounts(req, roles, cues, days_per_month(low, found, cues))
    span = rule(cues, "range").search(low)
    if span and (not req.problem or req.problem.key in ("monthly_millions", "amount_decimal")) \
            and (rule(cues, "range_hint").search(span.group(0) + " " + low[:span.start()])
                 or rule(cues, "alternative").search(span.group(0))):
        req.problem = Text.of("wage_range", low=span.group("lo"), high=span.group("hi"),
                              scale=span.group("scale"))
    if cues.has("not_calculation", "tax", low) and not req.deduction:
        return CalcRequest(kind="not_calc", reason="tax")
    kinds = to_retirement(req, low, kinds, cues)  # "umur 30 ... jp sampai usia 60 / pensiun"
    membership(req, low, on, kinds, cues)  # "jp sy dr 2008 sampai 2026": 18 years
    if req.months is None and (cues.has("roles", "balance", low) or (
            "JHT" in req.programs and "contribution" not in kinds)):  # "jht umur 56 brp"
        years = years_to_age(low, cues)  # "gaji 5jt umur 25, saldo jht umur 56 brp": 31 years
        req.months = years * 12 if years else None
    if not _decide(req, low, kinds, cues, count is not None and worked(low, count, kinds, cues)):
        return None
    if req.kind == "fine" and roles.paid:
        # "telat 2 bulan, iuran 2 juta sebulan": the fine is on that contribution itself
        req.contribution = str(roles.paid[0])
        req.wages = [(w, n) for w, n in req.wages if Decimal(w) != roles.paid[0]]
        if req.problem and not req.wages:
            req.problem = None
    if req.kind == "fine" and not req.months_late and req.month and req.who != "bpu" \
            and (req.contribution or req.wages) and not req.problem \
            and not rule(cues, "arrears").search(low):
        # months late from a date need a part-month rule the facts sheet lacks: a fine a month
        req.months_late, req.late_each = 1, True
    bpu_arrears(req, low, cues)  # "bpu nunggak 3 bulan, penghasilan 2jt": months owed, no fine
    months_named(req, low, cues, on)  # "stmb bulan ke-14", "potongan bpjs tk setahun"
    flat_without_place(req)  # "jkm nya brp, gaji umr": JKM needs no province asked
    if ruled_out(req, low, cues):
        return None  # "habis kontrak ga diperpanjang, jkp brp": no JKP, the FAQ says why
    if req.benefit == "disability" and not _disability_share(req, kinds):
        # "cacat sebagian" with no percentage: the FAQ explains the table (never the total)
        return CalcRequest(kind="not_calc", reason="other")
    if req.kind == "projection" and not req.months:
        years = years_to_age(low, cues)  # "umur 40 ... pas 56": sixteen years
        req.months = years * 12 if years else None
    if req.kind == "contribution":
        decide_who(req, low, cues)
        if count is not None and is_tenure(low, count, cues) and not req.arrears:
            req.period_months = None  # "saya ojol 2 tahun": how long, not months to pay
        paid_doubt(req, roles, kinds)  # "bpu ... iuran sy 20.400 tiap bulan, udh bener?"
    if not req.wages and not req.problem and not req.contribution and not req.min_wage \
            and not (req.kind == "projection" and req.balance):
        return None
    return req


def _fill_amounts(req: CalcRequest, roles, cues: Cues, days: int | None) -> None:
    """Wage = gaji pokok + tunjangan tetap; a deduction stays a deduction; a balance a balance;
    a daily wage times the days worked a month when they are typed (`days`)."""
    for amount, _role in roles.money:
        if amount.problem:
            req.problem = amount.problem
    balances, deductions = roles.of("balance"), roles.of("deduction")
    allowances, variable = roles.of("allowance"), roles.of("variable_allowance")
    if balances and not 0 <= balances[0] <= MAX_BALANCE:
        req.problem = Text.of("balance_impossible")
    elif balances:
        req.balance = str(balances[0])
    if deductions:
        req.deduction = str(deductions[0] + sum(roles.deduction_parts, Decimal(0)))
    wages = roles.wages
    req.split_total = str(roles.split_total) if roles.split_total is not None else None
    req.set_aside = str(roles.set_aside) if roles.set_aside is not None else None
    if roles.problem:
        req.problem, req.staff_ask = roles.problem, roles.staff_ask
    wage_named = bool(wages)
    if allowances and not wages:
        wages = [(sum(allowances, Decimal(0)), 1)]
    req.excluded = [str(v) for v in variable]
    if roles.period and len(wages) == 1:
        period = cues.periods[roles.period]
        if days and roles.period == "day":  # "150rb sehari, kerja 22 hari": as typed
            period = replace(period, per_month=Decimal(days))
            req.days_typed = True
        if period.months != 1 and roles.of("wage") \
                and period.monthly(wages[0][0]) < YEARLY_WAGE_MIN_MONTH:
            # "gaji 3jt setahun": Rp250.000 a month is no wage; which one is meant is asked
            req.problem = Text.of("yearly_small", value=wages[0][0],
                                  monthly=period.monthly(wages[0][0]))
        req.income_period, req.per_month = roles.period, str(period.per_month)
        req.income_months = str(period.months) if period.months != 1 else None
        req.income_each = str(wages[0][0])
        wages = [(period.monthly(wages[0][0]), wages[0][1])]
    elif len(wages) > 1 and len(roles.wage_periods) == len(wages) and any(roles.wage_periods):
        wages = monthly_each(wages, roles.wage_periods, cues, days)
    if allowances and wage_named and len(wages) == 1 and wages[0][1] == 1:
        # a month's allowance beside a daily wage is added after the wage is made monthly
        req.allowance = str(sum(allowances, Decimal(0)))
        wages = [(wages[0][0] + sum(allowances, Decimal(0)), 1)]
    for amount, role in roles.money:  # "gaji 5": asked back as "5 juta?", never scaled
        if role in ("wage", "income") and amount.value is not None and not amount.explicit \
                and not req.problem:
            req.problem = check_monthly(amount.value, "gaji", amount.explicit)
    for value, _n in wages:
        problem = check_monthly(value, "gaji" if not req.income_period else "penghasilan",
                                True)
        if problem and not req.problem:
            req.problem = problem
    req.wages = [(str(v), n) for v, n in wages]


def _decide(req: CalcRequest, low: str, kinds: set[str], cues: Cues, tenure: bool = False
            ) -> bool:
    """Set kind and benefit; False when the message is a question for the FAQ instead;
    `tenure`: the years counted are how long the person has worked ("kerja 3 tahun")."""
    programs = set(req.programs)
    contribution = "contribution" in kinds
    verbs = "benefit_verbs" in kinds
    if req.deduction and (req.wages or req.min_wage) and kinds & {"payslip", "payslip_doubt"}:
        req.kind, req.programs = "payslip", slip_programs(low, cues, req.programs)
        return True
    if "fine" in kinds:
        req.kind = "fine"
        req.months_late, req.months = req.months, None
        decide_who(req, low, cues)
        return True
    benefit = None
    # "saldo jht 12jt, pensiun 20 thn lagi jd brp", "jht pas pensiun brp": the JHT balance at
    # retirement, not JP
    jht_grows = bool(kinds & {"projection", "pension"}) and "JP" not in programs \
        and ("JHT" in programs or req.balance is not None)
    kinds = kinds | ({"projection"} if jht_grows else set())
    if contribution and req.months and req.months > MAX_PAID_AHEAD and not tenure \
            and (len(programs & {"JP", "JHT"}) == 1 or (not programs and "pension" in kinds)) \
            and not cues.has("who", "bpu", low) and not cues.found("sectors", low):
        # "jp gaji 10jt iuran 15 tahun", "iuran 20 thn pensiun brp": membership, not paid ahead
        contribution = False
        kinds = kinds | ({"pension"} if "JP" in programs else {"projection"})
    if "not_work" in kinds:  # "kecelakaan motor, bukan kerja": no work accident (JKK)
        kinds = kinds - {"accident"}
    if "death" in kinds:
        # "jkk meninggal gaji 6jt": the work-accident program named for a death is JKK's
        work = "accident" in kinds or ("JKK" in programs and "JKM" not in programs)
        benefit = "accident_death" if work else "death"
    elif "disability" in kinds or "partial_disability" in kinds:
        benefit = "disability"
    elif "accident" in kinds:
        benefit = "accident"
    elif "job_loss" in kinds or ("JKP" in programs and not contribution and (
            verbs or programs == {"JKP"})):  # "jkp gaji 5jt brp": no contribution of its own
        benefit = "job_loss"
    elif not contribution and (("pension" in kinds and not jht_grows) or ("JP" in programs and (
            verbs or ("projection" in kinds and "JHT" not in programs)  # "jp nanti berapa"
            or (req.months and "JHT" not in programs)))):  # "jp 16 thn gaji 2jt": membership
        benefit = "pension"
    if benefit:
        req.kind, req.benefit = "benefit", benefit
        return True
    jht = "JHT" in programs or req.balance is not None
    # "kerja 3 tahun, kalau keluar jht bisa diambil semua?": whether, not how much (the FAQ)
    whether = verbs and not cues.asks_figure(low)
    if jht and not contribution and ("projection" in kinds or (req.months and not whether)):
        req.kind = "projection"
        return True
    if jht and verbs and not contribution:
        return False  # "jht saya cair berapa? gaji 10 jt": a balance question for JMO/the FAQ
    req.kind = "contribution"
    req.period_months, req.months = req.months, None  # "untuk 6 bulan": six months' worth
    return True


def _disability_share(req: CalcRequest, kinds: set[str]) -> bool:
    """"cacat 25%": partial disability at the table's percentage as stated (not a return);
    False for a partial disability named without one."""
    pct = Decimal(req.annual_return) if req.annual_return else None
    if pct is not None and 0 < pct < 100:
        req.disability_pct, req.annual_return = str(pct), None
        return True
    return "partial_disability" not in kinds
