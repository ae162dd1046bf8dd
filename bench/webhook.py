"""Webhook scale-out (issue 19): real `python -m bot run --webhook` instances, one database.

Telegram is played by tests/telegram/scaleout.py: each chat's next update only after the
previous one was answered 200, each update to a random instance, a failed request re-delivered
to another instance. Every user sends M calculations with a wage unique to (user, message).

    python bench/webhook.py throughput [--users 200] [--messages 5] [--instances 1 2]
    python bench/webhook.py kill [--users 1000] [--messages 3]
    ... [--database-url postgresql://...]   (default: one SQLite file in a temp directory)
    ... [--max-rate 0]                        (TELEGRAM_MAX_RATE; 0 = no outbound limit)

`throughput`: updates/s (first POST to last 200) per instance count; `request` latency is one
answered POST (the webhook path: record, claim, handle, reply, 200), `delivery` latency is from
the update's first try to its 200 (waiting for one of Telegram's 40 connections per instance and
re-deliveries included). `kill`: 2 instances, one `kill -9`ed when
half the updates are answered and restarted; counts lost / answered twice / mixed / out of
order. Results go to bench/results/<date>-webhook-<mode>-<users>x<messages>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, machine, percentile
from tests.telegram.scaleout import Cluster, Telegram


async def one_run(instances: int, users: int, messages: int, max_rate: str,
                  kill: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        async with Cluster(Path(tmp), size=instances,
                           extra_env={"TELEGRAM_MAX_RATE": max_rate}) as cluster:
            telegram = Telegram(cluster)
            wall = await telegram.run(users, messages, kill_at=0.5 if kill else None,
                                      kill_index=instances - 1)
        verdict = telegram.verdict(users, messages)
    lat, req = telegram.latencies, telegram.request_latencies
    scheme = urlparse(os.environ.get("TEST_DATABASE_URL", "")).scheme
    return {"instances": instances, "database": scheme or "sqlite",
            "telegram_max_rate": max_rate, "kill": kill,
            "wall_s": round(wall, 2), "updates_per_s": round(len(lat) / wall, 1),
            "request_p50_ms": round(percentile(req, 50) * 1000, 1),
            "request_p99_ms": round(percentile(req, 99) * 1000, 1),
            "delivery_p50_ms": round(percentile(lat, 50) * 1000, 1),
            "delivery_p99_ms": round(percentile(lat, 99) * 1000, 1), **verdict}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("throughput", "kill"))
    parser.add_argument("--users", type=int)
    parser.add_argument("--messages", type=int)
    parser.add_argument("--instances", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--max-rate", default="0")
    parser.add_argument("--database-url", default="",
                        help="shared database (e.g. postgresql://...); default a SQLite file")
    args = parser.parse_args()
    if args.database_url:
        os.environ["TEST_DATABASE_URL"] = args.database_url
    runs = []
    if args.mode == "throughput":
        for n in args.instances:
            runs.append(await one_run(n, args.users or 200, args.messages or 5, args.max_rate,
                                      kill=False))
            print(json.dumps(runs[-1]), flush=True)
    else:
        runs.append(await one_run(2, args.users or 1000, args.messages or 3, args.max_rate,
                                  kill=True))
        print(json.dumps(runs[-1]), flush=True)
    size = f"{runs[0]['users']}x{runs[0]['messages']}"
    out = ROOT / "bench" / "results" / f"{date.today()}-webhook-{args.mode}-{size}.json"
    out.write_text(json.dumps({"machine": machine(), "runs": runs}, indent=2) + "\n")
    print(f"written: {out.relative_to(ROOT)}")
    bad = [r for r in runs if r["lost"] or r["answered_twice"] or r["mixed"]
           or r["out_of_order_chats"]]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
