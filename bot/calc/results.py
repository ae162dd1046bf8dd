"""Contribution results: one wage earner, a whole staff, an informal worker (BPU).

Each builder computes with the rates for the contribution month and returns an `Outcome`:
the figure the user asked for first in a short reply, the full table behind "Rincian".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from bot.calc.outcome import CLASS_BUTTONS, Outcome
from bot.core.engine import Ctx
from bot.core.replies import Button
from bot.rules import contributions as calc
from bot.rules.bpu_arrears import arrears_months
from bot.rules.construction import construction_contribution
from bot.understand.request import CalcRequest

PROGRAM_ORDER = ("JKK", "JKM", "JHT", "JP", "JKP")
JKP_KEYS = ("jkp_rate_total", "jkp_government_rate", "jkp_from_jkk_rate")


def _parts(r: calc.WageResult, programs: list[str]) -> list[dict]:
    """Worker and employer share of each named program (employer None: JKK class unknown)."""
    shares = {"JKK": (Decimal(0), r.jkk), "JKM": (Decimal(0), r.jkm),
              "JHT": (r.worker_jht, r.employer_jht), "JP": (r.worker_jp, r.employer_jp),
              "JKP": (Decimal(0), Decimal(0))}
    return [{"name": p, "worker": shares[p][0], "employer": shares[p][1]}
            for p in PROGRAM_ORDER if p in programs]


def _narrowed(req: CalcRequest) -> list[str]:
    """Programs named that narrow the table; all four named is the whole table."""
    named = [p for p in req.programs if p in PROGRAM_ORDER]
    return [] if set(named) >= {"JKK", "JKM", "JHT", "JP"} else named


def _due(ctx: Ctx, on: date) -> date:
    """A wage earner's contribution for month M is paid by the due day of month M+1."""
    day = int(ctx.content.faq.rates.get("pu_due_day", on).amount)
    return calc.add_months(on, 1).replace(day=day)


def wage(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    rates = ctx.content.faq.rates
    assert req.wage is not None
    if req.arrears and req.focus == "both":  # "gaji 5jt blm bayar 3 bulan": the whole owed
        req = replace(req, focus="total")
    r = calc.wage_contribution(rates, on, req.wage, req.jkk_class)
    parts = _parts(r, _narrowed(req))
    jkk_missing = r.jkk is None and (any(p["name"] == "JKK" for p in parts)
                                     or (not parts and req.focus != "worker"))
    shares = None
    if parts:
        worker = sum((p["worker"] for p in parts), Decimal(0))
        known = worker + sum((p["employer"] or 0 for p in parts), Decimal(0))
        employer = sum((p["employer"] or 0 for p in parts), Decimal(0))
        # "jht bagian perusahaan": the employer's share of the named programs, not their total
        figure = {"worker": worker, "employer": employer}.get(req.focus, known)
        # "iuran jht jp karyawan": the worker's part or the whole? Both on the first line
        shares = (worker, employer) if figure == known and worker and employer else None
    elif req.focus == "worker":
        figure = r.worker_total
    elif req.focus == "employer":
        figure = r.employer_total if r.employer_total is not None else r.employer_known
    elif r.total is not None:
        figure = r.total
    else:  # "total" asked with no JKK group: the known total, said to be without JKK
        figure = r.worker_total + r.employer_known if req.focus == "total" else r.worker_total
    extra = [rates.get(k, on) for k in JKP_KEYS]
    due_day = [rates.get("pu_due_day", on)]  # quoted with its basis under Rincian
    if req.arrears:  # months owed by a wage earner: the fine is said beside them
        due_day.append(rates.get("pu_late_fine_rate", on))
    return Outcome("calc_short_wage.html.j2", "calc_wage.html.j2", r.rates_used + extra + due_day,
                   {"r": r, "req": req, "parts": parts, "figure": figure,
                    "jkk_missing": jkk_missing, "need_class": jkk_missing, "due": _due(ctx, on),
                    "shares": shares,
                    "jkp": {v.key: v for v in extra}},
                   waiting="class" if jkk_missing else None,
                   buttons=CLASS_BUTTONS if jkk_missing else [])


def staff(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    r = calc.staff_contribution(ctx.content.faq.rates, on, req.wage_list(), req.jkk_class)
    figure = {"worker": r.worker_total, "employer": r.employer_total}.get(req.focus, r.total)
    # "5 perawat @4jt, iuran jkk sama jkm aja": the named programs' sums, as for one wage
    parts = [{"name": p, "worker": r.worker.get(p, Decimal(0)),
              "employer": Decimal(0) if p == "JKP" else r.employer.get(p)}
             for p in PROGRAM_ORDER if p in _narrowed(req)]
    jkk_missing = any(p["employer"] is None for p in parts)
    if parts:
        worker = sum((p["worker"] for p in parts), Decimal(0))
        employer = sum((p["employer"] or 0 for p in parts), Decimal(0))
        figure = {"worker": worker, "employer": employer}.get(req.focus, worker + employer)
    missing = r.jkk_class is None and (not parts or jkk_missing)
    used = [*r.rates_used, ctx.content.faq.rates.get("pu_due_day", on)]
    return Outcome("calc_short_staff.html.j2", "calc_staff.html.j2", used,
                   {"r": r, "req": req, "figure": figure, "due": _due(ctx, on),
                    "parts": parts, "jkk_missing": jkk_missing},
                   waiting="class" if missing else None,
                   buttons=CLASS_BUTTONS if missing else [])


def bpu(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    periods = tuple(sorted({*calc.BPU_PERIODS, *([req.period_months] if req.period_months
                                                  else [])}))
    assert req.wage is not None
    rates, start, extra = ctx.content.faq.rates, on, {}
    if req.arrears and req.period_months:
        # months owed: the past months, each at its own rates (no fine for BPU)
        start, last, used = arrears_months(rates, on, req.period_months, req.arrears_now)
        periods, extra = (req.period_months,), {"arrears": (start, last), "used": used}
    r = calc.bpu_contribution(rates, start, req.wage,
                              with_jht=bool(req.with_jht), transport=bool(req.transport),
                              periods=periods)
    buttons: list[list[Button]] = []
    if req.with_jht is None:
        buttons.append([Button("➕ Hitung dengan JHT", "calc:j:1")])
    elif req.with_jht:
        buttons.append([Button("➖ Tanpa JHT", "calc:j:0")])
    if req.transport is None and r.other_discount is not None:
        buttons.append([Button("🛵 Saya ojol/kurir/sopir", "calc:t:1")])
    figure = r.periods[req.period_months] if req.period_months else r.payable
    return Outcome("calc_short_bpu.html.j2", "calc_bpu.html.j2",
                   r.rates_used + extra.get("used", []),
                   {"r": r, "req": req, "figure": figure, "arrears": extra.get("arrears")},
                   buttons=buttons)


def jakon(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    """A construction project's JKK + JKM from its contract value (bands)."""
    rates = ctx.content.faq.rates
    assert req.contract_value is not None
    r = construction_contribution(rates, on, Decimal(req.contract_value))
    wage_rates = [rates.get("jakon_jkk_rate", on), rates.get("jakon_jkm_rate", on)]
    return Outcome("calc_short_jakon.html.j2", "calc_jakon.html.j2", r.rates_used + wage_rates,
                   {"r": r, "req": req, "figure": r.total})
