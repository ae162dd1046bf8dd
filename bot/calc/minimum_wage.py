"""The wage of a request named as a minimum wage ("gaji UMR Jakarta"): the UMP (or a known UMK)
from faq/rates.yaml on the calculation's date, or the question to ask instead.

A figure is used only inside its own period: outside it (a year not in the rates), for a city
whose UMK is unknown, or when the sources disagree (value null), the user is asked for the
number and never computed with a stale or guessed figure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from bot.content.rates import RateValue
from bot.core.engine import Ctx
from bot.core.locale import formats
from bot.core.replies import Text
from bot.understand.amounts import MIN_MONTHLY, find_amounts
from bot.understand.minimum_wage import Place, named, noted
from bot.understand.request import CalcRequest


def _lookup(ctx: Ctx, key: str, on: date) -> tuple[RateValue | None, RateValue | None]:
    """(the value on `on`, the newest value known before it) of a rates key, if any."""
    rates = ctx.content.faq.rates
    if key not in rates:
        return None, None
    return rates.find(key, on), rates.rate(key).last_before(on)


def _holds(mw: dict[str, Any], wages: list[tuple[str, int]]) -> bool:
    """Whether the wages still hold the minimum wage looked up: any group's in a list with a
    minimum-wage group (`slot`), else the first."""
    return mw.get("value") is not None and any(
        w == mw["value"] for w, _ in (wages if mw.get("slot") is not None else wages[:1]))


def apply(ctx: Ctx, req: CalcRequest, on: date) -> tuple[RateValue | None, Text | None]:
    """Set the request's wage to the minimum wage it names: (the rate used, None), or
    (None, the question to ask). A wage the user typed since then wins: nothing to do."""
    mw = req.min_wage
    if mw is None:
        return None, None
    slot = mw.get("slot")
    if slot is not None:  # "10 org umr jakarta, 5 org 8jt": one group of a list
        if mw.get("value") is not None:  # looked up already: kept while the list holds it
            if not _holds(mw, req.wages):
                req.min_wage = None  # a follow-up replaced the list
            return None, None
    elif req.wages:  # the wage of the whole request
        if req.wages[0][0] != mw.get("value"):
            req.min_wage = None  # "kalau 7jt?" or a typed amount replaces the minimum wage
            return None, None
        if len(req.wages) > 1:
            return None, None  # a group added to it since ("kalau ditambah 5 org 8jt?"): kept
    if mw.get("place") is None:
        return None, Text.of("min_wage_where")
    places = ctx.content.cues.minimum_wage
    # A saved request may name a province key a reload has since renamed: keep its own name.
    known = places.provinces.get(mw["province"]) if places else None
    province = known.name if known else mw["name"]
    ump, _ = _lookup(ctx, f"ump_{mw['province']}", on)
    offer = ump.display(ctx.lang) if ump is not None and ump.value is not None else ""
    if mw["kind"] == "city" and mw["said"] != "ump":  # "umr medan": its UMK is not in the rates
        return None, Text.of("min_wage_city", city=mw["name"], province=province, ump=offer)
    use_province = mw["kind"] == "province" or mw["said"] == "ump"
    key = f"ump_{mw['province']}" if use_province else f"umk_{mw['place']}"
    value, last = _lookup(ctx, key, on)
    label = f"UMP {province}" if use_province else f"UMK {mw['name']}"
    if value is None:  # outside every known period (a year not yet in the rates)
        known = f"{last.year}, {last.period_text(ctx.lang)}" if last is not None else ""
        return None, Text.of("min_wage_period", label=label, day=formats(ctx.lang).date(on),
                             known=known)
    if value.value is None:  # known to exist, but the sources disagree
        return None, Text.of("min_wage_unsure", label=label, province=province,
                             ump="" if use_province else offer)
    if slot is not None:  # "10 org umr jakarta, 5 org 8jt": that group's place in the list
        req.wages.insert(min(slot, len(req.wages)), (str(value.amount), mw.get("heads") or 1))
    else:
        req.wages = [(str(value.amount), req.headcount or mw.get("heads") or 1)]
    mw["value"] = str(value.amount)
    return value, None


def used(ctx: Ctx, req: CalcRequest, on: date) -> RateValue | None:
    """The minimum-wage figure a computed request's wage is, for its note and Rincian."""
    mw = req.min_wage
    if mw is None or not _holds(mw, req.wages):
        return None
    use_province = mw["kind"] == "province" or mw["said"] == "ump"
    value, _ = _lookup(ctx, f"ump_{mw['province']}" if use_province else f"umk_{mw['place']}",
                       on)
    return value if value is not None and value.value is not None else None


