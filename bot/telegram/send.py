"""Outbound Telegram: sending replies (split, quoted, documents), menus edited in place,
inline articles. A user who blocked the bot is logged quietly; refused HTML is resent plain.

Replies are first planned as rows, one per API call (`OutboxRow`), then sent row by row. While
an update is handled durably (bot/telegram/durable.py) the rows are only collected (`capture`):
they are committed with the update's state change and sent after that.
"""

from __future__ import annotations

import contextvars
import logging
from dataclasses import dataclass, field

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputFile,
    InputTextMessageContent,
    Message,
    ReplyParameters,
)
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.content.render import to_plain
from bot.core.privacy import mask_user
from bot.core.replies import Reply
from bot.storage.outbox import OutboxRow
from bot.telegram.fmt import (
    MAX_CAPTION,
    deep_link,
    first_line,
    keyboard,
    share_row,
    split_html,
    tg_len,
)

log = logging.getLogger(__name__)

MENU_TEXT_MAX = 160  # a "menu" is a short message whose point is its buttons
OPEN_IN_BOT = "💬 Buka di bot"


@dataclass
class Plan:
    """The calls one update's handlers asked for, collected instead of made."""

    rows: list[OutboxRow] = field(default_factory=list)
    typing: int | None = None  # a chat that should see "typing..." first


_PLAN: contextvars.ContextVar[Plan | None] = contextvars.ContextVar("plan", default=None)


def capture(plan: Plan | None) -> contextvars.Token[Plan | None]:
    """From now on in this task, replies are added to `plan` instead of sent (None: sent)."""
    return _PLAN.set(plan)


def end_capture(token: contextvars.Token[Plan | None]) -> None:
    _PLAN.reset(token)


def _is_menu(reply: Reply) -> bool:
    has_data = any(b.data for row in reply.buttons for b in row)
    return reply.kind == "suggestions" or (
        reply.kind == "info" and has_data and len(to_plain(reply.text)) <= MENU_TEXT_MAX)


class ReplySender:
    """Sends replies for the adapter. A menu's buttons say so in their callback data (fmt's
    MENU_PREFIX), so a press on one edits it in place on any instance, also after a restart."""

    def __init__(self, username: str):
        self.username = username

    async def typing(self, bot: Bot, chat_id: int) -> None:
        plan = _PLAN.get()
        if plan is not None:
            plan.typing = chat_id  # sent right before the replies, after the commit
            return
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except Forbidden:
            raise
        except TelegramError as exc:  # a cosmetic call: never let it stop the answer
            log.debug("typing action failed: %s", exc)

    async def edit_in_place(self, bot: Bot, message: Message, replies: list[Reply],
                            menu: bool) -> bool:
        """Navigating a menu (topics, "did you mean") replaces it instead of piling up;
        `menu`: the pressed button's data said its message is one."""
        if not menu or len(replies) != 1 or replies[0].document:
            return False
        reply = replies[0]
        if tg_len(reply.text) > 4096:
            return False
        markup = self.markup(reply)
        row = OutboxRow(message.chat_id, {
            "method": "edit", "message_id": message.message_id, "text": reply.text,
            "markup": markup.to_dict() if markup else None})
        plan = _PLAN.get()
        if plan is not None:
            plan.rows.append(row)
        else:
            await self.send_row(bot, row)
        return True

    def markup(self, reply: Reply) -> InlineKeyboardMarkup | None:
        return keyboard(reply.buttons, share_row(reply, self.username, first_line(reply.text)),
                        menu=_is_menu(reply))

    def article(self, reply: Reply, index: int) -> InlineQueryResultArticle:
        payload = f"faq_{reply.entry_id}" if reply.entry_id else (
            "hitung" if reply.kind == "calculation" else "inline")
        plain = to_plain(reply.text)
        lines = [line for line in plain.split("\n") if line.strip()]
        return InlineQueryResultArticle(
            id=f"{index}-{reply.kind}-{reply.entry_id or ''}"[:64],
            title=(lines[0] if lines else "Jawaban")[:100],
            description=" ".join(lines[1:3])[:200],
            input_message_content=InputTextMessageContent(split_html(reply.text)[0]),
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton(OPEN_IN_BOT, url=deep_link(self.username, payload))]]),
        )

    def plan(self, chat_id: int, replies: list[Reply], quote: int | None = None
             ) -> list[OutboxRow]:
        """The API calls that deliver `replies`: long texts split, documents with captions."""
        rows: list[OutboxRow] = []
        for reply in replies:
            markup = self.markup(reply)
            marks = markup.to_dict() if markup else None
            if reply.document is not None:
                name, content = reply.document
                caption = reply.text if tg_len(reply.text) <= MAX_CAPTION else None
                if caption is None:
                    rows.append(OutboxRow(chat_id, {"method": "message", "text": reply.text,
                                                    "quote": quote}))
                rows.append(OutboxRow(chat_id, {"method": "document", "name": name,
                                                "caption": caption, "markup": marks},
                                      content))
            else:
                parts = split_html(reply.text)
                for i, part in enumerate(parts):
                    last = i == len(parts) - 1
                    rows.append(OutboxRow(chat_id, {
                        "method": "message", "text": part, "markup": marks if last else None,
                        "quote": quote if i == 0 else None}))
            quote = None
        return rows

    async def send_replies(self, bot: Bot, chat_id: int, replies: list[Reply],
                           quote: int | None = None) -> bool:
        """Send each reply; a user who blocked the bot is logged quietly, not retried
        (returns False then, so periodic messages can mark the user)."""
        rows = self.plan(chat_id, replies, quote)
        plan = _PLAN.get()
        if plan is not None:
            plan.rows.extend(rows)
            return True
        try:
            for row in rows:
                await self.send_row(bot, row)
        except Forbidden:
            log.info("chat %s blocked the bot or is gone; reply dropped",
                     mask_user(str(chat_id)))
            return False
        return True

    async def send_row(self, bot: Bot, row: OutboxRow) -> None:
        """Make one planned call (an edit refused for another reason than "not modified"
        becomes a new message)."""
        body = row.body
        markup = InlineKeyboardMarkup.de_json(body["markup"], bot) if body.get("markup") else None
        if body["method"] == "document":
            await bot.send_document(row.chat_id, InputFile(row.content or b"",
                                                           filename=body["name"]),
                                    caption=body.get("caption"), reply_markup=markup)
            return
        if body["method"] == "edit":
            try:
                await bot.edit_message_text(body["text"], row.chat_id, body["message_id"],
                                            reply_markup=markup)
                return
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return
                log.info("edit in place refused (%s); sending instead", exc)
        await self._send_text(bot, row.chat_id, body["text"], markup, body.get("quote"))

    async def _send_text(self, bot: Bot, chat_id: int, text: str,
                         markup: InlineKeyboardMarkup | None, quote: int | None) -> Message:
        params = (ReplyParameters(quote, allow_sending_without_reply=True)
                  if quote is not None else None)
        try:
            return await bot.send_message(chat_id, text, reply_markup=markup,
                                          reply_parameters=params)
        except BadRequest as exc:
            # Usually markup Telegram could not parse: the words still matter more than the
            # formatting, so send them once more as plain text.
            log.warning("message refused (%s); resending as plain text", exc)
            return await bot.send_message(chat_id, to_plain(text), reply_markup=markup,
                                          parse_mode=None, reply_parameters=params)
