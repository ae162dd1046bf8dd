"""F9: `kill -9` during traffic: no message answered twice, none lost while unanswered.

The real `python -m bot run` polls the fake Bot API over HTTP. Users write in bursts while the
bot is killed (SIGKILL) and restarted several times, each time while a burst is half-answered
(the worst moment); then it runs until everything is answered. Before the fix about one message
per kill was lost: confirmed to Telegram, never handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import sqlite3
import sys

from bot.core.settings import PROJECT_ROOT
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, HttpServer
from tests.telegram.harness import stop_process

USERS = 60
BURST = 8
KILLS = 6


async def _start(env: dict[str, str], cwd, log) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=log)


async def test_hard_kills_lose_nothing_and_answer_nothing_twice(tmp_path):
    fake = FakeBotAPI()
    server = await HttpServer(fake).start()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
           "BOT_DB_PATH": str(tmp_path / "bot.sqlite3"), "FAQ_DIR": str(PROJECT_ROOT / "faq"),
           "TEMPLATES_DIR": str(PROJECT_ROOT / "templates"), "PYTHONPATH": str(PROJECT_ROOT),
           "LOG_LEVEL": "INFO"}
    rng = random.Random(15)
    users = [20_000 + i for i in range(USERS)]
    log = (tmp_path / "bot.log").open("w")
    sent: dict[int, dict] = {}

    def answers(user: int) -> int:
        return sum(1 for c in fake.calls if c.method == "sendMessage" and c.ok
                   and c.params.get("chat_id") == user)

    proc = await _start(env, tmp_path, log)
    try:
        await fake.wait_for(lambda: any(c.method == "getUpdates" for c in fake.calls), 60)
        queue = list(users)
        for _ in range(KILLS):
            burst, queue = queue[:BURST], queue[BURST:]
            for user in burst:
                sent[user] = fake.text(user, f"gaji {user - 19_990} juta potong berapa")
            # Mid-burst: the batch is fetched (and, before the fix, already confirmed by the
            # next poll) and partly answered; then a random moment more.
            await fake.wait_for(lambda b=burst: any(answers(u) for u in b), 60)
            await asyncio.sleep(rng.uniform(0.0, 0.05))
            proc.kill()  # SIGKILL: no cleanup at all
            await proc.wait()
            mark = fake.mark()
            proc = await _start(env, tmp_path, log)
            await fake.wait_for(lambda m=mark: any(c.method == "getUpdates"
                                                   for c in fake.calls[m:]), 60)
        for user in queue:
            sent[user] = fake.text(user, f"gaji {user - 19_990} juta potong berapa")
        with contextlib.suppress(TimeoutError):  # a lost message is reported below
            await fake.wait_for(lambda: all(answers(u) for u in users), 20)
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
    finally:
        await stop_process(proc)
        await server.close()
        log.close()
    counts = {u: answers(u) for u in users}
    twice = [u for u, n in counts.items() if n > 1]
    assert twice == [], f"answered twice: {twice}"
    lost = [u for u, n in counts.items() if n == 0]
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        try:
            state = dict(db.execute("SELECT update_id, state FROM inbox").fetchall())
        except sqlite3.OperationalError:  # no inbox: nothing was recorded
            state = {}
    # The one residual case, by design: killed while the reply was already on its way (the
    # update was marked `answering`); it is never sent twice, so it may be lost.
    on_the_wire = [u for u in lost if state.get(sent[u]["update_id"]) == "answering"]
    unexplained = {u: state.get(sent[u]["update_id"]) for u in lost if u not in on_the_wire}
    assert unexplained == {}, f"lost although not yet answered: {unexplained}"
    # A sanity bound only: how many replies are on the wire at a kill depends on the machine.
    assert len(on_the_wire) <= USERS // 4, on_the_wire
