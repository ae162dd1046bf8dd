"""No received message is lost in a hard crash, and none is answered twice (issue 15, F9).

PTB confirms a fetched batch to Telegram on the next getUpdates, before the handlers have run,
so a `kill -9` used to drop about one message in three. Here every update is written to the
`inbox` table (committed) while the getUpdates response is read, that is before the next poll
can confirm it. After a restart the updates still `pending` are handled first. An update is
marked `answering` (committed) just before its first reply is sent and `done` after it was
handled; Telegram re-delivering an update in either state, or twice in one run, is ignored.
So a crash can at worst fall between the `answering` commit and that send reaching Telegram
(milliseconds): then the reply is lost rather than sent twice.

Webhook mode (bot/telegram/webhook.py) records and claims each POSTed update itself instead of
RecordingRequest, and replays nothing at start: Telegram re-delivers what was not answered 200.
"""

from __future__ import annotations

import contextvars
import json
import logging
from collections import OrderedDict
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler
from telegram.request import BaseRequest, RequestData

from bot.storage.inbox import Inbox

log = logging.getLogger(__name__)

GUARD_GROUP = -1_000  # before every real handler
DONE_GROUP = 9_000  # after every real handler (tests' markers use 10_000)
SEEN_MEMORY = 20_000
REPLY_METHODS = ("/sendMessage", "/sendDocument", "/editMessageText")
# The update whose handlers run in this task (PTB handles each update in its own task).
_CURRENT: contextvars.ContextVar[int | None] = contextvars.ContextVar("update_id", default=None)


class _Wrapped(BaseRequest):
    """Delegates to another request object (PTB's HTTPXRequest, or a test's fake)."""

    def __init__(self, inner: BaseRequest):
        self.inner = inner
        self.inbox: Inbox | None = None  # set once the database is open (post_init)

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return await self.inner.do_request(url, method, request_data, *args, **kwargs)


class RecordingRequest(_Wrapped):
    """The getUpdates request object: records each fetched update before returning it."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await self.inner.do_request(url, method, request_data, *args, **kwargs)
        if code == 200 and self.inbox is not None and url.endswith("/getUpdates"):
            await self.inbox.record(_updates_in(payload))
        return code, payload


class AnsweringRequest(_Wrapped):
    """The request object for everything else: marks the update being handled `answering`
    right before its first reply leaves, as close to the wire as possible (the mark is a
    synchronous commit, then the request is written without yielding to other chats' work)."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        uid = _CURRENT.get()
        if uid is not None and self.inbox is not None and url.endswith(REPLY_METHODS):
            _CURRENT.set(None)  # once per update
            async with self.inbox.db.write_lock:  # no other write is half-way on the file
                self.inbox.mark_now(uid, "answering")
        return await self.inner.do_request(url, method, request_data, *args, **kwargs)


def _updates_in(payload: bytes) -> list[tuple[int, str]]:
    """(update_id, JSON) of each update in a getUpdates response body."""
    try:
        body = json.loads(payload)
    except ValueError:
        return []
    result = body.get("result") if isinstance(body, dict) else None
    if not isinstance(result, list):
        return []
    return [(int(u["update_id"]), json.dumps(u, ensure_ascii=False)) for u in result
            if isinstance(u, dict) and isinstance(u.get("update_id"), int)]


class DurableUpdates:
    """The guard and done handlers, the before-first-reply mark, and the replay at start."""

    def __init__(self) -> None:
        self.inbox: Inbox | None = None
        self._seen: OrderedDict[int, None] = OrderedDict()

    def handlers(self) -> list[tuple[TypeHandler[Any, Any, Any], int]]:
        return [(TypeHandler(Update, self._guard), GUARD_GROUP),
                (TypeHandler(Update, self._done), DONE_GROUP)]

    async def _guard(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Skip an update already handled (in this run, or answered before a crash)."""
        uid = update.update_id
        if uid in self._seen:
            raise ApplicationHandlerStop
        self._seen[uid] = None
        while len(self._seen) > SEEN_MEMORY:
            self._seen.popitem(last=False)
        if self.inbox is not None and await self.inbox.state(uid) in ("answering", "done"):
            log.info("update %s was answered before a restart; not handled again", uid)
            raise ApplicationHandlerStop
        _CURRENT.set(uid)

    async def _done(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if self.inbox is not None:
            await self.inbox.mark(update.update_id, "done")
        _CURRENT.set(None)

    async def replay(self, app: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Queue the updates a crash left unanswered, before polling fetches new ones."""
        if self.inbox is None:
            return 0
        pending = await self.inbox.pending()
        for _uid, payload in pending:
            update = Update.de_json(json.loads(payload), app.bot)
            if update is not None:
                await app.update_queue.put(update)
        if pending:
            log.warning("%d update(s) received before a restart are handled now", len(pending))
        return len(pending)
