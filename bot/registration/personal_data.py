"""Data-subject rights under UU 27/2022 (PDP): see and delete one's own data; staff export.

/datasaya shows a user's pre-registrations and any unfinished draft (NIK and phone masked even
for their owner), /hapusdata deletes both after a confirmation, and /ekspor sends the
pre-registrations as a masked CSV to admins only, in a private chat. Refusals are logged with a
masked user id; logs never carry the data itself.
"""

from __future__ import annotations

import logging

from bot.core.engine import Ctx, Feature, Handler, PressHandler
from bot.core.privacy import mask_user
from bot.core.replies import Button, Reply
from bot.registration.step_again import pending_step
from bot.registration.steps import FLOW, field_labels, field_view, notice, occupation_shown
from bot.storage import waiting
from bot.storage.handoffs import HandoffStore
from bot.storage.outreach import OutreachStore
from bot.storage.registrations import RegistrationStore
from bot.storage.sessions import Session
from bot.understand.replies import yes_no

log = logging.getLogger(__name__)

ASKED = "delete"  # /hapusdata's question, waiting for a typed answer too (waiting.py)


def _keys(ctx: Ctx) -> list[str]:
    """The user's session keys: this chat's, and the transport's other namespaces (questions
    asked in a group are logged under their own key)."""
    others = ctx.engine.namespaces.get(ctx.event.channel, ())
    return [ctx.event.session_key, *(f"{name}:{ctx.event.user_id}" for name in others)]


async def _questions(ctx: Ctx) -> int:
    return sum([await ctx.engine.qlog.count_user(key) for key in _keys(ctx)])


async def _draft(ctx: Ctx) -> Session | None:
    session = await ctx.sessions.get(ctx.event.session_key)
    return session if session is not None and session.flow == FLOW else None


class PersonalData(Feature):
    name = "personal_data"

    def commands(self) -> dict[str, Handler]:
        return {"datasaya": self.my_data, "hapusdata": self.delete_ask, "ekspor": self.export}

    def presses(self) -> dict[str, PressHandler]:
        return {"data": self.press}

    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        """A yes or no typed to /hapusdata's question ("ya", "tidak": the registration's
        questions take typed answers too). No keeps the data; yes asks for the button, as
        deleting cannot be undone; anything else leaves the question unanswered."""
        if not await waiting.answered(ctx.sessions, ctx.event.session_key, ASKED):
            return None
        said = yes_no(ctx.event.text.strip(), ctx.content.faq.replies)
        if said is None:
            return None
        if said == "yes":
            return [await self._ask(ctx, press=True)]
        step = await pending_step(ctx)  # mid-form: the data kept, and the form goes on
        return [notice(ctx, "kept"), *([step] if step else [])]

    async def after_other(self, ctx: Ctx, owner: Feature | None,
                          done: list[Reply]) -> None:
        """Another command or button after /hapusdata's question: it closes (a "ya" typed
        next is for what was asked last, e.g. the registration's consent)."""
        await waiting.close(ctx.sessions, ctx.event.session_key, ASKED)

    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if action == "del":
            return await self._delete(ctx, arg)
        return await self.my_data(ctx)

    async def my_data(self, ctx: Ctx) -> list[Reply]:
        regs = await RegistrationStore(ctx.engine.db).for_owner(ctx.event.session_key)
        session = await _draft(ctx)
        draft = session.data["fields"] if session else {}
        buttons = [[Button("🗑 Hapus data saya", "data:del:ask")]] if regs or draft else []
        return [ctx.reply("reg_mydata.html.j2", kind="flow", regs=regs,
                          draft=field_view(draft, ctx), labels=field_labels(ctx),
                          job=lambda label: occupation_shown(label, ctx.lang), buttons=buttons)]

    async def delete_ask(self, ctx: Ctx) -> list[Reply]:
        return await self._delete(ctx, "ask")

    async def _delete(self, ctx: Ctx, arg: str) -> list[Reply]:
        key = ctx.event.session_key
        store = RegistrationStore(ctx.engine.db)
        regs = await store.for_owner(key)
        session = await _draft(ctx)
        questions = await _questions(ctx)
        outreach = OutreachStore(ctx.engine.db)
        opted_in = await outreach.get(key) is not None
        if not regs and session is None and not questions and not opted_in:
            return [notice(ctx, "nothing_to_delete")]
        if arg == "yes":
            count = await store.delete_owner(key)
            logged = 0
            for each in _keys(ctx):  # this chat's, and what the same person did in groups
                await ctx.sessions.clear(each)
                await ctx.sessions.forget_language(each)
                # The questions may name the user too; their feedback and choices go too.
                logged += await ctx.engine.qlog.delete_user(each)
            # Reminder and notice opt-ins, and questions handed to staff, are theirs too.
            await outreach.forget_user(key)
            await HandoffStore(ctx.engine.db, ctx.engine.qlog).forget_user(key)
            # Until a checkpoint the deleted rows still sit in the write-ahead log file.
            await ctx.engine.db.checkpoint()
            log.info("personal data deleted on request of %s (%d pre-registrations, "
                     "%d logged questions)", mask_user(ctx.event.user_id), count, logged)
            return [notice(ctx, "deleted")]
        if arg == "no":
            if (kept := await ctx.sessions.get(key)) is not None:
                await waiting.forget(ctx.sessions, kept)
            return [notice(ctx, "kept")]
        return [await self._ask(ctx)]

    async def _ask(self, ctx: Ctx, press: bool = False) -> Reply:
        """The deletion question with its buttons (`press`: after a typed yes, say that
        the button deletes), noted in the session for a typed answer."""
        key = ctx.event.session_key
        regs = await RegistrationStore(ctx.engine.db).for_owner(key)
        session = await ctx.sessions.get(key)
        draft = session is not None and session.flow == FLOW
        reply = notice(ctx, "delete_ask", count=len(regs), draft=draft, press=press,
                       questions=await _questions(ctx),
                       buttons=[[Button("✅ Ya, hapus", "data:del:yes"),
                                 Button("❌ Jangan", "data:del:no")]])
        await waiting.ask(ctx.sessions, key, ASKED)
        return reply

    async def export(self, ctx: Ctx) -> list[Reply]:
        """Admins only, in a private chat: the pre-registrations as CSV (NIK/phone masked)."""
        if not ctx.event.is_admin or ctx.event.chat_type != "private":
            log.warning("registration export refused for %s (admin=%s, chat=%s)",
                        mask_user(ctx.event.user_id), ctx.event.is_admin, ctx.event.chat_type)
            return [notice(ctx, "export_refused")]
        store = RegistrationStore(ctx.engine.db)
        count = len(await store.all())
        reply = notice(ctx, "export", count=count)
        reply.document = ("registrations.csv", await store.export_csv(full=False))
        log.info("registration export (%d rows, masked) sent to admin %s", count,
                 mask_user(ctx.event.user_id))
        return [reply]
