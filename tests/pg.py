"""PostgreSQL for tests: a fresh schema per test on the server at TEST_DATABASE_URL."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

PG_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
SKIP = "PostgreSQL tests need TEST_DATABASE_URL (.ci/run starts a server and sets it)"


def with_search_path(url: str, schema: str) -> str:
    """The URL with `search_path` set: asyncpg passes unknown query keys as server settings."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "search_path"]
    query.append(("search_path", schema))
    return urlunsplit(parts._replace(query=urlencode(query)))


@contextlib.asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    """A DATABASE_URL whose tables live in a new, empty schema, dropped afterwards."""
    if not PG_URL:
        pytest.skip(SKIP)
    import asyncpg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(PG_URL)
    try:
        await admin.execute(f'CREATE SCHEMA "{schema}"')
        yield with_search_path(PG_URL, schema)
    finally:
        await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await admin.close()
