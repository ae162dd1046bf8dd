"""Malformed content on a live reload: the last good content keeps serving and the admins are
told the file and line that is wrong (not a cascade elsewhere, not a file that is fine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from tests.staff.test_reload import admin_messages, ask, edit


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


async def refused(live: Engine) -> str:
    """Tick, check the old content still answers, return the one notice the admins got."""
    await live.tick()
    assert (await ask(live, "santunan jkm berapa")).entry_id == "jkm-manfaat"
    notices = admin_messages(live)
    assert len(notices) == 1 and "isi terakhir yang benar" in notices[0], notices
    return notices[0]


@pytest.mark.parametrize(("file", "old", "new"), [
    ("rates.yaml", "{value: 0.24, from: 2015-07-01", "{value: 0.24, from: 2015-13-01"),
    ("jkm.yaml", "reviewed: 2026-12-02", "reviewed: 2026-02-30"),
])
async def test_an_impossible_date_names_its_file_and_line(live: Engine, faq_copy: Path,
                                                          file: str, old: str, new: str) -> None:
    path = faq_copy / file
    text = path.read_text(encoding="utf-8").replace(old, new, 1)
    edit(path, text)
    notice = await refused(live)
    assert f"{file}:{line_of(text, new)}:" in notice
    assert "templates" not in notice and "ValueError" not in notice


@pytest.mark.parametrize("file", ["jkm.yaml", "synonyms.yaml", "synonyms-en.yaml",
                                  "language.yaml", "facets.yaml", "replies.yaml"])
async def test_an_emptied_file_is_refused_and_named_first(live: Engine, faq_copy: Path,
                                                         file: str) -> None:
    """A file saved empty (an editor crash, a bad sync) would silently drop every synonym,
    every English marker, every facet; an emptied topic file was reported only as links from
    other files to its entries."""
    edit(faq_copy / file, "# isi hilang\n\n")
    notice = await refused(live)
    first = notice.split("•")[1]
    assert first.strip().startswith(f"{file}:1: -: berkas kosong"), notice


@pytest.mark.parametrize(("old", "new", "says"), [
    ("<b>Jaminan Kematian</b>", "<b>Jaminan Kematian", "<b> tidak ditutup"),
    ("<b>Jaminan Kematian</b>", "<b>Jaminan Kematian</i>", "</i> tanpa pembuka"),
    ("<b>Jaminan Kematian</b>", "<b>Jaminan Kematian</b> (upah <5 juta)", "'<'"),
])
async def test_markup_telegram_refuses_is_refused(live: Engine, faq_copy: Path, old: str,
                                                  new: str, says: str) -> None:
    """Telegram refuses a whole HTML message with an unclosed tag or a bare '<' (the bot then
    sends it as plain text, every bold and link gone); the reload must refuse it instead."""
    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    edit(path, text.replace(old, new, 1))
    notice = await refused(live)
    assert f"jkm.yaml:{line_of(text, '- id: jkm-manfaat')}: jkm-manfaat:" in notice
    assert says in notice
