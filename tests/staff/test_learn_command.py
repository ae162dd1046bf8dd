"""/belajar on the engine: needs-a-new-entry reaches the misses report; skip, stale, search."""

from __future__ import annotations

import asyncio

from bot.cli import main
from bot.content.render import to_plain
from bot.core.engine import Engine
from bot.core.replies import Event, Reply
from bot.core.settings import Settings
from bot.staff.learn_apply import Refused
from bot.staff.learn_command import search_entries
from bot.storage.learn_log import LearnLog

ADMIN = "999"
# Questions the current matcher only offers as "did you mean" (answered ones are not learned).
QUESTIONS = [("lapor kecelakaan kerja molor kena apa", "jkk-lapor-kecelakaan"),
             ("perawat home care lepas bisa ikut bpjstk jalur apa", "iuran-bpu-nakes")]


async def admin(engine: Engine, **fields: str) -> list[Reply]:
    return await engine.handle(Event(ADMIN, is_admin=True, **fields))


def data(reply: Reply, starts: str) -> str:
    return next(b.data for row in reply.buttons for b in row if b.data.startswith(starts))


async def seed(engine: Engine) -> None:
    """Two users each pick the same entry for two different questions."""
    for question, entry_id in QUESTIONS:
        for user in ("u1", "u2"):
            (menu,) = await engine.handle(Event(user, text=question))
            pick = next(b.data for row in menu.buttons for b in row
                        if b.data.endswith(f":{entry_id}"))
            await engine.handle(Event(user, press=pick))


async def test_new_entry_goes_to_the_misses_report(engine: Engine, settings: Settings,
                                                   capsys) -> None:
    await seed(engine)
    (first,) = await admin(engine, command="belajar")
    assert "1 dari 2 kandidat" in to_plain(first.text)
    (skipped,) = await admin(engine, press=data(first, "bl:s:"))
    assert to_plain(skipped.text) != to_plain(first.text)
    # The first candidate's buttons are stale now that the review moved on.
    (stale,) = await admin(engine, press=data(first, "bl:i:"))
    assert "tidak berlaku" in to_plain(stale.text)

    marked, after = await admin(engine, press=data(skipped, "bl:n:"))
    assert "perlu entri baru" in to_plain(marked.text)
    assert "Tidak ada kandidat" in to_plain(after.text)  # the skipped one waits for next time

    replies = await admin(engine, command="laporan")
    assert len(replies) == 2 and "Perlu entri baru" in to_plain(replies[1].text)
    code = await asyncio.to_thread(main, ["report", "misses", "--db",
                                          str(settings.bot_db_path)])
    out = capsys.readouterr().out
    assert code == 0 and "Perlu entri baru" in out
    (again,) = await admin(engine, command="belajar")
    assert "1 dari 1 kandidat" in to_plain(again.text)  # skipping is not deciding


async def test_search_words_find_entries_and_other_text_is_not_claimed(engine: Engine) -> None:
    await seed(engine)
    (shown,) = await admin(engine, command="belajar")
    assert "jkm-manfaat" in search_entries(engine.store.current, "total santunan kematian")
    (prompt,) = await admin(engine, press=data(shown, "bl:o:"))
    assert "Ketik beberapa kata" in to_plain(prompt.text)
    (results,) = await admin(engine, text="total santunan kematian")
    assert any(b.data.endswith(":jkm-manfaat") for row in results.buttons for b in row)
    # The search was answered; the admin's next message is an ordinary question again.
    (answer,) = await admin(engine, text="santunan jkm berapa")
    assert answer.kind == "faq"
    (refused,) = await engine.handle(Event("u1", press=data(shown, "bl:i:")))
    assert "hanya untuk admin" in to_plain(refused.text)


async def test_belajar_stays_out_of_groups(engine: Engine) -> None:
    (reply,) = await engine.handle(Event(ADMIN, is_admin=True, command="belajar",
                                         chat_type="group"))
    assert "chat pribadi" in to_plain(reply.text)


async def test_a_refused_phrasing_says_why_and_keeps_the_candidate(engine: Engine,
                                                                   monkeypatch) -> None:
    def refuse(*_args, **_kw):
        raise Refused("faq test turun dari 95.2% ke 94.8%")

    monkeypatch.setattr("bot.staff.learn_apply.apply_phrasing", refuse)
    await seed(engine)
    (shown,) = await admin(engine, command="belajar")
    refused, again = await admin(engine, press=data(shown, "bl:a:"))
    assert "tidak ditambahkan" in to_plain(refused.text)
    assert "faq test turun dari 95.2% ke 94.8%" in to_plain(refused.text)
    assert to_plain(again.text) == to_plain(shown.text)  # still to be decided
    (decision,) = await LearnLog(engine.db).decisions()
    assert decision.action == "refused" and "94.8%" in decision.detail


async def test_slow_steps_run_before_the_update_takes_the_write_lock(engine: Engine,
                                                                     monkeypatch) -> None:
    """In the Telegram path an update is one unit of work, and its first write takes SQLite's
    write lock until the commit. /belajar's slow steps (finding candidates, validating and
    writing the FAQ, reloading the content) must run before that, so other chats' updates are
    not held up for seconds."""
    from bot.staff import learn_apply, learn_command
    from bot.staff.learn_apply import Applied

    seen: list[tuple[str, bool]] = []

    def note(step: str) -> None:
        seen.append((step, engine.db.write_lock.locked()))

    real_find = learn_command.find_candidates

    def find(*args, **kwargs):
        note("find")
        return real_find(*args, **kwargs)

    class FakeBaseline:
        @staticmethod
        def load(*_args, **_kw):
            note("baseline")

    def apply(*_args, **_kw) -> Applied:
        note("apply")
        return Applied("jkm.yaml", 1, 0.95, 0.95, True, None)  # type: ignore[arg-type]

    def reload():
        note("reload")

    monkeypatch.setattr(learn_command, "find_candidates", find)
    monkeypatch.setattr(learn_apply, "Baseline", FakeBaseline)
    monkeypatch.setattr(learn_apply, "apply_phrasing", apply)
    monkeypatch.setattr(engine.store, "reload", reload)
    await seed(engine)

    async def in_unit(**fields: str) -> list[Reply]:
        async with engine.db.unit():
            return await admin(engine, **fields)

    (first,) = await in_unit(command="belajar")
    marked, second = await in_unit(press=data(first, "bl:i:"))
    assert to_plain(marked.text) != to_plain(second.text)
    _added, last = await in_unit(press=data(second, "bl:a:"))
    assert "Tidak ada kandidat" in to_plain(last.text)
    steps = [step for step, _ in seen]
    assert steps.count("find") == 3 and {"baseline", "apply", "reload"} <= set(steps)
    assert [step for step, locked in seen if locked] == []
    assert [d.action for d in await LearnLog(engine.db).decisions()] == ["ignored", "added"]