def typed(ctx: Ctx, req: CalcRequest, text: str) -> bool:
    """A typed answer that names the place ("Jawa Barat", "pakai UMP Jawa Barat") after the
    calculator asked for the minimum wage's place or number: noted on the request."""
    mw_data = ctx.content.cues.minimum_wage
    if mw_data is None:
        return False
    if req.min_wage is None:
        # the wage asked, a minimum wage typed with no number ("di atas umr jakarta dikit"):
        # that wage, its place asked when none is named
        wage = named(text.lower(), mw_data) if not find_amounts(text) else None
        if wage is not None:
            req.min_wage, req.wages = wage, []
        return wage is not None
    if any(a.kind == "money" and a.value is not None and (a.explicit or a.value >= MIN_MONTHLY)
           for a in find_amounts(text)):
        return False  # "jawa barat 6jt": the wage typed wins, as when typed alone
    low = text.lower()
    place = mw_data.place_in(low)
    if place is None:
        return False
    said = (named(low, mw_data) or {}).get("said")
    slot = req.min_wage.get("slot")
    req.min_wage = _renamed(req.min_wage, said, place, req.min_wage.get("heads"))
    if slot is not None:  # "10 org umr, 5 org 8jt": the typed groups stay, the UMR one its place
        req.min_wage["slot"] = slot
    else:
        req.wages = []
    return True


def moved(req: CalcRequest, said: str | None, place: Place) -> CalcRequest | None:
    """The request of a result with its minimum wage named for another place ("kalau jawa
    barat?" after "10 karyawan gaji umr jakarta"): the group that wage paid taken out of the
    wages, to be looked up for the new place (apply) in the same place of the list; None when
    the result used no minimum wage."""
    mw = req.min_wage
    if mw is None or not _holds(mw, req.wages):
        return None
    new = replace(req, wages=list(req.wages), problem=None)
    at = next(i for i, (w, _) in enumerate(new.wages) if w == mw["value"])
    _, heads = new.wages.pop(at)
    new.min_wage = _renamed(mw, said, place, heads)
    if new.wages:  # the other groups stay, the minimum-wage one in its place
        new.min_wage["slot"] = at
    return new


def _renamed(mw: dict[str, Any], said: str | None, place: Place, heads: int | None
             ) -> dict[str, Any]:
    """A request's minimum wage named again for a place, with the word said now or before
    (a province's "UMK" is its UMP), to be looked up."""
    said = said or mw.get("said") or "umr"
    if said == "umk" and place.kind == "province":
        said = "ump"
    return {**noted(said, place), "heads": heads}


def typed_staff(req: CalcRequest, wages: list[tuple[str, int]]) -> None:
    """Note the wages typed when the staff list was asked. A wage alone ("7jt") after the place
    of a listed group's minimum wage was asked ("10 org umr, 5 org 8jt") is that group's, in its
    place, and no minimum wage is then looked up; one wage alone after a headcount was typed
    is each counted person's; anything else is the whole list."""
    mw = req.min_wage
    if mw is None or mw.get("slot") is None or mw.get("value") is not None:
        # "karyawan 5 org, iuran?" then "gajinya 4jt semua": one wage for the five counted
        one = len(wages) == 1 and wages[0][1] == 1 and req.heads_asked
        req.wages = [(wages[0][0], req.heads_asked)] if one else wages
        return
    req.min_wage = None  # the place is no longer asked: the wage or list typed replaces it
    if len(wages) == 1 and wages[0][1] == 1:
        req.wages.insert(min(mw["slot"], len(req.wages)), (wages[0][0], mw.get("heads") or 1))
    else:
        req.wages = wages
