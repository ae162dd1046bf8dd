"""Telegram fixtures: the in-process fake Bot API and the real application polling it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app.composition import build_engine
from bot.core.settings import Settings
from tests.conftest import AS_OF
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI
from tests.telegram.harness import BotHarness


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
