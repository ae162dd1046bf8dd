"""Late fine, payslip check and other schemes: answers around the contribution itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.calc.outcome import CLASS_BUTTONS, Outcome
from bot.core.engine import Ctx
from bot.rules.checks import late_fine, late_fine_on, payslip_check
from bot.rules.contributions import add_months
from bot.understand.request import CalcRequest


def fine(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    rates = ctx.content.faq.rates
    if req.who == "bpu":
        used = [rates.get("bpu_grace_months", on)]
        return Outcome("calc_fine.html.j2", "calc_rates.html.j2", used,
                       {"bpu": True, "req": req, "figure": None})
    assert req.months_late
    due = _due(ctx, req)
    if req.contribution:
        r = late_fine_on(rates, on, Decimal(req.contribution), req.months_late)
        return Outcome("calc_fine.html.j2", "calc_rates.html.j2", r.rates_used,
                       {"bpu": False, "r": r, "req": req, "figure": r.fine, "due": due})
    r = late_fine(rates, on, req.wage_list(), req.jkk_class, req.months_late)
    missing = req.jkk_class is None
    return Outcome("calc_fine.html.j2", "calc_rates.html.j2", r.rates_used,
                   {"bpu": False, "r": r, "req": req, "figure": r.fine, "due": due},
                   waiting="class" if missing else None,
                   buttons=CLASS_BUTTONS if missing else [])


def _due(ctx: Ctx, req: CalcRequest) -> tuple[date, date] | None:
    """(the contribution month named, its due date) beside a fine for each month late: "iuran
    november" is due 15 Desember, so the user can count the months from there."""
    month = req.month_date()
    if not req.late_each or month is None:
        return None
    day = ctx.content.faq.rates.find("pu_due_day", month)
    return (month, add_months(month, 1).replace(day=int(day.amount))) if day else None


def payslip(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.wage is not None and req.deduction is not None
    others = ctx.content.cues.payslip_others
    r = payslip_check(ctx.content.faq.rates, on, req.wage, Decimal(req.deduction),
                      Decimal(others.get("bpjs_kesehatan_rate", "1")),
                      Decimal(others.get("bpjs_kesehatan_wage_cap", "12000000")),
                      req.programs[0] if len(req.programs) == 1 else None)
    return Outcome("calc_payslip.html.j2", "calc_rates.html.j2", r.wage_result.rates_used,
                   {"r": r, "req": req, "figure": r.expected,
                    "health_basis": others.get("basis", "")})


def other_scheme(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    return Outcome("calc_other_scheme.html.j2", None, [], {"req": req, "figure": None})
