"""The rate limiter's shared path: slots from the database budget, 429s pause every instance."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter

from bot.storage.sendbudget import OVERALL, Limit
from bot.telegram.ratelimit import GROUP_LIMIT, RetryingRateLimiter, group_of, shared_budget


class FakeBudget:
    """Records reservations and pauses; optionally fails like an unreachable database."""

    def __init__(self, fail: bool = False):
        self.overall, self.group = Limit(30, 1.0), GROUP_LIMIT
        self.fail = fail
        self.calls: list[tuple[str, Any]] = []

    async def reserve(self, key: str, limit: Limit, now: float | None = None) -> float:
        if self.fail:
            raise OSError("database down")
        self.calls.append(("reserve", key))
        return 0.0

    async def pause(self, seconds: float, key: str = OVERALL, now: float | None = None) -> None:
        self.calls.append(("pause", round(seconds, 2)))


def limiter(budget: FakeBudget) -> RetryingRateLimiter:
    rl = RetryingRateLimiter(max_retries=2)
    rl.shared = budget  # type: ignore[assignment]
    return rl


async def call(rl: RetryingRateLimiter, endpoint: str, data: dict[str, Any],
               answers: list[Any] | None = None) -> Any:
    answers = list(answers or [{"ok": True}])

    async def callback() -> Any:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return await rl.process_request(callback, (), {}, endpoint, data, None)


async def test_a_private_chat_takes_one_slot_of_the_bot_budget() -> None:
    budget = FakeBudget()
    assert await call(limiter(budget), "sendMessage", {"chat_id": 42}) == {"ok": True}
    assert budget.calls == [("reserve", OVERALL)]


async def test_a_group_takes_its_own_slot_first() -> None:
    budget = FakeBudget()
    await call(limiter(budget), "sendMessage", {"chat_id": -100123})
    assert budget.calls == [("reserve", "group:-100123"), ("reserve", OVERALL)]
    assert group_of({"chat_id": "@channel"}) == "group:@channel"
    assert group_of({"chat_id": "42"}) is None


async def test_calls_without_a_chat_and_chat_actions_take_no_slot() -> None:
    budget = FakeBudget()
    rl = limiter(budget)
    await call(rl, "getMe", {})
    await call(rl, "sendChatAction", {"chat_id": 42, "action": "typing"})
    assert budget.calls == []


async def test_retry_after_pauses_the_shared_budget_and_retries() -> None:
    budget = FakeBudget()
    answer = await call(limiter(budget), "sendMessage", {"chat_id": 42},
                        [RetryAfter(timedelta(0)), {"ok": True}])
    assert answer == {"ok": True}
    assert budget.calls == [("reserve", OVERALL), ("pause", 0.1), ("reserve", OVERALL)]


async def test_an_unreachable_budget_falls_back_to_the_local_limiter() -> None:
    budget = FakeBudget(fail=True)
    assert await call(limiter(budget), "sendMessage", {"chat_id": 42}) == {"ok": True}


async def test_only_postgresql_shares_the_budget(tmp_path) -> None:
    from bot.storage.database import open_database

    db = await open_database(tmp_path / "bot.sqlite3")
    try:
        assert shared_budget(db, 30.0) is None
        db.dialect = "postgres"  # what matters is the dialect (no server needed here)
        budget = shared_budget(db, 30.0)
        assert budget is not None and budget.overall.interval == 1 / 30
        assert shared_budget(db, 0.0) is None  # TELEGRAM_MAX_RATE=0: no limit at all
    finally:
        await db.close()
