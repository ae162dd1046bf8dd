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
        async with self.db.write_lock:
            await self.db.conn.executemany(
                "INSERT OR IGNORE INTO inbox(update_id, payload, state, received_at) "
                "VALUES (?, ?, 'pending', ?)", rows)
            await self.db.conn.commit()

    async def state(self, update_id: int) -> str | None:
        async with self.db.conn.execute(
                "SELECT state FROM inbox WHERE update_id = ?", (update_id,)) as cur:
            row = await cur.fetchone()
        return None if row is None else str(row[0])

    async def mark(self, update_id: int, state: str) -> None:
        """Move an update on (`done`); its payload is no longer needed."""
        await self.db.write("UPDATE inbox SET state = ?, payload = NULL WHERE update_id = ?",
                            (state, update_id))

    async def pending(self) -> list[tuple[int, str]]:
        """Updates fetched but never answered, oldest first."""
        async with self.db.conn.execute(
                "SELECT update_id, payload FROM inbox WHERE state = 'pending' "
                "ORDER BY update_id") as cur:
            return [(int(row[0]), str(row[1])) for row in await cur.fetchall()]

    async def prune(self, now: float | None = None) -> int:
        """Forget handled updates old enough that Telegram can no longer re-deliver them."""
        before = (now if now is not None else time.time()) - KEEP_SECONDS
        cur = await self.db.write(
            "DELETE FROM inbox WHERE state != 'pending' AND received_at < ?", (before,))
        return cur.rowcount
