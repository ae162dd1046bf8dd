"""Received Telegram updates, recorded durably before they are acknowledged (table `inbox`).

An update is `pending` from the moment it is fetched (in webhook mode then `handling:<instance>`
while one instance works on it), `answering` once its first reply is about to be sent, and
`done` when handled. After a hard crash, `pending` updates are handled again
(the user is answered), while `answering` and `done` ones are never handled twice. The payload
(which may hold a NIK typed by the user) is kept only while pending.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable

from bot.storage.database import BUSY_TIMEOUT_MS, Database

KEEP_SECONDS = 2 * 24 * 3600  # Telegram re-delivers unconfirmed updates for 24 hours
# Webhook mode: how long an instance's claim on an update holds before another instance may
# take the update over (the claimer died without restarting). Longer than the webhook's
# handling timeout, so a live instance is never overtaken.
CLAIM_SECONDS = 60.0


class Inbox:
    def __init__(self, db: Database):
        self.db = db
        self._sync: sqlite3.Connection | None = None

    def mark_now(self, update_id: int, state: str) -> None:
        """`mark`, committed before returning and without yielding to the event loop: the
        caller sends the reply right after. Call it holding `db.write_lock`."""
        if self._sync is None:
            self._sync = sqlite3.connect(self.db.path, isolation_level=None,
                                         check_same_thread=False)
            self._sync.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
        """Move an update on (`answering` or `done`); its payload is no longer needed."""
        await self.db.write("UPDATE inbox SET state = ?, payload = NULL WHERE update_id = ?",
                            (state, update_id))

    async def claim(self, update_id: int, owner: str, payload: str | None = None,
                    now: float | None = None, lease: float = CLAIM_SECONDS) -> bool:
        """Take an update for handling (webhook mode, several instances), recording it first
        when `payload` is given (one commit): True when it is pending, already this owner's
        (the caller knows it is not being handled), or claimed by an instance whose lease ran
        out. The claim time goes in `received_at` (prune counts from it)."""
        now = time.time() if now is None else now
        state = f"handling:{owner}"
        async with self.db.transaction() as conn:
            if payload is not None:
                await conn.execute(
                    "INSERT OR IGNORE INTO inbox(update_id, payload, state, received_at) "
                    "VALUES (?, ?, 'pending', ?)", (update_id, payload, now))
            cur = await conn.execute(
                "UPDATE inbox SET state = ?, received_at = ? WHERE update_id = ? AND (state = "
                "'pending' OR state = ? OR (state LIKE 'handling:%' AND received_at < ?))",
                (state, now, update_id, state, now - lease))
            return cur.rowcount == 1

    async def release(self, owner: str) -> int:
        """Hand back the claims an earlier run of this instance held when it died."""
        cur = await self.db.write("UPDATE inbox SET state = 'pending' WHERE state = ?",
                                  (f"handling:{owner}",))
        return cur.rowcount

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
