"""A question asked with buttons that a typed answer may answer too ("ya" to /hapusdata's
question, "10" to /pengingat's day): noted in the user's session, whatever its flow (a
registration draft or a calculation stays as it was), and read only while nothing else saved
that session since, for WAIT_SECONDS. Only the question's name is kept, never the answer."""

from __future__ import annotations

import time

from bot.storage.sessions import Session, SessionStore

WAIT_SECONDS = 600
KEY = "waiting"  # in the session's data: [the question's name, when it was asked]
FLOW = "waiting"  # the session's flow when the user had none


async def ask(sessions: SessionStore, key: str, name: str) -> None:
    """Note that the question `name` waits for the user's typed answer."""
    session = await sessions.get(key) or Session(key, FLOW, {})
    session.data[KEY] = [name, time.time()]
    await sessions.save(session)


async def answered(sessions: SessionStore, key: str, name: str) -> bool | None:
    """For a typed message: None when the question `name` is not waiting; else it no longer
    waits, and True when it was still the last thing asked (nothing saved the session since,
    within WAIT_SECONDS), False when stale."""
    session = await sessions.get(key)
    held = session.data.get(KEY) if session is not None else None
    if session is None or not held or held[0] != name:
        return None
    await forget(sessions, session)
    asked = held[1]
    return 0 <= session.updated_at - asked < 1 and time.time() - asked < WAIT_SECONDS


async def close(sessions: SessionStore, key: str, name: str) -> None:
    """The user moved on (another feature's command or button): `name` no longer waits, so a
    short number typed next ("2" at a form's step, a wage) goes to what was asked last."""
    session = await sessions.get(key)
    held = session.data.get(KEY) if session is not None else None
    if session is not None and held and held[0] == name:
        await forget(sessions, session)


async def forget(sessions: SessionStore, session: Session) -> None:
    """The question is answered or passed over: no longer waiting."""
    if session.data.pop(KEY, None) is not None:
        if session.flow == FLOW and not session.data:
            await sessions.clear(session.key)
        else:
            await sessions.save(session)
