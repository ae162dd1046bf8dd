"""Two instances on one PostgreSQL database reload edited content; the admins hear it once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.core.settings import Settings
from tests.conftest import AS_OF
from tests.pg import fresh_schema
from tests.staff.test_reload import NEW_ENTRY, NEW_QUESTION, admin_messages, ask, edit


@pytest.fixture
async def two_instances(settings: Settings, faq_copy: Path):
    async with fresh_schema() as url:
        shared = replace(settings, database_url=url, faq_dir=faq_copy, reload_check_seconds=0)
        a = await build_engine(shared, as_of=AS_OF)
        b = await build_engine(shared, as_of=AS_OF)
        try:
            yield a, b
        finally:
            await close_engine(a)
            await close_engine(b)


async def test_each_instance_reloads_but_the_admins_are_told_once(two_instances, faq_copy):
    a, b = two_instances
    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    edit(path, text + NEW_ENTRY)
    await b.tick()
    await a.tick()
    for engine in (a, b):  # both serve the new entry
        assert (await ask(engine, NEW_QUESTION)).entry_id == "jkm-uji-baru"
    notices = admin_messages(a) + admin_messages(b)
    assert len(notices) == 1, notices

    # A broken edit: both keep the last good content, one problem report reaches the admins.
    edit(path, text.replace("    audience: all\n", "    audience: semua\n", 1))
    await a.tick()
    await b.tick()
    notices = admin_messages(a) + admin_messages(b)
    assert len(notices) == 1 and "audience harus salah satu dari" in notices[0]
    for engine in (a, b):
        assert (await ask(engine, NEW_QUESTION)).entry_id == "jkm-uji-baru"
