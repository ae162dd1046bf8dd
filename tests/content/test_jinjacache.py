"""Compiled templates kept on disk: same output, reused, edited sources recompiled, and a
cache that cannot be written never fails a template."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from bot.content import jinjacache


@pytest.fixture(autouse=True)
def _off() -> None:
    yield
    jinjacache.use_bytecode_cache(None)


def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def test_cached_code_is_reused_and_renders_the_same(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    jinjacache.use_bytecode_cache(tmp_path)
    bcc = jinjacache.bytecode_cache("answers")
    first = jinjacache.compile_cached(_env(), bcc, "jht", "Halo {{ x }}")
    env = _env()
    monkeypatch.setattr(env, "compile", lambda *a, **k: pytest.fail("compiled again"))
    second = jinjacache.compile_cached(env, jinjacache.bytecode_cache("answers"), "jht",
                                       "Halo {{ x }}")
    assert first.render(x="<b>") == second.render(x="<b>") == "Halo &lt;b&gt;"


def test_an_edited_source_is_compiled_again(tmp_path: Path) -> None:
    jinjacache.use_bytecode_cache(tmp_path)
    bcc = jinjacache.bytecode_cache("answers")
    jinjacache.compile_cached(_env(), bcc, "jht", "Halo {{ x }}")
    assert jinjacache.compile_cached(_env(), bcc, "jht", "Bye {{ x }}").render(x=1) == "Bye 1"
    with pytest.raises(TemplateSyntaxError):
        jinjacache.compile_cached(_env(), bcc, "jht", "Broken {{ x ")


def test_unusable_directory_means_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    jinjacache.use_bytecode_cache(blocker)
    assert jinjacache.bytecode_cache("answers") is None
    assert jinjacache.compile_cached(_env(), None, "k", "{{ 1 + 1 }}").render() == "2"


def test_unwritable_cache_does_not_fail_the_template(tmp_path: Path) -> None:
    jinjacache.use_bytecode_cache(tmp_path)
    bcc = jinjacache.bytecode_cache("answers")
    for directory in tmp_path.iterdir():  # the cache directory turns into a file (even root
        directory.rmdir()  # cannot write inside that)
        directory.write_text("x")
    assert jinjacache.compile_cached(_env(), bcc, "k", "{{ 2 }}").render() == "2"
