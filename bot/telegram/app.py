"""Composition root of the Telegram bot: one Application, every handler in one ordered list."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.app.composition import build_engine, close_engine
from bot.core.engine import Engine
from bot.core.logs import cap_libraries
from bot.core.privacy import mask_user
from bot.core.replies import Reply
from bot.core.settings import Settings
from bot.storage.inbox import Inbox
from bot.storage.outbox import ReplyOutbox
from bot.telegram.concurrency import PerChatUpdateProcessor
from bot.telegram.durable import DurableUpdates, MarkingRequest, RecordingRequest
from bot.telegram.handlers import TelegramAdapter
from bot.telegram.ratelimit import RetryingRateLimiter, shared_budget

if TYPE_CHECKING:
    from bot.telegram.metrics import Metrics

log = logging.getLogger(__name__)

EngineFactory = Callable[[Settings], Awaitable[Engine]]

# Edited messages and channel posts are not conversation turns: not even fetched.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY,
                   Update.MY_CHAT_MEMBER]  # blocked / unblocked: reminders skip the user
OUTBOX_SECONDS = 2.0  # admins' notices wait at most this long
PRUNE_SECONDS = 3600.0

# The menu: (command, Indonesian, English). Only commands the engine really has are shown.
MENU = [
    ("start", "Mulai / menu utama", "Start / main menu"),
    ("help", "Cara memakai asisten", "How to use the assistant"),
    ("hitung", "Hitung iuran dan manfaat", "Calculate contributions and benefits"),
    ("topik", "Daftar topik", "Topics"),
    ("daftar", "Pra-pendaftaran peserta BPU", "Pre-register as an informal worker"),
    ("datasaya", "Lihat data saya", "See my data"),
    ("hapusdata", "Hapus data saya", "Delete my data"),
    ("pengingat", "Pengingat bayar iuran bulanan", "Monthly contribution reminder"),
    ("langganan", "Info bila aturan berubah", "Notices when rules change"),
    ("batal", "Batalkan percakapan", "Cancel the conversation"),
    ("bahasa", "Bahasa balasan (id / en)", "Reply language (id / en)"),
    ("tentang", "Tentang asisten ini", "About this assistant"),
]
GROUP_MENU = {"start", "help", "hitung", "topik", "tentang"}
# Staff commands, shown only in the admins' own chats (BotCommandScopeChat).
STAFF_MENU = [
    ("laporan", "Pertanyaan belum terjawab (staf)", "Unanswered questions (staff)"),
    ("statistik", "Statistik pemakaian (staf)", "Usage statistics (staff)"),
    ("ekspor", "Ekspor pra-pendaftaran (staf)", "Export pre-registrations (staff)"),
    ("reload", "Muat ulang isi FAQ (staf)", "Reload the FAQ content (staff)"),
]
# "What can this bot do?" (empty chat) and the profile line: (language, description, short).
DESCRIPTIONS = [
    (None, "Asisten informasi BPJS Ketenagakerjaan (BPJAMSOSTEK): tanya JKK, JKM, JHT, JP, "
           "JKP dan iuran dengan bahasa sehari-hari, hitung iuran dan manfaat, dan "
           "pra-pendaftaran pekerja mandiri (BPU). Bukan kanal resmi; call center 175.",
     "Tanya jawab & hitung iuran BPJS Ketenagakerjaan. Bukan kanal resmi."),
    ("en", "Information assistant for BPJS Ketenagakerjaan (BPJAMSOSTEK), Indonesia's "
           "employment social security: ask about JKK, JKM, JHT, JP, JKP and contributions, "
           "calculate contributions and benefits, pre-register as an informal worker (BPU). "
           "Replies are in Indonesian. Not an official channel; call center 175.",
     "BPJS Ketenagakerjaan Q&A and contribution calculator. Not an official channel."),
]


def handlers(adapter: TelegramAdapter) -> list[BaseHandler[Any, Any, Any]]:
    """Every handler, in order: the first one that matches an update handles it."""
    new = filters.UpdateType.MESSAGE  # not edits, not channel posts
    return [
        MessageHandler(new & filters.COMMAND, adapter.on_command),
        MessageHandler(new & filters.TEXT, adapter.on_text),
        MessageHandler(new & filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL,
                       adapter.on_unsupported),
        CallbackQueryHandler(adapter.on_press),
        ChatMemberHandler(adapter.on_member, ChatMemberHandler.MY_CHAT_MEMBER),
        InlineQueryHandler(adapter.on_inline),
    ]


async def set_menus(app: Application[Any, Any, Any, Any, Any, Any], engine: Engine,
                    admin_ids: frozenset[int] = frozenset()) -> None:
    """The command menu in Indonesian and English (staff commands only in the admins' chats);
    a server that refuses it is only logged."""
    known = set(engine.command_names)
    for scope, allowed in ((BotCommandScopeDefault(), None),
                           (BotCommandScopeAllGroupChats(), GROUP_MENU)):
        for language, column in ((None, 1), ("en", 2)):
            commands = [BotCommand(row[0], row[column]) for row in MENU
                        if row[0] in known and (allowed is None or row[0] in allowed)]
            try:
                await app.bot.set_my_commands(commands, scope=scope, language_code=language)
            except TelegramError as exc:
                log.warning("setMyCommands (%s, %s) refused: %s; the bot runs without it",
                            scope.type, language or "default", exc)
    for admin_id in sorted(admin_ids):
        for language, column in ((None, 1), ("en", 2)):
            commands = [BotCommand(row[0], row[column]) for row in [*MENU, *STAFF_MENU]
                        if row[0] in known]
            try:
                await app.bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id),
                                              language_code=language)
            except TelegramError as exc:
                log.warning("staff menu for admin %s refused: %s", mask_user(str(admin_id)),
                            exc)


async def set_descriptions(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The bot's description and short description, in Indonesian and English."""
    for language, description, short in DESCRIPTIONS:
        try:
            await app.bot.set_my_description(description, language_code=language)
            await app.bot.set_my_short_description(short, language_code=language)
        except TelegramError as exc:
            log.warning("bot description (%s) refused: %s", language or "default", exc)


async def _periodic(app: Application[Any, Any, Any, Any, Any, Any], adapter: TelegramAdapter
                    ) -> None:
    """Deliver the engine's outbox and run its periodic work (FAQ reload checks...)."""
    settings = adapter.settings
    step = max(0.05, min(OUTBOX_SECONDS, settings.reload_check_seconds))
    pruned = 0.0
    while True:
        await asyncio.sleep(step)
        try:
            await adapter.core.tick_if_due()
            await deliver_outbox(app, adapter)
            if time.monotonic() - pruned > PRUNE_SECONDS:  # handled updates, after 2 days
                pruned = time.monotonic()
                await Inbox(adapter.core.db).prune()
                await ReplyOutbox(adapter.core.db).prune()
        except Exception:
            log.exception("periodic work failed")


async def deliver_outbox(app: Application[Any, Any, Any, Any, Any, Any],
                         adapter: TelegramAdapter) -> None:
    for user_id, reply in adapter.core.drain_outbox():
        try:
            chat_id = int(user_id)
        except ValueError:
            log.warning("outbox message for a non-Telegram user dropped")
            continue
        if not await _send_quietly(app, adapter, chat_id, reply) and chat_id > 0:
            # Blocked: mark the user so reminders and notices skip them from now on.
            await adapter.core.set_reachable(f"telegram:{chat_id}", False)


async def _send_quietly(app: Application[Any, Any, Any, Any, Any, Any],
                        adapter: TelegramAdapter, chat_id: int, reply: Reply) -> bool:
    """Send one outbox message; False only when the user blocked the bot."""
    try:
        return await adapter.send_replies(app.bot, chat_id, [reply])
    except TelegramError as exc:
        log.warning("outbox message not delivered: %s", exc)
        return True


def build_application(settings: Settings, engine_factory: EngineFactory | None = None,
                      request: BaseRequest | None = None,
                      get_updates_request: BaseRequest | None = None,
                      base_url: str | None = None, webhook: bool = False
                      ) -> Application[Any, Any, Any, Any, Any, Any]:
    """The whole bot. `request`/`base_url` let tests and emulators replace the network.

    `webhook`: no updater (bot/telegram/webhook.py feeds updates); Telegram re-delivers what
    a dead instance left unanswered, so nothing is replayed at start (another instance may be
    handling it), and only the instance that sets the webhook sets the menus."""
    # httpx logs every request URL at INFO, and the URL contains the token: capped here, so
    # every embedding (CLI, tests, benchmarks) is covered, not only `run`.
    cap_libraries()
    factory = engine_factory or build_engine
    adapter = TelegramAdapter(settings)
    background: list[asyncio.Task[None]] = []
    durable = DurableUpdates(adapter.sender)
    # Prometheus metrics are served by the webhook server only; polling mode does not load
    # prometheus_client (about 2 MB of idle memory for counters nobody can read).
    metrics: Metrics | None = None
    if webhook:
        from bot.telegram.metrics import Metrics as _Metrics
        metrics = _Metrics()
    # Every fetched update is recorded before the next poll confirms it (webhook mode: before
    # it is handled); its replies are recorded with its state change and each is marked right
    # before it leaves (F9).
    recording = RecordingRequest(get_updates_request or HTTPXRequest(connection_pool_size=1))
    marking = MarkingRequest(request or HTTPXRequest(connection_pool_size=256))
    # Chat lock (in process, and across instances on PostgreSQL) outside, unit of work inside.
    processor = PerChatUpdateProcessor(around=durable.process)
    limiter = RetryingRateLimiter(metrics, settings.instances, settings.telegram_max_rate)

    async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        adapter.engine = await factory(settings)
        adapter.engine.channels.add("telegram")  # this process reaches Telegram users
        adapter.engine.namespaces["telegram"] = ("telegram-group", "telegram-inline")
        adapter.username = settings.bot_username or app.bot.username
        durable.inbox = recording.inbox = Inbox(adapter.engine.db)
        durable.outbox = marking.outbox = ReplyOutbox(adapter.engine.db)
        processor.db = adapter.engine.db  # each chat held across instances too (PostgreSQL)
        # Telegram's limit shared by the instances through the database (PostgreSQL).
        limiter.shared = shared_budget(adapter.engine.db, settings.telegram_max_rate)
        durable.bot = app.bot
        if not webhook:
            await durable.replay(app)
        background.append(asyncio.create_task(durable.resend_loop()))
        if not webhook or settings.webhook_set:
            await set_menus(app, adapter.engine, settings.admin_ids)
            await set_descriptions(app)
        background.append(asyncio.create_task(_periodic(app, adapter)))

    async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        for task in background:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        background.clear()
        if adapter.engine is not None:
            processor.db = None
            limiter.shared = None
            await close_engine(adapter.engine)
            adapter.engine = None

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        # Replies name sites and legal bases; a link-preview card under them is only noise.
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(limiter)
        # One chat's slow send must not hold up the others; each chat stays in order.
        .concurrent_updates(processor)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    url = base_url if base_url is not None else settings.telegram_base_url
    if url:
        builder = builder.base_url(url)
        if url.rstrip("/").endswith("/bot"):  # self-hosted server: files live beside it
            builder = builder.base_file_url(url.rstrip("/")[:-4] + "/file/bot")
    builder = builder.request(marking)
    builder = builder.updater(None) if webhook else builder.get_updates_request(recording)
    app = builder.build()
    app.bot_data["adapter"] = adapter
    app.bot_data["durable"] = durable
    app.bot_data["metrics"] = metrics
    app.add_handlers(handlers(adapter))
    app.add_error_handler(adapter.on_error)
    return app


def run_bot(settings: Settings, webhook: bool = False) -> int:
    """`python -m bot run [--webhook]`: serve until interrupted."""
    if not settings.telegram_bot_token:
        print("TELEGRAM_BOT_TOKEN belum diisi (lihat .env.example).", file=sys.stderr)
        return 2
    # httpx logs every request URL at INFO, and the URL contains the token (the root handler
    # redacts it too; this keeps the lines out altogether, also when run without the CLI).
    cap_libraries()
    if webhook:
        from bot.telegram.webhook import serve_webhook

        return serve_webhook(settings)
    build_application(settings).run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0
