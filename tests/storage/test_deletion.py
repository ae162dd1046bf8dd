"""F6: /hapusdata really deletes: registrations, drafts, the question log, and the WAL copy."""

from __future__ import annotations

from pathlib import Path

from bot.core.replies import Event
from bot.storage.question_log import UNKEPT_TEXT
from tests.registration.driver import GOOD, NIK, answer, say

USER = "u-del"


async def _register(engine) -> None:
    await say(engine, USER, command="daftar")
    for step, _kind, _value in GOOD:
        await answer(engine, USER, step)
    await say(engine, USER, press="reg:confirm")


def _disk_bytes(db_path: Path) -> bytes:
    """Everything SQLite keeps on disk for this database: the file and its -wal."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


async def _stored(engine, settings) -> bytes:
    """SQLite: the bytes on disk. PostgreSQL: every row of every table, as text (deleted rows
    there stay in the data files until VACUUM reuses their space; see bench/README.md)."""
    if engine.db.dialect == "sqlite":
        return _disk_bytes(settings.bot_db_path)
    tables = await engine.db.fetchall("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = current_schema()")
    rows = [row for (table,) in tables
            for row in await engine.db.fetchall(f"SELECT * FROM {table}")]
    return repr([tuple(row) for row in rows]).encode()


async def test_hapusdata_leaves_no_personal_data_on_disk(engine, settings):
    await _register(engine)
    await say(engine, USER, text="apa itu jht")  # a logged question, with feedback
    log_id = await engine.db.fetchval("SELECT id FROM question_log")
    await say(engine, USER, press=f"fb:{log_id}:0")
    await say(engine, "other-user", text="apa itu jkm")
    assert NIK.encode() in await _stored(engine, settings)

    asked = await say(engine, USER, command="hapusdata")
    assert "pertanyaan" in asked[0].text
    await say(engine, USER, press="data:del:yes")

    disk = await _stored(engine, settings)
    for secret in (NIK, "6281234567890", "Siti Nurhaliza"):
        assert secret.encode() not in disk, secret
    key = f"console:{USER}"
    assert await engine.qlog.count_user(key) == 0
    assert await engine.qlog.count_user("console:other-user") == 1  # only the owner's rows
    if engine.db.dialect == "sqlite":
        assert await engine.db.fetchval("PRAGMA secure_delete") == 1


async def test_hapusdata_with_only_questions_still_deletes_them(engine):
    await say(engine, USER, text="apa itu jht")
    await say(engine, USER, command="hapusdata")
    await say(engine, USER, press="data:del:yes")
    assert await engine.qlog.count_user(f"console:{USER}") == 0


async def test_question_typed_during_registration_is_not_kept_as_text(engine):
    await say(engine, USER, command="daftar")
    await answer(engine, USER, "consent")
    await say(engine, USER, text="saya Siti Nurhaliza lahir 17 Agustus 1990 kapan pensiun?")
    stored = [row[0] for row in await engine.db.fetchall("SELECT question FROM question_log")]
    assert stored, "the question is still counted for the statistics"
    assert all("Siti" not in q and "1990" not in q for q in stored)
    assert stored == [UNKEPT_TEXT]


async def test_hapusdata_deletes_the_questions_asked_in_a_group_too(engine):
    """review26: questions asked in a group are logged under the group's namespace; /hapusdata
    (private chat) counted and deleted only the private chat's, and said all was deleted."""
    engine.namespaces["console"] = ("console-group",)
    group = {"chat_type": "group", "chat_id": "-100777"}
    await engine.handle(Event(USER, "console-group", text="apa itu jkm", **group))
    await engine.handle(Event("someone", "console-group", text="apa itu jkp", **group))
    await say(engine, USER, text="apa itu jht")
    asked = await say(engine, USER, command="hapusdata")
    assert "2 pertanyaan" in asked[0].text
    await say(engine, USER, press="data:del:yes")
    assert await engine.qlog.count_user(f"console-group:{USER}") == 0
    assert await engine.qlog.count_user(f"console:{USER}") == 0
    assert await engine.qlog.count_user("console-group:someone") == 1


async def test_only_questions_in_a_group_are_still_something_to_delete(engine):
    engine.namespaces["console"] = ("console-group",)
    await engine.handle(Event(USER, "console-group", text="apa itu jkm", chat_type="group"))
    asked = await say(engine, USER, command="hapusdata")
    assert "1 pertanyaan" in asked[0].text
