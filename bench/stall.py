"""One stalled chat must not slow the others (issue 15, F4).

The real application polls the fake Bot API. Other users each send one FAQ question, open loop
at a fixed rate (under Telegram's 30 msg/s, so the rate limiter does not dominate); latency is
from the update being queued to the bot's sendMessage to that chat being answered. Run twice:
with one chat that keeps writing (1 message/s) answered normally, and with every send to that
chat taking 5 s; everything else is identical. Target:
others' p99 with the stall <= 1.2 x without.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import AS_OF, bench_settings, median, percentile
from bot.app.composition import build_engine
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.harness import BotHarness

STALLED = 5_000
STALL_SECONDS = 5.0
QUESTIONS = ["apa itu jht", "santunan jkm berapa", "jht cair berapa lama kalau resign",
             "gaji 5 juta potong berapa", "cara daftar bpu", "iuran jkk berapa persen"]


async def _run(stalled: bool, count: int, rate: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = bench_settings(Path(tmp) / "bot.sqlite3")
        fake = FakeBotAPI()
        factory = lambda s: build_engine(s, as_of=AS_OF)  # noqa: E731
        async with BotHarness(settings, fake, factory, timeout=120.0) as bot:
            await bot.say(STALLED, "/start")  # the stalled chat exists
            warm = [fake.text(9_000 + i, q) for i, q in enumerate(QUESTIONS * 5)]
            await bot.process_all(warm)  # caches and code paths warm in both runs alike
            if stalled:
                fake.delays[("sendMessage", STALLED)] = STALL_SECONDS
            pushed: dict[int, float] = {}
            updates = []
            for i in range(count):
                if i % int(rate) == 0:  # the same traffic in both runs; only the stall differs
                    fake.text(STALLED, "halo masih di sana?")
                user = 10_000 + i
                pushed[user] = time.monotonic()
                updates.append(fake.text(user, QUESTIONS[i % len(QUESTIONS)]))
                await asyncio.sleep(1 / rate)
            await bot.process_all(updates)
            answered = {}
            for call in fake.calls:
                chat = call.params.get("chat_id")
                if call.method == "sendMessage" and call.ok and chat in pushed:
                    answered.setdefault(chat, call.at)
            latencies = [(answered[u] - t) * 1000 for u, t in pushed.items()]
            fake.delays.clear()
    return {"p50_ms": round(median(latencies), 1), "p99_ms": round(percentile(latencies, 99), 1),
            "max_ms": round(max(latencies), 1), "answered": len(answered), "sent": count}


def run(quick: bool = False) -> dict[str, object]:
    count, rate = (120, 12.0) if quick else (400, 20.0)
    base = asyncio.run(_run(False, count, rate))
    stall = asyncio.run(_run(True, count, rate))
    ratio = round(stall["p99_ms"] / max(base["p99_ms"], 0.1), 2)
    return {"messages": count, "rate_per_s": rate, "stall_s": STALL_SECONDS,
            "unstalled": base, "stalled": stall, "p99_ratio": ratio}


def table(result: dict[str, object]) -> list[str]:
    rows = ["| run | p50 ms | p99 ms | max ms | answered |", "|---|---|---|---|---|"]
    for name in ("unstalled", "stalled"):
        r = result[name]
        rows.append(f"| {name} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | "  # type: ignore[index]
                    f"{r['answered']}/{r['sent']} |")  # type: ignore[index]
    rows.append(f"\nothers' p99 ratio (stalled / unstalled): **{result['p99_ratio']}** "
                f"(target <= 1.2)")
    return rows
