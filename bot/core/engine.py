"""The core: turns one transport-neutral Event into Replies. Never imports `telegram`.

Features (FAQ answers, calculator, registration, staff tools) plug in through the `Feature`
interface and are added in one visible order by the composition root (`bot.core.build_engine`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.core.errors import ErrorDigest
from bot.core.flood import FloodGate
from bot.core.privacy import mask_user
from bot.core.replies import Button, Event, Reply, ReplyKind, Text

if TYPE_CHECKING:
    from bot.content.store import Content, ContentStore
    from bot.core.settings import Settings
    from bot.storage.database import Database
    from bot.storage.question_log import QuestionLog
    from bot.storage.sessions import SessionStore

log = logging.getLogger(__name__)

Handler = Callable[["Ctx"], Awaitable[list[Reply]]]
PressHandler = Callable[["Ctx", str], Awaitable[list[Reply]]]


@dataclass
class Ctx:
    """Everything a feature needs to answer one event."""

    event: Event
    engine: Engine
    # False while answering a question typed inside a conversation (see Engine.answer_question)
    keep_question_text: bool = True
    lang: str = "id"  # the reply language: "id" or "en" (see Engine.reply_language)
    # The update's view of the sessions (SessionStore.for_update): the user's session is read
    # once and shared by every feature; copies of this context (replace) share it too.
    session_view: SessionStore | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.session_view is None:
            self.session_view = self.engine.sessions.for_update()

    @property
    def content(self) -> Content:
        return self.engine.store.current

    @property
    def on(self) -> date:
        return self.engine.today()

    @property
    def sessions(self) -> SessionStore:
        return self.session_view or self.engine.sessions

    @property
    def qlog(self) -> QuestionLog:
        qlog = self.engine.qlog
        return qlog if self.keep_question_text else qlog.without_text()

    @property
    def settings(self) -> Settings:
        return self.engine.settings

    def text_of(self, key: str) -> str:
        """A text value from the rates file (e.g. the call-center number)."""
        return str(self.content.faq.rates.get(key, self.on).value)

    def say(self, indonesian: str, english: str) -> str:
        """A short text (a button label) in the reply language."""
        return english if self.lang == "en" else indonesian

    def text(self, key: str | Text, /, **params: Any) -> str:
        """A sentence (or button label) from templates/texts.html.j2 in the reply language."""
        if isinstance(key, Text):
            key, params = key.key, {**dict(key.params), **params}
        return self.content.renderer.text(key, self.lang, **params)

    def render(self, template: str, /, **context: Any) -> str:
        context.setdefault("call_center", self.text_of("call_center"))
        return self.content.renderer.render(template, lang=self.lang, **context)

    def reply(self, template: str, /, kind: ReplyKind = "info",
              buttons: list[list[Button]] | None = None, **context: Any) -> Reply:
        return self.localized(Reply(self.render(template, **context), buttons or [], kind=kind))

    def localized(self, reply: Reply) -> Reply:
        """English button labels (from templates/en/texts.html.j2) on an English reply."""
        if self.lang == "en" and reply.buttons:
            label = self.content.renderer.english_label
            reply.buttons = [[replace(b, label=label(b.label)) for b in row]
                             for row in reply.buttons]
        return reply


class Feature:
    """A capability of the assistant. Override only what the feature needs."""

    name = "feature"

    def commands(self) -> dict[str, Handler]:
        return {}

    def presses(self) -> dict[str, PressHandler]:
        """Button-data prefixes this feature owns (`prefix` or `prefix:rest`)."""
        return {}

    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        """Claim a free-text message (return replies) or pass it on (return None)."""
        return None

    async def answer_question(self, ctx: Ctx, text: str) -> list[Reply] | None:
        """Answer a question asked inside another feature's conversation, or return None."""
        return None

    async def after_other(self, ctx: Ctx, owner: Feature | None,
                          done: list[Reply]) -> Reply | None:
        """Another feature's command or button (`owner`'s) was handled, replying `done`: close
        a question of this one's it left behind, or return this one's pending step again."""
        return None

    async def tick(self, engine: Engine) -> None:
        """Periodic work (transports call `Engine.tick()` every few seconds)."""

    async def on_reachable(self, engine: Engine, session_key: str, reachable: bool) -> None:
        """The user blocked the bot (False) or came back (True)."""


