"""An in-process fake Telegram Bot API, served to PTB through `httpx.MockTransport`.

It implements the methods this bot uses, with Telegram's shapes and checks (Message JSON with
dates in seconds, HTML parse errors, the 4096-character limit, 64-byte callback data), keeps a
log of every call, lets a test inject updates as users would send them and inject failures
(429 with retry_after, 400, 403 blocked, network errors). Unknown methods fail loudly: they
answer 404 and are recorded in `unknown`, which the harness asserts is empty.

`serve_http()` exposes the same fake over real HTTP, for running `python -m bot run` against it
with TELEGRAM_BASE_URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import html
import itertools
import json
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
from telegram.request import HTTPXRequest

TOKEN = "123456:TEST-token"
BOT_ID = 123456
BOT_USERNAME = "bpjstk_test_bot"
MAX_TEXT = 4096
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "blockquote", "tg-spoiler", "span"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_JSON_FIELDS = {"reply_markup", "results", "commands", "scope", "button", "reply_parameters",
                "entities", "allowed_updates", "link_preview_options", "caption_entities"}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time"}


@dataclass
class Call:
    """One request the bot made, with its decoded parameters."""

    method: str
    params: dict[str, Any]
    ok: bool = True
    at: float = field(default_factory=time.monotonic)  # when the call was answered


@dataclass
class Failure:
    kind: str  # "429" | "400" | "403" | "network" | "timeout"
    retry_after: int = 1
    description: str = ""
    delivered: bool = False  # a timeout whose call was carried out (only the answer is late)


@dataclass
class Chaos:
    """A share of calls to `methods` fail at random: 429, 500, 502 or a timeout. A timeout
    outlasts the bot's read timeout; `delivered` of them (a share) were carried out all the
    same (the message arrived, only the answer was lost), the others were not."""

    rate: float
    seed: int = 0
    methods: tuple[str, ...] = ("sendMessage", "editMessageText", "sendChatAction")
    timeout_s: int = 6
    delivered: float = 0.0
    drawn: dict[str, int] = field(default_factory=dict)
    by_method: dict[str, dict[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import random

        self._rng = random.Random(self.seed)

    def draw(self, method: str = "") -> Failure | None:
        if self._rng.random() >= self.rate:
            return None
        kind = self._rng.choice(["429", "500", "502", "timeout"])
        delivered = kind == "timeout" and self._rng.random() < self.delivered
        name = "timeout (delivered)" if delivered else kind
        self.drawn[name] = self.drawn.get(name, 0) + 1
        counts = self.by_method.setdefault(method, {})
        counts[name] = counts.get(name, 0) + 1
        return Failure(kind, self.timeout_s if kind == "timeout" else 1, delivered=delivered)


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def check_html(text: str) -> str:
    """Telegram's HTML parse mode: known tags, properly nested. Returns the plain text."""
    stack: list[str] = []
    for match in _TAG.finditer(text):
        closing, name = match.group(1), match.group(2).lower()
        if name not in ALLOWED_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: unsupported start tag "
                                f"\"{name}\"")
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            raise ApiError(400, "Bad Request: can't parse entities: unmatched end tag")
    if stack:
        raise ApiError(400, "Bad Request: can't parse entities: unclosed start tag")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped '<'")
    return html.unescape(_TAG.sub("", text))


