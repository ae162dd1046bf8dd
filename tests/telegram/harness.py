"""Run the real PTB application (real polling loop) against `FakeBotAPI`, update by update.

Usage (tests, and the throughput benchmark)::

    fake = FakeBotAPI()
    async with BotHarness(settings, fake, engine_factory) as bot:
        sent = await bot.say(42, "jht cair berapa lama")   # sendMessage params to chat 42
        calls = await bot.step(lambda: fake.press(42, message, "menu"))
        await bot.process_all([fake.text(i, "halo") for i in range(100)])  # N updates

`step()` waits until the bot has finished handling that update and sending its replies (the
update processor reports each update after its handlers, its error handler and the delivery
of its recorded replies), so no test sleeps or guesses.
Nothing here asserts timing; benchmarks measure it themselves around `process_all()`.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import Application

from bot.app.composition import build_engine
from bot.core.settings import Settings
from bot.telegram.app import ALLOWED_UPDATES, EngineFactory, build_application
from bot.telegram.concurrency import PerChatUpdateProcessor
from bot.telegram.handlers import TelegramAdapter
from tests.telegram.fake_bot_api import Call, FakeBotAPI


def after_each_update(app: Application[Any, Any, Any, Any, Any, Any],
                      report: Callable[[object], Awaitable[None]]) -> None:
    """Call `report(update)` once the bot is completely done with each update (replies sent)."""
    processor = app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    inner = processor.around

    async def around(update: object, coroutine: Awaitable[Any]) -> None:
        try:
            if inner is not None:
                await inner(update, coroutine)
            else:
                await coroutine
        finally:
            await report(update)

    processor.around = around


async def start_polling_app(app: Application[Any, Any, Any, Any, Any, Any]
                            ) -> Application[Any, Any, Any, Any, Any, Any]:
    """Start an application exactly as `run_polling` would, on the caller's event loop."""
    await app.initialize()
    if app.post_init:  # run_polling calls post_init between initialize and start
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1,
                                    allowed_updates=ALLOWED_UPDATES)
    return app


async def stop_polling_app(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The matching shutdown: updater, application, then post_shutdown."""
    assert app.updater is not None
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


class BotHarness:
    """Start/stop the application exactly as `run_polling` would, on the test's event loop."""

    def __init__(self, settings: Settings, fake: FakeBotAPI,
                 engine_factory: EngineFactory | None = None, timeout: float = 15.0):
        self.settings, self.fake, self.timeout = settings, fake, timeout
        self.engine_factory = engine_factory or build_engine
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.done: set[int] = set()
        self._cond: asyncio.Condition | None = None

    @property
    def adapter(self) -> TelegramAdapter:
        assert self.app is not None
        return self.app.bot_data["adapter"]

    async def _mark_done(self, update: object) -> None:
        assert self._cond is not None
        async with self._cond:
            self.done.add(update.update_id)  # type: ignore[attr-defined]
            self._cond.notify_all()

    async def start(self) -> BotHarness:
        self._cond = asyncio.Condition()
        app = build_application(self.settings, self.engine_factory,
                                request=self.fake.request(),
                                get_updates_request=self.fake.request(),
                                base_url=self.fake.base_url)
        after_each_update(app, self._mark_done)
        self.app = await start_polling_app(app)
        return self

    async def stop(self) -> None:
        app, self.app = self.app, None
        if app is not None:
            await stop_polling_app(app)

    async def __aenter__(self) -> BotHarness:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def wait_processed(self, update_ids: list[int]) -> None:
        assert self._cond is not None
        async with self._cond:
            await asyncio.wait_for(
                self._cond.wait_for(lambda: all(i in self.done for i in update_ids)),
                self.timeout)

    async def step(self, make_update: Callable[[], dict[str, Any]]) -> list[Call]:
        """Inject one update, wait until it is fully handled; the API calls it caused."""
        mark = self.fake.mark()
        update = make_update()
        await self.wait_processed([update["update_id"]])
        return self.fake.calls[mark:]

    async def say(self, user_id: int, text: str, **kw: Any) -> list[dict[str, Any]]:
        """A private-chat message; returns the sendMessage parameters the bot used."""
        calls = await self.step(lambda: self.fake.text(user_id, text, **kw))
        return [c.params for c in calls if c.method == "sendMessage" and c.ok
                and c.params.get("chat_id") == user_id]

    async def process_all(self, updates: list[dict[str, Any]]) -> None:
        """Wait until every already-injected update is handled (throughput runs)."""
        await self.wait_processed([u["update_id"] for u in updates])


async def stop_process(proc: asyncio.subprocess.Process) -> None:
    """Stop a `python -m bot run` subprocess as a user would (Ctrl-C), killing it if it hangs."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()
