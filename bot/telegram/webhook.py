"""The webhook server: a small Starlette app under uvicorn (python-telegram-bot's "custom
webhook bot" pattern, `Application.builder().updater(None)`), for one or several instances.

PTB's built-in server answers 200 before the update is handled, so a crash lost the update and
Telegram sent the chat's next update while the previous one was still being handled (possibly
on another instance). Here an update is recorded in the `inbox`, claimed by this instance, and
handled before the answer: 200 when handled (or when it already was: a re-delivery is never
answered twice), 503 when the database is unreachable or another live instance is on it, so
Telegram re-delivers later. Past WEBHOOK_TIMEOUT_SECONDS the answer is 200 and the handling
finishes in the background, provided the update is on record (claimed in the inbox; else 503):
should that handling then fail, Telegram will not deliver the update again, so it goes back to
`pending` and the orphan sweep (`adopt_orphans`, one instance, every ORPHAN_EVERY_S) handles it,
as it does updates claimed by an instance that died and did not come back.
Also `/healthz` and `/metrics` (Prometheus).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import secrets
import signal
import socket
import sys
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.core.settings import Settings
from bot.storage.database import Database
from bot.storage.inbox import Inbox
from bot.telegram.app import ALLOWED_UPDATES, build_application
from bot.telegram.handlers import TelegramAdapter
from bot.telegram.metrics import Metrics

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_TIMEOUT = 2.0
RETRY_LATER = {"Retry-After": "1"}
ORPHAN_EVERY_S = 30.0
# The outcome of the update handled in this task; the error handler marks it (PTB catches
# handler exceptions itself, so the caller would not see them).
_OUTCOME: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "webhook_outcome", default=None)

App = Application[Any, Any, Any, Any, Any, Any]


def webhook_secret(settings: Settings) -> str:
    """WEBHOOK_SECRET, or a fresh random one: a webhook is never served unauthenticated.
    (A random one only works with one instance that calls setWebhook at every start.)"""
    if settings.webhook_secret:
        return settings.webhook_secret
    log.info("WEBHOOK_SECRET not set: using a random secret for this run")
    return secrets.token_urlsafe(32)


def instance_name(settings: Settings) -> str:
    """INSTANCE_NAME, else `<hostname>:<port>`: unique per running instance, the same after a
    restart (so a restarted instance hands back what its previous run had claimed)."""
    return settings.instance_name or f"{socket.gethostname()}:{settings.webhook_port}"


def webhook_path(settings: Settings) -> str:
    return urlparse(settings.webhook_url).path or "/"


async def set_webhook(app: App, settings: Settings, secret: str) -> None:
    """Point Telegram at WEBHOOK_URL: done by one instance, or once by `webhook set`."""
    await app.bot.set_webhook(settings.webhook_url, secret_token=secret,
                              allowed_updates=ALLOWED_UPDATES)
    log.info("webhook set")


async def _mark_error(_update: object, _context: ContextTypes.DEFAULT_TYPE) -> None:
    box = _OUTCOME.get()
    if box is not None:
        box["outcome"] = "error"


class WebhookServer:
    """The ASGI app of one instance, around an application built with `webhook=True`."""

    def __init__(self, app: App, settings: Settings, secret: str,
                 instance: str | None = None):
        self.app, self.settings, self.secret = app, settings, secret
        self.instance = instance or instance_name(settings)
        self.metrics: Metrics = app.bot_data["metrics"]
        self.inflight: dict[int, asyncio.Task[str]] = {}
        self.recorded: set[int] = set()  # in flight and claimed in the inbox (on record)
        app.add_error_handler(_mark_error)
        self.asgi = Starlette(routes=[
            Route(webhook_path(settings), self.receive, methods=["POST"]),
            Route("/healthz", self.healthz, methods=["GET"]),
            Route("/metrics", self.metrics_page, methods=["GET"]),
        ])

    @property
    def adapter(self) -> TelegramAdapter:
        return self.app.bot_data["adapter"]

    @property
    def inbox(self) -> Inbox | None:
        return self.app.bot_data["durable"].inbox

    async def start(self) -> None:
        """After `post_init`: hand back the updates a crashed run of this instance held."""
        if self.inbox is not None:
            released = await self.inbox.release(self.instance)
            if released:
                log.warning("%d update(s) claimed before a crash handed back", released)

    async def receive(self, request: Request) -> Response:
        """One POST from Telegram: handled (or known) -> 200; else an error, re-delivered."""
        started = time.perf_counter()
        if not secrets.compare_digest(request.headers.get(SECRET_HEADER, "").encode(),
                                      self.secret.encode()):
            self.metrics.updates.labels("rejected").inc()
            return Response(status_code=403)
        try:
            body = await request.json()
            update = Update.de_json(body, self.app.bot)
        except Exception:
            update = None
        if update is None:
            self.metrics.updates.labels("invalid").inc()
            return Response(status_code=400)
        task = self._start(update, body)
        try:
            outcome = await asyncio.wait_for(asyncio.shield(task),
                                             self.settings.webhook_timeout_seconds)
        except TimeoutError:
            # 200 only once the update is on record (claimed in the inbox): should the handling
            # then fail, the orphan sweep finds it. Not on record yet: Telegram re-delivers.
            outcome = "timeout" if update.update_id in self.recorded else "unrecorded"
        self.metrics.updates.labels(outcome).inc()
        self.metrics.latency.observe(time.perf_counter() - started)
        if outcome in ("busy", "unavailable", "unrecorded"):
            return Response(status_code=503, headers=RETRY_LATER)
        return Response(status_code=200)

    def _start(self, update: Update, body: Any, now: float | None = None) -> asyncio.Task[str]:
        """The task handling this update; a re-delivery to this instance joins it."""
        uid = update.update_id
        task = self.inflight.get(uid)
        if task is None:
            task = asyncio.create_task(self._process(update, body, now))
            self.inflight[uid] = task

            def done(_task: asyncio.Task[str]) -> None:
                self.inflight.pop(uid, None)
                self.recorded.discard(uid)

            task.add_done_callback(done)
        return task

    async def _process(self, update: Update, body: Any, now: float | None = None) -> str:
        """Record, claim and handle one update; returns the outcome."""
        inbox, uid = self.inbox, update.update_id
        if inbox is None or self.adapter.engine is None:
            return "unavailable"
        try:
            claimed = await inbox.claim(uid, self.instance,
                                        payload=json.dumps(body, ensure_ascii=False), now=now)
            if claimed:
                self.recorded.add(uid)
            else:
                state = await inbox.state(uid)
                if state not in ("answering", "done"):
                    return "busy"
                self.recorded.add(uid)  # handled: its replies are on record too
                # Handled already: in its chat's turn, the durable path sends what a dead
                # instance left unsent of its recorded replies (durable.send_left).
                await self.app.update_processor.process_update(
                    update, self.app.process_update(update))
                return "duplicate"
        except Exception as exc:  # the database is down or locked: Telegram re-delivers
            log.warning("update %s not recorded (%s); answering 503", uid, type(exc).__name__)
            return "unavailable"
        box = {"outcome": "handled"}
        _OUTCOME.set(box)
        # The update processor keeps each chat in order within this instance too (a
        # re-delivery may overlap with the chat's next update), holds the chat's lock across
        # instances, and runs the durable path: one unit of work (state, replies, `done`),
        # then the sends (durable.py).
        try:
            await self.app.update_processor.process_update(update,
                                                           self.app.process_update(update))
        except Exception as exc:  # failed before the commit: nothing kept, Telegram re-delivers
            log.warning("update %s not handled (%s); answering 503", uid, type(exc).__name__)
            # Pending again for any instance (when the database lets us; else the claim's
            # lease runs out): if Telegram was answered 200 already, only the sweep takes it.
            with contextlib.suppress(Exception):
                await inbox.unclaim(uid, self.instance)
            return "unavailable"
        return box["outcome"]

    async def adopt_orphans(self, now: float | None = None) -> int:
        """Handle the updates Telegram will not deliver again: answered 200 past the timeout
        and then failed, or claimed by an instance that died and did not come back (one
        instance does it, the leader of the sweep). Returns how many were taken."""
        inbox = self.inbox
        if inbox is None or not await inbox.db.try_lead("webhook-orphans"):
            return 0
        tasks = []
        for uid, payload in await inbox.orphans(now):
            body = json.loads(payload)
            update = Update.de_json(body, self.app.bot)
            if update is not None and uid not in self.inflight:
                log.warning("update %s left unhandled; handled now", uid)
                tasks.append(self._start(update, body, now))
        outcomes = await asyncio.gather(*tasks)
        return sum(1 for outcome in outcomes if outcome in ("handled", "error"))

    async def orphan_loop(self) -> None:
        while True:
            await asyncio.sleep(ORPHAN_EVERY_S)
            try:
                await self.adopt_orphans()
            except Exception:
                log.exception("handling left-over updates failed")

    async def healthz(self, _request: Request) -> Response:
        """200 when the database answers and the content is loaded; 503 otherwise."""
        engine = self.adapter.engine
        database = content = False
        if engine is not None:
            content = bool(engine.store.current.faq.entries)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(_ping(engine.db), HEALTH_TIMEOUT)
                database = True
        ok = database and content
        return JSONResponse({"status": "ok" if ok else "unavailable", "database": database,
                             "content": content, "instance": self.instance,
                             "inflight": len(self.inflight)}, status_code=200 if ok else 503)

    async def metrics_page(self, _request: Request) -> Response:
        return Response(self.metrics.render(), media_type=self.metrics.content_type)

    async def drain(self) -> None:
        """Let updates answered on timeout finish before the application stops."""
        if self.inflight:
            await asyncio.wait(list(self.inflight.values()),
                               timeout=self.settings.webhook_timeout_seconds)


async def _ping(db: Database) -> None:
    """A trivial query on the database (either engine)."""
    await db.fetchval("SELECT 1")


class _Uvicorn(uvicorn.Server):
    """uvicorn's server, whose SIGINT/SIGTERM only ends `serve()`: uvicorn would re-raise the
    signal afterwards, interrupting the application's own clean stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.handle_exit, sig, None)
        try:
            yield
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)


