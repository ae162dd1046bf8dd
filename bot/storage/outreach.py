"""Opt-ins for reminders and notices, what was sent, and who blocked the bot (issue 17).

Every send is claimed in the database BEFORE it is queued (a primary key per user and month,
or per notice and user), so a restart can never send anyone the same message twice.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.storage.database import Database, Executor


@dataclass(frozen=True)
class Contact:
    """One user's opt-ins."""

    user_key: str
    channel: str
    user_id: str
    reminder_day: int | None
    reminder_next: date | None
    calc_req: dict[str, Any] | None
    notices: bool
    blocked: bool


@dataclass(frozen=True)
class Notice:
    id: int
    source: str
    body: str
    status: str
    sent_count: int
    body_en: str = ""  # the English one; "" (older notices): `body` for everyone

    def body_in(self, lang: str) -> str:
        """The body for a subscriber writing `lang`."""
        return self.body_en if lang == "en" and self.body_en else self.body


def _contact(row: Any) -> Contact:
    return Contact(row["user_key"], row["channel"], row["user_id"], row["reminder_day"],
                   date.fromisoformat(row["reminder_next"]) if row["reminder_next"] else None,
                   json.loads(row["calc_req"]) if row["calc_req"] else None,
                   bool(row["notices"]), row["blocked_at"] is not None)


