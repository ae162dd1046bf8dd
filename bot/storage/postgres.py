"""The PostgreSQL engine (asyncpg): a pool for statements, advisory locks across instances.

Three kinds of connections, so none can starve another: the query pool (each statement or
transaction borrows one briefly), the lock pool (one per chat being handled, holding its
advisory locks for the block) and one leader connection (holds the session-level locks of the
periodic jobs this instance leads; closing it hands them to another instance).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

import asyncpg

from bot.storage import schema_postgres
from bot.storage import unit as units
from bot.storage.database import (
    Database,
    Executor,
    IntegrityError,
    Params,
    Result,
    describe,
    dollar_params,
)

log = logging.getLogger(__name__)

# A chat being handled holds one query connection for its unit of work (unit.py), so as many
# as chats handled at once (LOCK_POOL_SIZE); statements outside units share them.
QUERY_POOL_SIZE = 20
# Chats handled at once per instance (each holds one connection while it is handled).
LOCK_POOL_SIZE = 20
# Advisory lock classes (first key of the two-int form), so chats, jobs and migrations never
# share a lock; the second key hashes the schema name with the key, so two deployments in
# different schemas of one database do not block each other.
CHAT, JOB, MIGRATE = 1, 2, 3


async def _keep_session(_conn: Any) -> None:
    """Query-pool connections never change session state (no SET, LISTEN or session locks):
    skipping asyncpg's reset query saves a round trip per statement. An open transaction is
    still rolled back by the pool."""


def _rowcount(status: str) -> int:
    """The row count in a command tag: 'UPDATE 3', 'INSERT 0 1', 'DELETE 0'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _Conn(Executor):
    """Statements on one connection (a transaction's, or one borrowed from the pool)."""

    def __init__(self, conn: Any):
        self.conn = conn

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        return list(await self.conn.fetch(dollar_params(sql), *params))

    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        sql = dollar_params(sql)
        try:
            if " RETURNING " in sql.upper():
                rows = await self.conn.fetch(sql, *params)
                return Result(len(rows), rows[0][0] if rows else None)
            return Result(_rowcount(await self.conn.execute(sql, *params)))
        except asyncpg.IntegrityConstraintViolationError as err:
            raise IntegrityError(str(err)) from err

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.conn.executemany(dollar_params(sql), [tuple(row) for row in rows])

    async def insert(self, sql: str, params: Params = ()) -> int:
        return int((await self.write(f"{sql} RETURNING id", params)).lastrowid or 0)


