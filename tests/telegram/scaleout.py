"""Several real `python -m bot run --webhook` instances, one database, one fake Telegram.

Used by tests/telegram/test_scaleout.py and bench/webhook.py. The fake Bot API (over HTTP)
receives the bots' sends; `Telegram` plays Telegram's webhook side: each chat's next update is
only POSTed after the previous one was answered 200, each to a random instance; a failed
request (instance down, 5xx, connection error) is re-delivered to another instance after a short
back-off. Every user asks calculations with a wage unique to the user and the message, so a
reply names exactly one (user, message): lost, answered twice, mixed and out-of-order replies
all show in the fake's call log.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import signal
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bot.core.settings import PROJECT_ROOT
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, HttpServer

SECRET = "scale-out-secret"
HOOK = "/telegram/webhook"
_WAGE = re.compile(r"Gaji Rp([\d.]+)")
CONNECTIONS = 40  # Telegram's default max_connections per webhook


def database_env(directory: Path) -> dict[str, str]:
    """Where the instances keep their shared state: TEST_DATABASE_URL when it is set (e.g. a
    PostgreSQL database), else one SQLite file (several processes share its WAL)."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if url:
        return {"DATABASE_URL": url}
    return {"BOT_DB_PATH": str(directory / "bot.sqlite3")}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wage(user_index: int, message: int) -> int:
    return 3_000_000 + user_index * 100 + message  # unique per (user, message), < 100 each


@dataclass
class Instance:
    port: int
    env: dict[str, str]
    log: Any
    proc: asyncio.subprocess.Process | None = None

    async def start(self, cwd: Path) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--webhook", cwd=cwd, env=self.env,
            stdout=asyncio.subprocess.DEVNULL, stderr=self.log)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # SIGKILL: no clean-up at all

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.proc.wait(), 40)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


@dataclass
class Cluster:
    """N instances of the bot behind no proxy: `Telegram` picks one per request."""

    directory: Path
    size: int = 2
    extra_env: dict[str, str] = field(default_factory=dict)
    fake: FakeBotAPI = field(default_factory=FakeBotAPI)
    instances: list[Instance] = field(default_factory=list)
    server: HttpServer | None = None
    database: str = ""

    async def resent_updates(self) -> set[int]:
        """Updates with a recorded reply that went on the wire more than once: a kill (or a
        timeout) left it unsure, and unsure replies are resent (durable.py, RESEND_UNSURE)."""
        sql = "SELECT DISTINCT update_id FROM reply_outbox WHERE attempts > 1"
        if self.database.startswith("postgres"):
            import asyncpg

            conn = await asyncpg.connect(self.database)
            try:
                return {int(r[0]) for r in await conn.fetch(sql)}
            finally:
                await conn.close()
        import sqlite3

        with contextlib.closing(sqlite3.connect(self.database)) as conn:
            return {int(r[0]) for r in conn.execute(sql)}

    async def __aenter__(self) -> Cluster:
        self.server = await HttpServer(self.fake).start()
        base = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "WARNING",
                "TELEGRAM_BASE_URL": f"http://127.0.0.1:{self.server.port}/bot",
                "FAQ_DIR": str(PROJECT_ROOT / "faq"),
                "TEMPLATES_DIR": str(PROJECT_ROOT / "templates"),
                "PYTHONPATH": str(PROJECT_ROOT), "FLOOD_MAX_MESSAGES": "0",
                "WEBHOOK_SECRET": SECRET, "WEBHOOK_LISTEN": "127.0.0.1",
                "INSTANCES": str(self.size), **database_env(self.directory),
                **self.extra_env}
        self.database = base.get("DATABASE_URL") or base["BOT_DB_PATH"]
        for i in range(self.size):
            port = free_port()
            env = {**base, "WEBHOOK_PORT": str(port), "INSTANCE_NAME": f"bot-{i}",
                   "WEBHOOK_URL": f"https://bot.example.test{HOOK}",
                   "WEBHOOK_SET": "1" if i == 0 else "0"}  # one instance sets the webhook
            log = (self.directory / f"bot-{i}.log").open("a")
            self.instances.append(Instance(port, env, log))
        for inst in self.instances:
            await inst.start(self.directory)
        await self.wait_healthy()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.gather(*(inst.stop() for inst in self.instances))
        for inst in self.instances:
            inst.log.close()
        if self.server is not None:
            await self.server.close()

    async def wait_healthy(self, only: list[Instance] | None = None, timeout: float = 90
                           ) -> None:
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=2) as client:
            for inst in only or self.instances:
                while True:
                    with contextlib.suppress(httpx.TransportError):
                        health = await client.get(f"http://127.0.0.1:{inst.port}/healthz")
                        if health.status_code == 200:
                            break
                    assert inst.proc is not None and inst.proc.returncode is None, \
                        f"instance on port {inst.port} exited; see its log"
                    assert time.monotonic() < deadline, "instance never became healthy"
                    await asyncio.sleep(0.1)

    async def restart(self, index: int, down_seconds: float = 1.0) -> None:
        """`kill -9` one instance, leave it down a moment, start it again."""
        inst = self.instances[index]
        inst.kill()
        assert inst.proc is not None
        await inst.proc.wait()
        await asyncio.sleep(down_seconds)
        await inst.start(self.directory)
        await self.wait_healthy([inst])


