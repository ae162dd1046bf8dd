"""`python -m bot run` against a Bot API at TELEGRAM_BASE_URL (the fake, over real HTTP)."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import replace

from bot.app.composition import build_engine, close_engine
from bot.cli import build_parser, main
from bot.core.replies import Event
from bot.core.settings import PROJECT_ROOT
from bot.telegram.app import build_application
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, HttpServer, buttons_of
from tests.telegram.harness import stop_process

USER = 777


def test_base_url_setting_is_passed_to_ptb(settings):
    app = build_application(replace(settings, telegram_bot_token=TOKEN,
                                    telegram_base_url="http://127.0.0.1:8081/bot"))
    assert app.bot.base_url == f"http://127.0.0.1:8081/bot{TOKEN}"
    assert app.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{TOKEN}"
    default = build_application(replace(settings, telegram_bot_token=TOKEN))
    assert default.bot.base_url.startswith("https://api.telegram.org/bot")


def test_run_subcommand_parses_webhook_flag():
    assert build_parser().parse_args(["run"]).webhook is False
    assert build_parser().parse_args(["run", "--webhook"]).webhook is True


def test_run_without_token_explains_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    assert main(["run"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


async def test_python_m_bot_run_answers_like_the_console(tmp_path, settings):
    """Done means: /start, a question and a press through the real CLI and real HTTP."""
    # Built first: loading content blocks this event loop, which also serves the fake API.
    console = await build_engine(replace(settings, bot_db_path=tmp_path / "console.sqlite3"))
    fake = FakeBotAPI()
    server = await HttpServer(fake).start()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
           "BOT_DB_PATH": str(tmp_path / "bot.sqlite3"), "FAQ_DIR": str(PROJECT_ROOT / "faq"),
           "TEMPLATES_DIR": str(PROJECT_ROOT / "templates"), "PYTHONPATH": str(PROJECT_ROOT)}
    log_file = (tmp_path / "bot.log").open("w")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=log_file)

    def sent_to_user() -> list[dict]:
        return [c.params for c in fake.calls if c.method == "sendMessage" and c.ok
                and c.params.get("chat_id") == USER]

    async def exchange(push) -> dict:
        before = len(sent_to_user())
        push()
        await fake.wait_for(lambda: len(sent_to_user()) > before or any(
            c.method == "editMessageText" for c in fake.calls[-3:]), timeout=240)
        return sent_to_user()[-1]

    try:
        welcome = await exchange(lambda: fake.command(USER, "start"))
        expected = await console.handle(Event(str(USER), "console", command="start",
                                              user_name="Budi"))
        assert welcome["text"] == expected[0].text

        answer = await exchange(lambda: fake.text(USER, "santunan jkm berapa"))
        expected = await console.handle(Event(str(USER), "console", text="santunan jkm berapa"))
        assert answer["text"] == expected[0].text

        stored = fake.stored(USER, "santunan JKM")
        related = [b for b in buttons_of(answer) if b.get("callback_data", "").startswith("faq:")]
        pressed = await exchange(lambda: fake.press(USER, stored, related[0]["callback_data"]))
        expected = await console.handle(Event(str(USER), "console",
                                              press=related[0]["callback_data"]))
        assert pressed["text"] == expected[0].text
        assert fake.unknown == []
    finally:
        await close_engine(console)
        await stop_process(proc)
        await server.close()
    log_file.close()
    log_text = (tmp_path / "bot.log").read_text()
    assert "Application started" in log_text
    assert TOKEN not in log_text  # the token never reaches the log
