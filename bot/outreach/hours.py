"""Office hours of the staff who answer hand-offs, in WIB (UTC+7, no daylight saving)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")
Clock = Callable[[], datetime]


def now_wib() -> datetime:
    return datetime.now(WIB)


def parse_days(raw: str) -> set[int]:
    """'1-5' or '1,2,3' -> ISO weekdays; anything unreadable means every day."""
    days: set[int] = set()
    for part in raw.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first.isdigit() and (not last or last.isdigit()):
            days.update(range(int(first), int(last or first) + 1))
    return {d for d in days if 1 <= d <= 7} or set(range(1, 8))


def parse_hours(raw: str) -> tuple[time, time] | None:
    """'08:00-16:00' -> (08:00, 16:00); empty or unreadable -> None (no hours announced)."""
    start, _, end = raw.replace(" ", "").partition("-")
    try:
        return time.fromisoformat(start), time.fromisoformat(end)
    except ValueError:
        return None


class OfficeHours:
    """When staff answer; `next_opening` says when a question asked now will be seen."""

    def __init__(self, hours: str, days: str):
        self.span = parse_hours(hours)
        self.days = parse_days(days)

    def is_open(self, at: datetime) -> bool:
        if self.span is None:
            return True
        local = at.astimezone(WIB)
        return (local.isoweekday() in self.days
                and self.span[0] <= local.time().replace(tzinfo=None) < self.span[1])

    def next_opening(self, at: datetime) -> datetime | None:
        """The next time staff are in, or None when they are in now (or no hours are set)."""
        if self.span is None or self.is_open(at):
            return None
        local = at.astimezone(WIB)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            opening = datetime.combine(day, self.span[0], WIB)
            if day.isoweekday() in self.days and opening > local:
                return opening
        return None
