"""Each migration and its version row commit together: a failure half-way leaves nothing."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import database
from bot.storage.database import MIGRATIONS, Database

NEXT = MIGRATIONS[-1][0] + 1  # a migration added after all the real ones
BROKEN = (NEXT, "CREATE TABLE extra (x INTEGER); CREATE INDEX extra_x ON extra(no_such_column);")
FIXED = (NEXT, "CREATE TABLE extra (x INTEGER); CREATE INDEX extra_x ON extra(x);")


async def test_a_failed_migration_leaves_the_database_openable(tmp_path, monkeypatch):
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setattr(database, "MIGRATIONS", [*MIGRATIONS, BROKEN])
    with pytest.raises(sqlite3.OperationalError):
        await Database(path).open()
    monkeypatch.setattr(database, "MIGRATIONS", [*MIGRATIONS, FIXED])
    db = await Database(path).open()  # before the fix: "table extra already exists"
    try:
        async with db.conn.execute("SELECT MAX(version) FROM schema_version") as cur:
            assert (await cur.fetchone())[0] == NEXT
        async with db.conn.execute("SELECT COUNT(*) FROM schema_version") as cur:
            assert (await cur.fetchone())[0] == NEXT  # one row per migration, none twice
    finally:
        await db.close()


async def test_migrations_run_once(tmp_path):
    path = tmp_path / "bot.sqlite3"
    await (await Database(path).open()).close()
    db = await Database(path).open()
    try:
        async with db.conn.execute("SELECT COUNT(*) FROM schema_version") as cur:
            assert (await cur.fetchone())[0] == len(MIGRATIONS)
    finally:
        await db.close()