class OutreachStore:
    """SQL for reminders, notices and the blocked flag."""

    def __init__(self, db: Database):
        self.db = db

    @staticmethod
    async def _ensure(tx: Executor, user_key: str) -> None:
        channel, _, user_id = user_key.partition(":")
        await tx.write(
            "INSERT INTO outreach_contacts(user_key, channel, user_id, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (user_key, channel, user_id, time.time()))

    async def _set(self, user_key: str, sql: str, params: tuple[Any, ...]) -> None:
        async with self.db.transaction() as tx:
            await self._ensure(tx, user_key)
            await tx.write(
                f"UPDATE outreach_contacts SET {sql}, updated_at = ? WHERE user_key = ?",
                (*params, time.time(), user_key))

    async def get(self, user_key: str) -> Contact | None:
        row = await self.db.fetchone(
            "SELECT * FROM outreach_contacts WHERE user_key = ?", (user_key,))
        return _contact(row) if row else None

    # ---- reminders --------------------------------------------------------------------
    async def set_reminder(self, user_key: str, day: int, first: date,
                           calc_req: dict[str, Any] | None) -> None:
        req = json.dumps(calc_req) if calc_req else None
        await self._set(user_key, "reminder_day = ?, reminder_next = ?, "
                        "calc_req = COALESCE(?, calc_req), blocked_at = NULL",
                        (day, first.isoformat(), req))

    async def stop_reminder(self, user_key: str) -> bool:
        contact = await self.get(user_key)
        if contact is None or contact.reminder_day is None:
            return False
        await self._set(user_key, "reminder_day = NULL, reminder_next = NULL", ())
        return True

    async def remember_calc(self, user_key: str, calc_req: dict[str, Any]) -> None:
        await self._set(user_key, "calc_req = ?", (json.dumps(calc_req),))

    async def reminders(self, due_by: date | None = None) -> list[Contact]:
        """Active, reachable reminders (only those due by `due_by` when given)."""
        sql = ("SELECT * FROM outreach_contacts WHERE reminder_day IS NOT NULL "
               "AND blocked_at IS NULL")
        params: tuple[Any, ...] = ()
        if due_by is not None:
            sql += " AND reminder_next <= ?"
            params = (due_by.isoformat(),)
        return [_contact(row) for row in await self.db.fetchall(sql + " ORDER BY user_key",
                                                                  params)]

    async def claim_reminder(self, user_key: str, month: str, following: date) -> bool:
        """Record the month as sent and move to the next one; False if already sent."""
        async with self.db.transaction() as tx:
            cur = await tx.write(
                "INSERT INTO reminder_sent(user_key, month, sent_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING", (user_key, month, time.time()))
            await tx.write(
                "UPDATE outreach_contacts SET reminder_next = ? WHERE user_key = ?",
                (following.isoformat(), user_key))
        return cur.rowcount == 1

    async def sent_months(self, user_key: str) -> set[str]:
        rows = await self.db.fetchall(
            "SELECT month FROM reminder_sent WHERE user_key = ?", (user_key,))
        return {row[0] for row in rows}

    # ---- blocked users ----------------------------------------------------------------
    async def set_blocked(self, user_key: str, blocked: bool) -> None:
        """my_chat_member (or a refused send): skip this user until they come back. Only users
        who opted in to something have a row: nobody else's id is stored for this."""
        await self.db.write(
            "UPDATE outreach_contacts SET blocked_at = ?, updated_at = ? WHERE user_key = ?",
            (time.time() if blocked else None, time.time(), user_key))

    # ---- notices ----------------------------------------------------------------------
    async def set_notices(self, user_key: str, on: bool) -> None:
        # Subscribing is proof the user can be reached again.
        await self._set(user_key, "notices = ?, blocked_at = CASE WHEN ? = 1 THEN NULL "
                        "ELSE blocked_at END", (1 if on else 0, 1 if on else 0))

    async def add_notice(self, source: str, body: str, author: str = "", body_en: str = ""
                         ) -> int:
        return await self.db.insert(
            "INSERT INTO notices(created_at, source, body, status, author, body_en) "
            "VALUES (?, ?, ?, 'draft', ?, ?)", (time.time(), source, body, author, body_en))

    async def notice(self, notice_id: int) -> Notice | None:
        row = await self.db.fetchone(
            "SELECT id, source, body, status, sent_count, body_en FROM notices WHERE id = ?",
            (notice_id,))
        return Notice(*tuple(row)) if row else None

    async def notices_in(self, status: str) -> list[Notice]:
        rows = await self.db.fetchall(
            "SELECT id, source, body, status, sent_count, body_en FROM notices WHERE status = ? "
            "ORDER BY id", (status,))
        return [Notice(*tuple(row)) for row in rows]

    async def set_status(self, notice_id: int, status: str, expect: str) -> bool:
        cur = await self.db.write(
            "UPDATE notices SET status = ? WHERE id = ? AND status = ?",
            (status, notice_id, expect))
        return cur.rowcount == 1

    async def subscribers(self) -> int:
        return int(await self.db.fetchval(
            "SELECT COUNT(*) FROM outreach_contacts WHERE notices = 1 "
            "AND blocked_at IS NULL") or 0)

    async def claim_recipients(self, notice_id: int, channels: set[str],
                               limit: int) -> list[Contact]:
        """Up to `limit` reachable subscribers (of these channels) not yet sent this notice,
        claimed now."""
        marks = ",".join("?" * len(channels)) or "''"
        rows = await self.db.fetchall(
            "SELECT * FROM outreach_contacts c WHERE notices = 1 AND blocked_at IS NULL "
            f"AND channel IN ({marks}) AND NOT EXISTS (SELECT 1 FROM notice_deliveries d "
            "WHERE d.notice_id = ? AND d.user_key = c.user_key) ORDER BY user_key LIMIT ?",
            (*sorted(channels), notice_id, limit))
        now = time.time()
        claimed = []
        async with self.db.transaction() as tx:
            for contact in map(_contact, rows):
                # Only a row this call inserted is this call's to send (another instance may
                # have claimed the same user since the SELECT).
                cur = await tx.write(
                    "INSERT INTO notice_deliveries(notice_id, user_key, sent_at) "
                    "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", (notice_id, contact.user_key, now))
                if cur.rowcount == 1:
                    claimed.append(contact)
            await tx.write("UPDATE notices SET sent_count = sent_count + ? WHERE id = ?",
                           (len(claimed), notice_id))
        return claimed

    async def forget_user(self, user_key: str) -> int:
        """A user's /hapusdata: opt-ins, sent-reminder marks and notice deliveries go."""
        async with self.db.transaction() as tx:
            cur = await tx.write("DELETE FROM outreach_contacts WHERE user_key = ?", (user_key,))
            for table in ("reminder_sent", "notice_deliveries"):
                await tx.write(f"DELETE FROM {table} WHERE user_key = ?", (user_key,))
        return cur.rowcount

    # ---- the rates last seen, to notice a change on reload ----------------------------
    async def get_meta(self, key: str) -> str | None:
        value = await self.db.fetchval("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    async def set_meta(self, key: str, value: str) -> None:
        await self.db.write(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
