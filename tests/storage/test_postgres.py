"""PostgreSQL only: locks across instances, leadership, and the CLI writing nothing to SQLite.

Two Database objects on one schema stand for two bot instances. Skipped without
TEST_DATABASE_URL; the dialect-neutral parts (placeholders, the setting) run always.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.settings import PROJECT_ROOT, SettingsError, load_settings
from bot.storage.database import Database, dollar_params, open_database
from tests.pg import fresh_schema

WAIT_STEPS = 1_000  # polls of 10 ms at most before a test gives up (never reached when right)


@pytest.fixture
async def pg_url():
    async with fresh_schema() as url:
        yield url


@pytest.fixture
async def two(pg_url):
    a, b = await open_database(pg_url), await open_database(pg_url)
    yield a, b
    await a.close()
    await b.close()


def test_placeholders_become_numbered_outside_quotes():
    assert dollar_params("SELECT ? , '?' , x = ? AND y = 'it''s ?'") == \
        "SELECT $1 , '?' , x = $2 AND y = 'it''s ?'"


def test_database_url_must_be_postgresql(tmp_path):
    env = {"DATABASE_URL": "postgresql://u:secret@db/bot"}
    settings = load_settings(env=env, dotenv=tmp_path / "none")
    assert settings.database_url == env["DATABASE_URL"] and "secret" not in repr(settings)
    with pytest.raises(SettingsError, match="DATABASE_URL"):
        load_settings(env={"DATABASE_URL": "mysql://x"}, dotenv=tmp_path / "none")


async def _waiting_advisory(db: Database) -> int:
    return int(await db.fetchval(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))


async def test_chat_lock_excludes_another_instance(two):
    a, b = two
    order: list[str] = []

    async def second() -> None:
        async with b.chat_lock("chat:1", "user:1"):
            order.append("b")

    async with a.chat_lock("user:1", "chat:1"):
        task = asyncio.create_task(second())
        for _ in range(WAIT_STEPS):  # until b's lock request is queued behind a's
            if await _waiting_advisory(a):
                break
            await asyncio.sleep(0.01)
        assert await _waiting_advisory(a) == 1 and order == []
        # another chat is not held up
        await asyncio.wait_for(_enter(b, "chat:2"), timeout=30)
        order.append("a")
    await asyncio.wait_for(task, timeout=30)
    assert order == ["a", "b"]
    assert await _waiting_advisory(a) == 0


async def _enter(db: Database, key: str) -> None:
    async with db.chat_lock(key):
        pass


async def test_exactly_one_leader_and_the_lead_moves_when_it_closes(pg_url):
    a, b, c = [await open_database(pg_url) for _ in range(3)]
    try:
        assert await a.try_lead("reminders:telegram")
        assert await a.try_lead("reminders:telegram")  # re-checked: still the leader
        assert not await b.try_lead("reminders:telegram")
        assert not await c.try_lead("reminders:telegram")
        assert await b.try_lead("notices:telegram")  # another job, another leader
        await a.close()
        leaders: list[bool] = []
        for _ in range(WAIT_STEPS):  # the server frees a's lock once its session has ended
            leaders = [await b.try_lead("reminders:telegram"),
                       await c.try_lead("reminders:telegram")]
            if any(leaders):
                break
            await asyncio.sleep(0.01)
        assert sorted(leaders) == [False, True]
    finally:
        for db in (a, b, c):
            await db.close()


async def test_two_instances_share_one_schema_but_not_another(pg_url):
    async with fresh_schema() as other_url:
        a, b = await open_database(pg_url), await open_database(other_url)
        try:
            assert await a.try_lead("job") and await b.try_lead("job")  # separate deployments
            await a.write("INSERT INTO meta(key, value) VALUES (?, ?)", ("k", "v"))
            assert await b.fetchval("SELECT value FROM meta WHERE key = ?", ("k",)) is None
        finally:
            await a.close()
            await b.close()


def _cli(tmp_path: Path, url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TELEGRAM_") and k != "BOT_DB_PATH"}
    env.update({"DATABASE_URL": url, "PYTHONPATH": str(PROJECT_ROOT),
                "BOT_DB_PATH": str(tmp_path / "data" / "bot.sqlite3"),
                "FAQ_DIR": str(PROJECT_ROOT / "faq"),
                "TEMPLATES_DIR": str(PROJECT_ROOT / "templates")})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=tmp_path, env=env, timeout=120)


def test_every_cli_command_uses_postgresql_and_writes_no_sqlite(tmp_path, pg_url):
    lines = "/pengingat\n" + json.dumps({"press": "rm:day:12"}) + "\napa itu jht\n"
    chat = _cli(tmp_path, pg_url, "chat", "--json", "--user", "555123", "--as-of", "2026-11-24",
                stdin=lines)
    assert chat.returncode == 0, chat.stderr
    assert "tanggal 12" in json.loads(chat.stdout.splitlines()[1])["replies"][0]["text"]
    due = _cli(tmp_path, pg_url, "reminders", "due", "--from", "2026-12-01", "--to", "2026-12-31")
    assert due.returncode == 0, due.stderr
    assert due.stdout.splitlines() == ["2026-12-12 ***5123 iuran"]  # read from PostgreSQL
    stats = _cli(tmp_path, pg_url, "report", "stats")
    assert stats.returncode == 0 and "Tanya petugas" in stats.stdout, stats.stderr
    for args in (["ask", "apa itu jht"], ["report", "misses"],
                 ["export", "registrations", "--out", "-"], ["faq", "learn"], []):
        result = _cli(tmp_path, pg_url, *args, stdin="halo\n/keluar\n")
        assert result.returncode == 0, (args, result.stderr)
    assert "PostgreSQL" in result.stderr  # `python -m bot` without a token says where data goes
    written = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert not [name for name in written if "sqlite" in name], written
