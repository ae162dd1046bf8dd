"""Shared fixtures: real FAQ files, real templates, a real SQLite file per test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.core import build_engine, close_engine
from bot.settings import PROJECT_ROOT, Settings, load_settings
from tests.fake_bot_api import TOKEN, FakeBotAPI
from tests.telegram_harness import BotHarness

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


def pinned(settings: Settings):
    """The engine factory the Telegram tests use: dates pinned to AS_OF."""
    return build_engine(settings, as_of=AS_OF)


@pytest.fixture
def tg_settings(settings: Settings) -> Settings:
    return replace(settings, telegram_bot_token=TOKEN, reload_check_seconds=0.2)


@pytest.fixture
def fake() -> FakeBotAPI:
    return FakeBotAPI()


@pytest.fixture
async def bot(tg_settings: Settings, fake: FakeBotAPI):
    """The real application polling the in-process fake Bot API."""
    harness = BotHarness(tg_settings, fake, pinned)
    await harness.start()
    yield harness
    await harness.stop()
    assert fake.unknown == []  # the bot only called methods Telegram has
