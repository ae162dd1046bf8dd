"""`.env` as operators write it (export, comments, quotes); bad values are one clear line."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.core.settings import SettingsError, load_settings


def _load(tmp_path, text: str):
    path = tmp_path / ".env"
    path.write_text(text, encoding="utf-8")
    return load_settings(env={}, dotenv=path)


def test_export_prefix_comments_and_quotes(tmp_path):
    settings = _load(tmp_path, "\n".join([
        "export TELEGRAM_BOT_TOKEN=123:abc",
        "ADMIN_IDS=111,222 # staf cabang",
        'BOT_USERNAME="@bpjstk_bot"',
        "WEBHOOK_SECRET='s3cr3t # not a comment'",
        "LOG_LEVEL=debug  # lebih rinci",
    ]))
    assert settings.telegram_bot_token == "123:abc"
    assert settings.admin_ids == frozenset({111, 222})
    assert settings.bot_username == "bpjstk_bot"
    assert settings.webhook_secret == "s3cr3t # not a comment"
    assert settings.log_level == "DEBUG"


def test_environment_wins_over_the_file(tmp_path):
    path = tmp_path / ".env"
    path.write_text("WEBHOOK_PORT=9000\n", encoding="utf-8")
    assert load_settings(env={"WEBHOOK_PORT": "9001"}, dotenv=path).webhook_port == 9001


@pytest.mark.parametrize(("line", "name"), [
    ("WEBHOOK_PORT=abc", "WEBHOOK_PORT"),
    ("WEBHOOK_PORT=70000", "WEBHOOK_PORT"),
    ("ADMIN_IDS=111,budi", "ADMIN_IDS"),
    ("RELOAD_CHECK_SECONDS=sebentar", "RELOAD_CHECK_SECONDS"),
    ("SESSION_TIMEOUT_MINUTES=-5", "SESSION_TIMEOUT_MINUTES"),
    ("LOG_LEVEL=LOUD", "LOG_LEVEL"),
])
def test_a_bad_value_is_one_clear_error(tmp_path, line, name):
    with pytest.raises(SettingsError) as err:
        _load(tmp_path, line)
    assert name in str(err.value) and "\n" not in str(err.value)


def test_cli_reports_a_bad_value_without_a_traceback(tmp_path, monkeypatch, capsys):
    (tmp_path / ".env").write_text("WEBHOOK_PORT=abc\nTELEGRAM_BOT_TOKEN=123:secret\n")
    monkeypatch.chdir(tmp_path)
    for key in ("WEBHOOK_PORT", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    assert main(["faq", "check"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "WEBHOOK_PORT" in err and "Traceback" not in err
    assert "secret" not in err
