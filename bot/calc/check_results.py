"""Late fine, payslip check and other schemes: answers around the contribution itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.calc.outcome import CLASS_BUTTONS, Outcome
from bot.core.engine import Ctx
from bot.rules.checks import PayslipCheck, late_fine, late_fine_on, payslip_check
from bot.rules.contributions import add_months
from bot.understand.payslip_lines import EMPLOYMENT as EMPLOYMENT_LINES
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
    named = [k for k, _v in req.slip_lines if k in EMPLOYMENT_LINES]
    program = (named[0] if len(named) == 1 else None) if req.slip_lines \
        else req.programs[0] if len(req.programs) == 1 else None
    r = payslip_check(ctx.content.faq.rates, on, req.wage, Decimal(req.deduction),
                      Decimal(others.get("bpjs_kesehatan_rate", "1")),
                      Decimal(others.get("bpjs_kesehatan_wage_cap", "12000000")), program)
    return Outcome("calc_payslip.html.j2", "calc_rates.html.j2", r.wage_result.rates_used,
                   {"r": r, "req": req, "figure": r.expected, "lines": slip_checks(r, req),
                    "health_basis": others.get("basis", "")})


def slip_checks(r: PayslipCheck, req: CalcRequest) -> list[dict]:
    """Each payslip line typed against what its programme takes from the wage: JHT 2%, JP 1%,
    "bpjs tk" both, BPJS Kesehatan 1% (capped); JKK and JKM are the employer's alone (nothing
    from the wage); PPh 21 depends on the tax status, so it is not checked (None)."""
    w = r.wage_result
    expected = {"JHT": w.worker_jht, "JP": w.worker_jp, "TK": w.worker_total,
                "JKK": Decimal(0), "JKM": Decimal(0), "KES": r.health}
    return [{"line": k, "seen": Decimal(v), "expected": expected.get(k)}
            for k, v in req.slip_lines] if len(req.slip_lines) > 1 else []


def other_scheme(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    return Outcome("calc_other_scheme.html.j2", None, [], {"req": req, "figure": None})
