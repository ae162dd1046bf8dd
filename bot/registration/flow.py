"""BPU pre-registration: an explicit state machine in the core, persisted in `sessions`.

State (JSON in the session, flow "registration"): `step` (consent, one of STEPS, or summary),
`fields` given so far, `editing` (a single field changed from the summary), `suggest` (region codes
offered as buttons), `free_place` (the user said their place is not in the list), `pending` (a value
that might be a question, asked back: "Kapan Sinaga"), `partial` (an answer with a part missing, "17
agustus", read together with the next message), `paused` (asked "continue or start over" after a
long pause). Every text is read first by `bot.understand.replies`: a plain yes/no/cancel, a question
(answered, then the step is asked again), or the step's value. Since every change is saved before
replying, a restart loses nothing, and the core's /batal (which clears the session) cancels the
flow. Logs never carry personal data (masked user ids, reference codes only).
"""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import Any

from markupsafe import Markup

from bot.core.engine import Ctx, Engine, Feature, Handler, PressHandler
from bot.core.privacy import mask_user
from bot.core.replies import Button, Reply
from bot.registration.answer_parts import not_listed
from bot.registration.asking import answer_in_flow, level_of
from bot.registration.consent import said_to
from bot.registration.corrections import (
    correct_earlier,
    drop_transient,
    leading_correction,
    reopened,
    summary_change,
)
from bot.registration.loose import answer_part, asked_after
from bot.registration.prompts import prompt, resume_prompt
from bot.registration.regions import get_region
from bot.registration.steps import (
    FLOW,
    STEPS,
    estimate,
    next_step,
    notice,
    occupation_by_code,
    previous_step,
    read_kept,
    region_of,
    wants_to_register,
)
from bot.registration.validators import Invalid
from bot.storage.registrations import DuplicateNik, Registration, RegistrationStore
from bot.storage.sessions import Session
from bot.understand.replies import YesNo

log = logging.getLogger(__name__)

ABANDONED_DAYS = 7  # unfinished registrations (personal data) are deleted after this long


