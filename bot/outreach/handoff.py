""""💬 Tanya petugas": a question the bot could not answer goes, with consent, to staff.

Only the question as logged (long digit runs already masked) is sent to the staff group
(STAFF_CHAT_ID), never the user's name or id. A staff member answers by replying to that
message in the group; the transport passes the replied-to text along (`Event.reply_to`), whose
"#<id>" names the hand-off. Either side closes it with a button. The answered question is logged
again as "staff_answered", so it shows in the misses report and `faq learn`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from markupsafe import escape

from bot.core.engine import Ctx, Feature, Handler, PressHandler
from bot.core.privacy import mask_user
from bot.core.replies import Button, Reply
from bot.outreach.hours import Clock, OfficeHours, now_wib
from bot.storage.handoffs import Handoff, HandoffStore

log = logging.getLogger(__name__)

MARK = "Tanya petugas #"
MARK_RE = re.compile(r"Tanya petugas #(\d+)")
MAX_ANSWER = 3500  # leaves room for the header within Telegram's 4096 characters


def close_button(handoff_id: int) -> list[Button]:
    return [Button("✅ Selesai / tutup", f"ho:close:{handoff_id}")]


class StaffHandoff(Feature):
    """Consent, forwarding to the staff group, staff answers back, closing, /antrean."""

    name = "handoff"

    def __init__(self, now: Clock | None = None):
        self.now = now or now_wib  # injected in tests: office hours depend on the time

    def commands(self) -> dict[str, Handler]:
        return {"antrean": self.queue}

    def presses(self) -> dict[str, PressHandler]:
        return {"ho": self.press}

    @staticmethod
    def store(ctx: Ctx) -> HandoffStore:
        return HandoffStore(ctx.engine.db, ctx.qlog)

    @staticmethod
    def _staff_chat(ctx: Ctx) -> str:
        return str(ctx.settings.staff_chat_id) if ctx.settings.staff_chat_id else ""

    @staticmethod
    async def _asker(ctx: Ctx, user_key: str) -> Ctx:
        """Messages to the person who asked follow their language, not the staff member's."""
        return replace(ctx, lang=await ctx.engine.language_of(user_key))

    def _from_staff(self, ctx: Ctx) -> bool:
        return bool(self._staff_chat(ctx)) and ctx.event.chat_id == self._staff_chat(ctx)

    # ---- the user side ----------------------------------------------------------------
    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if not arg.isdigit():
            return [Reply(ctx.text("button_expired"))]
        if action == "close":
            return await self.close(ctx, int(arg))
        if not self._staff_chat(ctx) or ctx.event.chat_type != "private":
            return [ctx.reply("handoff.html.j2", state="unavailable")]
        question = await self.store(ctx).logged_question(int(arg), ctx.event.session_key)
        if question is None:
            return [Reply(ctx.text("button_expired"))]
        if action == "ask":
            return [ctx.reply("handoff.html.j2", state="consent", question=question, buttons=[
                [Button("✅ Ya, kirim ke petugas", f"ho:yes:{arg}"),
                 Button("❌ Tidak", f"ho:no:{arg}")]])]
        if action == "yes":
            return await self.send(ctx, int(arg), question)
        return [ctx.reply("handoff.html.j2", state="declined")]

    async def send(self, ctx: Ctx, qlog_id: int, question: str) -> list[Reply]:
        """Consent given: open the hand-off and post only the question to the staff group."""
        store = self.store(ctx)
        existing = await store.for_question(ctx.event.session_key, qlog_id)
        if existing is not None:
            return [ctx.reply("handoff.html.j2", state="already", id=existing.id)]
        handoff_id = await store.open(ctx.event.session_key, question, qlog_id)
        # The staff group reads Indonesian, whatever the asker's language.
        staff = replace(ctx, lang="id").reply(
            "handoff_staff.html.j2", id=handoff_id, question=question, mark=MARK,
            buttons=[close_button(handoff_id)])
        ctx.engine.outbox.append((self._staff_chat(ctx), staff))
        log.info("hand-off #%s opened by %s", handoff_id, mask_user(ctx.event.user_id))
        hours = OfficeHours(ctx.settings.office_hours, ctx.settings.office_days)
        opening = hours.next_opening(self.now())
        return [ctx.reply("handoff.html.j2", state="sent", id=handoff_id, opening=opening,
                          hours=ctx.settings.office_hours,
                          buttons=[close_button(handoff_id)])]

    # ---- the staff side ---------------------------------------------------------------
    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        """A reply in the staff group to a hand-off message is the answer for that user."""
        if not self._from_staff(ctx):
            return None
        found = MARK_RE.search(ctx.event.reply_to)
        if found is None:
            return None  # staff talking to the bot about something else
        handoff = await self.store(ctx).get(int(found.group(1)))
        if handoff is None or handoff.status == "closed":
            return [Reply(ctx.text("ho_closed_not_sent", mark=MARK, id=found.group(1)))]
        answer = ctx.event.text.strip()[:MAX_ANSWER]
        await self.store(ctx).answered(handoff.id, answer)
        if handoff.status == "open":  # logged once, for the misses report and faq learn
            await ctx.qlog.record(handoff.user_key, handoff.channel, handoff.question,
                                  "staff_answered", None, None)
        asker = await self._asker(ctx, handoff.user_key)
        ctx.engine.outbox.append((handoff.user_id, asker.reply(
            "handoff.html.j2", state="answer", id=handoff.id, question=handoff.question,
            answer=escape(answer), buttons=[close_button(handoff.id)])))
        log.info("hand-off #%s answered by staff", handoff.id)
        return [Reply(ctx.text("ho_forwarded", mark=MARK, id=handoff.id))]

    async def close(self, ctx: Ctx, handoff_id: int) -> list[Reply]:
        """Either side closes; the other side is told."""
        store = self.store(ctx)
        handoff = await store.get(handoff_id)
        if handoff is None:
            return [Reply(ctx.text("button_expired"))]
        staff_side = self._from_staff(ctx) or (ctx.event.is_admin
                                               and handoff.user_key != ctx.event.session_key)
        if not staff_side and handoff.user_key != ctx.event.session_key:
            return [Reply(ctx.text("button_not_yours"))]
        if not await store.close(handoff_id, "staff" if staff_side else "user"):
            return [Reply(ctx.text("ho_already_closed", mark=MARK, id=handoff_id))]
        if staff_side:
            asker = await self._asker(ctx, handoff.user_key)
            ctx.engine.outbox.append((handoff.user_id, asker.reply(
                "handoff.html.j2", state="closed_by_staff", id=handoff_id)))
            return [Reply(ctx.text("ho_closed", mark=MARK, id=handoff_id))]
        if self._staff_chat(ctx):
            ctx.engine.outbox.append((self._staff_chat(ctx), Reply(ctx.content.renderer.text(
                "ho_user_closed", "id", mark=MARK, id=handoff_id))))
        return [ctx.reply("handoff.html.j2", state="closed_by_user", id=handoff_id)]

    async def queue(self, ctx: Ctx) -> list[Reply]:
        """/antrean (admins): hand-offs not closed yet, oldest first."""
        if not ctx.event.is_admin:
            return [ctx.reply("admin_refused.html.j2")]
        pending: list[Handoff] = await self.store(ctx).pending()
        return [ctx.reply("handoff_queue.html.j2", items=pending, mark=MARK)]
