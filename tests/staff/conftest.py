"""Staff fixtures: an engine on its own copy of the real FAQ, which a test may edit."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.core.settings import Settings
from tests.conftest import AS_OF, FAQ_DIR


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    return target


@pytest.fixture
async def live(settings: Settings, faq_copy: Path):
    """The engine on `faq_copy`, checking for changed files on every tick."""
    eng = await build_engine(replace(settings, faq_dir=faq_copy, reload_check_seconds=0),
                             as_of=AS_OF)
    yield eng
    await close_engine(eng)
