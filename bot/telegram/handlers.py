"""Thin PTB adapters: Update -> Event -> `Engine.handle` -> messages. No answering logic here.

Each chat kind gets its own session namespace (`Event.channel`): private chats are `telegram`,
groups `telegram-group`, inline queries `telegram-inline`. So a message in a group or an inline
query can never step into (or reveal) a personal conversation running in the private chat.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import (
    Bot,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.core.engine import Ctx
from bot.core.privacy import mask_user
from bot.core.replies import Button, Event, Reply
from bot.telegram.fmt import deep_link, menu_press
from bot.telegram.send import OPEN_IN_BOT, ReplySender

if TYPE_CHECKING:
    from bot.core.engine import Engine
    from bot.core.settings import Settings

log = logging.getLogger(__name__)

# Never run in a group: they collect or show personal data (registration, or the staff
# reports that quote users' questions), or staff-only results (a reload's file:line problems).
# Also as a deep-link payload (`/start laporan`). Any other reply that is a conversation step or
# a file is also sent to the private chat (see `_guarded`).
PRIVATE_COMMANDS = frozenset({"daftar", "datasaya", "hapusdata", "laporan", "statistik",
                              "ekspor", "reload", "antrean"})
INLINE_KINDS = frozenset({"faq", "redirect", "calculation"})
MAX_INLINE_RESULTS = 5
MIN_INLINE_QUERY = 2

Context = ContextTypes.DEFAULT_TYPE


def _private_command(event: Event) -> str | None:
    """The private-only command an event asks for, directly or as `/start <command>`."""
    name = event.command
    if name == "start":
        words = event.args.split(maxsplit=1)
        name = words[0].lower() if words else ""
    return name if name in PRIVATE_COMMANDS else None


class TelegramAdapter:
    """Holds the engine (set in `post_init`) and turns updates into engine events."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine: Engine | None = None
        self.sender = ReplySender(settings.bot_username)

    @property
    def username(self) -> str:
        return self.sender.username

    @username.setter
    def username(self, value: str) -> None:
        self.sender.username = value

    @property
    def core(self) -> Engine:
        if self.engine is None:
            raise RuntimeError("engine not started: post_init has not run")
        return self.engine

    # ---- building events -------------------------------------------------------------

    def _event(self, update: Update, chat_type: str, **fields: str) -> Event:
        user = update.effective_user
        assert user is not None
        channel = {"private": "telegram", "group": "telegram-group"}.get(
            chat_type, "telegram-inline")
        language = "en" if (user.language_code or "").lower().startswith("en") else "id"
        chat = update.effective_chat
        return Event(str(user.id), channel, chat_type=chat_type, language=language,
                     is_admin=user.id in self.settings.admin_ids,
                     user_name=user.first_name or "",
                     chat_id=str(chat.id) if chat is not None else "", **fields)

    @staticmethod
    def _chat_type(message: Message) -> str:
        return "private" if message.chat.type == ChatType.PRIVATE else "group"

    async def _ctx(self, event: Event) -> Ctx:
        """A context in the user's reply language (remembered, else the client's)."""
        return Ctx(event, self.core, lang=await self.core.reply_language(event))

    async def _render(self, event: Event, template: str, **context: object) -> str:
        return (await self._ctx(event)).render(template, **context)

    async def _redirect(self, event: Event, payload: str) -> Reply:
        """A group asked for something personal: point to the private chat."""
        ctx = await self._ctx(event)
        return ctx.localized(Reply(
            ctx.render("tg_private_only.html.j2"),
            [[Button("💬 Lanjut di chat pribadi", url=deep_link(self.username, payload))]],
            kind="redirect"))

    def _addressed_text(self, message: Message, bot: Bot) -> str | None:
        """The text meant for the bot in a group, or None when the message is not for it."""
        text = message.text or ""
        mine = f"@{self.username}".lower()
        found = False
        for entity, value in message.parse_entities(
                [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if (entity.type == MessageEntity.MENTION and value.lower() == mine) or (
                    entity.user is not None and entity.user.id == bot.id):
                found = True
                text = text.replace(value, " ")
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            found = True
        return " ".join(text.split()) if found else None

    # ---- handlers ----------------------------------------------------------------------

    async def on_command(self, update: Update, context: Context) -> None:
        """Route any /command (with its arguments or deep-link payload) to the engine."""
        message = update.effective_message
        if message is None or message.text is None or update.effective_user is None:
            return
        entity = message.entities[0]
        raw = message.text[1:entity.length]
        name, _, target = raw.partition("@")
        if target and self.username and target.lower() != self.username.lower():
            return  # /cmd@another_bot in a group
        chat_type = self._chat_type(message)
        event = self._event(update, chat_type, command=name.lower(),
                            args=message.text[entity.length:].strip())
        private = _private_command(event)
        if chat_type == "group" and private is not None:
            await self.sender.send_replies(context.bot, message.chat_id,
                                           [await self._redirect(event, private)],
                                           message.message_id)
            return
        await self._answer(context.bot, message, event, payload=event.command)

    async def on_text(self, update: Update, context: Context) -> None:
        """Free text: a question, a calculation, or a step of a conversation."""
        message = update.effective_message
        if message is None or message.text is None or update.effective_user is None:
            return
        chat_type = self._chat_type(message)
        text = message.text
        if chat_type == "group":
            addressed = self._addressed_text(message, context.bot)
            if addressed is None:
                return  # group chatter not meant for the bot
            if not addressed:
                event = self._event(update, chat_type, command="help")
                await self._answer(context.bot, message, event, payload="")
                return
            text = addressed
        replied = message.reply_to_message
        # The bot's message being answered (a staff reply to a hand-off names it by "#id").
        reply_to = (replied.text or "") if replied is not None and replied.from_user is not None \
            and replied.from_user.id == context.bot.id else ""
        await self._answer(context.bot, message,
                           self._event(update, chat_type, text=text, reply_to=reply_to),
                           payload="")

    async def on_unsupported(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice notes, files... in a private chat: a short polite note."""
        message = update.effective_message
        if message is None or update.effective_user is None:
            return
        event = self._event(update, "private", text="")
        reply = Reply(await self._render(event, "tg_unsupported.html.j2"), kind="info")
        await self.sender.send_replies(context.bot, message.chat_id, [reply])

    async def on_press(self, update: Update, context: Context) -> None:
        """A button press: always answer the query, then edit the menu or reply."""
        query = update.callback_query
        if query is None:
            return
        try:
            await query.answer()
        except TelegramError as exc:  # too old, or already answered: nothing to do
            log.info("could not answer callback query: %s", exc)
        data, menu = menu_press(query.data if isinstance(query.data, str) else "")
        message = query.message
        if not data or not isinstance(message, Message):
            return  # game callbacks, presses on inline-mode messages, inaccessible messages
        chat_type = self._chat_type(message)
        event = self._event(update, chat_type, press=data)
        replies = await self._guarded(event, chat_type, payload="")
        # The first reply replaces a menu; any after it (a form's step) follow as messages
        if await self.sender.edit_in_place(context.bot, message, replies[:1], menu):
            replies = replies[1:]
        if replies:
            await self.sender.send_replies(context.bot, message.chat_id, replies)

    async def on_member(self, update: Update, context: Context) -> None:
        """my_chat_member: a user blocked (or unblocked) the bot in their private chat."""
        change = update.my_chat_member
        if change is None or change.chat.type != ChatType.PRIVATE:
            return
        status = change.new_chat_member.status
        reachable = status not in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT)
        log.info("%s %s the bot", mask_user(str(change.chat.id)),
                 "unblocked" if reachable else "blocked")
        await self.core.set_reachable(f"telegram:{change.chat.id}", reachable)

    async def on_inline(self, update: Update, context: Context) -> None:
        """`@bot jht resign` / `@bot gaji 5jt` in any chat: answers as articles."""
        query = update.inline_query
        if query is None:
            return
        button = InlineQueryResultsButton(text=OPEN_IN_BOT, start_parameter="inline")
        text = " ".join(query.query.split())
        results: list[InlineQueryResultArticle] = []
        if len(text) >= MIN_INLINE_QUERY:
            event = self._event(update, "inline", text=text)
            replies = await self.core.handle(event)
            if any(r.kind == "flow" for r in replies):
                await self.core.sessions.clear(event.session_key)
            for reply in replies:
                if reply.kind in INLINE_KINDS:
                    results.append(self.sender.article(reply, len(results)))
                elif reply.kind == "suggestions":
                    for entry_id, _title in reply.suggestions[:MAX_INLINE_RESULTS]:
                        opened = await self.core.handle(
                            Event(**{**event.__dict__, "text": "", "command": "start",
                                     "args": f"faq_{entry_id}"}))
                        results.extend(self.sender.article(r, len(results)) for r in opened
                                       if r.kind in INLINE_KINDS)
        try:
            await query.answer(results[:MAX_INLINE_RESULTS], button=button, cache_time=60)
        except BadRequest as exc:  # the query expired while we worked
            log.info("inline answer refused: %s", exc)

    async def on_error(self, update: object, context: Context) -> None:
        """Log the failure (never message text) and apologise without internals."""
        error = context.error
        if isinstance(error, Forbidden):
            log.info("user blocked the bot or left the chat: %s", error)
            return
        kind = type(error).__name__ if error else "unknown"
        if self.engine is not None:
            self.engine.report_error(kind)  # the admins' hourly digest: the type only
        if not isinstance(update, Update):
            log.warning("error outside an update (%s): %s", kind, error)
            return
        user = update.effective_user
        log.error("error while handling update %s from %s", update.update_id,
                  mask_user(str(user.id)) if user else "-", exc_info=error)
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE or self.engine is None:
            return
        try:
            event = Event(str(user.id) if user else "0", "telegram")
            # Through the sender: recorded with the update like any reply (durable.py).
            await self.sender.send_replies(context.bot, chat.id,
                                           [Reply(await self._render(event, "error.html.j2"))])
        except Exception as exc:  # the apology itself failed: nothing more to do
            log.warning("could not apologise after an error: %s", type(exc).__name__)

    # ---- answering ----------------------------------------------------------------------

    async def _guarded(self, event: Event, chat_type: str, payload: str) -> list[Reply]:
        """Run the engine; in a group, a personal conversation goes to the private chat."""
        replies = await self.core.handle(event)
        if chat_type == "group" and any(r.kind == "flow" or r.document for r in replies):
            # Conversations and file exports are personal. The user never saw the question
            # in the group, so nothing may stay pending there either.
            await self.core.sessions.clear(event.session_key)
            return [await self._redirect(event, payload)]
        return replies

    async def _answer(self, bot: Bot, message: Message, event: Event, payload: str) -> None:
        await self.sender.typing(bot, message.chat_id)
        replies = await self._guarded(event, event.chat_type, payload)
        quote = message.message_id if event.chat_type == "group" else None
        await self.sender.send_replies(bot, message.chat_id, replies, quote)

    async def send_replies(self, bot: Bot, chat_id: int, replies: list[Reply],
                           quote: int | None = None) -> bool:
        """Deliver replies to a chat (used for the outbox too); False if the user blocked us."""
        return await self.sender.send_replies(bot, chat_id, replies, quote)
