"""Drives the registration flow through the real engine, one event at a time."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.replies import Event, Reply
from bot.storage.registrations import RegistrationStore
from bot.storage.sessions import Session

NIK = "3273015708900003"  # Kota Bandung, woman born 17-08-1990 (day 17 + 40)
# Each step: (step name, kind, value) where kind is "text" or "press".
GOOD = [
    ("consent", "press", "reg:consent:yes"),
    ("name", "text", "Siti Nurhaliza"),
    ("nik", "text", NIK),
    ("dob", "text", "17 Agustus 1990"),
    ("phone", "text", "0812-3456-7890"),
    ("occupation", "press", "reg:occ:pedagang"),
    ("location", "text", "Kota Bandung"),
    ("income", "text", "2,5 juta"),
    ("programs", "press", "reg:prog:basic"),
]
STEP_NAMES = [s for s, _, _ in GOOD]


async def say(engine: Engine, user: str = "u1", text: str = "", press: str = "",
              command: str = "", args: str = "", **kw) -> list[Reply]:
    return await engine.handle(Event(user, "console", text=text, press=press, command=command,
                                     args=args, **kw))


async def answer(engine: Engine, user: str, step: str, overrides: dict | None = None
                 ) -> list[Reply]:
    _, kind, value = next(g for g in GOOD if g[0] == step)
    value = (overrides or {}).get(step, value)
    if kind == "press" and not (overrides and step in overrides):
        return await say(engine, user, press=value)
    return await say(engine, user, text=value)


async def drive_to(engine: Engine, user: str, step: str, overrides: dict | None = None
                   ) -> list[Reply]:
    """Start with /daftar and answer every step before `step` correctly."""
    replies = await say(engine, user, command="daftar")
    for name in STEP_NAMES:
        if name == step:
            return replies
        replies = await answer(engine, user, name, overrides)
    assert step == "summary"
    return replies


async def session_of(engine: Engine, user: str) -> Session | None:
    return await engine.sessions.get(f"console:{user}")


async def stored(engine: Engine):
    return await RegistrationStore(engine.db).all()


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def pressables(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row if b.data]
