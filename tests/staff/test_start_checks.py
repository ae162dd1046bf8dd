"""A fast start parses answers and templates without rendering them (bench/README.md: first start);
what it leaves out runs on the first tick, and a reload or `faq check` still renders everything."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.content.check import check_templates
from bot.content.render import to_plain
from bot.content.store import ContentStore, build_content
from bot.content.yamlsrc import ContentError
from bot.core.replies import Event
from bot.core.settings import Settings
from tests.conftest import AS_OF, TEMPLATES_DIR
from tests.staff.test_reload import NEW_ENTRY, NEW_QUESTION, admin_messages, ask, edit

# Compiles (and parses) fine, fails when rendered: the rate key does not exist.
FAILS_RENDERED = "Uang kerohiman {{ rp('tidak_ada_tarif_ini') }} per bulan."


def add_entry(faq_dir: Path, answer: str) -> None:
    path = faq_dir / "jkm.yaml"
    entry = NEW_ENTRY.replace(
        "      Uang kerohiman bukan program BPJS Ketenagakerjaan. Tanyakan ke perusahaan Anda.",
        f"      {answer}")
    assert entry != NEW_ENTRY
    edit(path, path.read_text(encoding="utf-8") + entry)


async def test_an_answer_failing_when_rendered_is_found_after_a_fast_start(
        settings: Settings, faq_copy: Path, caplog) -> None:
    add_entry(faq_copy, FAILS_RENDERED)
    with pytest.raises(ContentError, match="jkm-uji-baru"):  # faq check / reload: refused
        build_content(faq_copy, TEMPLATES_DIR, AS_OF)
    engine = await build_engine(replace(settings, faq_dir=faq_copy, reload_check_seconds=0),
                                as_of=AS_OF)
    try:
        assert engine.store.unverified  # the start only parsed the answers
        good = await ask(engine, "santunan jkm berapa")
        assert good.entry_id == "jkm-manfaat"
        broken = await ask(engine, NEW_QUESTION)  # never the half-rendered answer
        assert "terjadi gangguan" in to_plain(broken.text)
        admin_messages(engine)
        with caplog.at_level(logging.ERROR, logger="bot.content.store"):
            await engine.tick()
        assert not engine.store.unverified
        assert any("jkm-uji-baru" in r.getMessage() and "tidak_ada_tarif_ini" in r.getMessage()
                   for r in caplog.records)
        told = admin_messages(engine)
        assert any("ContentError" in text for text in told)
        # The admins also get the problem itself, with file and entry, as after a reload.
        assert any("saat bot mulai" in text and "jkm-uji-baru" in text for text in told)
        assert (await ask(engine, "santunan jkm berapa")).text == good.text
    finally:
        await close_engine(engine)


async def test_a_fast_start_still_refuses_an_answer_that_does_not_parse(faq_copy: Path) -> None:
    add_entry(faq_copy, "Uang kerohiman {% if %} ada.")
    with pytest.raises(ContentError, match=r"jkm-uji-baru.*kesalahan template jawaban"):
        ContentStore(faq_copy, TEMPLATES_DIR, lambda: AS_OF, verify_later=True)


def test_a_template_that_does_not_parse_is_caught_without_compiling(tmp_path: Path) -> None:
    (tmp_path / "help.html.j2").write_text("Bantuan {% for x in %}", encoding="utf-8")
    (tmp_path / "start.html.j2").write_text("Halo {{ name.nope }}", encoding="utf-8")
    problems = check_templates(tmp_path, compile=False)
    assert [(p.file, p.message.split(":")[0]) for p in problems] == [
        (f"{tmp_path.name}/help.html.j2", "sintaks template")]


@pytest.mark.fresh_content  # what a start builds, and what it leaves for later
async def test_verify_on_good_content_finds_nothing_and_runs_once(engine) -> None:
    assert engine.store.unverified
    assert "matcher_en" not in vars(engine.store.current)  # the start did not wait for it
    assert engine.store.verify() is None
    assert not engine.store.unverified
    assert "matcher_en" in vars(engine.store.current)  # built off the event loop
    # ... and the English button labels (compiling their texts peaks at ~4 MB: trimmed there)
    assert engine.store.current.renderer._labels
    assert engine.store.verify() is None  # nothing left to check
    reply = await engine.handle(Event("u1", text="jht cair kapan"))
    assert reply and reply[0].kind == "faq"


async def test_an_english_question_before_the_first_tick_is_answered(engine) -> None:
    reply = await engine.handle(Event("u2", text="when can I withdraw my JHT after resigning"))
    assert reply and reply[0].kind == "faq" and reply[0].entry_id == "jht-klaim-resign"
