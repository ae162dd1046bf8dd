"""Replies planned for Telegram, recorded before they are sent (table `reply_outbox`, issue 15).

Each row is one API call (a message, a document or an edit) in the order the update's handler
made them. Rows are written in the same transaction that marks their update handled, so after
a crash an update is either still pending (handled again) or its replies are all on record.
A row is `queued` until its call is about to go out, `sending` while it is on the wire, `sent`
(or `failed` for good: the user blocked the bot) after. A call with no clear outcome (a timeout,
or a crash while `sending`) is `unsure`. The text (which may hold personal data) is dropped once
a row is settled.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from bot.storage.database import Database

KEEP_SECONDS = 2 * 24 * 3600


@dataclass
class OutboxRow:
    """One planned call: `body` holds the method and its parameters (JSON-able)."""

    chat_id: int
    body: dict[str, Any]
    content: bytes | None = None
    id: int = 0
    update_id: int = 0
    state: str = "queued"
    attempts: int = 0


class ReplyOutbox:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, update_id: int, rows: list[OutboxRow]) -> None:
        """Record an update's planned calls (inside the update's unit); sets each row's id."""
        now = time.time()
        async with self.db.transaction() as tx:
            for seq, row in enumerate(rows):
                row.id = await tx.insert(
                    "INSERT INTO reply_outbox(update_id, seq, chat_id, body, content, state, "
                    "created_at) VALUES (?, ?, ?, ?, ?, 'queued', ?)",
                    (update_id, seq, row.chat_id, json.dumps(row.body, ensure_ascii=False),
                     row.content, now))
                row.update_id = update_id

    async def mark(self, row_id: int, state: str) -> None:
        """Move a row on; `sending` counts an attempt; a settled row forgets its text. Urgent:
        it stands between a call and the wire, or between Telegram's answer and its record."""
        if state in ("sent", "failed"):
            sql = "UPDATE reply_outbox SET state = ?, body = NULL, content = NULL WHERE id = ?"
        elif state == "sending":
            sql = "UPDATE reply_outbox SET state = ?, attempts = attempts + 1 WHERE id = ?"
        else:
            sql = "UPDATE reply_outbox SET state = ? WHERE id = ?"
        await self.db.write(sql, (state, row_id), urgent=True)

    async def unsent(self, min_age: float = 0.0, update_id: int | None = None
                     ) -> list[OutboxRow]:
        """Rows not yet settled and at least `min_age` seconds old (of one update, when
        given), per chat in order."""
        where, params = "", [time.time() - min_age]
        if update_id is not None:
            where = " AND update_id = ?"
            params.append(update_id)
        found = await self.db.fetchall(
            "SELECT id, update_id, chat_id, body, content, state, attempts FROM reply_outbox "
            f"WHERE state IN ('queued', 'sending', 'unsure') AND created_at <= ?{where} "
            "ORDER BY chat_id, id", params)
        return [OutboxRow(int(r[2]), json.loads(r[3]), r[4], int(r[0]), int(r[1]), str(r[5]),
                          int(r[6])) for r in found]

    async def states(self) -> dict[str, int]:
        """How many rows are in each state (tests, the soak)."""
        rows = await self.db.fetchall("SELECT state, COUNT(*) FROM reply_outbox GROUP BY state")
        return {str(r[0]): int(r[1]) for r in rows}

    async def prune(self, now: float | None = None) -> int:
        """Forget settled rows after two days."""
        before = (now if now is not None else time.time()) - KEEP_SECONDS
        cur = await self.db.write(
            "DELETE FROM reply_outbox WHERE state IN ('sent', 'failed') AND created_at < ?",
            (before,))
        return cur.rowcount
