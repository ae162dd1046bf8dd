"""Typed settings read once from the environment and an optional `.env` file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _read_dotenv(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines; the real environment always wins over the file."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def _int_set(raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if part:
            ids.add(int(part))
    return frozenset(ids)


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str = ""
    telegram_base_url: str = ""
    bot_db_path: Path = PROJECT_ROOT / "data" / "bot.sqlite3"
    faq_dir: Path = PROJECT_ROOT / "faq"
    templates_dir: Path = PROJECT_ROOT / "templates"
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    bot_username: str = ""
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str = ""
    reload_check_seconds: float = 30.0
    session_timeout_minutes: int = 30
    log_level: str = "INFO"
    staff_chat_id: int = 0  # Telegram group that answers "Tanya petugas"; 0 = no hand-off
    office_hours: str = ""  # "08:00-16:00" (WIB); empty = no hours announced
    office_days: str = "1-5"  # ISO weekdays staffed (1 = Monday)

    def __repr__(self) -> str:  # never print the token
        token = "***" if self.telegram_bot_token else ""
        return f"Settings(token={token!r}, db={self.bot_db_path}, faq={self.faq_dir})"


def load_settings(env: dict[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Build settings from `env` (default: os.environ) layered over a `.env` file."""
    merged = _read_dotenv(dotenv if dotenv is not None else Path.cwd() / ".env")
    merged.update(os.environ if env is None else env)

    def get(name: str, default: str = "") -> str:
        return merged.get(name, default).strip()

    defaults = Settings()
    return Settings(
        telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
        telegram_base_url=get("TELEGRAM_BASE_URL"),
        bot_db_path=Path(get("BOT_DB_PATH") or defaults.bot_db_path),
        faq_dir=Path(get("FAQ_DIR") or defaults.faq_dir),
        templates_dir=Path(get("TEMPLATES_DIR") or defaults.templates_dir),
        admin_ids=_int_set(get("ADMIN_IDS")),
        bot_username=get("BOT_USERNAME").lstrip("@"),
        webhook_url=get("WEBHOOK_URL"),
        webhook_listen=get("WEBHOOK_LISTEN") or defaults.webhook_listen,
        webhook_port=int(get("WEBHOOK_PORT") or defaults.webhook_port),
        webhook_secret=get("WEBHOOK_SECRET"),
        reload_check_seconds=float(get("RELOAD_CHECK_SECONDS") or defaults.reload_check_seconds),
        session_timeout_minutes=int(
            get("SESSION_TIMEOUT_MINUTES") or defaults.session_timeout_minutes
        ),
        log_level=get("LOG_LEVEL") or defaults.log_level,
        staff_chat_id=int(get("STAFF_CHAT_ID") or 0),
        office_hours=get("OFFICE_HOURS"),
        office_days=get("OFFICE_DAYS") or defaults.office_days,
    )
