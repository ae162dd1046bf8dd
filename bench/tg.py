"""Running real PTB Applications (real polling loop) against the in-process fake Bot API."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, MessageHandler, TypeHandler, filters

from bench.common import ROOT  # noqa: F401  (puts the project root on sys.path)
from bot.telegram.app import RetryingRateLimiter
from bot.telegram.concurrency import PerChatUpdateProcessor
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.harness import after_each_update, start_polling_app, stop_polling_app

DONE_GROUP = 10_000


class Counter:
    """Counts fully handled updates (a handler in a last group) and wakes waiters."""

    def __init__(self) -> None:
        self.done: set[int] = set()
        self.event = asyncio.Event()
        self.target = 0

    async def mark(self, update: Update, _context: Any = None) -> None:
        self.done.add(update.update_id)
        if len(self.done) >= self.target:
            self.event.set()

    async def wait(self, target: int, timeout: float) -> None:
        self.target = target
        if len(self.done) >= target:
            return
        self.event.clear()
        await asyncio.wait_for(self.event.wait(), timeout)


async def start(app: Application, counter: Counter) -> Application:
    if isinstance(app.update_processor, PerChatUpdateProcessor):  # the bot: replies sent too
        after_each_update(app, counter.mark)  # type: ignore[arg-type]
    else:
        app.add_handler(TypeHandler(Update, counter.mark), group=DONE_GROUP)
    return await start_polling_app(app)


async def stop(app: Application) -> None:
    await stop_polling_app(app)


def echo_app(fake: FakeBotAPI, rate_limited: bool) -> Application:
    """The minimal PTB bot: every text message is sent back. Optionally with the same rate
    limiter as the assistant, so both pay the same per-request pacing."""

    async def echo(update: Update, _context: Any) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(update.message.text)

    builder = (ApplicationBuilder().token(fake.token).base_url(fake.base_url)
               .request(fake.request()).get_updates_request(fake.request()))
    if rate_limited:
        builder = builder.rate_limiter(RetryingRateLimiter(max_retries=3))
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app
