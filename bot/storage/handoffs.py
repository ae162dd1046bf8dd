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
        row = await self.db.fetchone(
            "SELECT user_hash, question FROM question_log WHERE id = ?", (log_id,))
        if row is None or row["user_hash"] != await self.qlog.user_hash(session_key):
            return None
        return str(row["question"])

    async def open(self, user_key: str, question: str, qlog_id: int | None) -> int:
        channel, _, user_id = user_key.partition(":")
        return await self.db.insert(
            "INSERT INTO handoffs(user_key, channel, user_id, question, qlog_id, status, "
            "created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)",
            (user_key, channel, user_id, question, qlog_id, time.time()))

    async def for_question(self, user_key: str, qlog_id: int) -> Handoff | None:
        """The hand-off already opened for this logged question (a second press)."""
        row = await self.db.fetchone(
            "SELECT * FROM handoffs WHERE user_key = ? AND qlog_id = ?", (user_key, qlog_id))
        return _handoff(row) if row else None

    async def get(self, handoff_id: int) -> Handoff | None:
        row = await self.db.fetchone("SELECT * FROM handoffs WHERE id = ?", (handoff_id,))
        return _handoff(row) if row else None

    async def pending(self) -> list[Handoff]:
        """Hand-offs not closed yet, oldest first (/antrean, `report`)."""
        rows = await self.db.fetchall(
            "SELECT * FROM handoffs WHERE status != 'closed' ORDER BY id")
        return [_handoff(row) for row in rows]

    async def answered(self, handoff_id: int, answer: str) -> None:
        await self.db.write(
            "UPDATE handoffs SET status = 'answered', answered_at = ?, answer = ? "
            "WHERE id = ? AND status != 'closed'", (time.time(), answer, handoff_id))

    async def close(self, handoff_id: int, by: str) -> bool:
        cur = await self.db.write(
            "UPDATE handoffs SET status = 'closed', closed_at = ?, closed_by = ? "
            "WHERE id = ? AND status != 'closed'", (time.time(), by, handoff_id))
        return cur.rowcount == 1

    async def forget_user(self, user_key: str) -> int:
        """A user's /hapusdata: their hand-offs go too."""
        cur = await self.db.write("DELETE FROM handoffs WHERE user_key = ?", (user_key,))
        return cur.rowcount


async def count_pending(db: Database) -> int:
    """Open hand-offs, for the staff reports."""
    return int(await db.fetchval("SELECT COUNT(*) FROM handoffs WHERE status != 'closed'") or 0)
