"""Benefit results: JKM, JKK (death, disability, wage while unable to work), JKP, JHT, JP."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.calc.outcome import Outcome
from bot.core.engine import Ctx
from bot.core.replies import Button
from bot.rules import benefits as ben
from bot.rules.checks import stmb as stmb_rule
from bot.rules.checks import stmb_month, stmb_over
from bot.rules.jht_partial import jht_partial as partial_rule
from bot.understand.request import CalcRequest

SHORT = "calc_short_benefit.html.j2"


def jkm(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    r = ben.jkm_benefit(ctx.content.faq.rates, on)
    return Outcome(SHORT, "calc_jkm.html.j2", r.rates_used,
                   {"r": r, "req": req, "wage": req.wage, "figure": r.total, "topic": "jkm"})


def jkk_death(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.wage is not None
    r = ben.jkk_death(ctx.content.faq.rates, on, req.wage)
    return Outcome(SHORT, "calc_jkk_death.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": r.total, "topic": "jkk_death"})


def disability(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.wage is not None
    percent = Decimal(req.disability_pct) if req.disability_pct else None
    r = ben.jkk_disability(ctx.content.faq.rates, on, req.wage, percent)
    return Outcome(SHORT, "calc_disability.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": r.amount, "topic": "disability"})


def stmb(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.wage is not None
    r = stmb_rule(ctx.content.faq.rates, on, req.wage)
    buttons = [[Button("🕊️ Bila meninggal", "calc:b:accident_death"),
                Button("🦽 Bila cacat total", "calc:b:disability")]]
    # "bulan ke-14": that month's rate; "15 bulan": the whole stretch, 100% then 50%
    month = stmb_month(r, req.month_no) if req.month_no else None
    over = stmb_over(r, Decimal(req.months)) if req.months and not month else None
    figure = month if month is not None else over if over is not None else r.first
    return Outcome(SHORT, "calc_rates.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": figure, "topic": "stmb", "month": month,
                    "over": over}, buttons=buttons)


def jkp(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    rates = ctx.content.faq.rates
    assert req.wage is not None
    r = ben.jkp_benefit(rates, on, req.wage)
    old = ben.jkp_old_rule(rates, req.wage) if req.old_rule else None
    used = r.rates_used + (old.rates_used if old else [])
    return Outcome(SHORT, "calc_jkp.html.j2", used,
                   {"r": r, "old": old, "req": req, "figure": r.monthly[0], "topic": "jkp"})


def jht(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.months
    kwargs = {}
    if req.annual_return is not None:
        kwargs["annual_return"] = Decimal(req.annual_return)
    if req.wage_growth is not None:
        kwargs["wage_growth"] = Decimal(req.wage_growth)
    r = ben.jht_projection(ctx.content.faq.rates, on, req.wage or Decimal(0),
                           max(1, req.months // 12), Decimal(req.balance or 0),
                           so_far=req.months == req.months_since, **kwargs)
    return Outcome(SHORT, "calc_jht.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": r.balance_end, "topic": "jht"})


def jp(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    assert req.wage is not None and req.months
    r = ben.jp_estimate(ctx.content.faq.rates, on, req.wage, req.months)
    return Outcome(SHORT, "calc_jp.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": r.monthly, "topic": "jp"})


def jht_partial(ctx: Ctx, req: CalcRequest, on: date) -> Outcome:
    """"saldo jht 80jt, klaim 10%": the share of the balance (typed, or asked back)."""
    balance = Decimal(req.balance) if req.balance else req.wage
    assert balance is not None
    years = req.months // 12 if req.months else None
    r = partial_rule(ctx.content.faq.rates, on, balance, req.claim_shares, years)
    return Outcome(SHORT, "calc_rates.html.j2", r.rates_used,
                   {"r": r, "req": req, "figure": r.first, "topic": "jht_partial"})
