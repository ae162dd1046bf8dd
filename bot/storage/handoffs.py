"""Hand-offs to staff ("💬 Tanya petugas"): the question, its state, the staff answer."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from bot.storage.database import Database
from bot.storage.question_log import QuestionLog


@dataclass(frozen=True)
class Handoff:
    id: int
    user_key: str
    channel: str
    user_id: str
    question: str
    status: str  # open | answered | closed
    created_at: float


def _handoff(row: Any) -> Handoff:
    return Handoff(row["id"], row["user_key"], row["channel"], row["user_id"],
                   row["question"], row["status"], row["created_at"])


class HandoffStore:
    def __init__(self, db: Database, qlog: QuestionLog):
        self.db, self.qlog = db, qlog

    async def logged_question(self, log_id: int, session_key: str) -> str | None:
        """The question as logged (digits masked), only for the user who asked it."""
        async with self.db.conn.execute(
                "SELECT user_hash, question FROM question_log WHERE id = ?", (log_id,)) as cur:
            row = await cur.fetchone()
        if row is None or row["user_hash"] != await self.qlog.user_hash(session_key):
            return None
        return str(row["question"])

    async def open(self, user_key: str, question: str, qlog_id: int | None) -> int:
        channel, _, user_id = user_key.partition(":")
        async with self.db.transaction():
            cur = await self.db.conn.execute(
                "INSERT INTO handoffs(user_key, channel, user_id, question, qlog_id, status, "
                "created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)",
                (user_key, channel, user_id, question, qlog_id, time.time()))
        return int(cur.lastrowid or 0)

    async def for_question(self, user_key: str, qlog_id: int) -> Handoff | None:
        """The hand-off already opened for this logged question (a second press)."""
        async with self.db.conn.execute(
                "SELECT * FROM handoffs WHERE user_key = ? AND qlog_id = ?",
                (user_key, qlog_id)) as cur:
            row = await cur.fetchone()
        return _handoff(row) if row else None

    async def get(self, handoff_id: int) -> Handoff | None:
        async with self.db.conn.execute(
                "SELECT * FROM handoffs WHERE id = ?", (handoff_id,)) as cur:
            row = await cur.fetchone()
        return _handoff(row) if row else None

    async def pending(self) -> list[Handoff]:
        """Hand-offs not closed yet, oldest first (/antrean, `report`)."""
        async with self.db.conn.execute(
                "SELECT * FROM handoffs WHERE status != 'closed' ORDER BY id") as cur:
            return [_handoff(row) for row in await cur.fetchall()]

    async def answered(self, handoff_id: int, answer: str) -> None:
        async with self.db.transaction():
            await self.db.conn.execute(
                "UPDATE handoffs SET status = 'answered', answered_at = ?, answer = ? "
                "WHERE id = ? AND status != 'closed'", (time.time(), answer, handoff_id))

    async def close(self, handoff_id: int, by: str) -> bool:
        async with self.db.transaction():
            cur = await self.db.conn.execute(
                "UPDATE handoffs SET status = 'closed', closed_at = ?, closed_by = ? "
                "WHERE id = ? AND status != 'closed'", (time.time(), by, handoff_id))
        return cur.rowcount == 1

    async def forget_user(self, user_key: str) -> int:
        """A user's /hapusdata: their hand-offs go too."""
        async with self.db.transaction():
            cur = await self.db.conn.execute("DELETE FROM handoffs WHERE user_key = ?", (user_key,))
        return cur.rowcount


async def count_pending(db: Database) -> int:
    """Open hand-offs, for the staff reports."""
    async with db.conn.execute(
            "SELECT COUNT(*) FROM handoffs WHERE status != 'closed'") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
