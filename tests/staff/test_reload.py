"""Live reload on a running engine: broken edits keep the old content, fixed edits go live."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.content.render import to_plain
from bot.core.engine import Engine
from bot.core.replies import Event
from bot.core.settings import Settings
from bot.staff.reload import ContentReloader
from tests.conftest import AS_OF

NEW_ENTRY = """
  - id: jkm-uji-baru
    title: Uang kerohiman pensiunan
    questions:
      - apakah ada uang kerohiman untuk pensiunan perkebunan
      - kerohiman pensiunan perkebunan cair kapan
    audience: all
    programs: [UMUM]
    answer: |
      Uang kerohiman bukan program BPJS Ketenagakerjaan. Tanyakan ke perusahaan Anda.
    basis: uji reload
    reviewed: 2026-11-24
"""
NEW_QUESTION = "uang kerohiman pensiunan perkebunan"


def edit(path: Path, text: str) -> None:
    """Write and move the mtime forward, so even a same-size edit within one tick is seen."""
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


async def ask(engine: Engine, text: str, user: str = "u1"):
    replies = await engine.handle(Event(user, text=text))
    assert replies
    return replies[0]


def admin_messages(engine: Engine) -> list[str]:
    return [to_plain(r.text) for who, r in engine.drain_outbox() if who == "999"]


async def test_broken_edit_keeps_serving_and_tells_admins(live: Engine, faq_copy: Path) -> None:
    before = await ask(live, "santunan jkm berapa")
    assert before.kind == "faq" and before.entry_id == "jkm-manfaat"

    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("    audience: all\n", "    audience: semua\n", 1) + NEW_ENTRY
    edit(path, broken)
    bad_line = next(i for i, line in enumerate(broken.splitlines(), 1) if "audience: semua" in line)
    await live.tick()

    after = await ask(live, "santunan jkm berapa")
    assert after.kind == "faq" and after.entry_id == "jkm-manfaat"
    assert after.text == before.text
    # The new entry in the same broken edit is not live either: all or nothing.
    assert (await ask(live, NEW_QUESTION)).entry_id != "jkm-uji-baru"

    notices = admin_messages(live)
    assert len(notices) == 1
    assert f"jkm.yaml:{bad_line}: jkm-manfaat: audience harus salah satu dari" in notices[0]
    assert "isi terakhir yang benar" in notices[0]

    await live.tick()  # the same broken files are not reported again on every check
    assert admin_messages(live) == []


async def test_fixed_edit_goes_live_without_restart(live: Engine, faq_copy: Path) -> None:
    first = await ask(live, NEW_QUESTION)
    assert first.entry_id != "jkm-uji-baru"
    path = faq_copy / "jkm.yaml"
    original = path.read_text(encoding="utf-8")
    edit(path, original.replace("    audience: all\n", "    audience: semua\n", 1))
    await live.tick()
    assert len(admin_messages(live)) == 1

    edit(path, original + NEW_ENTRY)  # staff fix the line and add an entry
    await live.tick()
    reply = await ask(live, NEW_QUESTION)
    assert reply.kind == "faq" and reply.entry_id == "jkm-uji-baru"
    assert "kerohiman" in to_plain(reply.text)
    notices = admin_messages(live)
    count = len(live.store.current.faq.entries)
    assert len(notices) == 1 and "sudah aktif" in notices[0] and f"{count} entri" in notices[0]


async def test_admin_reload_command_forces_and_reports(live: Engine, faq_copy: Path) -> None:
    path = faq_copy / "jkm.yaml"
    original = path.read_text(encoding="utf-8")
    bad = original.replace("    programs: [JKM]\n", "    programs: JKM\n", 1)
    path.write_text(bad, encoding="utf-8")  # no tick: /reload must not wait for the timer
    bad_line = next(i for i, line in enumerate(bad.splitlines(), 1) if "programs: JKM" in line)

    replies = await live.handle(Event("999", command="reload", is_admin=True))
    assert f"jkm.yaml:{bad_line}: jkm-manfaat: programs harus berisi" in to_plain(replies[0].text)
    assert (await ask(live, "santunan jkm berapa")).entry_id == "jkm-manfaat"

    path.write_text(original + NEW_ENTRY, encoding="utf-8")
    replies = await live.handle(Event("999", command="reload", is_admin=True))
    assert "sudah aktif" in to_plain(replies[0].text)
    assert (await ask(live, NEW_QUESTION)).entry_id == "jkm-uji-baru"


async def test_broken_template_is_refused_too(settings: Settings, faq_copy: Path,
                                              tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(settings.templates_dir, templates)
    eng = await build_engine(replace(settings, faq_dir=faq_copy, templates_dir=templates,
                                     reload_check_seconds=0), as_of=AS_OF)
    try:
        edit(templates / "faq_answer.html.j2", "<b>{{ title }</b>\n")
        await eng.tick()
        assert (await ask(eng, "santunan jkm berapa")).entry_id == "jkm-manfaat"
        notices = admin_messages(eng)
        assert notices and "templates/faq_answer.html.j2:1" in notices[0]
    finally:
        await close_engine(eng)


async def test_check_interval_is_respected(live: Engine, faq_copy: Path) -> None:
    """Between checks nothing is read; the first tick after the interval picks the edit up."""
    now = [1000.0]
    reloader = ContentReloader(clock=lambda: now[0])
    live.settings = replace(live.settings, reload_check_seconds=30)
    path = faq_copy / "jkm.yaml"
    await reloader.tick(live)  # first check: nothing changed
    edit(path, path.read_text(encoding="utf-8") + NEW_ENTRY)
    now[0] += 10
    await reloader.tick(live)
    assert (await ask(live, NEW_QUESTION)).entry_id != "jkm-uji-baru"
    now[0] += 25
    await reloader.tick(live)
    assert (await ask(live, NEW_QUESTION)).entry_id == "jkm-uji-baru"


@pytest.mark.parametrize("command", ["reload", "laporan", "statistik"])
async def test_non_admin_refused_and_logged(live: Engine, command: str, caplog) -> None:
    caplog.set_level(logging.WARNING)
    replies = await live.handle(Event("5551234987", command=command, is_admin=False))
    assert len(replies) == 1
    text = to_plain(replies[0].text)
    assert "hanya untuk admin" in text
    assert replies[0].document is None
    logged = [r.getMessage() for r in caplog.records if "refused admin command" in r.getMessage()]
    assert logged == [f"refused admin command /{command} from non-admin ***4987 on console"]
    assert "5551234987" not in caplog.text
    assert live.drain_outbox() == []
