"""F9: `kill -9` during traffic, also while replies are on the wire: every message answered.

The real `python -m bot run` polls the fake Bot API over HTTP. Users write in bursts; the bot is
killed (SIGKILL) and restarted, each time at a different kind of moment:

- a random moment once a burst is half answered;
- while a reply is on its way to Telegram and has not reached it (the call is held and never
  carried out): the reply must be sent again after the restart, once;
- while a reply reached Telegram but its answer is still on the way back: the bot cannot know
  it arrived, and resends it (durable.RESEND_UNSURE). This is the one way to be answered twice,
  and the test checks that the duplicates are exactly these.

Then every message must be answered exactly once (but for that last case), none lost, and the
engine must have run once per message (the question log has one row each): a replay never
handles again an update whose state change committed. Before the outbox, a reply killed on the
wire was lost (the update was marked `answering` and never handled again).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import sqlite3
import sys
from pathlib import Path

from bot.core.settings import PROJECT_ROOT
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, HttpServer
from tests.telegram.harness import stop_process

USERS = 54
BURST = 9
KILLS = 6  # two of each kind
QUESTION = "jht bisa cair kapan"


async def _start(env: dict[str, str], cwd: Path, log) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=log)


def _rows(db: Path, states: tuple[str, ...]) -> list[tuple[int, str]]:
    """(chat, text) of the recorded replies in `states` (the bot's database, read beside it)."""
    try:
        with sqlite3.connect(db) as conn:
            found = conn.execute(
                f"SELECT chat_id, body FROM reply_outbox WHERE state IN "
                f"({', '.join('?' * len(states))})", states).fetchall()
    except sqlite3.OperationalError:  # not created yet, or busy for a moment
        return []
    return [(int(chat), json.loads(body)["text"] if body else "") for chat, body in found]


def _started(log: Path) -> int:
    """How many times the bot has come up (polling started) so far."""
    return log.read_text(encoding="utf-8", errors="replace").count("Application started")


async def _until(check, timeout: float = 60.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_hard_kills_answer_every_message_exactly_once(tmp_path):
    fake = FakeBotAPI()
    server = await HttpServer(fake).start()
    db = tmp_path / "bot.sqlite3"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
           "BOT_DB_PATH": str(db), "FAQ_DIR": str(PROJECT_ROOT / "faq"),
           "TEMPLATES_DIR": str(PROJECT_ROOT / "templates"), "PYTHONPATH": str(PROJECT_ROOT),
           "LOG_LEVEL": "INFO"}
    rng = random.Random(15)
    users = [20_000 + i for i in range(USERS)]
    log = (tmp_path / "bot.log").open("w")
    held_back: list[int] = []  # chats whose reply was on the wire, not delivered, at a kill
    came_back: list[int] = []  # chats whose reply was delivered, its answer not back, at a kill
    unsure_delivered: set[int] = set()  # every reply a kill left unsure that had arrived

    def delivered(user: int) -> int:
        return sum(1 for c in fake.calls if c.method == "sendMessage" and c.ok
                   and c.params.get("chat_id") == user)

    proc = await _start(env, tmp_path, log)
    try:
        await fake.wait_for(lambda: any(c.method == "getUpdates" for c in fake.calls), 60)
        queue = list(users)
        for kill in range(KILLS):
            burst, queue = queue[:BURST], queue[BURST:]
            kind = kill % 3
            victim = burst[-1]
            gate = fake.hold("sendMessage", victim) if kind == 1 else None
            if kind == 2:
                fake.late_answers[("sendMessage", victim)] = 30.0
            for user in burst:
                fake.text(user, QUESTION)
            if kind == 0:  # a random moment once some of the burst is answered
                await fake.wait_for(lambda b=burst: any(delivered(u) for u in b), 60)
                await asyncio.sleep(rng.uniform(0.0, 0.05))
            elif kind == 1:  # the victim's reply is on the wire: marked, held, not carried out
                await _until(lambda v=victim: any(c == v for c, _ in _rows(db, ("sending",))))
                held_back.append(victim)
            else:  # the victim's reply arrived; Telegram's answer has not come back
                await fake.wait_for(lambda v=victim: delivered(v) > 0, 60)
                came_back.append(victim)
            proc.kill()  # SIGKILL: no cleanup at all
            await proc.wait()
            # What the kill left unsure, and whether it had arrived (the fake knows).
            sent = {(int(c.params.get("chat_id", 0)), str(c.params.get("text", "")))
                    for c in fake.calls if c.method == "sendMessage" and c.ok}
            unsure_delivered |= {chat for chat, text in _rows(db, ("sending", "unsure"))
                                 if (chat, text) in sent}
            if gate is not None:  # the held call stays held (never carried out); resends pass
                del fake.holds[("sendMessage", victim)]
            fake.late_answers.clear()
            proc = await _start(env, tmp_path, log)
            # Up again (a getUpdates answered now may be the dead process's long poll).
            await _until(lambda k=kill: _started(tmp_path / "bot.log") == k + 2)
        for user in queue:
            fake.text(user, QUESTION)
        with contextlib.suppress(TimeoutError):  # a lost message is reported below
            await _until(lambda: all(delivered(u) for u in users)
                         and not _rows(db, ("queued", "sending", "unsure")), 30)
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
    finally:
        await stop_process(proc)
        await server.close()
        log.close()
    counts = {u: delivered(u) for u in users}
    assert [u for u, n in counts.items() if n == 0] == [], "lost"
    # The kinds of kill really happened as planned.
    assert len(held_back) == 2 and len(came_back) == 2
    assert set(came_back) <= unsure_delivered
    assert all(counts[u] == 1 for u in held_back), {u: counts[u] for u in held_back}
    # Twice only where the reply had arrived but the kill came before its answer: resent.
    twice = {u for u, n in counts.items() if n > 1}
    assert twice == unsure_delivered, (twice, unsure_delivered)
    assert max(counts.values()) <= 2
    with sqlite3.connect(db) as conn:
        logged = conn.execute("SELECT COUNT(*) FROM question_log").fetchone()[0]
        states = dict(conn.execute("SELECT state, COUNT(*) FROM inbox GROUP BY state"))
        rows = dict(conn.execute("SELECT state, COUNT(*) FROM reply_outbox GROUP BY state"))
    assert logged == USERS  # the engine ran once per message, never again on a replay
    assert states == {"done": USERS}
    assert rows == {"sent": USERS}
