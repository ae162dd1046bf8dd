"""Compiled templates kept on disk: same output, reused, edited sources recompiled, and a
cache that cannot be written never fails a template."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from bot.content import jinjacache


@pytest.fixture(autouse=True)
def _off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jinjacache, "SHIPPED_MEMOS", tmp_path / "none shipped")
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


def _counting(monkeypatch: pytest.MonkeyPatch, env: SandboxedEnvironment) -> list[str]:
    parsed: list[str] = []
    real = env.parse
    monkeypatch.setattr(env, "parse", lambda source, name=None: (parsed.append(source),
                                                                  real(source, name))[1])
    return parsed


def test_a_source_parsed_once_is_not_parsed_at_the_next_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jinjacache.use_bytecode_cache(tmp_path)
    memo = jinjacache.ParseMemo(_env(), "answers")
    memo.parse("Halo {{ x }}")
    memo.parse("Iuran {{ rp('jht') }}")
    memo.save()
    env = _env()
    parsed = _counting(monkeypatch, env)
    again = jinjacache.ParseMemo(env, "answers")  # the next start
    again.parse("Halo {{ x }}")
    again.parse("Halo {{ y }}")  # edited meanwhile: parsed
    with pytest.raises(TemplateSyntaxError):
        again.parse("Halo {% if %}")  # a broken one is never remembered as parsed
    again.save()
    assert parsed == ["Halo {{ y }}", "Halo {% if %}"]
    third = jinjacache.ParseMemo(_env(), "answers")
    assert len(third.known) == 2  # only this pass's sources are kept: no growth with edits
    with pytest.raises(TemplateSyntaxError):
        third.parse("Halo {% if %}")


def test_other_syntax_settings_do_not_share_what_parsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jinjacache.use_bytecode_cache(tmp_path)
    memo = jinjacache.ParseMemo(_env(), "answers")
    memo.parse("Halo {{ x }}")
    memo.save()
    env = _env()
    env.variable_start_string = "[["
    parsed = _counting(monkeypatch, env)
    jinjacache.ParseMemo(env, "answers").parse("Halo {{ x }}")
    assert parsed == ["Halo {{ x }}"]


def test_an_unwritable_memo_only_means_parsing(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cache").write_text("a file where the directory should be")
    jinjacache.use_bytecode_cache(tmp_path / "cache")
    memo = jinjacache.ParseMemo(_env(), "answers")
    memo.parse("Halo {{ x }}")
    memo.save()  # no exception
    env = _env()
    parsed = _counting(monkeypatch, env)
    jinjacache.ParseMemo(env, "answers").parse("Halo {{ x }}")
    assert parsed == ["Halo {{ x }}"]


def test_the_shipped_memo_spares_a_fresh_machine_the_parsing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "shipped"
    monkeypatch.setattr(jinjacache, "SHIPPED_MEMOS", shipped)
    jinjacache.use_bytecode_cache(tmp_path / "build")
    made = jinjacache.ParseMemo(_env(), "answers")
    made.parse("Halo {{ x }}")
    made.save()
    shipped.mkdir()
    (shipped / made.name).write_bytes(made.path.read_bytes())  # as `python -m bot.app.stems`
    jinjacache.use_bytecode_cache(tmp_path / "fresh machine")
    env = _env()
    parsed = _counting(monkeypatch, env)
    fresh = jinjacache.ParseMemo(env, "answers")
    fresh.parse("Halo {{ x }}")
    fresh.parse("Halo {{ y }}")  # not shipped: parsed
    fresh.save()
    assert parsed == ["Halo {{ y }}"] and fresh.path.is_file()
    with pytest.raises(TemplateSyntaxError):
        fresh.parse("Halo {% if %}")


def test_the_shipped_memos_cover_the_shipped_content(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Sources edited since the memos were made are parsed at a fresh machine's first start:
    regenerate them with `python -m bot.app.stems` before many pile up."""
    from datetime import date

    import jinja2

    from bot.content.store import build_content
    from tests.conftest import FAQ_DIR, TEMPLATES_DIR

    parsed: list[str] = []
    real = jinja2.Environment.parse
    monkeypatch.setattr(jinja2.Environment, "parse", lambda env, source, *a, **k: (
        parsed.append(source), real(env, source, *a, **k))[1])

    def first_start(shipped: Path) -> int:
        monkeypatch.setattr(jinjacache, "SHIPPED_MEMOS", shipped)
        jinjacache.use_bytecode_cache(tmp_path / shipped.name)  # a fresh machine each time
        parsed.clear()
        build_content(FAQ_DIR, TEMPLATES_DIR, date(2026, 12, 1), thorough=False)
        return len(parsed)

    assert first_start(tmp_path / "none") > 300  # what the memos spare
    assert first_start(Path(jinjacache.__file__).with_name("parsed")) <= 30, \
        "regenerate: python -m bot.app.stems"
