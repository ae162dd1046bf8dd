"""Benchmark 7: SQLite vs PostgreSQL under the engine, one instance (issue 19).

Per database:
- `store_ops_per_s`: session writes + reads (`SessionStore.save` then `.get`, one pair = 2
  ops) from 16 concurrent users: the storage layer alone.
- `handle_*`: one handled message = `Engine.handle` inside `Database.chat_lock` (as the
  Telegram processor runs it), with its session read/save, language lookup and question-log
  insert. Mix: 80% FAQ questions, 10% calculations, 10% `/daftar` (a registration session
  saved). Latency p50/p99 one message at a time; throughput with 16 chats at once.
SQLite is a file in a temp dir; PostgreSQL is a fresh schema on BENCH_DATABASE_URL (else
TEST_DATABASE_URL) and is skipped when neither is set.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

from bench.common import AS_OF, bench_settings, percentile
from bench.throughput import CALCS, _questions
from bot.app.composition import build_engine, close_engine
from bot.core.engine import Engine
from bot.core.replies import Event
from bot.storage.sessions import Session, SessionStore

CONCURRENCY = 16


def _messages(n: int) -> list[tuple[str, str]]:
    """(user, text) in the mix above; 200 users."""
    q, c = itertools.cycle(_questions()), itertools.cycle(CALCS)
    out = []
    for i in range(n):
        text = next(c) if i % 10 == 7 else "/daftar" if i % 10 == 9 else next(q)
        out.append((str(1000 + i % 200), text))
    return out


async def _handle(engine: Engine, user: str, text: str) -> float:
    event = (Event(user, "telegram", command="daftar") if text == "/daftar"
             else Event(user, "telegram", text=text))
    t0 = time.perf_counter()
    async with engine.db.chat_lock(f"chat:{user}", f"user:{user}"):
        await engine.handle(event)
    return time.perf_counter() - t0


async def _store_ops(engine: Engine, pairs: int) -> float:
    store = SessionStore(engine.db)

    async def user(k: int) -> None:
        for i in range(k, pairs, CONCURRENCY):
            key = f"bench:{i % 500}"
            await store.save(Session(key, "bench", {"i": i, "text": "x" * 200}))
            await store.get(key)

    t0 = time.perf_counter()
    await asyncio.gather(*(user(k) for k in range(CONCURRENCY)))
    return 2 * pairs / (time.perf_counter() - t0)


async def _one(settings, n: int) -> dict:
    engine = await build_engine(settings, as_of=AS_OF)
    try:
        messages = _messages(n)
        for user, text in messages[:20]:  # warm caches and prepared statements
            await _handle(engine, user, text)
        times = [await _handle(engine, user, text) for user, text in messages]
        queue = list(messages)

        async def chat_worker() -> None:
            while queue:
                user, text = queue.pop()
                await _handle(engine, user, text)

        t0 = time.perf_counter()
        await asyncio.gather(*(chat_worker() for _ in range(CONCURRENCY)))
        per_s = n / (time.perf_counter() - t0)
        ops = await _store_ops(engine, n)
    finally:
        await close_engine(engine)
    return {"store_ops_per_s": round(ops, 1), "handle_p50_ms": round(
        percentile(times, 50) * 1000, 2), "handle_p99_ms": round(percentile(times, 99) * 1000, 2),
        "handle_per_s": round(per_s, 1), "messages": n}


async def _postgres(settings, url: str, n: int) -> dict:
    import asyncpg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(url)
    try:
        await admin.execute(f'CREATE SCHEMA "{schema}"')
        sep = "&" if "?" in url else "?"
        return await _one(replace(settings, database_url=f"{url}{sep}search_path={schema}"), n)
    finally:
        await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


def run(quick: bool = False) -> dict:
    n = 300 if quick else 2000
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL", "")
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = bench_settings(Path(tmp) / "bot.sqlite3")
        results["sqlite"] = asyncio.run(_one(settings, n))
        if url:
            results["postgres"] = asyncio.run(_postgres(settings, url, n))
    return results


def table(results: dict) -> list[str]:
    lines = ["| database | store ops/s (16 users) | handled p50 ms | handled p99 ms "
             "| handled msgs/s (16 chats) |", "|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['store_ops_per_s']} | {r['handle_p50_ms']} | "
                     f"{r['handle_p99_ms']} | {r['handle_per_s']} |")
    if "postgres" not in results:
        lines.append("(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)")
    return lines
