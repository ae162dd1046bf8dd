"""F1: at LOG_LEVEL=DEBUG no NIK, phone, birth date, name or bot token reaches the log."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.core.logs import LIBRARY_LEVELS, RedactingFilter, configure_logging
from tests.registration.driver import GOOD, NIK
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI
from tests.telegram.harness import BotHarness
from tests.telegram.test_registration import message_with_button

USER = 6262


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """The production root handler at DEBUG, writing into a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level,
             {name: logging.getLogger(name).level for name in LIBRARY_LEVELS})
    buffer = io.StringIO()
    configure_logging("DEBUG", secrets=[TOKEN], stream=buffer)
    yield buffer
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


async def test_registration_at_debug_leaves_no_personal_data_in_the_log(tg_settings, debug_log):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        await bot.say(USER, "/daftar")
        for _step, kind, value in GOOD:
            if kind == "press":
                message = message_with_button(fake, USER, value)
                await bot.step(lambda m=message, v=value: fake.press(USER, m, v))
            else:
                await bot.say(USER, value)
        summary = message_with_button(fake, USER, "reg:confirm")
        await bot.step(lambda: fake.press(USER, summary, "reg:confirm"))
        await bot.say(USER, "saya lahir 17 Agustus 1990, email siti@example.com, kapan pensiun?")
        await bot.say(USER, "/datasaya")
        logging.getLogger("telegram.ext.ExtBot").warning("Set Bot API URL: %s", fake.base_url
                                                         + TOKEN)
    text = debug_log.getvalue()
    assert "Set Bot API URL" in text  # the log was really captured
    compact = text.replace(" ", "").replace("-", "")
    for secret in (NIK, "81234567890", "Siti Nurhaliza", "17 Agustus 1990", "1990-08-17",
                   TOKEN, "siti@example.com"):
        assert secret not in text, secret
        assert secret.replace(" ", "").replace("-", "") not in compact, secret


def test_filter_masks_tracebacks_and_arguments():
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "nik %s token %s",
                               ("3273015708900003", TOKEN), None)
    try:
        raise ValueError("hp 0812-3456-7890")
    except ValueError:
        import sys
        record.exc_info = sys.exc_info()
    RedactingFilter([TOKEN]).filter(record)
    assert "3273015708900003" not in record.getMessage() and TOKEN not in record.getMessage()
    assert "0812-3456-7890" not in (record.exc_text or "")
    assert "***0003" in record.getMessage()


async def test_the_application_itself_keeps_the_token_out_of_info_logs(bot, caplog):
    """Not only `python -m bot run`: any embedding of build_application (the harness, the
    benchmarks) keeps httpx's request URLs, which contain the token, out of the log."""
    caplog.set_level(logging.INFO)
    await bot.say(USER, "apa itu jht")
    assert TOKEN not in caplog.text
