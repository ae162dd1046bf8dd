"""Received Telegram updates, recorded durably before they are acknowledged (table `inbox`).

An update is `pending` from the moment it is fetched and `done` once handled: the `done` mark
commits together with the update's state changes and its recorded replies (`reply_outbox`,
bot/telegram/durable.py). After a hard crash, `pending` updates are handled again (the user is
answered), `done` ones never (nor `answering`, the mark of an earlier version). The payload
(which may hold a NIK typed by the user) is kept only while pending.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from bot.storage.database import Database

KEEP_SECONDS = 2 * 24 * 3600  # Telegram re-delivers unconfirmed updates for 24 hours


class Inbox:
    def __init__(self, db: Database):
        self.db = db

    async def record(self, updates: Iterable[tuple[int, str]]) -> None:
        """Store fetched updates (id, JSON) as pending; already known ids are left alone."""
        rows = [(update_id, payload, time.time()) for update_id, payload in updates]
        if not rows:
            return
        await self.db.executemany(
            "INSERT INTO inbox(update_id, payload, state, received_at) "
            "VALUES (?, ?, 'pending', ?) ON CONFLICT DO NOTHING", rows)

    async def state(self, update_id: int) -> str | None:
        state = await self.db.fetchval("SELECT state FROM inbox WHERE update_id = ?",
                                       (update_id,))
        return None if state is None else str(state)

    async def mark(self, update_id: int, state: str) -> None:
        """Move an update on (`done`); its payload is no longer needed."""
        await self.db.write("UPDATE inbox SET state = ?, payload = NULL WHERE update_id = ?",
                            (state, update_id))

    async def pending(self) -> list[tuple[int, str]]:
        """Updates fetched but never answered, oldest first."""
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE state = 'pending' ORDER BY update_id")
        return [(int(row[0]), str(row[1])) for row in rows]

    async def prune(self, now: float | None = None) -> int:
        """Forget handled updates old enough that Telegram can no longer re-deliver them."""
        before = (now if now is not None else time.time()) - KEEP_SECONDS
        cur = await self.db.write(
            "DELETE FROM inbox WHERE state != 'pending' AND received_at < ?", (before,))
        return cur.rowcount