async def serve(settings: Settings, secret: str, app: App | None = None) -> None:
    """Start the application, then the HTTP server; stop both on SIGINT/SIGTERM."""
    app = app or build_application(settings, webhook=True)
    server = WebhookServer(app, settings, secret)
    web = _Uvicorn(uvicorn.Config(
        server.asgi, host=settings.webhook_listen, port=settings.webhook_port,
        log_level="warning", access_log=False, use_colors=False, lifespan="off",
        timeout_graceful_shutdown=settings.webhook_timeout_seconds))
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        await server.start()
        if settings.webhook_set:
            await set_webhook(app, settings, secret)
        log.info("webhook server on %s:%s as %s", settings.webhook_listen,
                 settings.webhook_port, server.instance)
        sweep = asyncio.create_task(server.orphan_loop())
        try:
            await web.serve()
        finally:
            sweep.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweep
        await server.drain()
    finally:
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


def serve_webhook(settings: Settings) -> int:
    """`python -m bot run --webhook`."""
    if not settings.webhook_url:
        print("WEBHOOK_URL belum diisi untuk mode webhook.", file=sys.stderr)
        return 2
    if not settings.webhook_secret and not settings.webhook_set:
        print("WEBHOOK_SECRET wajib diisi bila WEBHOOK_SET=0 (semua instance memakai secret "
              "yang sama).", file=sys.stderr)
        return 2
    asyncio.run(serve(settings, webhook_secret(settings)))
    return 0
