"""The registration's step asked again after another feature's button pressed mid-form.

A question typed in the middle of the form is answered and the step asked again
(`RegistrationFlow._answer`); a button under an answer (👎, "Bukan ini?", a related entry, a
"did you mean" choice) is handled by its own feature, so this one asks the step after it.
"""

from __future__ import annotations

from bot.core.engine import Ctx, Feature
from bot.core.replies import Reply
from bot.registration.flow import RegistrationFlow
from bot.registration.prompts import prompt
from bot.registration.steps import FLOW


class StepAgain(Feature):
    """Claims nothing; after another feature's button, the pending step of a form in progress."""

    name = "registration_step_again"

    async def after_other(self, ctx: Ctx, owner: Feature | None) -> Reply | None:
        if not ctx.event.press or isinstance(owner, RegistrationFlow):
            return None  # a command starts its own thing; the form's buttons ask themselves
        if ctx.event.chat_type != "private":
            return None  # a form step shown in a group would end the form (telegram/handlers)
        session = await ctx.sessions.get(ctx.event.session_key)
        if session is None or session.flow != FLOW or session.data.get("paused"):
            return None  # no form, or one paused: the next message asks "continue?"
        if session.idle_seconds() > ctx.settings.session_timeout_minutes * 60 \
                and session.data.get("step") != "consent":
            return None  # timed out: the next message pauses it and asks "continue?"
        return prompt(ctx, session.data, lead="after_question")
