"""Chats write concurrently on one connection: a refused write never undoes another's."""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import date

from bot.storage.registrations import DuplicateNik, Registration, RegistrationStore


def _reg(owner: str) -> Registration:
    return Registration(owner_key=owner, nik="3273015708900003", full_name="Siti",
                        birth_date=date(1990, 8, 17), phone="+6281234567890",
                        occupation="Pedagang", transport=False, region_code="32.73",
                        region_name="Kota Bandung", monthly_income=2500000, with_jht=True,
                        monthly_estimate=None, consent_at=time.time())


async def test_duplicate_nik_rollback_does_not_drop_other_chats_writes(engine):
    store = RegistrationStore(engine.db)  # all adds race for one new NIK: one wins

    async def duplicate(i: int) -> None:
        with contextlib.suppress(DuplicateNik):
            await store.add(_reg(f"console:dup{i}"))

    async def question(i: int) -> int:
        return await engine.qlog.record(f"console:q{i}", "console", f"apa itu jht {i}",
                                        "answered", "jht-apa", 90.0)

    jobs = [duplicate(i) if i % 2 else question(i) for i in range(60)]
    results = await asyncio.gather(*jobs)
    ids = [r for r in results if isinstance(r, int)]
    assert await engine.db.fetchval("SELECT COUNT(*) FROM question_log") == len(ids) == 30
    assert len(await store.all()) == 1