def _utf8(text: str) -> str:
    """Lone surrogates (only a console can send them) become '?': SQLite cannot store them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _valid_text(event: Event) -> Event:
    """The event with every text field encodable as UTF-8."""
    fields = {name: _utf8(getattr(event, name)) for name in ("text", "press", "args", "command")}
    if all(fields[name] == getattr(event, name) for name in fields):
        return event
    return replace(event, **fields)


class Engine:
    def __init__(self, store: ContentStore, db: Database, sessions: SessionStore,
                 qlog: QuestionLog, settings: Settings, today: Callable[[], date]):
        self.store, self.db, self.sessions, self.qlog = store, db, sessions, qlog
        self.settings, self.today = settings, today
        self.features: list[Feature] = []
        self._commands: dict[str, Handler] = {}
        self._presses: dict[str, PressHandler] = {}
        self._owners: dict[str, Feature] = {}  # "/command" or a button prefix: its feature
        # Messages the core wants delivered to someone other than the current user (e.g. a
        # reload failure for the admins). The core cannot push; each transport drains this.
        self.outbox: list[tuple[str, Reply]] = []
        # Channels whose users this process can reach (set by the transport): periodic
        # messages to users (reminders, notices) go out only from the process that reaches them.
        self.channels: set[str] = set()
        # A channel's other session namespaces for the same people (set by the transport:
        # Telegram's groups and inline queries), whose logged questions /hapusdata deletes too.
        self.namespaces: dict[str, tuple[str, ...]] = {}
        self._last_tick = time.monotonic()
        self.flood = FloodGate(settings.flood_max_messages, settings.flood_window_seconds)
        self.errors = ErrorDigest()

    def notify_admins(self, reply: Reply) -> None:
        for admin_id in sorted(self.settings.admin_ids):
            self.outbox.append((str(admin_id), reply))

    async def notify_admins_each(self, make: Callable[[str], Reply]) -> None:
        """A message for every admin in their own language (`make(lang)` builds it)."""
        made: dict[str, Reply] = {}
        for admin_id in sorted(self.settings.admin_ids):
            lang = await self.language_of(f"telegram:{admin_id}")
            if lang not in made:
                made[lang] = make(lang)
            self.outbox.append((str(admin_id), made[lang]))

    def drain_outbox(self) -> list[tuple[str, Reply]]:
        items, self.outbox = self.outbox, []
        return items

    async def tick_if_due(self) -> None:
        """`tick()` at most once per RELOAD_CHECK_SECONDS: transports call this as often as
        they like (the console before every line) without adding work to each message."""
        now = time.monotonic()
        if now - self._last_tick >= self.settings.reload_check_seconds:
            self._last_tick = now
            await self.tick()

    async def tick(self) -> None:
        """Run every feature's periodic work; a failing feature never stops the others."""
        for feature in self.features:
            try:
                await feature.tick(self)
            except Exception as exc:
                log.exception("periodic work of %s failed", feature.name)
                self.report_error(exc)
        await self._error_digest()

    def report_error(self, error: BaseException | str) -> None:
        """Count an error for the admins' digest (its type only, never its contents)."""
        self.errors.add(error if isinstance(error, str) else type(error).__name__)

    async def _error_digest(self) -> None:
        counts = self.errors.due()
        if counts:
            renderer, minutes = self.store.current.renderer, int(self.errors.period // 60)
            await self.notify_admins_each(lambda lang: Reply(renderer.render(
                "admin_errors.html.j2", lang, counts=counts, minutes=minutes), kind="info"))

    async def set_reachable(self, session_key: str, reachable: bool) -> None:
        """A transport learned that a user blocked the bot, or unblocked it."""
        for feature in self.features:
            try:
                await feature.on_reachable(self, session_key, reachable)
            except Exception:
                log.exception("reachability hook of %s failed", feature.name)

    def add(self, feature: Feature) -> None:
        """Register a feature; its text hook runs after those added before it."""
        self.features.append(feature)
        for name, handler in feature.commands().items():
            if name in self._commands:
                raise ValueError(f"command /{name} registered twice")
            self._commands[name], self._owners[f"/{name}"] = handler, feature
        for prefix, handler in feature.presses().items():
            if prefix in self._presses:
                raise ValueError(f"button prefix '{prefix}' registered twice")
            self._presses[prefix], self._owners[prefix] = handler, feature

    @property
    def command_names(self) -> list[str]:
        return sorted(self._commands)

    async def handle(self, event: Event) -> list[Reply]:
        """Answer one event. Never raises: an internal error becomes an apology."""
        ctx = Ctx(_valid_text(event), self)
        replies = await self._handle(ctx)
        for reply in replies:
            reply.language = reply.language or ctx.lang
            ctx.localized(reply)  # replies built without ctx.reply (Reply(...) directly)
        return replies

    async def _handle(self, ctx: Ctx) -> list[Reply]:
        event = ctx.event
        # Flood control is for Telegram's many users (the console and `ask` are one local
        # operator); inline queries arrive per keystroke; staff (admins, the staff group) work.
        staff = event.is_admin or (event.chat_id != ""
                                   and event.chat_id == str(self.settings.staff_chat_id))
        if event.channel == "telegram" and event.chat_type != "inline" and not staff:
            verdict = self.flood.check(event.session_key)
            if verdict == "quiet":
                return []
            if verdict == "notice":
                log.info("flood limit reached by %s", mask_user(event.user_id))
                await self.qlog.record(event.session_key, event.channel, "", "flood", None, None)
                return [ctx.reply("flood.html.j2")]
        try:
            ctx.lang = await self.reply_language(event)
            if event.press or event.command:
                done = await (self._on_press(ctx) if event.press else self._on_command(ctx))
                owner = self._owners.get(f"/{event.command}" if event.command
                                         else event.press.partition(":")[0])
                return [*done, *[r for f in self.features if f is not owner
                                 if (r := await f.after_other(ctx, owner, done)) is not None]]
            if not event.text.strip():
                return []
            for feature in self.features:
                replies = await feature.on_text(ctx)
                if replies is not None:
                    return replies
            return []
        except Exception as exc:
            # Log the failure, never the message text: it may hold a NIK or a phone number.
            log.exception("failed to handle %s event from %s",
                          "press" if event.press else "command" if event.command else "text",
                          mask_user(event.user_id))
            self.report_error(exc)
            return [ctx.reply("error.html.j2")]

    async def language_of(self, session_key: str) -> str:
        """A user's remembered reply language, for messages sent to them later (reminders, a
        staff answer); Indonesian when they never wrote clearly in English nor chose one."""
        return await self.sessions.language(session_key) or "id"

    async def reply_language(self, event: Event) -> str:
        """English or Indonesian: forced (`ask --lang`), else the language of this message,
        else the user's last language (a clear message or /bahasa), else the client's
        (Telegram's language_code), else Indonesian. A clear message is remembered."""
        if event.force_language:
            return event.force_language
        detected = None
        if event.text and not event.command and not event.press:
            detected = self.store.current.language.detect(event.text)
        remembered = await self.sessions.language(event.session_key)
        if detected:
            if detected != remembered:
                await self.sessions.set_language(event.session_key, detected)
            return detected
        return remembered or ("en" if event.language == "en" else "id")

    async def _on_press(self, ctx: Ctx) -> list[Reply]:
        prefix, _, rest = ctx.event.press.partition(":")
        handler = self._presses.get(prefix)
        if handler is None:
            log.info("unknown button data from %s", mask_user(ctx.event.user_id))
            return [Reply(ctx.say("Tombol ini sudah tidak berlaku. Silakan tulis pertanyaan "
                                  "Anda atau ketik /help.", "This button has expired. Please "
                                  "write your question or type /help."), kind="info")]
        return await handler(ctx, rest)

    async def _on_command(self, ctx: Ctx) -> list[Reply]:
        handler = self._commands.get(ctx.event.command)
        if handler is None:
            return [ctx.reply("unknown_command.html.j2", command=ctx.event.command)]
        return await handler(ctx)

    async def answer_question(self, ctx: Ctx, text: str, keep_text: bool = False
                              ) -> list[Reply]:
        """A question typed mid-conversation, answered by whichever feature answers questions
        (the FAQ): features reach each other only through the engine.

        Its text is not kept in the question log unless `keep_text`: in the registration,
        such questions often carry the personal data being collected."""
        inner = replace(ctx, keep_question_text=keep_text)
        for feature in self.features:
            replies = await feature.answer_question(inner, text)
            if replies is not None:
                return replies
        return []

    async def run_command(self, ctx: Ctx, name: str, args: str = "") -> list[Reply] | None:
        """Let one feature start another's command (deep links: /start daftar)."""
        handler = self._commands.get(name)
        if handler is None:
            return None
        event = replace(ctx.event, command=name, args=args, text="")
        return await handler(replace(ctx, event=event, keep_question_text=True))