class _UnitConn(_Conn):
    """A unit's statements: each write in its own savepoint, so a refused one (a duplicate
    key the store expects and handles) undoes only itself, as on SQLite, instead of aborting
    the whole transaction."""

    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        async with self.conn.transaction():
            return await super().write(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self.conn.transaction():
            await super().executemany(sql, rows)


class PostgresUnit(units.Unit):
    """A unit on one pooled connection: the first statement borrows it and begins the
    transaction; every statement of the task until the end runs on it (reads too, so they see
    the unit's own writes); a nested `transaction()` is a savepoint (asyncpg nests them so)."""

    db: PostgresDatabase

    def __init__(self, db: PostgresDatabase):
        super().__init__(db)
        self._conn: Any = None
        self._tx: Any = None

    async def executor(self) -> Executor:
        if self._conn is None:
            conn = await self.db.pool.acquire()
            try:
                tx = conn.transaction()
                await tx.start()
            except BaseException:
                await self.db.pool.release(conn)
                raise
            self._conn, self._tx = conn, tx
        return _UnitConn(self._conn)

    @contextlib.asynccontextmanager
    async def savepoint(self) -> AsyncIterator[Executor]:
        await self.executor()
        async with self._conn.transaction():
            yield _Conn(self._conn)

    async def finish(self, commit: bool) -> None:
        conn, tx, self._conn, self._tx = self._conn, self._tx, None, None
        if conn is None:
            return
        try:
            if commit:
                await tx.commit()
            else:
                await tx.rollback()
        finally:
            await self.db.pool.release(conn)


class PostgresDatabase(Database):
    """DATABASE_URL=postgresql://...: the data every instance of the bot shares."""

    dialect = "postgres"

    def __init__(self, url: str):
        self.url = url
        self._pool: Any = None
        self._lock_pool: Any = None
        self._leader: Any = None
        self._leading: set[str] = set()
        self._leader_lock = asyncio.Lock()
        self.namespace = ""

    @property
    def pool(self) -> Any:
        if self._pool is None:
            raise RuntimeError("database is not open")
        return self._pool

    async def open(self) -> PostgresDatabase:
        self._pool = await asyncpg.create_pool(self.url, min_size=1, max_size=QUERY_POOL_SIZE,
                                               reset=_keep_session)
        # The default reset on release runs pg_advisory_unlock_all(): it frees a chat's locks.
        self._lock_pool = await asyncpg.create_pool(self.url, min_size=0,
                                                    max_size=LOCK_POOL_SIZE)
        self.namespace = str(await self._pool.fetchval("SELECT current_schema()"))
        await self._migrate()
        log.debug("database: %s, schema %s", describe(self.url), self.namespace)
        return self

    async def _migrate(self) -> None:
        """Each migration and its version row in one transaction; one instance at a time."""
        async with self.pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1, hashtext($2))", MIGRATE,
                               self.namespace)
            try:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                current = await conn.fetchval("SELECT MAX(version) FROM schema_version") or 0
                for version, sql in schema_postgres.MIGRATIONS:
                    if version > current:
                        async with conn.transaction():
                            await conn.execute(sql)
                            await conn.execute(
                                "INSERT INTO schema_version(version) VALUES ($1)", version)
                        log.info("database migrated to schema %s", version)
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1, hashtext($2))", MIGRATE,
                                   self.namespace)

    # ---- statements: each on a pooled connection, committed at once (or in the unit) ----
    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        if (unit := units.current(self)) is not None:
            return await (await unit.executor()).fetchall(sql, params)
        return list(await self.pool.fetch(dollar_params(sql), *params))

    async def write(self, sql: str, params: Params = (), urgent: bool = False) -> Result:
        if (unit := units.current(self)) is not None:
            return await (await unit.executor()).write(sql, params)
        async with self.pool.acquire() as conn:
            return await _Conn(conn).write(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if (unit := units.current(self)) is not None:
            await (await unit.executor()).executemany(sql, rows)
            return
        await self.pool.executemany(dollar_params(sql), [tuple(row) for row in rows])

    async def insert(self, sql: str, params: Params = ()) -> int:
        if (unit := units.current(self)) is not None:
            return await (await unit.executor()).insert(sql, params)
        async with self.pool.acquire() as conn:
            return await _Conn(conn).insert(sql, params)

    def transaction(self) -> AbstractAsyncContextManager[Executor]:
        if (unit := units.current(self)) is not None:
            return unit.savepoint()
        return self._transaction()

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[Executor]:
        async with self.pool.acquire() as conn, conn.transaction():
            yield _Conn(conn)

    def unit(self) -> AbstractAsyncContextManager[units.Unit]:
        return units.open_unit(PostgresUnit(self))

    # ---- cross-instance primitives ------------------------------------------------------
    @contextlib.asynccontextmanager
    async def chat_lock(self, *keys: str) -> AsyncIterator[None]:
        """Session-level advisory locks on one connection of the lock pool, taken in one
        statement in sorted order (no deadlock between instances); the pool's reset on release
        (pg_advisory_unlock_all, or closing the connection if that fails) frees them."""
        if self._lock_pool is None:
            raise RuntimeError("database is not open")
        ordered = [f"{self.namespace}:{key}" for key in sorted(set(keys))]
        calls = ", ".join(f"pg_advisory_lock({CHAT}, hashtext(${i}))"
                          for i in range(1, len(ordered) + 1))
        async with self._lock_pool.acquire() as conn:
            if ordered:
                await conn.execute(f"SELECT {calls}", *ordered)
            yield

    async def try_lead(self, job: str) -> bool:
        """Session-level `pg_try_advisory_lock` on the leader connection: kept while this
        instance runs; a lost connection loses the lead (and it is tried again)."""
        async with self._leader_lock:
            try:
                if self._leader is None or self._leader.is_closed():
                    self._leading.clear()
                    self._leader = await asyncpg.connect(self.url)
                if job in self._leading:
                    await self._leader.fetchval("SELECT 1")  # still connected: still held
                    return True
                if await self._leader.fetchval("SELECT pg_try_advisory_lock($1, hashtext($2))",
                                               JOB, f"{self.namespace}:{job}"):
                    self._leading.add(job)
                    log.info("this instance now leads %s", job)
                    return True
                return False
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
                log.warning("leader connection lost; not leading %s this time", job)
                await self._drop_leader()
                return False

    async def _drop_leader(self) -> None:
        leader, self._leader = self._leader, None
        self._leading.clear()
        if leader is not None:
            with contextlib.suppress(Exception):
                await leader.close(timeout=5)

    async def close(self) -> None:
        await self._drop_leader()
        for name in ("_lock_pool", "_pool"):
            pool = getattr(self, name)
            setattr(self, name, None)
            if pool is not None:
                await pool.close()
