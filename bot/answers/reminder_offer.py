"""A message asking to be reminded to pay gets the reminder menu one tap away, as a button.

"tolong ingatkan saya bayar iuran tiap bulan" is answered as any question (the FAQ has no
entry for the bot's own reminder, and a new entry shifts word weights): the reply gets one
more button row whose data ("rm:open") the reminder feature (bot.outreach.reminders) owns, and
an unknown "rm:" action there shows its menu. Only the buttons change, never the answer. The
request phrases are data: faq/clause-cues.yaml `reminder_asks`.
"""

from __future__ import annotations

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.understand.clause_words import ClauseCues, cue_words

REMINDER_DATA = "rm:open"  # bot.outreach.reminders: an action it does not know opens the menu


def asks_reminder(text: str, cues: ClauseCues) -> bool:
    """Whether the message asks the bot to remind the writer (a `reminder_asks` phrase)."""
    return cues.reminder_asks.found_in(cue_words(text))


def with_reminder_button(ctx: Ctx, text: str, replies: list[Reply]) -> list[Reply]:
    """The replies, the last one with the reminder button row when the message asks for it
    in a private chat (in groups /pengingat only says it works in private)."""
    if not replies or ctx.event.chat_type != "private" \
            or not asks_reminder(text, ctx.content.faq.clause_cues):
        return replies
    label = ctx.say("⏰ Pengingat bayar iuran", "⏰ Contribution reminder")
    replies[-1].buttons = [[Button(label, REMINDER_DATA)], *replies[-1].buttons]
    return replies
