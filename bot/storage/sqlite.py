"""The SQLite engine (aiosqlite): one connection, WAL, writes serialised by one lock."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.keyedlocks import KeyedLocks
from bot.storage import database
from bot.storage import unit as units
from bot.storage.database import Database, Executor, IntegrityError, Params, Result

log = logging.getLogger(__name__)
# aiosqlite logs every statement WITH its parameters at DEBUG (NIKs, phone numbers): keep it
# quiet even when LOG_LEVEL=DEBUG, so personal data never reaches a log.
logging.getLogger("aiosqlite").setLevel(logging.INFO)

# How long a write waits for another connection's. Several processes on one file (webhook
# instances sharing it) take turns unfairly: a waiter can miss many turns under load.
BUSY_TIMEOUT_MS = 30_000


class _Tx(Executor):
    """Statements inside `SqliteDatabase.transaction()`: committed by the block's end."""

    def __init__(self, conn: aiosqlite.Connection):
        self.conn = conn

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        try:
            cur = await self.conn.execute(sql, tuple(params))
        except sqlite3.IntegrityError as err:
            raise IntegrityError(str(err)) from err
        return Result(cur.rowcount, cur.lastrowid)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.conn.executemany(sql, [tuple(row) for row in rows])

    async def insert(self, sql: str, params: Params = ()) -> int:
        return int((await self.write(sql, params)).lastrowid or 0)


_SAVEPOINTS = itertools.count(1)


class SqliteUnit(units.Unit):
    """A unit on the one connection: the first write takes the write lock and begins the
    transaction; reads before it run as any read does (the same connection)."""

    db: SqliteDatabase

    def __init__(self, db: SqliteDatabase):
        super().__init__(db)
        self.locked = False

    async def executor(self) -> Executor:
        if not self.locked:
            await self.db.write_lock.acquire()
            self.locked = True
            try:
                await self.db.begin()
            except BaseException:
                self.locked = False
                self.db.write_lock.release()
                raise
        return _Tx(self.db.conn)

    @contextlib.asynccontextmanager
    async def savepoint(self) -> AsyncIterator[Executor]:
        tx = await self.executor()
        name = f"sp{next(_SAVEPOINTS)}"
        await self.db.conn.execute(f"SAVEPOINT {name}")
        try:
            yield tx
        except BaseException:
            await self.db.conn.execute(f"ROLLBACK TO {name}")
            await self.db.conn.execute(f"RELEASE {name}")
            raise
        await self.db.conn.execute(f"RELEASE {name}")

    async def finish(self, commit: bool) -> None:
        if not self.locked:
            return
        try:
            if commit:
                await self.db.conn.commit()
            elif self.db.conn.in_transaction:
                await self.db.conn.rollback()
        finally:
            self.locked = False
            self.db.write_lock.release()


