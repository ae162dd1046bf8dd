"""Shared fixtures: real FAQ files, real templates, a real SQLite file per test.

Telegram fixtures (the fake Bot API, the polling harness) are in tests/telegram/conftest.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.core.settings import PROJECT_ROOT, Settings, load_settings

AS_OF = date(2026, 11, 24)
FAQ_DIR = PROJECT_ROOT / "faq"
TEMPLATES_DIR = PROJECT_ROOT / "templates"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    base = load_settings(env={}, dotenv=tmp_path / "absent.env")
    return replace(base, bot_db_path=tmp_path / "bot.sqlite3", faq_dir=FAQ_DIR,
                   templates_dir=TEMPLATES_DIR, admin_ids=frozenset({999}))


@pytest.fixture
async def engine(settings: Settings):
    eng = await build_engine(settings, as_of=AS_OF)
    yield eng
    await close_engine(eng)
