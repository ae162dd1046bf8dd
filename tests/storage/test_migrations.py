"""Each migration and its version row commit together: a failure half-way leaves nothing.
Both dialects have the same versions, tables and columns."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import database, schema_postgres
from bot.storage.database import MIGRATIONS, open_database

NEXT = MIGRATIONS[-1][0] + 1  # a migration added after all the real ones
BROKEN = (NEXT, "CREATE TABLE extra (x INTEGER); CREATE INDEX extra_x ON extra(no_such_column);")
FIXED = (NEXT, "CREATE TABLE extra (x INTEGER); CREATE INDEX extra_x ON extra(x);")


@pytest.fixture
def target(backend, database_url, tmp_path):
    return database_url or tmp_path / "bot.sqlite3"


def _patch(monkeypatch, backend: str, extra: tuple[int, str]) -> None:
    module = schema_postgres if backend == "postgres" else database
    monkeypatch.setattr(module, "MIGRATIONS", [*module.MIGRATIONS, extra])


async def test_a_failed_migration_leaves_the_database_openable(backend, target, monkeypatch):
    import asyncpg

    _patch(monkeypatch, backend, BROKEN)
    with pytest.raises((sqlite3.OperationalError, asyncpg.PostgresError)):
        await open_database(target)
    monkeypatch.undo()
    _patch(monkeypatch, backend, FIXED)
    db = await open_database(target)  # before the fix: "table extra already exists"
    try:
        assert await db.fetchval("SELECT MAX(version) FROM schema_version") == NEXT
        # one row per migration, none twice
        assert await db.fetchval("SELECT COUNT(*) FROM schema_version") == NEXT
    finally:
        await db.close()


async def test_migrations_run_once(target):
    await (await open_database(target)).close()
    db = await open_database(target)
    try:
        assert await db.fetchval("SELECT COUNT(*) FROM schema_version") == len(MIGRATIONS)
    finally:
        await db.close()


def test_both_dialects_have_the_same_versions():
    assert [v for v, _ in schema_postgres.MIGRATIONS] == [v for v, _ in MIGRATIONS]


async def test_both_dialects_have_the_same_tables_and_columns(database_url, backend, tmp_path):
    if backend == "sqlite":
        pytest.skip("compares with PostgreSQL")
    lite = await open_database(tmp_path / "bot.sqlite3")
    pg = await open_database(database_url)
    try:
        tables = [r[0] for r in await lite.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        expected = {t: [r["name"] for r in await lite.fetchall(f"PRAGMA table_info({t})")]
                    for t in tables}
        got = {}
        for t in tables:
            rows = await pg.fetchall(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position", (t,))
            got[t] = [r[0] for r in rows]
        assert got == expected
    finally:
        await lite.close()
        await pg.close()
