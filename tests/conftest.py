"""Shared fixtures: real FAQ files, real templates, a real database per test.

The database is a SQLite file; the tests listed in BOTH_DATABASES also run on PostgreSQL (a
fresh schema on TEST_DATABASE_URL, skipped without it). The shipped FAQ is indexed once per test
process and shared by every engine (`_build_content_once`; `fresh_content` opts out). Telegram
fixtures (the fake Bot API, the polling harness) are in tests/telegram/conftest.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.app.composition import build_engine, close_engine
from bot.content import store as store_module
from bot.core.settings import PROJECT_ROOT, Settings, load_settings
from tests.pg import fresh_schema

AS_OF = date(2026, 11, 24)
FAQ_DIR = PROJECT_ROOT / "faq"
TEMPLATES_DIR = PROJECT_ROOT / "templates"


TESTS = Path(__file__).resolve().parent
# Tests whose `settings`/`engine` (and `backend`) run on both databases: what stores or reads
# data through the engine, and the Telegram tests that run updates through the unit of work
# (test_bot) or several instances (webhook, scale-out). Matcher, content and wording tests
# (e.g. registration/test_replies, one flow with many phrasings) stay on SQLite only, so CI
# stays short.
BOTH_DATABASES = ("storage/", "registration/test_flow.py", "outreach/", "console/",
                  "staff/test_reports.py", "staff/test_learn_guardrails.py",
                  "staff/test_export_safety.py", "answers/test_alternatives.py",
                  "telegram/test_concurrency.py", "telegram/test_outreach.py",
                  "telegram/test_bot.py", "telegram/test_webhook.py",
                  "telegram/test_scaleout.py")


# The shipped FAQ and templates indexed once per test process, not once per engine: building
# the content (load, validate, index, and the English index on first use) is most of an
# engine's start, and ~2,000 tests start one. Content is immutable once built (a reload swaps
# in a new one), so sharing it changes no answer; a test that edits content works on a copy in
# tmp_path, which is built afresh, and so is anything built with other arguments. A test that
# checks what a start itself builds (marked `fresh_content`) gets its own.
_real_build_content = store_module.build_content
_shared_content: dict[tuple, store_module.Content] = {}
_sharing = [True]


def _build_content_once(faq_dir: Path, templates_dir: Path, on: date, required=(),
                        thorough: bool = True) -> store_module.Content:
    if (Path(faq_dir).resolve(), Path(templates_dir).resolve()) != (FAQ_DIR, TEMPLATES_DIR) \
            or tuple(required) or not _sharing[0]:
        return _real_build_content(faq_dir, templates_dir, on, required, thorough)
    key = (on, thorough, store_module.content_stamp(faq_dir, templates_dir))
    if key not in _shared_content:
        _shared_content[key] = _real_build_content(faq_dir, templates_dir, on, required, thorough)
    return _shared_content[key]


store_module.build_content = _build_content_once


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fresh_content: build the content afresh, not shared")


@pytest.fixture(autouse=True)
def _content_sharing(request: pytest.FixtureRequest):
    """Tests marked `fresh_content` build their own content (see _build_content_once)."""
    _sharing[0] = request.node.get_closest_marker("fresh_content") is None
    yield
    _sharing[0] = True


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    rel = Path(metafunc.definition.path).resolve().relative_to(TESTS).as_posix()
    if "backend" in metafunc.fixturenames and rel.startswith(BOTH_DATABASES):
        metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite", or "postgres" for the tests in BOTH_DATABASES."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
async def database_url(backend: str):
    """'' (the SQLite file at bot_db_path), or a URL to a fresh PostgreSQL schema."""
    if backend == "sqlite":
        yield ""
        return
    async with fresh_schema() as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    base = load_settings(env={}, dotenv=tmp_path / "absent.env")
    return replace(base, bot_db_path=tmp_path / "bot.sqlite3", database_url=database_url,
                   faq_dir=FAQ_DIR, templates_dir=TEMPLATES_DIR, admin_ids=frozenset({999}))


@pytest.fixture
async def engine(settings: Settings):
    eng = await build_engine(settings, as_of=AS_OF)
    yield eng
    await close_engine(eng)