class FakeBotAPI:
    """State of one fake Telegram: chats, messages, pending updates, and the call log."""

    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, bot_id: int = BOT_ID,
                 max_poll_wait: float = 1.0):
        self.token, self.username, self.bot_id = token, username, bot_id
        self.max_poll_wait = max_poll_wait  # cap on a long poll, so shutdowns are quick
        self.calls: list[Call] = []
        self.unknown: list[str] = []
        self.pending: list[dict[str, Any]] = []
        self.confirmed_offset = 0
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.webhook: dict[str, Any] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.failures: dict[str, deque[Failure]] = defaultdict(deque)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = defaultdict(
            lambda: itertools.count(1))
        self._ids = itertools.count(1)
        self._changed: asyncio.Condition | None = None
        self.holds: dict[tuple[str, int], asyncio.Event] = {}
        self.delays: dict[tuple[str, int], float] = {}
        # Carried out at once, answered only after this many seconds (a reply on its way back).
        self.late_answers: dict[tuple[str, int], float] = {}
        self.chaos: Chaos | None = None  # random failures (bench/soak.py)
        self._wakers: set[asyncio.Task[None]] = set()

    # ---- plumbing -------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._in_process)

    async def _in_process(self, request: httpx.Request) -> httpx.Response:
        # A mock transport has no clock: an injected timeout is raised as the client's own.
        return await self.handle(request, raise_timeouts=True)

    def request(self, read_timeout: float = 5.0) -> HTTPXRequest:
        """A PTB request object whose network is this fake."""
        return HTTPXRequest(read_timeout=read_timeout,
                            httpx_kwargs={"transport": self.transport()})

    @property
    def base_url(self) -> str:
        return "http://fake-bot-api.local/bot"

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def _notify(self) -> None:
        cond = self._condition()
        async with cond:
            cond.notify_all()

    async def handle(self, request: httpx.Request, raise_timeouts: bool = False
                     ) -> httpx.Response:
        path = request.url.path
        match = re.fullmatch(r".*/bot([^/]+)/(\w+)", path)
        if match is None or match.group(1) != self.token:
            return httpx.Response(404, json={"ok": False, "error_code": 404,
                                             "description": "Not Found"})
        method = match.group(2)
        params = self._params(request)
        gate = self.holds.get((method, params.get("chat_id")))  # type: ignore[arg-type]
        if gate is not None:
            await gate.wait()  # a stalled chat: this call answers only when released
        delay = self.delays.get((method, params.get("chat_id")))  # type: ignore[arg-type]
        if delay:
            await asyncio.sleep(delay)  # a slow API for one chat (bench/stall.py)
        failure = self.failures[method].popleft() if self.failures[method] else None
        if failure is None and self.chaos is not None and method in self.chaos.methods:
            failure = self.chaos.draw(method)
        late = failure.retry_after if failure is not None and failure.kind == "timeout" \
            and failure.delivered else 0
        if late:
            failure = None  # carried out below; the answer comes after the bot gave up
        if failure is not None and failure.kind == "timeout":
            if raise_timeouts:
                self.calls.append(Call(method, params, ok=False))
                raise httpx.ReadTimeout("injected timeout", request=request)
            await asyncio.sleep(failure.retry_after)  # longer than the bot's read timeout
        if failure is not None and failure.kind == "network":
            self.calls.append(Call(method, params, ok=False))
            raise httpx.ConnectError("injected network failure", request=request)
        try:
            if failure is not None:
                raise self._failure_error(failure)
            impl = getattr(self, f"api_{method}", None)
            if impl is None:
                self.unknown.append(method)
                raise ApiError(404, f"Not Found: method {method} is not in FakeBotAPI")
            result = impl(params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as exc:
            self.calls.append(Call(method, params, ok=False))
            await self._notify()
            body: dict[str, Any] = {"ok": False, "error_code": exc.code,
                                    "description": exc.description}
            if exc.retry_after is not None:
                body["parameters"] = {"retry_after": exc.retry_after}
            return httpx.Response(exc.code, json=body)
        self.calls.append(Call(method, params))
        await self._notify()
        if late:
            if raise_timeouts:
                raise httpx.ReadTimeout("injected timeout (carried out)", request=request)
            await asyncio.sleep(late)
        slow = self.late_answers.get((method, params.get("chat_id")))  # type: ignore[arg-type]
        if slow:
            await asyncio.sleep(slow)
        return httpx.Response(200, json={"ok": True, "result": result})

    @staticmethod
    def _failure_error(failure: Failure) -> ApiError:
        if failure.kind in ("500", "502"):
            return ApiError(int(failure.kind), "Internal Server Error")
        if failure.kind == "timeout":
            return ApiError(504, "Gateway Timeout")
        if failure.kind == "429":
            return ApiError(429, f"Too Many Requests: retry after {failure.retry_after}",
                            failure.retry_after)
        if failure.kind == "403":
            return ApiError(403, failure.description or "Forbidden: bot was blocked by the user")
        return ApiError(400, failure.description or "Bad Request: injected failure")

    @staticmethod
    def _params(request: httpx.Request) -> dict[str, Any]:
        ctype = request.headers.get("content-type", "")
        raw: dict[str, Any] = {}
        if ctype.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.content)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True)
                raw[name] = ({"filename": filename, "content": payload} if filename
                             else payload.decode())
        elif request.content:
            raw = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
        for key, value in list(raw.items()):
            if key in _JSON_FIELDS and isinstance(value, str):
                raw[key] = json.loads(value)
            elif key in _INT_FIELDS and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
                raw[key] = int(value)
        return raw

    # ---- failures ---------------------------------------------------------------------------

    def fail_next(self, method: str, kind: str, times: int = 1, retry_after: int = 1,
                  description: str = "", delivered: bool = False) -> None:
        """The next `times` calls of `method` fail: "429", "400", "403", "network", or
        "timeout" (answered after `retry_after` seconds; `delivered`: carried out all the same)."""
        for _ in range(times):
            self.failures[method].append(Failure(kind, retry_after, description, delivered))

    def hold(self, method: str, chat_id: int) -> asyncio.Event:
        """Stall `method` calls for one chat until the returned event is set."""
        gate = asyncio.Event()
        self.holds[(method, chat_id)] = gate
        return gate

    def block(self, user_id: int) -> None:
        """The user blocked the bot: every send to their chat answers 403."""
        self.blocked.add(user_id)

    # ---- Bot API methods ----------------------------------------------------------------------

    def me(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Asisten BPJSTK",
                "username": self.username, "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": True}

    def api_getMe(self, _p: dict[str, Any]) -> dict[str, Any]:
        return self.me()

    def api_deleteWebhook(self, _p: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    def api_setWebhook(self, p: dict[str, Any]) -> bool:
        self.webhook = dict(p)  # url, secret_token, allowed_updates ... as the bot sent them
        return True

    def api_getWebhookInfo(self, _p: dict[str, Any]) -> dict[str, Any]:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    def api_logOut(self, _p: dict[str, Any]) -> bool:
        return True

    async def api_getUpdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(p.get("offset") or 0)
        if offset:
            # Telegram forgets updates below the offset: they were confirmed.
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        limit = int(p.get("limit") or 100)
        wait = min(float(p.get("timeout") or 0), self.max_poll_wait)
        if not self.pending and wait > 0:
            cond = self._condition()
            async with cond:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(cond.wait_for(lambda: bool(self.pending)), wait)
        return self.pending[:limit]

    def _chat_for_send(self, p: dict[str, Any]) -> dict[str, Any]:
        chat_id = p.get("chat_id")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return self.chats[chat_id]

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if markup is None:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not ({"url", "callback_data", "switch_inline_query"} & button.keys()):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")

    def _text(self, p: dict[str, Any], key: str = "text", limit: int = MAX_TEXT) -> str:
        text = str(p.get(key, ""))
        plain = check_html(text) if p.get("parse_mode") == "HTML" else text
        if not plain.strip() and key == "text":
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain.encode("utf-16-le")) // 2 > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _new_message(self, chat: dict[str, Any], **content: Any) -> dict[str, Any]:
        message_id = next(self._message_ids[chat["id"]])
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat,
                   "from": {k: v for k, v in self.me().items()
                            if k in ("id", "is_bot", "first_name", "username")}, **content}
        self.messages[(chat["id"], message_id)] = message
        return message

    def api_sendMessage(self, p: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(p)
        plain = self._text(p)
        self._check_markup(p.get("reply_markup"))
        content: dict[str, Any] = {"text": plain, "html": p.get("text")}
        if p.get("reply_markup"):
            content["reply_markup"] = p["reply_markup"]
        return self._new_message(chat, **content)

    def api_sendDocument(self, p: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(p)
        doc = p.get("document")
        if not isinstance(doc, dict):
            raise ApiError(400, "Bad Request: there is no document in the request")
        content: dict[str, Any] = {"document": {
            "file_id": f"doc{next(self._ids)}", "file_unique_id": f"u{next(self._ids)}",
            "file_name": doc["filename"], "file_size": len(doc["content"])}}
        if p.get("caption"):
            content["caption"] = self._text(p, "caption", 1024)
        self._check_markup(p.get("reply_markup"))
        return self._new_message(chat, **content)

    def _stored(self, p: dict[str, Any]) -> dict[str, Any]:
        key = (p.get("chat_id"), p.get("message_id"))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        return self.messages[key]  # type: ignore[index]

    def api_editMessageText(self, p: dict[str, Any]) -> dict[str, Any] | bool:
        if p.get("inline_message_id"):
            self._text(p)
            return True
        message = self._stored(p)
        plain = self._text(p)
        self._check_markup(p.get("reply_markup"))
        if message.get("html") == p.get("text") and message.get("reply_markup") == p.get(
                "reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        message.update(text=plain, html=p.get("text"), edit_date=int(time.time()))
        message.pop("reply_markup", None)
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        return message

    def api_editMessageReplyMarkup(self, p: dict[str, Any]) -> dict[str, Any] | bool:
        if p.get("inline_message_id"):
            return True
        message = self._stored(p)
        self._check_markup(p.get("reply_markup"))
        message.pop("reply_markup", None)
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        return message

    def api_answerCallbackQuery(self, p: dict[str, Any]) -> bool:
        if not p.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old or query ID is invalid")
        return True

    def api_answerInlineQuery(self, p: dict[str, Any]) -> bool:
        results = p.get("results", [])
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            content = result.get("input_message_content", {})
            if content.get("parse_mode") == "HTML":
                check_html(content.get("message_text", ""))
            self._check_markup(result.get("reply_markup"))
        return True

    def api_sendChatAction(self, p: dict[str, Any]) -> bool:
        self._chat_for_send(p)
        return True

    @staticmethod
    def _scope_key(p: dict[str, Any]) -> tuple[str, str]:
        scope = p.get("scope") or {"type": "default"}
        kind = scope.get("type", "default")
        if "chat_id" in scope:  # one menu per chat: "chat:999"
            kind = f"{kind}:{scope['chat_id']}"
        return (kind, str(p.get("language_code") or ""))

    def api_setMyDescription(self, p: dict[str, Any]) -> bool:
        if len(str(p.get("description", ""))) > 512:
            raise ApiError(400, "Bad Request: description is too long")
        self.descriptions[("description", str(p.get("language_code") or ""))] = str(
            p.get("description", ""))
        return True

    def api_setMyShortDescription(self, p: dict[str, Any]) -> bool:
        if len(str(p.get("short_description", ""))) > 120:
            raise ApiError(400, "Bad Request: short description is too long")
        self.descriptions[("short", str(p.get("language_code") or ""))] = str(
            p.get("short_description", ""))
        return True

    def api_setMyCommands(self, p: dict[str, Any]) -> bool:
        for command in p.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands[self._scope_key(p)] = p.get("commands", [])
        return True

    def api_getMyCommands(self, p: dict[str, Any]) -> list[dict[str, str]]:
        return self.commands.get(self._scope_key(p), [])

    def api_deleteMyCommands(self, p: dict[str, Any]) -> bool:
        self.commands.pop(self._scope_key(p), None)
        return True

    # ---- users and updates --------------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str = "Budi", language_code: str = "id"
             ) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name,
                "language_code": language_code}

    def private_chat(self, user_id: int, first_name: str = "Budi") -> dict[str, Any]:
        return self.chats.setdefault(user_id, {"id": user_id, "type": "private",
                                               "first_name": first_name})

    def group_chat(self, chat_id: int = -100777, title: str = "Grup Pekerja") -> dict[str, Any]:
        return self.chats.setdefault(chat_id, {"id": chat_id, "type": "supergroup",
                                               "title": title})

    def push(self, **update: Any) -> dict[str, Any]:
        """Queue one update for the next getUpdates; returns it (with its update_id)."""
        update = {"update_id": next(self._update_ids), **update}
        self.pending.append(update)
        with contextlib.suppress(RuntimeError):  # no loop yet: the next poll sees it anyway
            task = asyncio.get_running_loop().create_task(self._notify())
            self._wakers.add(task)
            task.add_done_callback(self._wakers.discard)
        return update

    def _user_message(self, user_id: int, chat: dict[str, Any] | None, first_name: str,
                      language_code: str, **content: Any) -> dict[str, Any]:
        chat = chat or self.private_chat(user_id, first_name)
        message_id = next(self._message_ids[chat["id"]])
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat,
                   "from": self.user(user_id, first_name, language_code), **content}
        self.messages[(chat["id"], message_id)] = message
        return message

    def text(self, user_id: int, text: str, chat: dict[str, Any] | None = None,
             first_name: str = "Budi", language_code: str = "id",
             entities: list[dict[str, Any]] | None = None,
             reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """A user sends text (a /command gets its bot_command entity, as Telegram does)."""
        content: dict[str, Any] = {"text": text}
        ents = list(entities or [])
        if text.startswith("/"):
            ents.insert(0, {"type": "bot_command", "offset": 0,
                            "length": len(text.split(" ", 1)[0])})
        if ents:
            content["entities"] = ents
        if reply_to is not None:
            content["reply_to_message"] = reply_to
        message = self._user_message(user_id, chat, first_name, language_code, **content)
        return self.push(message=message)

    def command(self, user_id: int, name: str, args: str = "", **kw: Any) -> dict[str, Any]:
        return self.text(user_id, f"/{name} {args}".strip(), **kw)

    def mention(self, user_id: int, chat: dict[str, Any], text: str, **kw: Any
                ) -> dict[str, Any]:
        """A group message that @-mentions the bot at its start."""
        handle = f"@{self.username}"
        return self.text(user_id, f"{handle} {text}", chat=chat, entities=[
            {"type": "mention", "offset": 0, "length": len(handle)}], **kw)

    def press(self, user_id: int, message: dict[str, Any], data: Any,
              first_name: str = "Budi") -> dict[str, Any]:
        """A user presses a button under `message` (any data, even malformed)."""
        query = {"id": str(next(self._ids)), "from": self.user(user_id, first_name),
                 "chat_instance": f"ci{message['chat']['id']}", "message": message}
        if data is not None:
            query["data"] = data
        return self.push(callback_query=query)

    def inline(self, user_id: int, query: str) -> dict[str, Any]:
        return self.push(inline_query={"id": str(next(self._ids)),
                                       "from": self.user(user_id), "query": query,
                                       "offset": "", "chat_type": "sender"})

    def edited(self, user_id: int, text: str) -> dict[str, Any]:
        message = self._user_message(user_id, None, "Budi", "id", text=text,
                                     edit_date=int(time.time()))
        return self.push(edited_message=message)

    def media(self, user_id: int, kind: str, chat: dict[str, Any] | None = None
              ) -> dict[str, Any]:
        """A sticker, photo, voice note or document from a user."""
        file = {"file_id": f"f{next(self._ids)}", "file_unique_id": f"u{next(self._ids)}"}
        content: dict[str, Any] = {
            "sticker": {"sticker": {**file, "width": 512, "height": 512, "is_animated": False,
                                    "is_video": False, "type": "regular"}},
            "photo": {"photo": [{**file, "width": 90, "height": 90}]},
            "voice": {"voice": {**file, "duration": 3}},
            "document": {"document": {**file, "file_name": "ktp.pdf"}},
        }[kind]
        message = self._user_message(user_id, chat, "Budi", "id", **content)
        return self.push(message=message)

    def channel_post(self, chat_id: int = -100900, text: str = "Pengumuman") -> dict[str, Any]:
        chat = self.chats.setdefault(chat_id, {"id": chat_id, "type": "channel",
                                               "title": "Kanal"})
        message_id = next(self._message_ids[chat_id])
        return self.push(channel_post={"message_id": message_id, "date": int(time.time()),
                                       "chat": chat, "text": text})

    # ---- reading what the bot did -----------------------------------------------------------

    def mark(self) -> int:
        return len(self.calls)

    def calls_since(self, mark: int, method: str | None = None,
                    chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls[mark:]
                if (method is None or c.method == method)
                and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def sent_since(self, mark: int, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Successful sendMessage calls' parameters (text is the HTML the bot sent)."""
        return [c.params for c in self.calls_since(mark, "sendMessage", chat_id) if c.ok]

    def stored(self, chat_id: int, text_contains: str) -> dict[str, Any]:
        """The latest message the bot sent to `chat_id` containing some text (any case)."""
        for (chat, _), message in reversed(self.messages.items()):
            if chat == chat_id and message.get("from", {}).get("id") == self.bot_id and (
                    text_contains.lower() in message.get("text", "").lower()):
                return message
        raise KeyError(text_contains)

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds, re-checking after every API call."""
        cond = self._condition()
        async with cond:
            await asyncio.wait_for(cond.wait_for(predicate), timeout)


def buttons_of(message_or_params: dict[str, Any]) -> list[dict[str, Any]]:
    markup = message_or_params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class HttpServer:
    """The fake on a real TCP port (HTTP/1.1, Content-Length bodies), for subprocess tests."""

    fake: FakeBotAPI
    server: asyncio.Server | None = None
    port: int = 0
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def start(self, host: str = "127.0.0.1") -> HttpServer:
        self.server = await asyncio.start_server(self._client, host, 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            for task in list(self._tasks):
                task.cancel()
            await self.server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                      ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
                length = int({k.lower(): v for k, v in headers.items()}
                             .get("content-length", "0"))
                body = await reader.readexactly(length) if length else b""
                request = httpx.Request(method, f"http://127.0.0.1{target}", headers=headers,
                                        content=body)
                try:
                    response = await self.fake.handle(request)
                except httpx.ConnectError:
                    writer.close()
                    return
                payload = response.content
                writer.write(f"HTTP/1.1 {response.status_code} X\r\nContent-Type: "
                             f"application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
                             .encode() + payload)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
