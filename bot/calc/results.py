"""Calculation results: one complete request computed and rendered with the rates it used.

Each builder takes the request and a `save` callback from the conversation (calc_feature): a
result keeps its request in the session only when follow-up buttons (another JKK class, with or
without JHT...) can continue it, and `save` says whether that was possible.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

from bot.content.rates import RateValue
from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.rules import benefits as ben
from bot.rules import contributions as calc
from bot.understand.calc_intent import CalcRequest

SaveFn = Callable[[Ctx, CalcRequest, "str | None"], Awaitable[bool]]
AGAIN = [Button("🔁 Hitung lagi", "calc:again")]
CLASS_BUTTONS = [
    [Button("I · sangat rendah", "calc:k:1"), Button("II · rendah", "calc:k:2")],
    [Button("III · sedang", "calc:k:3"), Button("IV · tinggi", "calc:k:4")],
    [Button("V · sangat tinggi", "calc:k:5")],
]


async def jkm(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    await save(ctx, req, None)
    res = ben.jkm_benefit(ctx.content.faq.rates, ctx.on)
    return [result(ctx, "calc_jkm.html.j2", res.rates_used, r=res, wage=req.wage)]


async def wage(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    rates = ctx.content.faq.rates
    assert req.wage is not None
    res = calc.wage_contribution(rates, ctx.on, req.wage, req.jkk_class)
    need_class = req.jkk_class is None and req.focus != "worker"
    saved = await save(ctx, req, "class" if need_class else None)
    buttons = (CLASS_BUTTONS if need_class and saved else []) + [AGAIN]
    extra = [rates.get(k, ctx.on) for k in ("jkp_rate_total", "jkp_government_rate",
                                            "jkp_from_jkk_rate")]
    return [result(ctx, "calc_wage.html.j2", res.rates_used + extra, buttons, r=res,
                         req=req, need_class=need_class, jkp=_by_key(extra))]


async def staff(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    res = calc.staff_contribution(ctx.content.faq.rates, ctx.on, req.wage_list(),
                                  req.jkk_class)
    need_class = req.jkk_class is None
    saved = await save(ctx, req, "class" if need_class else None)
    buttons = (CLASS_BUTTONS if need_class and saved else []) + [AGAIN]
    return [result(ctx, "calc_staff.html.j2", res.rates_used, buttons, r=res,
                         req=req)]


async def bpu(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    rates = ctx.content.faq.rates
    assert req.wage is not None
    res = calc.bpu_contribution(rates, ctx.on, req.wage, with_jht=bool(req.with_jht),
                                transport=bool(req.transport))
    saved = await save(ctx, req, None)
    buttons: list[list[Button]] = []
    if saved and req.with_jht is None:
        buttons.append([Button("➕ Hitung dengan JHT", "calc:j:1")])
    elif saved and req.with_jht:
        buttons.append([Button("➖ Tanpa JHT", "calc:j:0")])
    if saved and req.transport is None and res.other_discount is not None:
        buttons.append([Button("🛵 Saya ojol/kurir/sopir", "calc:t:1")])
    return [result(ctx, "calc_bpu.html.j2", res.rates_used, [*buttons, AGAIN], r=res,
                         req=req)]


async def jkp(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    rates = ctx.content.faq.rates
    assert req.wage is not None
    res = ben.jkp_benefit(rates, ctx.on, req.wage)
    old = ben.jkp_old_rule(rates, req.wage) if req.old_rule else None
    await save(ctx, req, None)
    used = res.rates_used + (old.rates_used if old else [])
    return [result(ctx, "calc_jkp.html.j2", used, r=res, old=old)]


async def jkk_death(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    assert req.wage is not None
    res = ben.jkk_death(ctx.content.faq.rates, ctx.on, req.wage)
    await save(ctx, req, None)
    return [result(ctx, "calc_jkk_death.html.j2", res.rates_used, r=res)]


async def disability(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    assert req.wage is not None
    res = ben.jkk_disability(ctx.content.faq.rates, ctx.on, req.wage)
    await save(ctx, req, None)
    return [result(ctx, "calc_disability.html.j2", res.rates_used, r=res)]


async def jht(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    assert req.wage is not None and req.months
    kwargs = {}
    if req.annual_return is not None:
        kwargs["annual_return"] = Decimal(req.annual_return)
    if req.wage_growth is not None:
        kwargs["wage_growth"] = Decimal(req.wage_growth)
    res = ben.jht_projection(ctx.content.faq.rates, ctx.on, req.wage,
                             max(1, req.months // 12), Decimal(req.balance or 0), **kwargs)
    await save(ctx, req, None)
    return [result(ctx, "calc_jht.html.j2", res.rates_used, r=res)]


async def jp(ctx: Ctx, req: CalcRequest, save: SaveFn) -> list[Reply]:
    assert req.wage is not None and req.months
    res = ben.jp_estimate(ctx.content.faq.rates, ctx.on, req.wage, req.months)
    await save(ctx, req, None)
    return [result(ctx, "calc_jp.html.j2", res.rates_used, r=res)]


def result(ctx: Ctx, template: str, used: list[RateValue],
           buttons: list[list[Button]] | None = None, **context: object) -> Reply:
    unique = list({(v.key, v.valid_from): v for v in used}.values())
    context.setdefault("rate", _by_key(unique))
    return ctx.reply(template, kind="calculation", buttons=buttons or [AGAIN],
                     on=ctx.on, used=unique, unconfirmed=[v for v in unique
                                                          if not v.confirmed], **context)


def _by_key(values: list[RateValue]) -> dict[str, RateValue]:
    return {v.key: v for v in values}


BUILDERS: dict[str, Callable[[Ctx, CalcRequest, SaveFn], Awaitable[list[Reply]]]] = {
    "wage": wage, "staff": staff, "bpu": bpu, "jkp": jkp, "jkk_death": jkk_death,
    "jkm": jkm, "disability": disability, "jht": jht, "jp": jp,
}
