"""Several processes on one SQLite file (webhook instances sharing it, issue 19)."""

from __future__ import annotations

import subprocess
import sys

from bot.core.settings import PROJECT_ROOT

OPEN = """
import asyncio, sys
from bot.storage.sqlite import SqliteDatabase
async def main():
    db = await SqliteDatabase(sys.argv[1]).open()
    await db.write("INSERT INTO meta(key, value) VALUES (?, ?)", (sys.argv[2], "x"))
    await db.close()
asyncio.run(main())
"""


def test_processes_starting_together_migrate_a_new_file_once(tmp_path):
    # Before: two processes read "schema 0" together, and the slower one failed with "table
    # sessions already exists" and did not start.
    for round_ in range(3):
        path = tmp_path / f"bot{round_}.sqlite3"
        procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(path), f"p{i}"],
                                  cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True)
                 for i in range(3)]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], errors


async def test_a_failed_open_closes_its_connection(tmp_path, monkeypatch):
    # Before: the connection stayed open after a failed migration, and aiosqlite's thread kept
    # the process from exiting (a start that failed hung instead of exiting).
    import asyncio
    import threading

    from bot.storage import database
    from bot.storage.sqlite import SqliteDatabase

    before = threading.active_count()
    monkeypatch.setattr(database, "MIGRATIONS", [(1, "THIS IS NOT SQL")])
    db = SqliteDatabase(tmp_path / "bad.sqlite3")
    try:
        await db.open()
    except Exception:
        pass
    else:
        raise AssertionError("a broken migration must fail the open")
    assert db._conn is None
    for _ in range(100):  # the closed connection's thread ends right after its last job
        if threading.active_count() <= before:
            break
        await asyncio.sleep(0.02)
    assert threading.active_count() <= before
