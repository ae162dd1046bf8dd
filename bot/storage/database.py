"""The SQLite database (aiosqlite): one connection, WAL, numbered schema migrations."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)
# aiosqlite logs every statement WITH its parameters at DEBUG (NIKs, phone numbers): keep it
# quiet even when LOG_LEVEL=DEBUG, so personal data never reaches a log.
logging.getLogger("aiosqlite").setLevel(logging.INFO)

# How long a write waits for another connection's. Several processes on one file (webhook
# instances sharing it) take turns unfairly: a waiter can miss many turns under load.
BUSY_TIMEOUT_MS = 30_000

# Append-only: each migration runs once, in order; never edit one that has shipped.
MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE sessions (
        key TEXT PRIMARY KEY,          -- channel:user
        flow TEXT NOT NULL,            -- which conversation owns the session
        data TEXT NOT NULL,            -- JSON state
        updated_at REAL NOT NULL       -- unix time, for expiry
    );
    CREATE TABLE question_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        asked_at REAL NOT NULL,
        user_hash TEXT NOT NULL,       -- salted hash, never the raw id
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        outcome TEXT NOT NULL,         -- answered | suggestions | fallback | redirect | ...
        entry_id TEXT,
        score REAL,
        chosen_entry_id TEXT,          -- the suggestion the user picked
        feedback INTEGER               -- 1 = thumbs up, -1 = thumbs down
    );
    CREATE INDEX question_log_asked ON question_log(asked_at);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """),
    (2, """
    CREATE TABLE registrations (      -- BPU pre-registrations (personal data, UU 27/2022)
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ref_code TEXT NOT NULL UNIQUE,  -- PRA-XXXX-XXXX, random
        owner_key TEXT NOT NULL,        -- channel:user who registered; for /datasaya, /hapusdata
        nik TEXT NOT NULL UNIQUE,       -- one pre-registration per NIK
        full_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,       -- ISO date
        phone TEXT NOT NULL,            -- +628...
        occupation TEXT NOT NULL,
        transport INTEGER NOT NULL,     -- 1 = transport sector (ojol, kurir, sopir)
        region_code TEXT NOT NULL,      -- Kemendagri kabupaten/kota code
        region_name TEXT NOT NULL,
        monthly_income INTEGER NOT NULL,
        with_jht INTEGER NOT NULL,      -- JKK + JKM always; 1 = JHT too
        monthly_estimate INTEGER,       -- estimate shown at confirmation, rupiah
        consent_at REAL NOT NULL,       -- unix time the user agreed to the data use
        created_at REAL NOT NULL
    );
    CREATE INDEX registrations_owner ON registrations(owner_key);
    """),
    (3, """
    CREATE TABLE faq_learn_log (      -- staff decisions on learned phrasings (faq learn, /belajar)
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        decided_at REAL NOT NULL,
        actor TEXT NOT NULL,            -- staff member: telegram:<admin id> or cli:<os user>
        action TEXT NOT NULL,           -- added | refused | ignored | new_entry
        group_key TEXT NOT NULL,        -- normalised question, so a decided one is not proposed
        phrasing TEXT NOT NULL,         -- redacted phrasing (never personal data)
        entry_id TEXT,
        detail TEXT NOT NULL DEFAULT '' -- file:line and pass rates, or why it was refused
    );
    CREATE INDEX faq_learn_log_at ON faq_learn_log(decided_at);
    """),
    # ---- issue 17 (outreach: reminders, rule-change notices, staff hand-offs). One block,
    # so a renumbering at merge time touches only this number.
    (4, """
    CREATE TABLE outreach_contacts (  -- opt-ins per user; a user who blocked the bot is skipped
        user_key TEXT PRIMARY KEY,      -- channel:user
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        reminder_day INTEGER,           -- day of month (1-28); NULL = no reminder
        reminder_next TEXT,             -- ISO date of the next reminder to send
        calc_req TEXT,                  -- JSON of the last calculation (amount in the reminder)
        notices INTEGER NOT NULL DEFAULT 0,  -- 1 = /langganan: rule-change notices
        blocked_at REAL,                -- unix time the user blocked the bot; NULL = reachable
        updated_at REAL NOT NULL
    );
    CREATE TABLE reminder_sent (      -- one row per user and month: never two reminders
        user_key TEXT NOT NULL,
        month TEXT NOT NULL,            -- YYYY-MM
        sent_at REAL NOT NULL,
        PRIMARY KEY (user_key, month)
    );
    CREATE TABLE notices (            -- drafted on a rate change or written by an admin
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at REAL NOT NULL,
        source TEXT NOT NULL,           -- rates | admin
        body TEXT NOT NULL,             -- HTML, already escaped
        status TEXT NOT NULL,           -- draft | sending | sent | dropped
        author TEXT NOT NULL DEFAULT '',
        sent_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE notice_deliveries (  -- claimed before sending: a restart never sends twice
        notice_id INTEGER NOT NULL,
        user_key TEXT NOT NULL,
        sent_at REAL NOT NULL,
        PRIMARY KEY (notice_id, user_key)
    );
    CREATE TABLE handoffs (           -- "Tanya petugas": only the question goes to staff
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question TEXT NOT NULL,         -- as logged (long digit runs masked)
        qlog_id INTEGER,
        status TEXT NOT NULL,           -- open | answered | closed
        created_at REAL NOT NULL,
        answered_at REAL,
        answer TEXT,
        closed_at REAL,
        closed_by TEXT                  -- user | staff
    );
    CREATE INDEX handoffs_status ON handoffs(status);
    """),
    # ---- issue 15 (F9): Telegram updates recorded before they are acknowledged.
    (5, """
    CREATE TABLE inbox (              -- Telegram updates, recorded before they are acknowledged
        update_id INTEGER PRIMARY KEY,
        payload TEXT,                   -- the update JSON while pending; NULL once answered
        state TEXT NOT NULL,            -- pending | answering | done
        received_at REAL NOT NULL
    );
    CREATE INDEX inbox_state ON inbox(state);
    """),
    # ---- issue 18: the reply language a user chose (/bahasa) or last wrote in.
    (6, """
    CREATE TABLE user_language (      -- the reply language a user chose or last wrote in
        key TEXT PRIMARY KEY,           -- channel:user
        language TEXT NOT NULL,         -- id | en
        updated_at REAL NOT NULL
    );
    """),
]


