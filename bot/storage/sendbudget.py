"""Telegram's outbound limits shared by every instance on one PostgreSQL database (issue 19).

Each limit ("all": ~30 messages/s for the whole bot; "group:<id>": 20 a minute per group) is
one row of `send_budget` holding the time of its next free send slot (GCRA's "theoretical
arrival time"). A send reserves its slot with one statement (`INSERT ... ON CONFLICT DO UPDATE
... RETURNING`): the row moves one interval on, atomically, and the statement returns how long
to wait before sending. The database's clock is used (`clock_timestamp()`), so instances on
machines whose clocks differ still share one timeline. With `burst` b, a limit of `count` per
`period` lets b sends go at once and spaces the rest `period / (count - b + 1)` apart: no window
of `period` ever holds more than `count` sends.

On SQLite one process owns the data: the in-process limiter (PTB's AIORateLimiter) is used.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot.storage import unit as units
from bot.storage.database import Database

_NOW = "COALESCE($2::float8, extract(epoch FROM clock_timestamp())::float8)"
# $1 key, $2 now (NULL: the database's clock), $3 interval between slots, $4 burst tolerance.
# The new tat is max(tat, now) + interval; the slot is max(now, new tat - interval - tolerance).
_RESERVE = f"""
WITH clock AS (SELECT {_NOW} AS now)
INSERT INTO send_budget AS b (key, tat) SELECT $1, clock.now + $3 FROM clock
ON CONFLICT (key) DO UPDATE SET tat = GREATEST(b.tat, (SELECT now FROM clock)) + $3
RETURNING GREATEST(b.tat - $3 - $4, (SELECT now FROM clock)) - (SELECT now FROM clock)
"""
# Telegram said "retry after": no instance sends on this limit before now + $3.
_PAUSE = f"""
WITH clock AS (SELECT {_NOW} AS now)
INSERT INTO send_budget AS b (key, tat) SELECT $1, clock.now + $3 FROM clock
ON CONFLICT (key) DO UPDATE SET tat = GREATEST(b.tat, (SELECT now FROM clock) + $3)
"""


@dataclass(frozen=True)
class Limit:
    """At most `count` sends in any window of `period` seconds, `burst` of them at once."""

    count: float
    period: float
    burst: int = 1

    @property
    def interval(self) -> float:
        return self.period / (self.count - self.burst + 1)

    @property
    def tolerance(self) -> float:
        return (self.burst - 1) * self.interval


OVERALL = "all"


class SendBudget:
    """The shared limits on a PostgreSQL database; `now` is for tests (default: its clock)."""

    def __init__(self, db: Database, overall: Limit, group: Limit | None = None):
        self.db, self.overall, self.group = db, overall, group

    async def reserve(self, key: str, limit: Limit, now: float | None = None) -> float:
        """Take the next slot of one limit; the seconds to wait until it (0: send now)."""
        return float(await self._run(_RESERVE, key, now, limit.interval, limit.tolerance))

    async def pause(self, seconds: float, key: str = OVERALL, now: float | None = None) -> None:
        """Move the limit's next slot to at least `seconds` from now, for every instance."""
        await self._run(_PAUSE, key, now, seconds)

    async def _run(self, sql: str, *params: object) -> object:
        # One autocommitted statement: the row is locked only for it. Inside an update's unit
        # of work (unit.py) it would join the unit's transaction and hold the row, and so every
        # instance's sends, until the commit: a task of its own never shares the unit.
        if units.current(self.db) is not None:
            return await asyncio.create_task(self._run(sql, *params))
        # fetchval, not write(): the statement's result is the wait, not a row id.
        return await self.db.fetchval(sql, params)
