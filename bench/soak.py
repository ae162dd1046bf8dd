"""Soak (issue 15): the real `python -m bot run` against the fake Bot API over HTTP, with a
share of sends failing (429, 500, 502, timeouts) and `kill -9` restarts. Counts: lost (a message
never answered), answered twice, mixed (a reply naming another user's wage).

`python bench/soak.py [--users N] [--messages M] [--kills K] [--fail RATE]`; writes
bench/results/<date>-soak.json. Each user sends M calculation questions, one after the other,
each with a wage unique to that user and message, so a reply in the wrong chat shows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT
from tests.telegram.fake_bot_api import TOKEN, Chaos, FakeBotAPI, HttpServer

_AMOUNT = re.compile(r"Rp ?([\d.]+)")


def wage(user: int, i: int) -> int:
    return 3_000_000 + user * 1_000 + i  # unique per (user, message)


async def soak(users: int, messages: int, kills: int, fail: float, seed: int = 15) -> dict:
    rng = random.Random(seed)
    fake = FakeBotAPI()
    fake.chaos = Chaos(fail, seed)
    server = await HttpServer(fake).start()
    tmp = Path(tempfile.mkdtemp())
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "WARNING",
           "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
           "BOT_DB_PATH": str(tmp / "bot.sqlite3"), "FAQ_DIR": str(ROOT / "faq"),
           "TEMPLATES_DIR": str(ROOT / "templates"), "PYTHONPATH": str(ROOT),
           "FLOOD_MAX_MESSAGES": "0"}
    log = (tmp / "bot.log").open("w")

    async def start() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=log)

    ids = [100_000 + u for u in range(users)]
    sent: dict[int, tuple[int, int]] = {}  # update_id -> (user, wage)
    t0 = time.monotonic()
    proc = await start()
    total = users * messages
    kill_at = sorted(rng.sample(range(total // 10, total), kills)) if kills else []
    pushed = 0
    try:
        for i in range(messages):
            for u, user in enumerate(ids):
                w = wage(u, i)
                update = fake.text(user, f"gaji {w} potong berapa")
                sent[update["update_id"]] = (user, w)
                pushed += 1
                if kill_at and pushed >= kill_at[0]:
                    kill_at.pop(0)
                    proc.kill()
                    await proc.wait()
                    proc = await start()
                if pushed % 50 == 0:
                    await asyncio.sleep(0.05)  # an open-loop trickle, not one giant batch
            await asyncio.sleep(0.2)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and len(_answers(fake)) < total:
            await asyncio.sleep(1.0)
        await asyncio.sleep(3.0)
    finally:
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()
        await server.close()
        log.close()
    got = _answers(fake)
    expected = {(user, w) for user, w in sent.values()}
    per_key: dict[tuple[int, int], int] = {}
    mixed = 0
    for chat, amount in got:
        if (chat, amount) in expected:
            per_key[(chat, amount)] = per_key.get((chat, amount), 0) + 1
        elif amount is not None:
            mixed += 1
    with sqlite3.connect(tmp / "bot.sqlite3") as db:
        states = dict(db.execute("SELECT state, COUNT(*) FROM inbox GROUP BY state").fetchall())
    lost = [k for k in expected if k not in per_key]
    per_user_sent: dict[int, int] = {}
    for user, _w in sent.values():
        per_user_sent[user] = per_user_sent.get(user, 0) + 1
    per_user_got: dict[int, int] = {}
    for chat, _a in got:
        per_user_got[chat] = per_user_got.get(chat, 0) + 1
    # Messages that got no reply at all (not even the apology a failed send leads to).
    silent = sum(max(0, n - per_user_got.get(u, 0)) for u, n in per_user_sent.items())
    return {"users": users, "messages": total, "kills": kills, "fail_rate": fail,
            "failures_injected": fake.chaos.drawn, "seconds": round(time.monotonic() - t0, 1),
            "answered": len(per_key), "lost": len(lost), "no_reply_at_all": silent,
            "answered_twice": sum(1 for n in per_key.values() if n > 1), "mixed": mixed,
            "apologies": sum(1 for _, a in got if a is None), "inbox_states": states}


def _answers(fake: FakeBotAPI) -> list[tuple[int, int | None]]:
    """(chat, wage named in the reply) per delivered message; None = no wage (apology...)."""
    out = []
    for call in fake.calls:
        if call.method != "sendMessage" or not call.ok:
            continue
        match = _AMOUNT.search(str(call.params.get("text", "")))
        amount = int(match.group(1).replace(".", "")) if match else None
        out.append((int(call.params.get("chat_id", 0)), amount))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=25, help="per user")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--fail", type=float, default=0.05)
    args = parser.parse_args()
    result = asyncio.run(soak(args.users, args.messages, args.kills, args.fail))
    print(json.dumps(result, indent=1))
    out = ROOT / "bench" / "results" / f"{datetime.now():%Y-%m-%d}-soak.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
