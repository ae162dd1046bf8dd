"""Every received message is answered exactly once, across hard crashes (issue 15, F9).

1. PTB confirms a fetched batch to Telegram on the next getUpdates, before the handlers ran;
   so every update is written to `inbox` (committed) while the getUpdates response is read.
2. An update is handled inside one unit of work (bot/storage/unit.py): the engine's state
   changes (sessions, logs, registrations), the replies it planned (`reply_outbox` rows, one
   per API call, in order) and the update's `done` mark commit together. A crash before that
   commit leaves nothing: the update is still `pending` and is handled again after the restart.
   A crash after it never runs the engine again: only the recorded rows are sent.
3. Rows are sent after the commit. Right before a row's call goes on the wire it is marked
   `sending`; the HTTP answer settles it (`sent`, or back to `queued` when Telegram refused it,
   which means not delivered). Failures are retried with a backoff, never answered by an apology.
4. Unsure rows: a timeout, or a crash while `sending`, may or may not have been delivered, and
   the Bot API has no idempotency key to ask. `RESEND_UNSURE` decides: True resends (the user
   may see the reply twice), False gives up (the user may get no reply). Resending is chosen: a
   repeated answer is visible and harmless, a missing one leaves the user waiting with no sign.
   bench/soak.py measures both sides (bench/README.md).

Webhook mode (bot/telegram/webhook.py) records and claims each POSTed update itself instead of
RecordingRequest and handles it through `process` like a polled one; it answers Telegram 200
only after the commit and the sends, 503 when the handling failed before the commit (Telegram
re-delivers it). It replays no pending update at start (Telegram re-delivers what was not
answered 200); recorded replies left unsent are sent by the leader's resend loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable
from typing import Any

import httpx
from telegram import Bot, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.core.privacy import mask_user
from bot.storage.inbox import Inbox
from bot.storage.outbox import OutboxRow, ReplyOutbox
from bot.telegram.send import Plan, ReplySender, capture, end_capture

log = logging.getLogger(__name__)

SEEN_MEMORY = 20_000
REPLY_METHODS = ("/sendMessage", "/sendDocument", "/editMessageText")
RESEND_UNSURE = True
SEND_ROUNDS = 5  # attempts per row in the update's turn (each with the limiter's own retries)
BACKOFF_S = 1.0  # doubled after each failed round
RESEND_EVERY_S = 30.0  # rows that failed all rounds are tried again this often
# Connection-level failures that mean the request never reached Telegram.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _Sending:
    """The row whose call is being made in this task, and what its answer said."""

    def __init__(self, row_id: int):
        self.row_id, self.state = row_id, "queued"


_ROW: contextvars.ContextVar[_Sending | None] = contextvars.ContextVar("row", default=None)


class _Wrapped(BaseRequest):
    """Delegates to another request object (PTB's HTTPXRequest, or a test's fake)."""

    def __init__(self, inner: BaseRequest):
        self.inner = inner
        self.inbox: Inbox | None = None  # set once the database is open (post_init)
        self.outbox: ReplyOutbox | None = None

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


class MarkingRequest(_Wrapped):
    """The request object for everything else: a recorded row's call is marked `sending`
    right before it goes out (after the rate limiter's wait) and settled by its answer."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        sending = _ROW.get()
        if sending is None or self.outbox is None or not url.endswith(REPLY_METHODS):
            return await self.inner.do_request(url, method, request_data, *args, **kwargs)
        await self._mark(sending, "sending")
        try:
            code, payload = await self.inner.do_request(url, method, request_data, *args,
                                                        **kwargs)
        except Exception as exc:  # asked, no answer (a timeout...): it may have arrived
            await self._mark(sending, "queued" if isinstance(exc.__cause__, _NOT_SENT)
                             else "unsure")
            raise
        # Telegram answered: 200 is delivered, anything else is not.
        await self._mark(sending, "sent" if code == 200 else "queued")
        return code, payload

    async def _mark(self, sending: _Sending, state: str) -> None:
        assert self.outbox is not None
        sending.state = state
        await self.outbox.mark(sending.row_id, state)


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
    """Handles each update in a unit of work with its planned replies, then sends them."""

    def __init__(self, sender: ReplySender) -> None:
        self.sender = sender
        self.inbox: Inbox | None = None
        self.outbox: ReplyOutbox | None = None
        self.bot: Bot | None = None
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()  # row ids being sent in this run

    async def process(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run PTB's handling of one update (the update processor calls this)."""
        if not isinstance(update, Update) or self.inbox is None or self.outbox is None:
            await coroutine
            return
        uid = update.update_id
        if uid in self._seen or await self.inbox.state(uid) in ("answering", "done"):
            log.info("update %s was handled already; not handled again", uid)
            coroutine.close()  # type: ignore[attr-defined]
            await self.send_left(uid)
            return
        self._seen[uid] = None
        while len(self._seen) > SEEN_MEMORY:
            self._seen.popitem(last=False)
        if update.inline_query is not None:
            # Inline answers are no chat messages and expire in seconds: nothing to keep,
            # and the answer is a network call that must not hold the database.
            await coroutine
            await self.inbox.mark(uid, "done")
            return
        plan = Plan()
        token = capture(plan)
        try:
            async with self.inbox.db.unit():
                await coroutine
                await self.outbox.add(uid, plan.rows)
                self._in_flight.update(row.id for row in plan.rows)  # this turn sends them
                await self.inbox.mark(uid, "done")
        except BaseException:
            self._in_flight.difference_update(row.id for row in plan.rows)
            self._seen.pop(uid, None)  # nothing committed: a re-delivery is handled afresh
            raise
        finally:
            end_capture(token)
        await self._deliver(plan)

    async def _deliver(self, plan: Plan) -> None:
        assert self.bot is not None
        if plan.typing is not None and plan.rows:
            with contextlib.suppress(Forbidden):  # the rows below find it out too
                await self.sender.typing(self.bot, plan.typing)
        for i, row in enumerate(plan.rows):
            if not await self.send(row):  # blocked: the update's other replies cannot arrive
                assert self.outbox is not None
                for rest in plan.rows[i + 1:]:
                    await self.outbox.mark(rest.id, "failed")
                self._in_flight.difference_update(r.id for r in plan.rows[i:])
                break

    async def send(self, row: OutboxRow) -> bool:
        """Send one recorded row, retrying what surely did not arrive; False when the user
        blocked the bot (the update's later rows are not tried)."""
        assert self.bot is not None and self.outbox is not None
        self._in_flight.add(row.id)
        try:
            for attempt in range(SEND_ROUNDS):
                sending = _Sending(row.id)
                token = _ROW.set(sending)
                try:
                    await self.sender.send_row(self.bot, row)
                except Forbidden:
                    log.info("chat %s blocked the bot or is gone; reply dropped",
                             mask_user(str(row.chat_id)))
                    await self.outbox.mark(row.id, "failed")
                    return False
                except BadRequest as exc:  # refused as it is (even as plain text): a bug
                    log.error("reply refused for good: %s", exc)
                    await self.outbox.mark(row.id, "failed")
                    return True
                except TelegramError as exc:
                    if sending.state == "unsure" and not RESEND_UNSURE:
                        log.warning("reply may not have arrived (%s); not resent", exc)
                        await self.outbox.mark(row.id, "failed")
                        return True
                    log.info("reply not sent (%s, round %d); retrying", exc, attempt + 1)
                    await asyncio.sleep(BACKOFF_S * 2 ** attempt)
                    continue
                finally:
                    _ROW.reset(token)
                if sending.state != "sent":  # e.g. an edit that changed nothing
                    await self.outbox.mark(row.id, "sent")
                return True
            log.warning("reply still not sent after %d rounds; kept for a later retry",
                        SEND_ROUNDS)
            return True
        finally:
            self._in_flight.discard(row.id)

    async def send_left(self, update_id: int) -> None:
        """A handled update delivered again (webhook: its instance died after the commit, before
        its sends): send the recorded rows still unsettled, in order, now rather than at the
        next resend round. The chat's lock is held (the update processor), so a live instance
        still sending them has finished first."""
        assert self.outbox is not None
        for row in await self.outbox.unsent(update_id=update_id):
            if row.id not in self._in_flight and not await self.send(row):
                return

    async def resend_unsent(self, at_start: bool = False) -> int:
        """Send the recorded rows not yet settled (after a restart: rows of updates whose
        state change committed before the crash). Chats in parallel, each chat in order."""
        if self.outbox is None:
            return 0
        # Rows of an update still being handled or delivered are left to that turn.
        rows = [r for r in await self.outbox.unsent(0.0 if at_start else RESEND_EVERY_S)
                if r.id not in self._in_flight]
        if at_start:
            unsure = [r for r in rows if r.state in ("sending", "unsure")]
            if unsure:
                log.warning("%d repl(ies) may or may not have arrived before the restart; %s",
                            len(unsure), "resending" if RESEND_UNSURE else "not resent")
            if not RESEND_UNSURE:
                for row in unsure:
                    await self.outbox.mark(row.id, "failed")
                rows = [r for r in rows if r not in unsure]
        by_chat: dict[int, list[OutboxRow]] = {}
        for row in rows:
            by_chat.setdefault(row.chat_id, []).append(row)

        async def chat_rows(chat_rows: list[OutboxRow]) -> None:
            for row in chat_rows:
                if not await self.send(row):
                    return

        await asyncio.gather(*(chat_rows(r) for r in by_chat.values()))
        return len(rows)

    async def replay(self, app: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """At start: send the replies a crash left unsent, then queue the updates it left
        unhandled, before polling fetches new ones."""
        self.bot = app.bot
        if self.inbox is None:
            return 0
        resent = await self.resend_unsent(at_start=True)
        if resent:
            log.warning("%d recorded repl(ies) sent after a restart", resent)
        pending = await self.inbox.pending()
        for _uid, payload in pending:
            update = Update.de_json(json.loads(payload), app.bot)
            if update is not None:
                await app.update_queue.put(update)
        if pending:
            log.warning("%d update(s) received before a restart are handled now", len(pending))
        return len(pending)

    async def resend_loop(self) -> None:
        """Rows that failed every round in their turn (Telegram down for a while), or that a
        dead instance left unsent; one instance does it when several share the database."""
        while True:
            await asyncio.sleep(RESEND_EVERY_S)
            try:
                if self.inbox is not None and await self.inbox.db.try_lead("resend-replies"):
                    await self.resend_unsent()
            except Exception:
                log.exception("resending recorded replies failed")
