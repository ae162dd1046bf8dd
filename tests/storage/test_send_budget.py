"""Telegram's outbound limit shared by instances on one PostgreSQL database (issue 19).

Two Database objects on one schema stand for two instances. The clock is a parameter: each
reservation says what time it is, and the slot it gets is `now + wait`, so the test checks
the slots themselves, never the wall clock.
"""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.storage.database import open_database
from bot.storage.sendbudget import OVERALL, Limit, SendBudget
from tests.pg import fresh_schema

PER_SECOND = Limit(30, 1.0)
GROUP = Limit(20, 60.0, burst=4)
EPS = 1e-9  # float sums of 1/30: a slot exactly one period later is in the next window


@pytest.fixture
async def two():
    async with fresh_schema() as url:
        a, b = await open_database(url), await open_database(url)
        try:
            yield SendBudget(a, PER_SECOND, GROUP), SendBudget(b, PER_SECOND, GROUP)
        finally:
            await a.close()
            await b.close()


def most_in_a_window(slots: list[float], period: float) -> int:
    """The largest number of slots in any half-open window [t, t + period)."""
    slots = sorted(slots)
    best, j = 0, 0
    for i, start in enumerate(slots):
        while j < len(slots) and slots[j] < start + period - EPS:
            j += 1
        best = max(best, j - i)
    return best


async def test_two_instances_together_never_exceed_the_budget(two) -> None:
    a, b = two
    rng = random.Random(7)
    slots: list[float] = []
    now = 1_000.0
    for _ in range(150):  # 3 s of a fake clock, both instances asking far over the limit
        asks = [(budget, now) for budget in (a, b) for _ in range(rng.randint(0, 4))]
        waits = await asyncio.gather(*(budget.reserve(OVERALL, PER_SECOND, now=t)
                                       for budget, t in asks))
        slots += [t + wait for (_budget, t), wait in zip(asks, waits, strict=True)]
        now += 0.02
    assert len(slots) > 200
    assert most_in_a_window(slots, 1.0) <= 30
    # ... and the budget is used, not split: every slot of the 30/s is taken.
    assert most_in_a_window(slots, 1.0) == 30
    assert sum(1 for s in slots if s < 1_003.0) >= 89


async def test_one_instance_alone_may_use_the_whole_budget(two) -> None:
    a, _b = two
    waits = [await a.reserve(OVERALL, PER_SECOND, now=50.0) for _ in range(60)]
    assert waits[0] == 0.0
    # 60 sends in ~2 s: 30/s, not the 15/s a static half share of two instances allowed.
    assert waits[-1] == pytest.approx(59 / 30)
    assert most_in_a_window([50.0 + w for w in waits], 1.0) == 30


async def test_a_group_gets_a_few_at_once_and_at_most_20_a_minute(two) -> None:
    a, b = two
    slots = []
    for i in range(40):
        budget = a if i % 2 else b
        slots.append(500.0 + await budget.reserve("group:-100", GROUP, now=500.0))
    assert slots[:4] == [500.0] * 4  # a reply in parts goes out at once
    assert most_in_a_window(slots, 60.0) == 20
    # another group is not held up by this one
    assert await a.reserve("group:-200", GROUP, now=500.0) == 0.0


async def test_a_retry_after_on_one_instance_holds_the_other(two) -> None:
    a, b = two
    await a.reserve(OVERALL, PER_SECOND, now=10.0)
    await a.pause(5.0, now=10.0)
    assert await b.reserve(OVERALL, PER_SECOND, now=10.5) == pytest.approx(4.5)
    # the pause never shortens a wait that was already longer
    await b.pause(1.0, now=10.5)
    assert await a.reserve(OVERALL, PER_SECOND, now=10.5) == pytest.approx(4.5 + 1 / 30)


async def test_the_database_clock_is_used_without_a_fake_one(two) -> None:
    a, b = two
    assert await a.reserve(OVERALL, PER_SECOND) == 0.0
    wait = await b.reserve(OVERALL, PER_SECOND)  # right after: about one slot later
    assert 0.0 <= wait <= 1 / 30  # (0 only when this statement came a slot later)


def test_limit_spacing() -> None:
    assert PER_SECOND.interval == pytest.approx(1 / 30) and PER_SECOND.tolerance == 0
    assert GROUP.interval == pytest.approx(60 / 17) and GROUP.tolerance == pytest.approx(
        3 * 60 / 17)