class Database:
    """Owns the aiosqlite connection; `open()` creates the file and applies migrations."""

    def __init__(self, path: Path | str):
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None
        # Chats are handled concurrently on the one connection: a write and its commit (or a
        # rollback) must not interleave with another chat's, or a rollback would drop it.
        self.write_lock = asyncio.Lock()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not open")
        return self._conn

    async def open(self) -> Database:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = await aiosqlite.connect(self.path)
        self._conn.row_factory = aiosqlite.Row
        if self.path != ":memory:":
            await self._conn.execute("PRAGMA journal_mode=WAL")
        # Deleted rows are overwritten with zeros, not left in free pages: /hapusdata must
        # really delete. Many builds default to this, but not all, so it is set explicitly.
        await self._conn.execute("PRAGMA secure_delete=ON")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        await self._migrate()
        return self

    async def _migrate(self) -> None:
        conn = self.conn
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        async with conn.execute("SELECT MAX(version) FROM schema_version") as cur:
            row = await cur.fetchone()
        current = row[0] or 0
        await conn.commit()
        for version, sql in MIGRATIONS:
            if version > current:
                # executescript() commits whatever is pending and then runs in autocommit, so
                # the transaction is spelled out in the script: the schema change and its
                # version row commit together, or neither does (a crash or an error half-way
                # would otherwise leave tables without their version row, and the next start
                # would fail with "table ... already exists").
                # IMMEDIATE: another process starting on the same file at the same moment
                # (webhook instances) waits for this one, then finds the migration applied.
                try:
                    await conn.executescript(
                        f"BEGIN IMMEDIATE;\n{sql}\n;INSERT INTO schema_version(version) "
                        f"VALUES ({version:d});\nCOMMIT;")
                except Exception:
                    if conn.in_transaction:
                        await conn.rollback()
                    async with conn.execute("SELECT MAX(version) FROM schema_version") as cur:
                        done = (await cur.fetchone())[0] or 0
                    if done >= version:
                        log.info("schema %s was applied by another process", version)
                        continue
                    raise
                log.info("database migrated to schema %s", version)

    async def _begin(self) -> None:
        """Take the file's write lock now (BEGIN IMMEDIATE). When another process writes the
        same file (webhook instances sharing it), SQLite answers "locked" at once instead of
        waiting whenever another chat's read is open on this connection; so wait here."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        delay = 0.002
        while True:
            try:
                await self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            await asyncio.sleep(delay)
            delay = min(0.05, delay * 2)

    async def write(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Cursor:
        """Run one writing statement and commit it, alone on the connection."""
        async with self.write_lock:
            await self._begin()
            try:
                cur = await self.conn.execute(sql, tuple(params))
            except Exception:
                # Under the lock every pending change is this statement's: safe to undo.
                if self.conn.in_transaction:
                    await self.conn.rollback()
                raise
            await self.conn.commit()
            return cur

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Several writing statements committed together, alone on the connection: chats run
        concurrently, and another chat's failed write must never roll back (or commit) these."""
        async with self.write_lock:
            await self._begin()
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    await self.conn.rollback()
                raise
            await self.conn.commit()

    async def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it.

        After a deletion the deleted rows' old pages stay in the -wal file until a checkpoint;
        TRUNCATE makes "deleted" true on disk now, not at the next clean stop.
        """
        if self.path != ":memory:":
            async with self.write_lock, self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"
                                                          ) as cur:
                await cur.fetchall()

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
