"""Talking to the real engine in the calculation tests: a message, a button press, the text."""

from __future__ import annotations

from bot.content.render import to_plain
from bot.core.replies import Event


async def say(engine, text, user="u1"):
    return await engine.handle(Event(user, "console", text=text))


async def press(engine, data, user="u1"):
    return await engine.handle(Event(user, "console", press=data))


def plain(replies) -> str:
    return "\n".join(to_plain(r.text) for r in replies)
