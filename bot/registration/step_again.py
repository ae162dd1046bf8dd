"""The registration's step asked again after another feature's command or button mid-form.

A question typed in the middle of the form is answered and the step asked again
(`RegistrationFlow._answer`); a command (/help, /topik, /pengingat ...) or a button under an
answer (👎, "Bukan ini?", a related entry, a "did you mean" choice) is handled by its own
feature, so this one asks the step after it. Not after the commands that end the form or ask
about it themselves (`OWN_QUESTION`: /batal clears it, /hapusdata asks whether to delete the
draft, /daftar and /kembali are the form's own). A press whose one reply is another menu to
choose from (a topic list) gets a button back to the step under it instead of a second reply:
Telegram edits a menu in place only when a press answers with one message.
"""

from __future__ import annotations

from bot.core.engine import Ctx, Feature
from bot.core.replies import Button, Event, Reply
from bot.registration.flow import RegistrationFlow
from bot.registration.prompts import prompt
from bot.registration.steps import FLOW, STEPS
from bot.storage import waiting
from bot.storage.sessions import Session

# Commands (and buttons) after which the step is not asked: they end the form or ask about it
# themselves ("data:del:ask" is /datasaya's button for /hapusdata's question)
OWN_QUESTION = frozenset({"batal", "cancel", "hapusdata", "daftar", "kembali", "data:del:ask"})
MENU_KINDS = ("suggestions", "info")  # replies whose point can be their buttons
RESUME = "reg:resume:go"  # the form's own button: "continue", the step asked again


def _command(event: Event) -> str:
    """The command run or the button pressed: /start's deep-link payload names another
    command ("/start daftar")."""
    if event.press:
        return event.press
    payload = event.args.strip().lower().split()
    if event.command == "start" and payload and not payload[0].startswith("faq_"):
        return payload[0]
    return event.command


def _menu(done: list[Reply]) -> Reply | None:
    """The one reply of a press when it is a menu: buttons to press, and no form step."""
    if len(done) != 1 or done[0].kind not in MENU_KINDS or done[0].document:
        return None
    return done[0] if any(b.data for row in done[0].buttons for b in row) else None


async def _form(ctx: Ctx) -> Session | None:
    """The form in progress that may be asked again (None: none, paused or timed out, or
    not a private chat)."""
    if ctx.event.chat_type != "private":
        return None  # a form step shown in a group would end the form (telegram/handlers)
    session = await ctx.sessions.get(ctx.event.session_key)
    if session is None or session.flow != FLOW or session.data.get("paused"):
        return None  # no form, or one paused: the next message asks "continue?"
    if session.idle_seconds() > ctx.settings.session_timeout_minutes * 60 \
            and session.data.get("step") != "consent":
        return None  # timed out: the next message pauses it and asks "continue?"
    return session


async def pending_step(ctx: Ctx) -> Reply | None:
    """The step of the form in progress, asked again; a question another feature left
    waiting for typed text closes, as the step is now the last thing asked."""
    session = await _form(ctx)
    if session is None:
        return None
    await waiting.forget(ctx.sessions, session)  # "2" after /pengingat: for the step
    return prompt(ctx, session.data, lead="after_question")


def _resume_button(ctx: Ctx, step: str) -> Button:
    number = STEPS.index(step) + 1 if step in STEPS else 0
    return Button(ctx.text("btn_back_to_form", n=number, of=len(STEPS)), RESUME)


class StepAgain(Feature):
    """Claims nothing; after another feature's command or button, the pending step."""

    name = "registration_step_again"

    async def after_other(self, ctx: Ctx, owner: Feature | None,
                          done: list[Reply]) -> Reply | None:
        if isinstance(owner, RegistrationFlow):
            return None  # the form's buttons and commands ask themselves
        if _command(ctx.event) in OWN_QUESTION:
            return None
        menu = _menu(done) if ctx.event.press else None
        if menu is None:
            return await pending_step(ctx)
        if (session := await _form(ctx)) is not None:  # one message: edited in place
            await waiting.forget(ctx.sessions, session)
            menu.buttons = [*menu.buttons, [_resume_button(ctx, session.data["step"])]]
        return None
