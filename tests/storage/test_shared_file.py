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