@dataclass
class Telegram:
    """Telegram's webhook side: per-chat sequential delivery, re-delivery on failure."""

    cluster: Cluster
    seed: int = 19
    failures: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)  # first try to 200, per update
    request_latencies: list[float] = field(default_factory=list)  # one answered POST
    acknowledged: int = 0
    sent: dict[int, tuple[int, int]] = field(default_factory=dict)  # update_id -> (user, msg)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        # Update and user ids unlikely to exist in a reused database (TEST_DATABASE_URL).
        base = self.rng.randrange(10**9, 2 * 10**9)
        self.cluster.fake._update_ids = iter(range(base, base + 10**8))  # type: ignore[assignment]
        self.user_base = self.rng.randrange(10**9, 2 * 10**9)
        # Like Telegram, at most CONNECTIONS requests open per instance; the rest wait.
        self.slots = [asyncio.Semaphore(CONNECTIONS) for _ in self.cluster.instances]

    async def deliver(self, clients: list[httpx.AsyncClient], update: dict[str, Any]) -> None:
        target = self.rng.randrange(len(clients))
        started = time.perf_counter()
        attempt = 0
        while True:
            try:
                async with self.slots[target]:
                    sent = time.perf_counter()
                    response = await clients[target].post(
                        HOOK, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                if response.status_code == 200:
                    self.request_latencies.append(time.perf_counter() - sent)
                    break
                self.failures[f"http {response.status_code}"] += 1
            except httpx.TransportError as exc:
                self.failures[type(exc).__name__] += 1
            attempt += 1
            target = (target + 1) % len(clients)  # re-delivered to another instance
            await asyncio.sleep(min(2.0, 0.05 * attempt))
        self.latencies.append(time.perf_counter() - started)
        self.acknowledged += 1

    async def user(self, clients: list[httpx.AsyncClient], index: int, messages: int) -> None:
        user_id = self.user_base + index
        for k in range(messages):
            update = self.cluster.fake.text(user_id, f"gaji {wage(index, k)} potong berapa")
            self.cluster.fake.pending.clear()  # nobody polls: keep the fake's queue empty
            self.sent[update["update_id"]] = (index, k)
            await self.deliver(clients, update)

    async def run(self, users: int, messages: int, kill_at: float | None = None,
                  kill_index: int = 1) -> float:
        """All users at once; `kill_at` (share of updates acknowledged) kills and restarts
        instance `kill_index`. Returns the wall time from the first POST to the last 200."""
        limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
        clients = [httpx.AsyncClient(base_url=f"http://127.0.0.1:{inst.port}", limits=limits,
                                     timeout=httpx.Timeout(60.0, pool=None))
                   for inst in self.cluster.instances]
        started = time.perf_counter()
        try:
            work = asyncio.gather(*(self.user(clients, i, messages) for i in range(users)))
            if kill_at is not None:
                total = users * messages
                while self.acknowledged < total * kill_at and not work.done():
                    await asyncio.sleep(0.01)
                await self.cluster.restart(kill_index)
            await work
        finally:
            for client in clients:
                await client.aclose()
        return time.perf_counter() - started

    def verdict(self, users: int, messages: int, resent: set[int] | None = None
                ) -> dict[str, Any]:
        """Lost, answered twice, mixed and out-of-order replies, from the fake's call log;
        `twice_not_resent`: answered twice though no recorded reply of it was resent."""
        replies: dict[int, list[int]] = {}  # user index -> message numbers in reply order
        mixed = 0
        for call in self.cluster.fake.calls:
            if call.method != "sendMessage" or not call.ok:
                continue
            match = _WAGE.search(call.params.get("text", ""))
            if match is None:
                continue
            amount = int(match.group(1).replace(".", ""))
            index, k = divmod(amount - 3_000_000, 100)
            if call.params.get("chat_id") != self.user_base + index:
                mixed += 1
                continue
            replies.setdefault(index, []).append(k)
        counts = Counter((i, k) for i, ks in replies.items() for k in ks)
        lost = [(i, k) for i in range(users) for k in range(messages) if not counts[(i, k)]]
        twice = [key for key, n in counts.items() if n > 1]
        resent_keys = {self.sent[uid] for uid in resent or () if uid in self.sent}
        disorder = [i for i, ks in replies.items() if ks != sorted(ks)]
        return {"users": users, "messages": messages, "updates": users * messages,
                "lost": len(lost), "answered_twice": len(twice),
                "twice_not_resent": len([key for key in twice if key not in resent_keys]),
                "mixed": mixed,
                "out_of_order_chats": len(disorder), "lost_examples": lost[:5],
                "failed_requests": dict(self.failures)}
