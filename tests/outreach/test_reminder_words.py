"""data/reminder_words.yaml: the words after /pengingat are data; a broken file is reported as
file:line (by `faq check` too) and stops the bot at start with the same lines."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.content.yamlsrc import ContentError
from bot.core.replies import Event
from bot.outreach import reminder_words as module
from bot.outreach.reminder_words import WORDS_FILE, check_reminder_words


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = WORDS_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "reminder_words.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line(path: Path, start: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[:text.index(f"\n{start}")].count("\n") + 2


def test_shipped_words_have_no_problems():
    words, problems = check_reminder_words(WORDS_FILE)
    assert problems == [] and words is not None
    assert {"stop", "off", "berhenti"} <= words.stop and {"on", "aktif"} <= words.start
    assert words.day_leads == ("tanggal", "tgl")


def test_broken_words_are_reported_at_their_line(tmp_path: Path):
    path = _edited(tmp_path, 'stop: [stop, berhenti, "off",', "stop: [stop, berhenti, off, ya,")
    words, problems = check_reminder_words(path)
    line = _line(path, "stop:")
    shown = [str(p) for p in problems]
    assert words is None
    assert f"reminder_words.yaml:{line}: stop: 'False' bukan satu kata a-z/angka " \
           "(on/off/yes/no diberi tanda kutip)" in shown
    assert f"reminder_words.yaml:{_line(path, 'start:')}: start: 'ya' ada di stop dan start: " \
           "artinya tidak jelas" in shown
    path.write_text("stop: []\nstart: [aktif]\nday: [tgl]\n", encoding="utf-8")
    shown = [str(p) for p in check_reminder_words(path)[1]]
    assert "reminder_words.yaml:1: stop: daftar 'stop' harus ada dan berupa daftar kata yang " \
           "tidak kosong" in shown
    assert "reminder_words.yaml:1: day_leads: daftar 'day_leads' harus ada dan berupa daftar " \
           "kata" in shown
    assert any(s.startswith("reminder_words.yaml:3: day: daftar 'day' tidak dikenal; pakai stop,")
               for s in shown)
    path.write_text("stop: [stop\nstart: [on]\n", encoding="utf-8")
    (syntax,) = check_reminder_words(path)[1]
    assert syntax.file == "reminder_words.yaml" and "sintaks YAML" in syntax.message


def test_a_broken_shipped_file_stops_the_start_naming_file_and_line(tmp_path: Path,
                                                                     monkeypatch):
    path = _edited(tmp_path, "day_leads: [tanggal, tgl]", "day_leads: [tgl, tanggal ke]")
    monkeypatch.setattr(module, "WORDS_FILE", path)
    module.reminder_words.cache_clear()
    try:
        with pytest.raises(ContentError) as err:
            module.reminder_words()
    finally:
        monkeypatch.undo()
        module.reminder_words.cache_clear()
    assert f"reminder_words.yaml:{_line(path, 'day_leads:')}: day_leads: 'tanggal ke' bukan " \
           "satu kata" in str(err.value)


def test_faq_check_reads_the_file(tmp_path: Path, monkeypatch, capsys):
    from bot import cli
    from bot.content import check

    monkeypatch.setattr(check, "run_check", lambda *args: (None, []))  # the FAQ: not this test's
    monkeypatch.setattr(module, "WORDS_FILE", _edited(tmp_path, "tgl]", "tgl, yes]"))
    settings = SimpleNamespace(faq_dir=tmp_path, templates_dir=tmp_path)
    assert cli.cmd_faq_check(Namespace(directory=None, as_of=None, sources=False), settings) == 1
    assert "day_leads: 'True' bukan satu kata" in capsys.readouterr().out


async def test_a_word_staff_add_stops_and_starts_reminders(engine, tmp_path, monkeypatch):
    path = _edited(tmp_path, "stop: [stop,", "stop: [udahan, stop,")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("day_leads: [tgl]", "day_leads: [tanggal, tgl]"),
                    encoding="utf-8")
    monkeypatch.setattr(module, "WORDS_FILE", path)
    module.reminder_words.cache_clear()

    async def say(args: str) -> str:
        replies = await engine.handle(Event("77", "telegram", command="pengingat", args=args))
        return replies[0].text

    try:
        assert "tanggal 7" in await say("tanggal 7") and "tanggal 8" in await say("tgl 8")
        assert "dihentikan" in await say("udahan")
        assert "dihentikan" not in await say("stop dong")
    finally:
        monkeypatch.undo()
        module.reminder_words.cache_clear()


def test_the_shipped_file_is_named_by_its_repository_path():
    from bot.content.wordfile import read_shipped

    shown, data, problems = read_shipped(WORDS_FILE, WORDS_FILE, ("stop", "start"))
    assert shown == "bot/outreach/data/reminder_words.yaml" and data is not None
    assert [str(p).split(";")[0] for p in problems] == [
        f"{shown}:{_line(WORDS_FILE, 'day_leads:')}: day_leads: daftar 'day_leads' tidak dikenal"]
