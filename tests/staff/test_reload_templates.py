"""F2/F3: a template that compiles but fails when rendered, a deleted one, or an unreadable one
never goes live; the admins get the problem, the stamp moves on, and /start keeps working."""

from __future__ import annotations

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
from tests.conftest import AS_OF, TEMPLATES_DIR

ADMIN = "999"


@pytest.fixture
def templates_copy(tmp_path: Path) -> Path:
    target = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, target)
    return target


@pytest.fixture
async def live(settings: Settings, templates_copy: Path):
    eng = await build_engine(replace(settings, templates_dir=templates_copy,
                                     reload_check_seconds=0), as_of=AS_OF)
    yield eng
    await close_engine(eng)


def _touch_forward(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def break_fallback(d: Path) -> None:
    (d / "fallback.html.j2").write_text("Maaf {{ no_such_variable }}", encoding="utf-8")
    _touch_forward(d / "fallback.html.j2")


def break_start(d: Path) -> None:
    (d / "start.html.j2").write_text("Halo {{ name.nope.deeper }}", encoding="utf-8")
    _touch_forward(d / "start.html.j2")


def delete_help(d: Path) -> None:
    (d / "help.html.j2").unlink()
    _touch_forward(d / "start.html.j2")


def latin1_help(d: Path) -> None:
    (d / "help.html.j2").write_bytes("Bantuan: caf\xe9 {{ call_center }}".encode("latin-1"))
    _touch_forward(d / "help.html.j2")


BREAKS = {"runtime-undefined": (break_fallback, "fallback.html.j2"),
          "runtime-attribute": (break_start, "start.html.j2"),
          "deleted": (delete_help, "help.html.j2"),
          "non-utf8": (latin1_help, "help.html.j2")}


async def _still_serving(engine: Engine) -> None:
    for event in (Event("u1", command="start"), Event("u1", command="help"),
                  Event("u1", text="qwertyuiop zxcvbnm asdfgh")):
        replies = await engine.handle(event)
        assert replies and "gangguan" not in to_plain(replies[0].text), event


@pytest.mark.parametrize("case", sorted(BREAKS))
async def test_periodic_reload_refuses_and_reports_once(live, templates_copy, case):
    damage, name = BREAKS[case]
    damage(templates_copy)
    await live.tick()
    notices = [to_plain(r.text) for who, r in live.drain_outbox() if who == ADMIN]
    assert len(notices) == 1 and name in notices[0], notices
    assert "terbaru sudah aktif" not in notices[0]
    await _still_serving(live)
    await live.tick()  # the stamp moved on: the same files are not retried and re-reported
    assert live.drain_outbox() == []


@pytest.mark.parametrize("case", sorted(BREAKS))
async def test_reload_command_reports_the_problem(live, templates_copy, case):
    damage, name = BREAKS[case]
    damage(templates_copy)
    (reply,) = await live.handle(Event(ADMIN, command="reload", is_admin=True))
    assert name in to_plain(reply.text) and "gangguan" not in to_plain(reply.text)
    await _still_serving(live)


async def test_any_exception_in_a_reload_becomes_a_problem(live, monkeypatch):
    from bot.content import store as store_module

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "build_content", explode)
    error = live.store.reload()
    assert error is not None and "disk on fire" in str(error.problems[0])
    assert not live.store.changed()
