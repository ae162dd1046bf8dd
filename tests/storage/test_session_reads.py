"""The user's session is read from the database once per update, whatever the features asking."""

from __future__ import annotations

import pytest

from bot.core.replies import Event
from bot.storage.sessions import Session, SessionStore


def _count_session_reads(engine, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every SELECT of the sessions table the engine's database answers."""
    seen: list[str] = []
    fetchone = engine.db.fetchone

    async def counting(sql: str, params=()):
        if "FROM sessions" in sql:
            seen.append(sql)
        return await fetchone(sql, params)

    monkeypatch.setattr(engine.db, "fetchone", counting)
    return seen


@pytest.mark.parametrize("texts", [
    ["jht cair berapa lama"],
    ["gaji 5 juta potong berapa", "kalau 7 juta"],
])
async def test_one_session_read_per_text_message(engine, monkeypatch, texts):
    reads = _count_session_reads(engine, monkeypatch)
    for text in texts:
        reads.clear()
        replies = await engine.handle(Event("u1", "console", text=text))
        assert replies
        assert len(reads) == 1, text


async def test_registration_step_reads_once_and_sees_its_own_save(engine, monkeypatch):
    await engine.handle(Event("u2", "console", command="daftar"))
    await engine.handle(Event("u2", "console", press="reg:consent:yes"))
    reads = _count_session_reads(engine, monkeypatch)
    await engine.handle(Event("u2", "console", text="Budi Santoso"))
    assert len(reads) == 1
    session = await engine.sessions.get("console:u2")
    assert session is not None and session.data["fields"]["name"] == "Budi Santoso"


async def test_update_view_gives_fresh_copies_and_follows_writes(engine):
    view = engine.sessions.for_update()
    assert isinstance(engine.sessions, SessionStore) and view is not engine.sessions
    await view.save(Session("k", "calc", {"req": {"n": 1}}))
    first = await view.get("k")
    assert first is not None and first.data == {"req": {"n": 1}}
    first.data["req"]["n"] = 2  # changed, never saved: the next reader sees the stored row
    again = await view.get("k")
    assert again is not None and again.data == {"req": {"n": 1}}
    assert again.updated_at == (await engine.sessions.get("k")).updated_at
    await view.clear("k")
    assert await view.get("k") is None and await engine.sessions.get("k") is None
