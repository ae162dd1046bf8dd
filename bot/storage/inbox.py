"""Received Telegram updates, recorded durably before they are acknowledged (table `inbox`).

An update is `pending` from the moment it is fetched, `answering` once its first reply is about
to be sent, and `done` when handled. After a hard crash, `pending` updates are handled again
(the user is answered), while `answering` and `done` ones are never handled twice. The payload
(which may hold a NIK typed by the user) is kept only while pending.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable

from bot.storage.database import Database
from bot.storage.sqlite import SqliteDatabase

KEEP_SECONDS = 2 * 24 * 3600  # Telegram re-delivers unconfirmed updates for 24 hours


class Inbox:
    def __init__(self, db: Database):
        self.db = db
        self._sync: sqlite3.Connection | None = None

    async def mark_answering(self, update_id: int) -> None:
        """Mark an update `answering`, committed, right before its first reply is sent."""
        if isinstance(self.db, SqliteDatabase):
            async with self.db.write_lock:  # no other write is half-way on the file
                self.mark_now(self.db, update_id, "answering")
        else:
            await self.mark(update_id, "answering")

    def mark_now(self, db: SqliteDatabase, update_id: int, state: str) -> None:
        """`mark`, committed before returning and without yielding to the event loop: the
        caller sends the reply right after. Call it holding `db.write_lock`."""
        if self._sync is None:
            self._sync = sqlite3.connect(db.path, isolation_level=None,
                                         check_same_thread=False)
            self._sync.execute("PRAGMA busy_timeout=5000")
            self._sync.execute("PRAGMA secure_delete=ON")
        self._sync.execute("UPDATE inbox SET state = ?, payload = NULL WHERE update_id = ?",
                           (state, update_id))

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

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
        """Move an update on (`answering` or `done`); its payload is no longer needed."""
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
