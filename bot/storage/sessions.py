"""Per-user conversation state in the database, so flows survive restarts and never mix users."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from bot.storage.database import Database


@dataclass
class Session:
    key: str
    flow: str
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: float = 0.0

    def idle_seconds(self, now: float | None = None) -> float:
        return (now if now is not None else time.time()) - self.updated_at


class Stored(NamedTuple):
    """A session's row: its data as the JSON text stored."""

    flow: str
    data: str
    updated_at: float

    def session(self, key: str) -> Session:
        """A fresh Session (its own data) from the row."""
        return Session(key, self.flow, json.loads(self.data), self.updated_at)


class SessionStore:
    def __init__(self, db: Database):
        self.db = db

    def for_update(self) -> SessionStore:
        """A view for one update: each session read once, then kept in step (UpdateSessions)."""
        return UpdateSessions(self.db)

    async def get(self, key: str) -> Session | None:
        stored = await self.read(key)
        return stored.session(key) if stored is not None else None

    async def read(self, key: str) -> Stored | None:
        """The session's row as stored (its data still JSON text), or None."""
        row = await self.db.fetchone(
            "SELECT flow, data, updated_at FROM sessions WHERE key = ?", (key,))
        return Stored(row["flow"], row["data"], row["updated_at"]) if row is not None else None

    async def save(self, session: Session) -> Stored:
        """Write the session (now is its `updated_at`); the row as stored."""
        session.updated_at = time.time()
        stored = Stored(session.flow, json.dumps(session.data, ensure_ascii=False),
                        session.updated_at)
        await self.db.write(
            "INSERT INTO sessions(key, flow, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET flow = excluded.flow, data = excluded.data, "
            "updated_at = excluded.updated_at",
            (session.key, stored.flow, stored.data, stored.updated_at),
        )
        return stored

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


class UpdateSessions(SessionStore):
    """One update's view of the store: each session read from the database once, then kept in
    step with what this update saves or clears, so the features that look at the user's
    session for one message (a waiting question, the registration, the calculator) share one
    read. Exact because one user's updates never overlap (telegram/concurrency.py holds each
    chat and user in turn, across instances too) and this update's writes go through the view.
    Every `get` is a fresh Session parsed from the stored text, as a database read gives: a
    feature changing its copy without saving changes nothing for the next one."""

    def __init__(self, db: Database):
        super().__init__(db)
        self._rows: dict[str, Stored | None] = {}

    def for_update(self) -> SessionStore:
        return self

    async def read(self, key: str) -> Stored | None:
        if key not in self._rows:
            self._rows[key] = await super().read(key)
        return self._rows[key]

    async def save(self, session: Session) -> Stored:
        self._rows[session.key] = stored = await super().save(session)
        return stored

    async def clear(self, key: str) -> bool:
        self._rows[key] = None
        return await super().clear(key)

    async def delete_stale(self, flow: str, before: float) -> int:
        self._rows.clear()  # which rows went is not known here: read again
        return await super().delete_stale(flow, before)
