"""Received Telegram updates, recorded durably before they are acknowledged (table `inbox`).

An update is `pending` from the moment it is fetched (in webhook mode then `handling:<instance>`
while one instance works on it) and `done` once handled: the `done` mark
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
# Webhook mode: how long an instance's claim on an update holds before another instance may
# take the update over (the claimer died without restarting). Longer than the webhook's
# handling timeout, so a live instance is never overtaken.
CLAIM_SECONDS = 60.0
# A pending update older than this is handled by the orphan sweep (webhook mode), not left to a
# re-delivery that may never come (Telegram was answered 200 before the handling failed).
ORPHAN_GRACE_SECONDS = 10.0


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

    async def claim(self, update_id: int, owner: str, payload: str | None = None,
                    now: float | None = None, lease: float = CLAIM_SECONDS) -> bool:
        """Take an update for handling (webhook mode, several instances), recording it first
        when `payload` is given (one commit): True when it is pending, already this owner's
        (the caller knows it is not being handled), or claimed by an instance whose lease ran
        out. The claim time goes in `received_at` (prune counts from it)."""
        now = time.time() if now is None else now
        state = f"handling:{owner}"
        async with self.db.transaction() as tx:
            if payload is not None:
                await tx.write(
                    "INSERT INTO inbox(update_id, payload, state, received_at) "
                    "VALUES (?, ?, 'pending', ?) ON CONFLICT DO NOTHING",
                    (update_id, payload, now))
            done = await tx.write(
                "UPDATE inbox SET state = ?, received_at = ? WHERE update_id = ? AND (state = "
                "'pending' OR state = ? OR (state LIKE 'handling:%' AND received_at < ?))",
                (state, now, update_id, state, now - lease))
            return done.rowcount == 1

    async def unclaim(self, update_id: int, owner: str) -> None:
        """This instance failed to handle the update (nothing committed): pending again, so
        any instance may take it (a re-delivery, or the orphan sweep)."""
        await self.db.write("UPDATE inbox SET state = 'pending' WHERE update_id = ? AND state = ?",
                            (update_id, f"handling:{owner}"))

    async def orphans(self, now: float | None = None, grace: float = ORPHAN_GRACE_SECONDS,
                      lease: float = CLAIM_SECONDS) -> list[tuple[int, str]]:
        """Webhook mode: updates nobody will deliver again, oldest first: pending for longer
        than `grace` (a failure after Telegram was answered 200, a claim handed back at a
        restart), or claimed by an instance whose lease ran out."""
        now = time.time() if now is None else now
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE payload IS NOT NULL AND ("
            "(state = 'pending' AND received_at < ?) OR "
            "(state LIKE 'handling:%' AND received_at < ?)) ORDER BY update_id",
            (now - grace, now - lease))
        return [(int(row[0]), str(row[1])) for row in rows]

    async def release(self, owner: str) -> int:
        """Hand back the claims an earlier run of this instance held when it died."""
        cur = await self.db.write("UPDATE inbox SET state = 'pending' WHERE state = ?",
                                  (f"handling:{owner}",))
        return cur.rowcount

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
