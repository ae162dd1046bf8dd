"""When reminders fall and what they say: dates, the month due, the amount and discount."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from bot.content.rates import MissingRate, Rates, RateValue, contribution_month, paying_month
from bot.rules.contributions import (
    add_months,
    bpu_contribution,
    bpu_discount,
    wage_contribution,
)
from bot.storage.outreach import Contact
from bot.understand.request import CalcRequest

DEFAULT_DAY = 12  # a few days before the 15th deadline
DAY_CHOICES = (1, 5, 10, 12, 14)
MAX_DAY = 28  # exists in every month


def first_due(on: date, day: int) -> date:
    """The first reminder date on or after `on` for a day of the month."""
    this_month = on.replace(day=day)
    return this_month if this_month >= on else add_months(on, 1).replace(day=day)


def month_key(on: date) -> str:
    return on.strftime("%Y-%m")


def due_dates(contact: Contact, start: date, end: date, sent: set[str]) -> list[date]:
    """Dates in [start, end] this contact's reminder would be sent, one per month at most."""
    if contact.reminder_day is None or contact.reminder_next is None or contact.blocked:
        return []
    days: list[date] = []
    when = contact.reminder_next
    seen = set(sent)
    while when <= end:
        if when >= start and month_key(when) not in seen:
            days.append(when)
            seen.add(month_key(when))
        when = first_due(when + timedelta(days=1), contact.reminder_day)
    return days


def calc_of(contact: Contact) -> CalcRequest | None:
    """The user's last contribution calculation, if it is one a reminder can use."""
    if not contact.calc_req:
        return None
    req = CalcRequest.from_dict(contact.calc_req)
    if req.kind != "contribution" or req.who not in ("pu", "bpu") or len(req.wages) != 1:
        return None
    return req


def kind_of(contact: Contact) -> str:
    """'iuran-bpu' / 'iuran-pu' from the last calculation, else 'iuran'."""
    req = calc_of(contact)
    return f"iuran-{req.who}" if req is not None else "iuran"


@dataclass(frozen=True)
class ReminderFacts:
    """What one reminder says."""

    who: str | None  # pu | bpu | None (no calculation: written for informal workers)
    month: date  # the contribution month due
    due: date
    amount: Decimal | None
    discount: RateValue | None
    discount_transport_only: bool
    grace: RateValue | None


def reminder_facts(rates: Rates, on: date, req: CalcRequest | None) -> ReminderFacts:
    """The month due on `on`, its deadline, the user's amount and the discount that month."""
    who = req.who if req is not None else None
    if who == "pu":
        due_day = int(rates.get("pu_due_day", on).amount)
        month = paying_month(on, due_day)  # month M is paid by the 15th of M+1
        due = add_months(month, 1).replace(day=due_day)
    else:
        due_day = int(rates.get("bpu_due_day", on).amount)  # BPU pays the month itself
        month = contribution_month(on) if on.day <= due_day else add_months(on, 1)
        due = month.replace(day=due_day)
    amount: Decimal | None = None
    transport = bool(req.transport) if req is not None else False
    try:
        if req is not None and req.wage is not None and who == "bpu":
            amount = bpu_contribution(rates, month, req.wage, with_jht=bool(req.with_jht),
                                      transport=transport, periods=(1,)).payable
        elif req is not None and req.wage is not None and who == "pu":
            amount = wage_contribution(rates, month, req.wage, req.jkk_class).worker_total
    except (MissingRate, ValueError):
        amount = None  # no rate for that month yet: the reminder still says what is due
    discount, transport_only = None, False
    if who != "pu":
        discount = bpu_discount(rates, month, transport)
        if discount is None and req is None:
            discount, transport_only = bpu_discount(rates, month, True), True
    grace = rates.find("bpu_grace_months", on) if "bpu_grace_months" in rates else None
    return ReminderFacts(who, month, due, amount, discount,
                         transport_only and discount is not None, grace)