class RegistrationFlow(Feature):
    name = "registration"

    def commands(self) -> dict[str, Handler]:
        return {"daftar": self.start, "kembali": self.back}

    def presses(self) -> dict[str, PressHandler]:
        return {"reg": self.press}

    # ------------------------------------------------------------ entry points
    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        session = await self._session(ctx)
        if session is not None:
            return await self._on_flow_text(ctx, session)
        if wants_to_register(ctx.event.text):
            return await self.start(ctx)
        return None

    async def start(self, ctx: Ctx) -> list[Reply]:
        if ctx.event.chat_type != "private":
            return [notice(ctx, "private_only")]
        session = await self._session(ctx)
        if session is not None:
            return [prompt(ctx, session.data, lead="continue")]
        existing = await self._store(ctx).for_owner(ctx.event.session_key)
        if existing:
            return [notice(ctx, "already", ref_code=existing[0].ref_code,
                                 buttons=[[Button("📄 Lihat data saya", "data:mydata")]])]
        session = Session(ctx.event.session_key, FLOW, {"step": "consent", "fields": {}})
        await ctx.sessions.save(session)
        log.info("registration started by %s", mask_user(ctx.event.user_id))
        return [prompt(ctx, session.data)]

    async def back(self, ctx: Ctx) -> list[Reply]:
        session = await self._session(ctx)
        if session is None:
            return [notice(ctx, "no_session")]
        data = session.data
        data["paused"] = False
        step = data["step"]
        if data.get("editing") or step == "summary":
            data["editing"], back_to = False, data.pop("back_to", "summary")  # a mid-flow edit
            data["step"] = back_to if step != "summary" else previous_step("summary")
        elif step in STEPS and step != STEPS[0]:
            data["step"] = previous_step(step)
        drop_transient(data)
        await ctx.sessions.save(session)  # at the first step there is none before: said so
        return [prompt(ctx, session.data, lead="back" if data["step"] != step else "first")]

    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if action == "start":
            return await self.start(ctx)
        session = await self._session(ctx)
        if session is None:
            return [notice(ctx, "no_session")]
        data = session.data
        if action == "resume":
            data["paused"] = False
            if arg == "new":
                session.data = {"step": "consent", "fields": {}}
            await ctx.sessions.save(session)
            return [prompt(ctx, session.data, lead="continue")]
        if self._timed_out(ctx, session):
            return await self._pause(ctx, session)
        step = data["step"]
        if action == "consent" and step == "consent":
            return await self._consent(ctx, session, arg == "yes")
        if action == "ask" and data.get("pending"):
            pending = data.pop("pending")
            if arg == "yes":
                return await self._store_values(ctx, session, pending["values"])
            return await self._answer(ctx, session, pending["text"])
        if action == "occ" and step == "occupation" and occupation_by_code(arg):
            job = occupation_by_code(arg)
            assert job is not None
            return await self._store_values(ctx, session, {"occupation": job.label,
                                                           "transport": job.transport})
        if action == "loc" and step == "location":
            if arg == "other":
                return await self._free_place(ctx, session)
            if arg in data.get("suggest", []) and get_region(arg):
                return await self._store_values(ctx, session, {"region": arg})
        if action == "prog" and step == "programs" and arg in ("basic", "jht"):
            return await self._store_values(ctx, session, {"jht": arg == "jht"})
        if action == "edit" and step == "summary" and arg in STEPS:
            data.update(step=arg, editing=True)
            await ctx.sessions.save(session)
            return [prompt(ctx, data, lead="edit")]
        if action == "confirm" and step == "summary":
            return await self._confirm(ctx, session)
        if action == "cancel":
            return await self._cancel(ctx, session)
        return [prompt(ctx, data, lead="stale")]

    # ------------------------------------------------------------ the state machine
    async def _on_flow_text(self, ctx: Ctx, session: Session) -> list[Reply]:
        """Read one typed message: a plain yes/no/cancel, a question, or the step's value."""
        text = ctx.event.text.strip()
        data = session.data
        said = said_to(data["step"], text, ctx.content.faq.replies)
        if data.get("paused"):
            if said == "yes":
                return await self.press(ctx, "resume:go")
            if said == "cancel":
                return await self._cancel(ctx, session)
            return [resume_prompt(ctx)]
        if self._timed_out(ctx, session):
            return await self._pause(ctx, session)
        if said != "cancel" and (lead := reopened(data, text)):  # "Eh salah": the answer just
            await ctx.sessions.save(session)  # given is asked again; "ubah nama": that one
            return [prompt(ctx, data, lead=lead)]
        if said is not None:
            return await self._on_yes_no(ctx, session, said)
        if data.pop("pending", None):  # something else typed at the ask-back: read afresh
            await ctx.sessions.save(session)
        step = data["step"]
        if step == "location" and data.get("suggest") and not_listed(text):
            return await self._free_place(ctx, session)
        if step == "summary" and (change := summary_change(data, text, ctx.on)):  # "ubah hp"
            return await (self._store_values(ctx, session, change[1]) if change[1]
                          else self.press(ctx, f"edit:{change[0]}"))
        if asked := asked_after(ctx.content.faq.replies, data, text, ctx.on):  # "3 jt, brp?"
            answers = await answer_in_flow(ctx, asked[1])  # answered, and the value kept
            return [*answers, *await self._store_values(ctx, session, asked[0], f"kept:{step}")]
        text = answer_part(ctx.content.faq.replies, data, text, ctx.on)  # "x, apa aja"
        level = level_of(ctx.content.faq.replies, data, text, ctx.on)
        if level == "strong" or (level == "weak" and step in ("consent", "summary")):
            return await self._answer(ctx, session, text)
        if step in ("consent", "summary"):
            return [prompt(ctx, data, lead="use_buttons")]
        if fixed := leading_correction(data, text, ctx.on):  # "oops i mean 3 juta" at programs
            await ctx.sessions.save(session)
            return [prompt(ctx, data, lead=f"corrected:{fixed}")]
        try:
            result = read_kept(data, text, ctx.on)
        except Invalid as err:
            if level == "weak":  # not a valid value, and it asks: a question after all
                return await self._answer(ctx, session, text)
            fixed = correct_earlier(data, text, ctx.on)  # "eh salah, tahunnya 1986"
            if fixed or data.get("partial"):  # "17 agustus": kept, read with the next message
                await ctx.sessions.save(session)
            lead, error = (f"corrected:{fixed}", "") if fixed else ("", Markup(ctx.text(err.text)))
            return [prompt(ctx, data, lead=lead, error=error)]
        if level == "weak" and step in ("name", "occupation"):
            # "Kapan Sinaga": a name, or a question? Ask back instead of guessing.
            data["pending"] = {"text": text, "values": result.values}
            await ctx.sessions.save(session)
            return [prompt(ctx, data, lead="pending")]
        if result.suggestions is not None:
            data["suggest"] = [r.code for r in result.suggestions]
            await ctx.sessions.save(session)
            return [prompt(ctx, data, lead="suggest")]
        return await self._store_values(ctx, session, result.values)

    async def _on_yes_no(self, ctx: Ctx, session: Session, said: YesNo) -> list[Reply]:
        """A plain yes, no or cancel typed instead of pressing a button, at any step."""
        data = session.data
        step = data["step"]
        if said == "cancel":
            return await self._cancel(ctx, session)
        if data.get("pending"):
            return await self.press(ctx, f"ask:{said}")
        if step == "consent":
            return await self._consent(ctx, session, said == "yes")
        if step == "summary":
            if said == "yes":
                return await self._confirm(ctx, session)
            return [prompt(ctx, data, lead="which_edit")]
        suggest = data.get("suggest", [])
        if step == "location" and suggest:
            if said == "no":
                return await self._free_place(ctx, session)
            if len(suggest) == 1:
                return await self._store_values(ctx, session, {"region": suggest[0]})
        # "ya" where a choice or a value was asked: it is neither.
        buttons = step == "programs" or bool(suggest)
        return [prompt(ctx, data, lead="use_buttons" if buttons else "need_value")]

    async def _answer(self, ctx: Ctx, session: Session, text: str) -> list[Reply]:
        """A question in the middle of the flow: answer it, then ask the step again."""
        await ctx.sessions.save(session)
        answers = await answer_in_flow(ctx, text)
        return [*answers, prompt(ctx, session.data, lead="after_question")]

    async def _free_place(self, ctx: Ctx, session: Session) -> list[Reply]:
        """'Not in the list': the next text is taken as the place, as typed."""
        session.data.pop("suggest", None)
        session.data["free_place"] = True
        await ctx.sessions.save(session)
        return [prompt(ctx, session.data, lead="location_other")]

    async def _cancel(self, ctx: Ctx, session: Session) -> list[Reply]:
        """End the flow; nothing unconfirmed is kept."""
        await ctx.sessions.clear(session.key)
        return [ctx.reply("cancelled.html.j2", kind="flow", had_session=True)]

    async def _consent(self, ctx: Ctx, session: Session, agreed: bool) -> list[Reply]:
        if not agreed:
            await ctx.sessions.clear(session.key)
            log.info("registration consent declined by %s", mask_user(ctx.event.user_id))
            return [notice(ctx, "declined")]
        session.data.update(step=STEPS[0], consent_at=time.time())
        await ctx.sessions.save(session)
        return [prompt(ctx, session.data)]

    async def _store_values(self, ctx: Ctx, session: Session,
                            values: dict[str, Any], lead: str = "") -> list[Reply]:
        data = session.data
        step = data["step"]
        if step == "nik":
            owner = await self._store(ctx).nik_owner(values["nik"])
            if owner is not None:
                return await self._duplicate(ctx, session, owner)
        data["fields"].update(values)
        if values.get("region"):
            data["fields"].pop("place", None)  # a listed place replaces a free-typed one
        drop_transient(data)
        if data.get("editing"):
            data.update(step=data.pop("back_to", "summary"), editing=False)
        else:
            data["step"] = next_step(step, values)
        await ctx.sessions.save(session)
        noted = "noted:dob" if step == "nik" and "dob" in values else lead  # said, not silent
        return [prompt(ctx, session.data, lead=noted)]

    async def _duplicate(self, ctx: Ctx, session: Session, owner: str) -> list[Reply]:
        if owner == ctx.event.session_key:
            await ctx.sessions.clear(session.key)
            mine = await self._store(ctx).for_owner(owner)
            return [notice(ctx, "already", ref_code=mine[0].ref_code if mine else "",
                                 buttons=[[Button("📄 Lihat data saya", "data:mydata")]])]
        # Someone else's NIK, or a typo: never reveal anything about that pre-registration.
        log.info("registration with an already registered NIK by %s",
                 mask_user(ctx.event.user_id))
        return [prompt(ctx, session.data, lead="duplicate")]

    async def _confirm(self, ctx: Ctx, session: Session) -> list[Reply]:
        fields = session.data["fields"]
        result = estimate(ctx, fields)
        region = region_of(fields)
        # A place typed freely (not in the list) is stored as given with an empty region code:
        # that empty code is the flag staff filter on to check the place.
        reg = Registration(
            owner_key=ctx.event.session_key, nik=fields["nik"], full_name=fields["name"],
            birth_date=date.fromisoformat(fields["dob"]), phone=fields["phone"],
            occupation=fields["occupation"], transport=bool(fields["transport"]),
            region_code=region.code if region else "",
            region_name=region.full_label if region else fields["place"],
            monthly_income=int(fields["income"]), with_jht=bool(fields["jht"]),
            monthly_estimate=int(result.payable), consent_at=session.data["consent_at"])
        try:
            await self._store(ctx).add(reg)
        except DuplicateNik:
            session.data.update(step="nik", editing=True)
            await ctx.sessions.save(session)
            return [prompt(ctx, session.data, lead="duplicate")]
        await ctx.sessions.clear(session.key)
        log.info("pre-registration %s stored for %s", reg.ref_code, mask_user(ctx.event.user_id))
        return [ctx.reply("reg_done.html.j2", kind="flow", reg=reg, estimate=result,
                          website=ctx.text_of("website"))]

    # ------------------------------------------------------------ pause, data, export
    def _timed_out(self, ctx: Ctx, session: Session) -> bool:
        limit = ctx.settings.session_timeout_minutes * 60
        return session.data.get("step") != "consent" and session.idle_seconds() > limit

    async def _pause(self, ctx: Ctx, session: Session) -> list[Reply]:
        session.data["paused"] = True
        await ctx.sessions.save(session)
        return [resume_prompt(ctx)]

    async def tick(self, engine: Engine) -> None:
        """Delete unfinished registrations nobody touched for ABANDONED_DAYS (personal data)."""
        if not await engine.db.try_lead("registration-cleanup"):
            return  # another instance sharing the database does it
        cutoff = time.time() - ABANDONED_DAYS * 86400
        deleted = await engine.sessions.delete_stale(FLOW, cutoff)
        if deleted:
            log.info("deleted %d abandoned registration drafts", deleted)

    # ------------------------------------------------------------ rendering
    async def _session(self, ctx: Ctx) -> Session | None:
        session = await ctx.sessions.get(ctx.event.session_key)
        return session if session is not None and session.flow == FLOW else None

    @staticmethod
    def _store(ctx: Ctx) -> RegistrationStore:
        return RegistrationStore(ctx.engine.db)