class SqliteDatabase(Database):
    """Owns the aiosqlite connection; `open()` creates the file and applies migrations."""

    dialect = "sqlite"

    def __init__(self, path: Path | str):
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None
        # Chats are handled concurrently on the one connection: a write and its commit (or a
        # rollback) must not interleave with another chat's, or a rollback would drop it.
        self.write_lock = units.WriteLock()
        # One process owns the file, so an in-process lock per key is a lock for everyone.
        self._chat_locks = KeyedLocks()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not open")
        return self._conn

    async def open(self) -> SqliteDatabase:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = await aiosqlite.connect(self.path)
        try:
            await self._setup()
        except BaseException:
            # A connection left open keeps aiosqlite's thread alive: the process could not exit.
            conn, self._conn = self._conn, None
            await conn.close()
            raise
        return self

    async def _setup(self) -> None:
        conn = self.conn
        conn.row_factory = aiosqlite.Row
        # First, so that every statement below waits for another process's lock.
        await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if self.path != ":memory:":
            await self._wal(conn)
        # Deleted rows are overwritten with zeros, not left in free pages: /hapusdata must
        # really delete. Many builds default to this, but not all, so it is set explicitly.
        await conn.execute("PRAGMA secure_delete=ON")
        await conn.execute("PRAGMA foreign_keys=ON")
        await self._migrate()

    @staticmethod
    async def _wal(conn: aiosqlite.Connection) -> None:
        """Switch the file to WAL. Processes opening a new file together can get "database is
        locked" here at once (SQLite does not wait on a journal-mode change that could
        deadlock), so it is retried within the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                await conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.05)

    async def _migrate(self) -> None:
        conn = self.conn
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        async with conn.execute("SELECT MAX(version) FROM schema_version") as cur:
            row = await cur.fetchone()
        current = (row[0] if row else 0) or 0
        await conn.commit()
        for version, sql in database.MIGRATIONS:
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
                        done = (await cur.fetchone() or (0,))[0] or 0
                    if done >= version:
                        log.info("schema %s was applied by another process", version)
                        continue
                    raise
                log.info("database migrated to schema %s", version)

    # ---- reads: on the one connection, outside the write lock ------------------------
    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    # ---- writes: each alone on the connection, committed (or in this task's unit) -------
    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        """Run one writing statement and commit it, alone on the connection (or, inside a
        `unit()`, add it to the unit's transaction). `urgent` goes ahead of waiting units."""
        if (unit := units.current(self)) is not None:
            return await (await unit.executor()).write(sql, params)
        async with self._locked(urgent) as tx:
            return await tx.write(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self.transaction() as tx:
            await tx.executemany(sql, rows)

    async def insert(self, sql: str, params: Params = ()) -> int:
        async with self.transaction() as tx:
            return await tx.insert(sql, params)

    def transaction(self) -> AbstractAsyncContextManager[Executor]:
        """Several writing statements committed together, alone on the connection: chats run
        concurrently, and another chat's failed write must never roll back (or commit) these.
        Inside a `unit()` it is a savepoint of the unit's transaction."""
        if (unit := units.current(self)) is not None:
            return unit.savepoint()
        return self._locked(False)

    @contextlib.asynccontextmanager
    async def _locked(self, urgent: bool) -> AsyncIterator[Executor]:
        await self.write_lock.acquire(urgent)
        try:
            await self.begin()
            try:
                yield _Tx(self.conn)
            except BaseException:
                # Under the lock every pending change is this block's: safe to undo.
                if self.conn.in_transaction:
                    await self.conn.rollback()
                raise
            await self.conn.commit()
        finally:
            self.write_lock.release()

    async def begin(self) -> None:
        """Begin a transaction holding the file's write lock now (BEGIN IMMEDIATE; called
        holding the write lock). When another process writes the same file (webhook instances
        sharing it), SQLite answers "locked" at once instead of waiting whenever another
        chat's read is open on this connection; so wait here."""
        if self.conn.in_transaction:  # never the case under the lock; be safe
            await self.conn.commit()
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

    def unit(self) -> AbstractAsyncContextManager[units.Unit]:
        return units.open_unit(SqliteUnit(self))

    # ---- cross-instance primitives: one process owns the file ---------------------------
    @contextlib.asynccontextmanager
    async def chat_lock(self, *keys: str) -> AsyncIterator[None]:
        """Hold every key's in-process lock (sorted: no deadlock); idle ones are forgotten."""
        async with self._chat_locks.hold(sorted(set(keys))):
            yield

    async def try_lead(self, job: str) -> bool:
        return True

    async def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it.

        After a deletion the deleted rows' old pages stay in the -wal file until a checkpoint;
        TRUNCATE makes "deleted" true on disk now, not at the next clean stop.
        """
        if (unit := units.current(self)) is not None:
            unit.after_commit.append(self.checkpoint)  # the deletion is not on disk yet
            return
        if self.path != ":memory:":
            async with self.write_lock, self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"
                                                          ) as cur:
                await cur.fetchall()

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
