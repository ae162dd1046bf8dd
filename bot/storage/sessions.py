"""Per-user conversation state in the database, so flows survive restarts and never mix users."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from bot.storage.database import Database


@dataclass
class Session:
    key: str
    flow: str
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: float = 0.0

    def idle_seconds(self, now: float | None = None) -> float:
        return (now if now is not None else time.time()) - self.updated_at


class SessionStore:
    def __init__(self, db: Database):
        self.db = db

    async def get(self, key: str) -> Session | None:
        row = await self.db.fetchone(
            "SELECT flow, data, updated_at FROM sessions WHERE key = ?", (key,))
        if row is None:
            return None
        return Session(key, row["flow"], json.loads(row["data"]), row["updated_at"])

    async def save(self, session: Session) -> None:
        session.updated_at = time.time()
        await self.db.write(
            "INSERT INTO sessions(key, flow, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET flow = excluded.flow, data = excluded.data, "
            "updated_at = excluded.updated_at",
            (session.key, session.flow, json.dumps(session.data, ensure_ascii=False),
             session.updated_at),
        )

    async def delete_stale(self, flow: str, before: float) -> int:
        """Delete sessions of one flow untouched since `before` (epoch seconds); how many."""
        cur = await self.db.write(
            "DELETE FROM sessions WHERE flow = ? AND updated_at < ?", (flow, before))
        return cur.rowcount

    async def clear(self, key: str) -> bool:
        cur = await self.db.write("DELETE FROM sessions WHERE key = ?", (key,))
        return cur.rowcount > 0

    async def language(self, session_key: str) -> str | None:
        """The user's remembered reply language ("id" / "en"): a choice, not a flow."""
        row = await self.db.fetchone(
            "SELECT language FROM user_language WHERE key = ?", (session_key,))
        return row["language"] if row else None

    async def set_language(self, session_key: str, lang: str) -> None:
        """Remember the user's language (a clear message, or the /bahasa choice)."""
        await self.db.write(
            "INSERT INTO user_language(key, language, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET language = excluded.language, "
            "updated_at = excluded.updated_at", (session_key, lang, time.time()))

    async def forget_language(self, session_key: str) -> None:
        """Drop the remembered language (/hapusdata)."""
        await self.db.write("DELETE FROM user_language WHERE key = ?", (session_key,))
