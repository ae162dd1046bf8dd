"""One unit of work per update: its writes commit together or not at all (issue 15, F9).

On both engines: "committed" is what another connection (a restarted process, another
instance) finds.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path

import pytest

from bot.storage.database import Database, IntegrityError, open_database
from bot.storage.unit import WriteLock


@pytest.fixture
async def db(tmp_path, backend, database_url):
    database = await open_database(database_url or tmp_path / "unit.sqlite3")
    await database.write("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
    yield database
    await database.close()


async def _committed(db: Database) -> dict[str, int]:
    """What another connection (a restarted process, another instance) would find."""
    if db.dialect == "sqlite":
        with sqlite3.connect(db.path) as other:  # type: ignore[attr-defined]
            return dict(other.execute("SELECT k, v FROM t").fetchall())
    import asyncpg

    other = await asyncpg.connect(db.url)  # type: ignore[attr-defined]
    try:
        return {r[0]: r[1] for r in await other.fetch("SELECT k, v FROM t")}
    finally:
        await other.close()


async def test_writes_in_a_unit_are_committed_only_at_its_end(db):
    async with db.unit():
        await db.write("INSERT INTO t VALUES ('a', 1)")
        async with db.transaction() as tx:
            await tx.write("INSERT INTO t VALUES ('b', 2)")
        assert await db.fetchval("SELECT v FROM t WHERE k = 'b'") == 2  # seen inside
        assert await _committed(db) == {}  # a crash here leaves nothing
    assert await _committed(db) == {"a": 1, "b": 2}


async def test_a_failing_unit_leaves_nothing(db):
    with contextlib.suppress(RuntimeError):
        async with db.unit():
            await db.write("INSERT INTO t VALUES ('a', 1)")
            raise RuntimeError("handler failed")
    assert await _committed(db) == {}
    await db.write("INSERT INTO t VALUES ('c', 3)")  # the lock was released
    assert await _committed(db) == {"c": 3}


async def test_a_failing_transaction_inside_undoes_only_itself(db):
    async with db.unit():
        await db.write("INSERT INTO t VALUES ('a', 1)")
        with contextlib.suppress(IntegrityError):
            async with db.transaction() as tx:
                await tx.write("INSERT INTO t VALUES ('b', 2)")
                await tx.write("INSERT INTO t VALUES ('a', 9)")  # duplicate key
    assert await _committed(db) == {"a": 1}


async def test_a_refused_write_in_a_unit_undoes_only_itself(db):
    """A store that expects a duplicate key (a NIK already registered) catches it and goes on:
    the unit's other writes still commit (on PostgreSQL too, where a failed statement would
    otherwise abort the whole transaction)."""
    async with db.unit():
        await db.write("INSERT INTO t VALUES ('a', 1)")
        with pytest.raises(IntegrityError):
            await db.write("INSERT INTO t VALUES ('a', 9)")
        await db.write("INSERT INTO t VALUES ('b', 2)")
    assert await _committed(db) == {"a": 1, "b": 2}


async def test_other_tasks_write_outside_the_unit(db):
    """Another chat's write waits for the unit, and is never part of (or undone with) it."""
    started = asyncio.Event()

    async def other() -> None:
        await started.wait()
        await db.write("INSERT INTO t VALUES ('other', 2)")

    task = asyncio.create_task(other())
    with contextlib.suppress(RuntimeError):
        async with db.unit():
            await db.write("INSERT INTO t VALUES ('mine', 1)")
            started.set()
            await asyncio.sleep(0.01)  # the other task now waits for the lock
            raise RuntimeError("rolled back")
    await task
    assert await _committed(db) == {"other": 2}


async def test_a_checkpoint_in_a_unit_waits_for_the_commit(db, backend):
    """/hapusdata checkpoints after deleting: inside a unit, only once the deletion commits
    (before it, the checkpoint could not move it out of the -wal file)."""
    if backend != "sqlite":
        pytest.skip("PostgreSQL has no write-ahead log file to empty")
    wal = Path(db.path + "-wal")  # type: ignore[attr-defined]
    async with db.unit() as unit:
        await db.write("INSERT INTO t VALUES ('a', 1)")
        await db.checkpoint()
        assert len(unit.after_commit) == 1  # deferred
    assert await _committed(db) == {"a": 1}
    assert wal.stat().st_size == 0  # checkpointed after the commit: the -wal is empty


async def test_urgent_writers_go_before_waiting_ones():
    lock = WriteLock()
    order: list[str] = []
    await lock.acquire()

    async def take(name: str, urgent: bool) -> None:
        await lock.acquire(urgent)
        order.append(name)
        lock.release()

    tasks = [asyncio.create_task(take("unit1", False)), asyncio.create_task(take("unit2", False))]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(take("mark", True)))
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    assert order == ["mark", "unit1", "unit2"]
    assert not lock.locked()


async def test_a_cancelled_waiter_does_not_keep_the_lock():
    lock = WriteLock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    assert not lock.locked()
    await asyncio.wait_for(lock.acquire(), 1)
