"""Reminder dates, the month due, office hours: pure functions with explicit dates."""

from __future__ import annotations

from datetime import date, datetime

from bot.outreach.hours import WIB, OfficeHours, parse_days
from bot.outreach.schedule import due_dates, first_due, kind_of
from bot.storage.outreach import Contact


def contact(day: int | None, nxt: date | None, blocked: bool = False,
            req: dict | None = None) -> Contact:
    return Contact("telegram:123456", "telegram", "123456", day, nxt, req, False, blocked)


def test_first_due_this_month_or_next():
    assert first_due(date(2026, 11, 24), 12) == date(2026, 12, 12)
    assert first_due(date(2026, 11, 12), 12) == date(2026, 11, 12)
    assert first_due(date(2026, 12, 20), 5) == date(2027, 1, 5)


def test_due_dates_once_a_month_skipping_sent_and_blocked():
    c = contact(12, date(2026, 12, 12))
    assert due_dates(c, date(2026, 12, 1), date(2027, 2, 28), set()) == [
        date(2026, 12, 12), date(2027, 1, 12), date(2027, 2, 12)]
    assert due_dates(c, date(2026, 12, 1), date(2027, 1, 31), {"2026-12"}) == [
        date(2027, 1, 12)]
    assert due_dates(contact(12, date(2026, 12, 12), blocked=True),
                     date(2026, 12, 1), date(2027, 1, 31), set()) == []
    assert due_dates(contact(None, None), date(2026, 12, 1), date(2027, 1, 31), set()) == []


def test_kind_from_the_last_calculation():
    assert kind_of(contact(12, None)) == "iuran"
    bpu = {"kind": "contribution", "who": "bpu", "wages": [["2000000", 1]]}
    assert kind_of(contact(12, None, req=bpu)) == "iuran-bpu"
    benefit = {"kind": "benefit", "who": "pu", "wages": [["2000000", 1]]}
    assert kind_of(contact(12, None, req=benefit)) == "iuran"


def test_office_hours_and_next_opening():
    hours = OfficeHours("08:00-16:00", "1-5")
    monday_9 = datetime(2026, 11, 30, 9, 0, tzinfo=WIB)
    assert hours.is_open(monday_9) and hours.next_opening(monday_9) is None
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=WIB)
    assert hours.next_opening(saturday) == datetime(2026, 11, 30, 8, 0, tzinfo=WIB)
    evening = datetime(2026, 11, 30, 17, 0, tzinfo=WIB)
    assert hours.next_opening(evening) == datetime(2026, 12, 1, 8, 0, tzinfo=WIB)
    assert OfficeHours("", "1-5").next_opening(saturday) is None  # no hours: always "open"
    assert parse_days("1,3,5") == {1, 3, 5} and parse_days("x") == set(range(1, 8))


async def test_forget_user_removes_opt_ins_and_hand_offs(engine):
    from bot.storage.handoffs import HandoffStore
    from bot.storage.outreach import OutreachStore

    store, handoffs = OutreachStore(engine.db), HandoffStore(engine.db, engine.qlog)
    await store.set_reminder("telegram:77", 12, date(2026, 12, 12), None)
    await store.set_notices("telegram:77", True)
    await handoffs.open("telegram:77", "pertanyaan", None)
    assert await store.forget_user("telegram:77") == 1
    assert await handoffs.forget_user("telegram:77") == 1
    assert await store.get("telegram:77") is None and await handoffs.pending() == []
