"""Packaging (issue 19): compose.yaml, the Caddyfile, the Dockerfile, .env.example and the
README's settings table agree with each other and with the settings the bot reads.

No Docker engine runs where these tests run: the files are checked, never built.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import yaml

from bot.core.settings import PROJECT_ROOT

# Read by the PostgreSQL backend (issue 19 part 1) and by Docker Compose, not by settings.py.
EXTRA = {"DATABASE_URL"}
COMPOSE_ONLY = {"BOT_DOMAIN", "POSTGRES_PASSWORD"}


def settings_variables() -> set[str]:
    source = (PROJECT_ROOT / "bot" / "core" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'(?:get|typed)\("([A-Z][A-Z0-9_]+)"', source)) | EXTRA


def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text(encoding="utf-8"))


def bots(doc: dict) -> dict[str, dict]:
    return {name: svc for name, svc in doc["services"].items() if name.startswith("bot")}


def test_every_setting_is_in_env_example_and_the_readme_table():
    names = settings_variables()
    assert {"WEBHOOK_SET", "INSTANCES", "WEBHOOK_TIMEOUT_SECONDS", "TELEGRAM_MAX_RATE"} <= names
    example = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (PROJECT_ROOT / ".env.example")
                             .read_text(encoding="utf-8"), re.MULTILINE))
    assert names | COMPOSE_ONLY <= example, (names | COMPOSE_ONLY) - example
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", readme, re.MULTILINE))
    assert names | COMPOSE_ONLY <= table, (names | COMPOSE_ONLY) - table


def test_compose_runs_postgres_two_bots_and_a_proxy():
    doc = compose()
    assert doc["services"]["postgres"]["image"] == "postgres:15"
    services = bots(doc)
    assert sorted(services) == ["bot1", "bot2"]
    known = settings_variables()
    for name, svc in services.items():
        env = svc["environment"]
        assert set(env) <= known, f"{name}: unknown settings {set(env) - known}"
        assert env["DATABASE_URL"].startswith("postgresql://") and "@postgres:" in env[
            "DATABASE_URL"]
        assert env["INSTANCES"] == str(len(services))
        assert env["WEBHOOK_LISTEN"] == "0.0.0.0"
        assert svc["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert sorted(s["environment"]["WEBHOOK_SET"] for s in services.values()) == ["0", "1"]
    names = [s["environment"]["INSTANCE_NAME"] for s in services.values()]
    assert len(set(names)) == len(names)


def test_the_proxy_forwards_the_webhook_path_to_every_bot():
    doc = compose()
    services = bots(doc)
    env = next(iter(services.values()))["environment"]
    path = urlparse(env["WEBHOOK_URL"].replace("${BOT_DOMAIN:?set BOT_DOMAIN in .env}",
                                               "example.test")).path
    caddyfile = (PROJECT_ROOT / "deploy" / "Caddyfile").read_text(encoding="utf-8")
    assert f"handle {path} {{" in caddyfile
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile).group(1).split()
    assert sorted(upstreams) == sorted(f"{n}:{env['WEBHOOK_PORT']}" for n in services)
    mounts = doc["services"]["caddy"]["volumes"]
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in mounts


def test_the_image_is_slim_non_root_and_health_checked():
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.MULTILINE)
    users = re.findall(r"^USER (\S+)$", dockerfile, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert "/healthz" in dockerfile.split("HEALTHCHECK", 1)[1]
    assert 'CMD ["python", "-m", "bot", "run", "--webhook"]' in dockerfile
    ignored = (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", ".git", "*.sqlite3"} <= set(ignored)
