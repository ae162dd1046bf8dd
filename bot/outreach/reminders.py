"""/pengingat: an opt-in monthly contribution reminder, sent once per user per month.

The reminder date is stored per user (`reminder_next`); the periodic work sends what is due
and claims the month in the database first (bot.storage.outreach), so a restart never sends a
second one. Users who blocked the bot are skipped until they come back.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

from bot.core.engine import Ctx, Engine, Feature, Handler, PressHandler
from bot.core.privacy import mask_user
from bot.core.replies import Button, Event, Reply
from bot.outreach.reminder_words import reminder_words
from bot.outreach.schedule import (
    DAY_CHOICES,
    DEFAULT_DAY,
    MAX_DAY,
    calc_of,
    first_due,
    month_key,
    reminder_facts,
)
from bot.storage import waiting
from bot.storage.outreach import Contact, OutreachStore
from bot.storage.sessions import SessionStore

log = logging.getLogger(__name__)

CALC_FLOW = "calc"  # the calculator keeps the last request in the session under this flow
PAY_ENTRY = "iuran-bpu-cara-bayar"
STOP = Button("🛑 Berhenti pengingat", "rm:stop")
ASKED = "reminder_day"  # the day question, waiting for a typed day too (storage/waiting.py)


def _day(arg: str) -> str:
    """The day a /pengingat argument or a typed answer names ("10", "tgl 10"), or the text."""
    leads = reminder_words().day_leads
    return next((arg.removeprefix(lead) for lead in leads if arg.startswith(lead)), arg).strip()


def day_buttons(ctx: Ctx, current: int | None = None) -> list[list[Button]]:
    """The day-of-month choices, in the reply language (btn_day)."""
    return [[Button(f"{'✅ ' if d == current else ''}{ctx.text('btn_day', n=d)}", f"rm:day:{d}")
             for d in DAY_CHOICES]]


class Reminders(Feature):
    """/pengingat [tanggal|stop]; sends due reminders from `tick`."""

    name = "reminders"

    def commands(self) -> dict[str, Handler]:
        return {"pengingat": self.command}

    def presses(self) -> dict[str, PressHandler]:
        return {"rm": self.press}

    @staticmethod
    def store(engine: Engine) -> OutreachStore:
        return OutreachStore(engine.db)

    async def command(self, ctx: Ctx) -> list[Reply]:
        """/pengingat: show or change; `/pengingat 10` sets the day, `/pengingat stop` stops."""
        if ctx.event.chat_type != "private":
            return [ctx.reply("reminder_menu.html.j2", private_only=True, stopped=False)]
        arg = ctx.event.args.strip().lower()
        words = reminder_words()  # data/reminder_words.yaml: checked at start
        if arg in words.stop:
            return await self._stop(ctx)
        day = _day(arg)
        if re.fullmatch(r"-?\d+", day):  # "-1" is a day out of range, said so
            return await self._set(ctx, int(day))
        if arg in words.start:
            return await self._set(ctx, DEFAULT_DAY)
        if arg:  # "/pengingat besok": not a setting to show the menu over in silence
            await waiting.ask(ctx.sessions, ctx.event.session_key, ASKED)
            return [Reply(ctx.text("reminder_unknown", arg=arg[:30], max_day=MAX_DAY,
                                   example=DEFAULT_DAY), day_buttons(ctx))]
        contact = await self.store(ctx.engine).get(ctx.event.session_key)
        if contact is not None and contact.reminder_day is not None:
            return [await self._status(ctx, contact.reminder_day, contact.reminder_next,
                                       contact.calc_req is not None)]
        await waiting.ask(ctx.sessions, ctx.event.session_key, ASKED)
        return [ctx.reply("reminder_menu.html.j2", buttons=day_buttons(ctx), day=None,
                          stopped=False, private_only=False, default_day=DEFAULT_DAY)]

    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        """A day typed where its buttons were offered ("10", "tgl 12"): as if pressed (one out
        of range is asked again); anything else is not this feature's."""
        if not await waiting.answered(ctx.sessions, ctx.event.session_key, ASKED):
            return None
        day = _day(ctx.event.text.strip().lower().rstrip("?!. "))
        # two digits at most: a longer number (a NIK at its registration step, a phone) is none
        return await self._set(ctx, int(day)) if day.isdigit() and len(day) <= 2 else None

    async def after_other(self, ctx: Ctx, owner: Feature | None,
                          done: list[Reply]) -> None:
        """Another command or button after the menu: the day question closes."""
        await waiting.close(ctx.sessions, ctx.event.session_key, ASKED)

    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if ctx.event.chat_type != "private":
            return [ctx.reply("reminder_menu.html.j2", private_only=True, stopped=False)]
        if action == "stop":
            return await self._stop(ctx)
        if action == "day" and arg.isdigit():
            return await self._set(ctx, int(arg))
        return await self.command(ctx)

    async def _status(self, ctx: Ctx, day: int, first: date | None,
                      amount_known: bool) -> Reply:
        await waiting.ask(ctx.sessions, ctx.event.session_key, ASKED)  # another day typed
        return ctx.reply("reminder_menu.html.j2", buttons=[*day_buttons(ctx, day), [STOP]],
                         day=day, first=first, stopped=False, private_only=False,
                         amount_known=amount_known)

    async def _set(self, ctx: Ctx, day: int) -> list[Reply]:
        if not 1 <= day <= MAX_DAY:
            await waiting.ask(ctx.sessions, ctx.event.session_key, ASKED)
            return [Reply(ctx.text("reminder_bad_day", max_day=MAX_DAY, example=DEFAULT_DAY),
                          day_buttons(ctx))]
        first = first_due(ctx.on, day)
        last_calc = await self._last_calc(ctx.sessions, ctx.event.session_key)
        store = self.store(ctx.engine)
        if month_key(first) in await store.sent_months(ctx.event.session_key):
            first = first_due(first + timedelta(days=1), day)  # this month's went out already
        await store.set_reminder(ctx.event.session_key, day, first, last_calc)
        contact = await store.get(ctx.event.session_key)
        log.info("reminder on for %s", mask_user(ctx.event.user_id))
        return [await self._status(ctx, day, first, bool(contact and contact.calc_req))]

    async def _stop(self, ctx: Ctx) -> list[Reply]:
        await self.store(ctx.engine).stop_reminder(ctx.event.session_key)
        log.info("reminder off for %s", mask_user(ctx.event.user_id))
        return [ctx.reply("reminder_menu.html.j2", stopped=True, private_only=False)]

    @staticmethod
    async def _last_calc(sessions: SessionStore, session_key: str) -> dict | None:
        """The calculator's last request, while it is still in the session."""
        session = await sessions.get(session_key)
        if session is None or session.flow != CALC_FLOW or "req" not in session.data:
            return None
        return dict(session.data["req"])

    # ---- periodic work ------------------------------------------------------------------
    async def tick(self, engine: Engine) -> None:
        """Queue every reminder due today, each month claimed before it is queued."""
        # One instance per transport does this (always this one on SQLite).
        if not await engine.db.try_lead(f"reminders:{','.join(sorted(engine.channels))}"):
            return
        today = engine.today()
        store = self.store(engine)
        for contact in await store.reminders(due_by=today):
            if contact.channel not in engine.channels or contact.reminder_day is None:
                continue  # another transport's user: that process sends it
            following = first_due(today + timedelta(days=1), contact.reminder_day)
            last_calc = await self._last_calc(engine.sessions, contact.user_key)
            if last_calc is not None:
                await store.remember_calc(contact.user_key, last_calc)
                contact = await store.get(contact.user_key) or contact
            if not await store.claim_reminder(contact.user_key, month_key(today), following):
                continue  # this month's reminder went out already (e.g. a late one)
            lang = await engine.language_of(contact.user_key)
            engine.outbox.append((contact.user_id, self.reminder(engine, contact, today, lang)))
            log.info("reminder queued for %s", mask_user(contact.user_id))

    @staticmethod
    def reminder(engine: Engine, contact: Contact, on: date, lang: str = "id") -> Reply:
        """The reminder message for one user on one date, in their language."""
        ctx = Ctx(Event(contact.user_id, contact.channel), engine, lang=lang)
        facts = reminder_facts(ctx.content.faq.rates, on, calc_of(contact))
        buttons = [[STOP]]
        if ctx.content.faq.entry(PAY_ENTRY) is not None and facts.who != "pu":
            buttons.insert(0, [Button("💳 Cara bayar", f"faq:{PAY_ENTRY}")])
        return ctx.reply("reminder.html.j2", buttons=buttons, f=facts)

    async def on_reachable(self, engine: Engine, session_key: str, reachable: bool) -> None:
        """Blocked users are skipped (and marked); they are reminded again once back."""
        await self.store(engine).set_blocked(session_key, not reachable)
