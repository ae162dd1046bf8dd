"""Typed settings read once from the environment and an optional `.env` file."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
T = TypeVar("T")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message is one line for the operator."""


def _read_dotenv(path: Path) -> dict[str, str]:
    """`.env` the way python-dotenv reads it: `export KEY=...`, quotes, inline `# comments`."""
    if not path.is_file():
        return {}
    return {key: value for key, value in dotenv_values(path, encoding="utf-8").items()
            if value is not None}


def _int_set(raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if part:
            ids.add(int(part))
    return frozenset(ids)


def _postgres_url(raw: str) -> str:
    if not raw.startswith(("postgresql://", "postgres://")):
        raise ValueError(raw)
    return raw


def _flag(raw: str) -> bool:
    value = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}
    if raw.lower() not in value:
        raise ValueError(raw)
    return value[raw.lower()]


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str = ""
    telegram_base_url: str = ""
    bot_db_path: Path = PROJECT_ROOT / "data" / "bot.sqlite3"
    database_url: str = ""  # postgresql://...: PostgreSQL instead of the SQLite file
    faq_dir: Path = PROJECT_ROOT / "faq"
    templates_dir: Path = PROJECT_ROOT / "templates"
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    bot_username: str = ""
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str = ""
    # Scale-out (webhook mode): only the instance with webhook_set calls setWebhook and sets
    # the menus; `instances` shares Telegram's ~30 messages/s between the running instances.
    webhook_set: bool = True
    webhook_timeout_seconds: float = 20.0
    instances: int = 1
    telegram_max_rate: float = 30.0  # messages/s for the whole bot; 0 = no limit (emulators)
    instance_name: str = ""  # unique per running instance; empty = <hostname>:<port>
    reload_check_seconds: float = 30.0
    session_timeout_minutes: int = 30
    log_level: str = "INFO"
    staff_chat_id: int = 0  # Telegram group that answers "Tanya petugas"; 0 = no hand-off
    office_hours: str = ""  # "08:00-16:00" (WIB); empty = no hours announced
    office_days: str = "1-5"  # ISO weekdays staffed (1 = Monday)
    flood_max_messages: int = 20
    flood_window_seconds: float = 60.0

    def __repr__(self) -> str:  # never print the token
        token = "***" if self.telegram_bot_token else ""
        db = "DATABASE_URL" if self.database_url else self.bot_db_path  # the URL has a password
        return f"Settings(token={token!r}, db={db}, faq={self.faq_dir})"


def load_settings(env: dict[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Build settings from `env` (default: os.environ) layered over a `.env` file."""
    merged = _read_dotenv(dotenv if dotenv is not None else Path.cwd() / ".env")
    merged.update(os.environ if env is None else env)

    def get(name: str, default: str = "") -> str:
        return merged.get(name, default).strip()

    def typed(name: str, convert: Callable[[str], T], default: T, what: str,
              ok: Callable[[T], bool] = lambda _v: True) -> T:
        """A converted value, or one clear line naming the variable (never a traceback)."""
        raw = get(name)
        if not raw:
            return default
        try:
            value = convert(raw)
        except ValueError:
            value = None
        if value is None or not ok(value):
            raise SettingsError(f"{name}={raw!r} tidak valid: harus {what} (lihat .env.example)")
        return value

    defaults = Settings()
    level = get("LOG_LEVEL").upper() or defaults.log_level
    if level not in LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL={level!r} tidak valid: harus salah satu dari "
                            f"{', '.join(LOG_LEVELS)} (lihat .env.example)")
    return Settings(
        telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
        telegram_base_url=get("TELEGRAM_BASE_URL"),
        bot_db_path=Path(get("BOT_DB_PATH") or defaults.bot_db_path),
        database_url=typed("DATABASE_URL", _postgres_url, "", "URL postgresql://..."),
        faq_dir=Path(get("FAQ_DIR") or defaults.faq_dir),
        templates_dir=Path(get("TEMPLATES_DIR") or defaults.templates_dir),
        admin_ids=typed("ADMIN_IDS", _int_set, defaults.admin_ids,
                        "ID Telegram berupa angka, dipisah koma"),
        bot_username=get("BOT_USERNAME").lstrip("@"),
        webhook_url=get("WEBHOOK_URL"),
        webhook_listen=get("WEBHOOK_LISTEN") or defaults.webhook_listen,
        webhook_port=typed("WEBHOOK_PORT", int, defaults.webhook_port, "angka 1-65535",
                           lambda v: 0 < v < 65536),
        webhook_secret=get("WEBHOOK_SECRET"),
        webhook_set=typed("WEBHOOK_SET", _flag, defaults.webhook_set, "1 atau 0"),
        webhook_timeout_seconds=typed("WEBHOOK_TIMEOUT_SECONDS", float,
                                      defaults.webhook_timeout_seconds,
                                      "angka detik lebih dari 0", lambda v: v > 0),
        instances=typed("INSTANCES", int, defaults.instances, "angka 1 atau lebih",
                        lambda v: v >= 1),
        instance_name=get("INSTANCE_NAME"),
        telegram_max_rate=typed("TELEGRAM_MAX_RATE", float, defaults.telegram_max_rate,
                                "angka pesan per detik, 0 = tanpa batas", lambda v: v >= 0),
        reload_check_seconds=typed("RELOAD_CHECK_SECONDS", float,
                                   defaults.reload_check_seconds, "angka detik lebih dari 0",
                                   lambda v: v > 0),
        session_timeout_minutes=typed("SESSION_TIMEOUT_MINUTES", int,
                                      defaults.session_timeout_minutes,
                                      "angka menit lebih dari 0", lambda v: v > 0),
        log_level=level,
        flood_max_messages=typed("FLOOD_MAX_MESSAGES", int, defaults.flood_max_messages,
                                 "angka pesan, 0 = tanpa batas", lambda v: v >= 0),
        flood_window_seconds=typed("FLOOD_WINDOW_SECONDS", float,
                                   defaults.flood_window_seconds, "angka detik lebih dari 0",
                                   lambda v: v > 0),
        staff_chat_id=typed("STAFF_CHAT_ID", int, 0, "ID grup Telegram (angka)",
                            lambda v: True),
        office_hours=get("OFFICE_HOURS"),
        office_days=get("OFFICE_DAYS") or defaults.office_days,
    )
