"""Soak (issue 15): the real `python -m bot run` against the fake Bot API over HTTP, with a
share of sends failing (429, 500, 502, timeouts) and `kill -9` restarts. Counts: lost (a message
never answered), answered twice, mixed (a reply naming another user's wage).

`python bench/soak.py [--users N] [--messages M] [--kills K] [--fail RATE] [--rate R]`; writes
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


WAGE_BASE = 3_000_000


def wage(user: int, i: int) -> int:
    return WAGE_BASE + user * 1_000 + i  # unique per (user, message)


async def soak(users: int, messages: int, kills: int, fail: float, seed: int = 15,
               rate: float = 30.0, push_rate: float = 25.0, delivered: float = 0.5) -> dict:
    rng = random.Random(seed)
    fake = FakeBotAPI()
    fake.chaos = Chaos(fail, seed, delivered=delivered)
    server = await HttpServer(fake).start()
    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "bot.sqlite3"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "WARNING",
           "TELEGRAM_BASE_URL": f"http://127.0.0.1:{server.port}/bot",
           "BOT_DB_PATH": str(db_path), "FAQ_DIR": str(ROOT / "faq"),
           "TEMPLATES_DIR": str(ROOT / "templates"), "PYTHONPATH": str(ROOT),
           "FLOOD_MAX_MESSAGES": "0", "TELEGRAM_MAX_RATE": str(rate)}
    log = (tmp / "bot.log").open("w")

    async def start() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=log)

    ids = [100_000 + u for u in range(users)]
    expected: set[tuple[int, int]] = set()
    total = users * messages
    # Kills at random moments spread over the run (by replies delivered so far).
    kill_at = sorted(rng.sample(range(total // 20, total * 19 // 20), kills)) if kills else []
    unsure_at_kill = {"delivered": 0, "not delivered": 0}
    t0 = time.monotonic()
    proc = await start()

    async def killer() -> None:
        nonlocal proc
        while kill_at:
            await asyncio.sleep(rng.uniform(0.05, 0.3))
            if _delivered(fake) >= kill_at[0]:
                kill_at.pop(0)
                proc.kill()  # SIGKILL: no cleanup at all
                await proc.wait()
                for key, n in _unsure_rows(db_path, fake).items():
                    unsure_at_kill[key] += n
                proc = await start()

    killing = asyncio.create_task(killer())
    try:
        pushed = 0
        for i in range(messages):
            for u, user in enumerate(ids):
                w = wage(u, i)
                fake.text(user, f"gaji {w} potong berapa")
                expected.add((user, w))
                pushed += 1
                if pushed % 10 == 0:  # an open-loop trickle at about the bot's pace
                    await asyncio.sleep(10 / push_rate)
                if pushed % 2000 == 0:
                    print(f"{time.monotonic() - t0:.0f}s: {pushed} pushed, {_delivered(fake)} "
                          f"delivered, {len(kill_at)} kills to go", file=sys.stderr, flush=True)
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline and (
                kill_at or len({a for a in _answers(fake) if a in expected}) < total):
            await asyncio.sleep(5.0)
            print(f"{time.monotonic() - t0:.0f}s: {_delivered(fake)} delivered, "
                  f"{len(kill_at)} kills to go", file=sys.stderr, flush=True)
        await asyncio.sleep(15.0)  # room for late resends (and duplicates) to show up
    finally:
        killing.cancel()
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()
        await server.close()
        log.close()
    got = _answers(fake)
    per_key: dict[tuple[int, int], int] = {}
    mixed = apologies = 0
    for chat, amount in got:
        if (chat, amount) in expected:
            per_key[(chat, amount)] = per_key.get((chat, amount), 0) + 1
        elif amount is None:
            apologies += 1
        else:
            mixed += 1
    with sqlite3.connect(db_path) as db:
        inbox = dict(db.execute("SELECT state, COUNT(*) FROM inbox GROUP BY state").fetchall())
        outbox = dict(db.execute(
            "SELECT state, COUNT(*) FROM reply_outbox GROUP BY state").fetchall())
    chaos = fake.chaos
    send_failures = chaos.by_method.get("sendMessage", {})
    return {"users": users, "messages": total, "kills": kills - len(kill_at),
            "fail_rate": fail, "send_rate_limit": rate, "timeouts_delivered_share": delivered,
            "failures_injected": chaos.drawn, "failures_on_sendMessage": send_failures,
            "seconds": round(time.monotonic() - t0, 1),
            "answered_once": sum(1 for n in per_key.values() if n == 1),
            "answered_twice": sum(1 for n in per_key.values() if n > 1),
            "lost": total - len(per_key), "mixed": mixed, "apologies": apologies,
            # Sends with no clear outcome: what resending them cost (duplicates) and what not
            # resending them would have cost (losses). RESEND_UNSURE in bot/telegram/durable.py.
            "unsure_at_kills": unsure_at_kill,
            "unsure_timeouts": {"delivered": send_failures.get("timeout (delivered)", 0),
                                "not delivered": send_failures.get("timeout", 0)},
            "inbox_states": inbox, "outbox_states": outbox}


def _unsure_rows(db_path: Path, fake: FakeBotAPI) -> dict[str, int]:
    """Rows a kill left `sending` or `unsure`: had they arrived (the fake knows)?"""
    out = {"delivered": 0, "not delivered": 0}
    with sqlite3.connect(db_path) as db:
        rows = db.execute("SELECT chat_id, body FROM reply_outbox "
                          "WHERE state IN ('sending', 'unsure')").fetchall()
    sent = {(int(c.params.get("chat_id", 0)), str(c.params.get("text", "")))
            for c in fake.calls if c.method == "sendMessage" and c.ok}
    for chat, body in rows:
        text = json.loads(body).get("text", "") if body else ""
        out["delivered" if (int(chat), text) in sent else "not delivered"] += 1
    return out


_seen = [0, 0]  # calls counted so far, messages delivered among them


def _delivered(fake: FakeBotAPI) -> int:
    """Messages delivered so far (counted incrementally: the call log grows long)."""
    calls = fake.calls
    _seen[1] += sum(1 for c in calls[_seen[0]:] if c.method == "sendMessage" and c.ok)
    _seen[0] = len(calls)
    return _seen[1]


def _answers(fake: FakeBotAPI) -> list[tuple[int, int | None]]:
    """(chat, wage named in the reply) per delivered message; None = no wage (apology...)."""
    out = []
    for call in fake.calls:
        if call.method != "sendMessage" or not call.ok:
            continue
        # The wage is the one amount of at least Rp 3,000,000 (contributions are far smaller).
        wages = [a for a in (int(m.replace(".", "")) for m in
                             _AMOUNT.findall(str(call.params.get("text", "")))) if a >= WAGE_BASE]
        out.append((int(call.params.get("chat_id", 0)), wages[0] if wages else None))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=25, help="per user")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--fail", type=float, default=0.05)
    parser.add_argument("--rate", type=float, default=30.0,
                        help="TELEGRAM_MAX_RATE for the bot (messages/s; Telegram's is 30)")
    parser.add_argument("--push-rate", type=float, default=25.0,
                        help="user messages/s pushed into the fake")
    parser.add_argument("--delivered", type=float, default=0.5,
                        help="share of injected timeouts whose message arrived all the same")
    args = parser.parse_args()
    result = asyncio.run(soak(args.users, args.messages, args.kills, args.fail,
                              rate=args.rate, push_rate=args.push_rate,
                              delivered=args.delivered))
    print(json.dumps(result, indent=1))
    out = ROOT / "bench" / "results" / f"{datetime.now():%Y-%m-%d}-soak.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
