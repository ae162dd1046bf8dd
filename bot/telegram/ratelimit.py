"""Outbound rate limiting: Telegram's ~30 messages/s for the whole bot, 20 a minute per group.

One instance (SQLite, polling): PTB's in-process AIORateLimiter. Several instances on one
PostgreSQL database: each send reserves its slot in the database (bot/storage/sendbudget.py),
so the instances together keep to the bot's limit and one instance alone may use all of it
(before, each took a fixed 1/INSTANCES share). A `RetryAfter` from Telegram pushes the shared
slot on, so every instance waits it out. Should the database not answer a reservation, that
send falls back to the in-process limiter with the static 1/INSTANCES share.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from telegram.constants import FloodLimit
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter
from telegram.warnings import PTBDeprecationWarning

from bot.storage.sendbudget import OVERALL, Limit, SendBudget

if TYPE_CHECKING:
    from bot.storage.database import Database
    from bot.telegram.metrics import Metrics

log = logging.getLogger(__name__)

NETWORK_RETRIES = 2
RATE_LIMIT_RETRIES = 3
# Shared limits: the whole bot strictly spaced (no 1 s window over the rate); a group may get
# a few messages at once (a reply split in parts) and never more than 20 in a minute.
GROUP_LIMIT = Limit(FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP, 60.0, burst=4)


def shared_budget(db: Database, max_rate: float) -> SendBudget | None:
    """The database-held limits when several instances can share the data (PostgreSQL)."""
    if db.dialect != "postgres" or max_rate <= 0:
        return None
    return SendBudget(db, Limit(max_rate, 1.0), GROUP_LIMIT)


def group_of(data: dict[str, Any]) -> str | None:
    """A group or channel chat (negative id or @username) limited per group, as PTB does."""
    chat_id = data.get("chat_id")
    if isinstance(chat_id, str):
        with contextlib.suppress(ValueError):
            chat_id = int(chat_id)
    if isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0):
        return f"group:{chat_id}"
    return None


class RetryingRateLimiter(AIORateLimiter):
    """Waits out `RetryAfter` (AIORateLimiter) and also retries a request that never reached
    the server. A timeout is not retried here: the message may have been delivered already;
    whether to send a reply again is the outbox's choice (durable.py, RESEND_UNSURE).

    The "typing..." chat action skips the limiter: it is not a message (Telegram's 30/s
    budget is for messages), and when it took a slot every answer cost two, so the bot
    delivered at most 15 answers/s instead of 30 (bench/throughput.py). A failed chat action is
    only logged by the caller, never retried or waited for."""

    def __init__(self, metrics: Metrics | None = None, instances: int = 1,
                 max_rate: float = FloodLimit.MESSAGES_PER_SECOND,
                 max_retries: int = RATE_LIMIT_RETRIES):
        # Without a shared budget, N instances each take a static 1/N share (no coordination,
        # never over the limit).
        super().__init__(overall_max_rate=max_rate / instances,
                         group_max_rate=FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP / instances,
                         max_retries=max_retries)
        self.metrics = metrics  # (max_rate 0: no overall limiter; 429s are still waited out)
        self.max_retries = max_retries
        self.shared: SendBudget | None = None  # set once the database is open (PostgreSQL)

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        if self.metrics is not None:
            callback = self.metrics.counting(endpoint, callback)
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        for attempt in range(NETWORK_RETRIES + 1):
            try:
                if self.shared is not None:
                    return await self._shared_request(self.shared, callback, args, kwargs,
                                                      endpoint, data, rate_limit_args)
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == NETWORK_RETRIES:
                    raise
                log.info("%s failed (%s); retrying", endpoint, exc)
                await asyncio.sleep(0.5 * (attempt + 1))
        raise AssertionError("unreachable")

    async def _shared_request(self, budget: SendBudget, callback: Any, args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        """AIORateLimiter's loop with the slots taken from the database."""
        retries = rate_limit_args or self.max_retries
        for attempt in range(retries + 1):
            if data.get("chat_id") is not None:  # calls about a chat count, as in PTB
                try:
                    await self.wait_turn(budget, group_of(data))
                except Exception as exc:  # the database, not Telegram, failed
                    log.warning("shared send budget unavailable (%s); in-process limit",
                                type(exc).__name__)
                    return await super().process_request(callback, args, kwargs, endpoint,
                                                         data, rate_limit_args)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == retries:
                    log.error("rate limit hit after %d retries", retries)
                    raise
                wait = _seconds(exc)
                log.info("rate limit hit; every instance waits %.1f s", wait + 0.1)
                with contextlib.suppress(Exception):
                    await budget.pause(wait + 0.1)
                if data.get("chat_id") is None:  # not slotted: wait here
                    await asyncio.sleep(wait + 0.1)
        raise AssertionError("unreachable")

    @staticmethod
    async def wait_turn(budget: SendBudget, group: str | None) -> None:
        """The group's slot first (rare), then the bot's: a slot of the overall limit is only
        taken when the send can go, so waiting on a group never wastes the others' budget."""
        if group is not None and budget.group is not None:
            await _sleep(await budget.reserve(group, budget.group))
        await _sleep(await budget.reserve(OVERALL, budget.overall))


def _seconds(exc: RetryAfter) -> float:
    """The wait Telegram asked for (PTB 22 warns that `retry_after` becomes a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        after = exc.retry_after
    return after.total_seconds() if isinstance(after, timedelta) else float(after)


async def _sleep(seconds: float) -> None:
    if seconds > 0:
        await asyncio.sleep(seconds)
