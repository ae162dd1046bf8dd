"""Files that hold personal data are never offered to `git add`."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from bot.core.settings import PROJECT_ROOT


@pytest.mark.parametrize("path", ["data/bot.sqlite3", "data/bot.sqlite3-wal",
                                  "data/bot.sqlite3-shm", "data/bot.sqlite3-journal", ".env"])
def test_database_side_files_are_ignored(path: str) -> None:
    if shutil.which("git") is None or not (PROJECT_ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    result = subprocess.run(["git", "check-ignore", "-q", path], cwd=PROJECT_ROOT, check=False)
    assert result.returncode == 0, f"{path} is not in .gitignore"
