"""Logging set-up: one root handler whose filter redacts personal data and secrets.

Call sites already mask ids (`mask_user`), but libraries do not: python-telegram-bot logs every
update and API call at DEBUG, httpx logs URLs that contain the bot token. So the root handler
redacts every record (defence in depth) and third-party loggers are capped whatever LOG_LEVEL
says: their debug output is about *our users' messages*, never needed to debug the bot.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.core.privacy import redact

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Library loggers and the lowest level they may log at (INFO hides PTB's update dumps and
# aiosqlite's statements with parameters; httpx logs each request URL, which holds the token).
LIBRARY_LEVELS: dict[str, int] = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiosqlite": logging.INFO,
    "tornado": logging.INFO,
    "asyncio": logging.INFO,
}
# Bot API tokens look like 123456789:AA... (35 characters after the colon).
_TOKEN_RE = r"\d{5,}:[A-Za-z0-9_-]{30,}"


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback) with personal data masked."""

    def __init__(self, secrets: Iterable[str] = ()):
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def clean(self, text: str) -> str:
        """Secrets first (a token contains digit runs), then the personal-data patterns."""
        for secret in self.secrets:
            text = text.replace(secret, "[secret]")
        return redact(text, extra_patterns=(_TOKEN_RE,))

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw template, never the args
            message = str(record.msg)
        record.msg, record.args = self.clean(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self.clean(record.stack_info)
        return True


def cap_libraries() -> None:
    """Keep library loggers at or above their cap even when the root logs DEBUG."""
    for name, level in LIBRARY_LEVELS.items():
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < level or logger.level < level:
            logger.setLevel(level)


def configure_logging(level: str = "INFO", secrets: Iterable[str] = (),
                      stream: TextIO | None = None) -> logging.Handler:
    """The one root handler (redacting) at `level`; replaces any earlier root handlers."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter(secrets))
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    cap_libraries()
    return handler
