"""One storage interface over two engines: SQLite (aiosqlite, the default) and PostgreSQL
(asyncpg, when DATABASE_URL is set). Stores speak `?` placeholders; rows read by column name.

The SQLite migrations stay here (shipped, never edited); PostgreSQL's are in schema_postgres.
"""

from __future__ import annotations

import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.core.settings import Settings
    from bot.storage.unit import Unit

log = logging.getLogger(__name__)

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
    # ---- issue 15 (F9): replies recorded with the state change of the update they answer.
    (7, """
    CREATE TABLE reply_outbox (       -- planned Telegram sends, committed with the update's state
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        update_id INTEGER NOT NULL,     -- the update answered (inbox.update_id)
        seq INTEGER NOT NULL,           -- order within the update
        chat_id INTEGER NOT NULL,
        body TEXT,                      -- JSON: method, text, markup...; NULL once settled
        content BLOB,                   -- a document's bytes; NULL once settled
        state TEXT NOT NULL,            -- queued | sending | unsure | sent | failed
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        UNIQUE (update_id, seq)
    );
    CREATE INDEX reply_outbox_state ON reply_outbox(state);
    """),
    # ---- issue 19: Telegram's outbound limit shared by the instances (used on PostgreSQL;
    # created on both engines so the version numbers stay the same).
    (8, """
    CREATE TABLE send_budget (        -- one row per limit: the next free send slot
        key TEXT PRIMARY KEY,           -- all | group:<chat id>
        tat REAL NOT NULL               -- unix time of the next slot (GCRA "theoretical arrival")
    );
    """),
    # ---- a user's last answer, read for a short follow-up (bot/answers/context.py), and
    # the per-user count and deletion (/hapusdata): by user, newest first.
    (9, """
    CREATE INDEX question_log_user ON question_log(user_hash, id);
    """),
    # ---- notices in English too: a rate change drafted in both languages, and an admin's
    # text framed in English, for the subscribers who write English (user_language).
    (10, """
    ALTER TABLE notices ADD COLUMN body_en TEXT NOT NULL DEFAULT '';
    """),
]

# Rows (aiosqlite.Row, asyncpg.Record) are read by column name, by index, or as a tuple().
Params = Iterable[Any]


class IntegrityError(Exception):
    """A constraint (UNIQUE, NOT NULL...) refused a write, on either engine."""


@dataclass(frozen=True)
class Result:
    """What a writing statement did: rows affected, and the new row's id for an INSERT."""

    rowcount: int
    lastrowid: int | None = None


class Executor(ABC):
    """Statements on one engine: the database itself, or an open transaction."""

    @abstractmethod
    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]: ...

    @abstractmethod
    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        """Run one writing statement (committed at once outside a transaction). `urgent`
        goes ahead of waiting units of work where writes queue (SQLite)."""

    @abstractmethod
    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    async def insert(self, sql: str, params: Params = ()) -> int:
        """An INSERT into a table with an `id` column; the new row's id."""

    async def fetchone(self, sql: str, params: Params = ()) -> Any | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


class Database(Executor):
    """The storage interface the stores use; `open_database` picks the engine."""

    dialect: str = ""

    @abstractmethod
    async def open(self) -> Database:
        """Connect and apply the migrations this dialect has not run yet."""

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Executor]:
        """Several writes committed together (and rolled back together on an error); inside
        a `unit()`, a savepoint of the unit's transaction."""

    @abstractmethod
    def unit(self) -> AbstractAsyncContextManager[Unit]:
        """Every statement of this task inside runs in one transaction, committed at the end
        (bot/storage/unit.py); the caller holds the chat's `chat_lock` around it."""

    @abstractmethod
    def chat_lock(self, *keys: str) -> AbstractAsyncContextManager[None]:
        """Hold these keys (sorted, all or nothing) against every instance sharing the data."""

    @abstractmethod
    async def try_lead(self, job: str) -> bool:
        """True while this instance is the one that runs `job` (periodic work)."""

    async def checkpoint(self) -> None:
        """Make deletions final on disk now (SQLite's write-ahead log); else nothing."""

    @abstractmethod
    async def close(self) -> None: ...


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def database_target(settings: Settings, db_path: Path | str | None = None) -> str | Path:
    """Where the data lives: an explicit `--db PATH` (always a SQLite file), else
    DATABASE_URL (PostgreSQL), else the SQLite file at BOT_DB_PATH."""
    if db_path is not None:
        return db_path
    return settings.database_url or settings.bot_db_path


def sqlite_file_missing(target: str | Path) -> bool:
    """A report reads existing data: a SQLite target that is not a file yet has none (and
    opening it would create it)."""
    return not is_postgres_url(target) and not Path(target).is_file()


def describe(target: str | Path) -> str:
    """The target for a message or a log line: never a password."""
    if is_postgres_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(str(target))
        return f"PostgreSQL {parts.hostname or 'localhost'}{parts.path}"
    return str(target)


async def open_database(target: str | Path) -> Database:
    """Open (and migrate) the database: a postgresql:// URL, else a SQLite file path."""
    db: Database
    if is_postgres_url(target):
        from bot.storage.postgres import PostgresDatabase

        db = PostgresDatabase(str(target))
    else:
        from bot.storage.sqlite import SqliteDatabase

        db = SqliteDatabase(target)
    return await db.open()


@functools.lru_cache(maxsize=1024)
def dollar_params(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2...`; a `?` inside a quoted string stays."""
    out, n, quote = [], 0, ""
    for ch in sql:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            n += 1
            out.append(f"${n}")
            continue
        out.append(ch)
    return "".join(out)
