"""The message's other questions beside a computed answer: "habis di phk dpt jkp brp? gaji 6jt?
daftarnya dimana?" gets the JKP figure, and the question where to claim as a ❓ button, the way
an FAQ answer offers a message's other questions (bot/understand/several.py)."""

from __future__ import annotations

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.understand.request import CalcRequest

MAX_OTHERS = 2  # as under an FAQ answer


def offer_others(ctx: Ctx, req: CalcRequest, reply: Reply) -> Reply:
    """`reply` with a ❓ button for each other question its message asks; unchanged for a
    message asking one thing (or a press, which has no text)."""
    text = ctx.event.text
    if not text.strip():
        return reply
    result = ctx.content.matcher.match(text)
    if result.outcome != "answer" or not result.others:
        return reply
    own = ctx.content.cues.calc_context.get(req.topic)  # what the figure already answers
    entries = ctx.content.faq.entries
    asked = [c.entry_id for c in (*result.candidates[:1], *result.others)]
    others = [entries[i] for i in dict.fromkeys(asked) if i != own and i in entries]
    if not others:
        return reply
    others = others[:MAX_OTHERS]
    reply.text = reply.text.rstrip() + "\n\n" + ctx.render("calc_others.html.j2").strip()
    rows = [[Button(f"❓ {e.title_in(ctx.lang)}", f"faq:{e.id}")] for e in others]
    reply.buttons = [*rows, *reply.buttons]
    reply.alternatives = [*reply.alternatives, *((e.id, e.title_in(ctx.lang)) for e in others)]
    return reply
