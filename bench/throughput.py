"""Benchmark 3: end-to-end updates/second through PTB's real polling loop (fake Bot API).

Each run: a fresh FakeBotAPI, the application started exactly as `run_polling` would (the
harness in tests/telegram_harness.py does the same), N text updates from many users queued, and
the clock runs from queueing until the last update has passed every handler group. Systems:
- `echo`: minimal PTB echo bot (reply_text), no rate limiter: what PTB + httpx cost alone.
- `echo-limited`: the same echo bot with the assistant's rate limiter (AIORateLimiter
  subclass, 30 requests/s overall, as Telegram allows for bulk messages).
- `assistant-faq`: the real bot (`build_application`, real engine, SQLite file) on FAQ
  questions from the labelled set.
- `assistant-faq-nolimit`: the same with the rate limiter bypassed: the bot's CPU ceiling.
- `assistant-mix`: FAQ questions, calculations ("gaji 5 juta iuran jht berapa") and
  registration starts (/daftar + consent press) from many users.
"""

from __future__ import annotations

import asyncio
import itertools
import tempfile
import time
from pathlib import Path

from bench.common import FAQ_DIR, bench_settings, median
from bench.tg import Counter, echo_app, start, stop
from bot.app.composition import build_engine
from bot.content.faqbase import load_faq
from bot.staff.regression import load_labelled
from bot.telegram.app import build_application
from tests.telegram.fake_bot_api import FakeBotAPI

CALCS = ["gaji 5 juta iuran jht berapa", "iuran bpu penghasilan 2 juta berapa",
         "gaji 8jt potongan bpjs tk berapa", "jkm bpu 3 juta berapa sebulan"]


def _questions() -> list[str]:
    faq = load_faq(FAQ_DIR)
    cases, _ = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    return [c.question for c in cases if c.expect not in ("fallback", "smalltalk")]


async def _pinned(settings):
    from bench.common import AS_OF
    return await build_engine(settings, as_of=AS_OF)


async def _run(kind: str, n: int, users: int, questions: list[str]) -> float:
    if kind.endswith("-nolimit"):
        from bench.load import _unlimited
        from bot.telegram import app as telegram_app
        original = telegram_app.RetryingRateLimiter.process_request
        telegram_app.RetryingRateLimiter.process_request = _unlimited  # type: ignore
        try:
            return await _run(kind.removesuffix("-nolimit"), n, users, questions)
        finally:
            telegram_app.RetryingRateLimiter.process_request = original  # type: ignore
    fake = FakeBotAPI()
    counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        if kind.startswith("echo"):
            app = echo_app(fake, rate_limited=kind == "echo-limited")
        else:
            settings = bench_settings(Path(tmp) / "bot.sqlite3")
            app = build_application(settings, _pinned, request=fake.request(),
                                    get_updates_request=fake.request(),
                                    base_url=fake.base_url)
        await start(app, counter)
        try:
            q = itertools.cycle(questions)
            c = itertools.cycle(CALCS)
            t0 = time.perf_counter()
            pushed = 0
            for i in range(n):
                user = 1000 + i % users
                if kind == "assistant-mix" and i % 10 == 7:
                    fake.text(user, next(c))
                elif kind == "assistant-mix" and i % 10 == 9:
                    fake.text(user, "/daftar")
                else:
                    fake.text(user, next(q))
                pushed += 1
            await counter.wait(pushed, timeout=max(120.0, n))
            elapsed = time.perf_counter() - t0
            assert not fake.unknown, fake.unknown
        finally:
            await stop(app)
    return n / elapsed


def run(quick: bool = False) -> dict[str, object]:
    questions = _questions()
    repeats = 1 if quick else 3
    plans = {"echo": 300 if quick else 2000, "echo-limited": 60 if quick else 300,
             "assistant-faq": 60 if quick else 300,
             "assistant-faq-nolimit": 100 if quick else 1000, "assistant-mix": 60 if quick else 300}
    out: dict[str, object] = {}
    for kind, n in plans.items():
        rates = [asyncio.run(_run(kind, n, 200, questions)) for _ in range(repeats)]
        out[kind] = {"updates": n, "runs": [round(r, 1) for r in rates],
                     "median_per_s": round(median(rates), 1)}
    faq = out["assistant-faq"]["median_per_s"]  # type: ignore[index]
    out["ratio_vs_echo"] = round(faq / out["echo"]["median_per_s"], 3)  # type: ignore[index]
    out["ratio_vs_echo_limited"] = round(
        faq / out["echo-limited"]["median_per_s"], 3)  # type: ignore[index]
    out["ratio_nolimit_vs_echo"] = round(out["assistant-faq-nolimit"]["median_per_s"]  # type: ignore[index]
                                         / out["echo"]["median_per_s"], 3)  # type: ignore[index]
    return out


def table(result: dict[str, object]) -> list[str]:
    lines = ["| system | updates | updates/s (median) | runs |", "|---|---|---|---|"]
    for kind in ("echo", "echo-limited", "assistant-faq", "assistant-faq-nolimit",
                 "assistant-mix"):
        r = result[kind]
        lines.append(f"| {kind} | {r['updates']} | {r['median_per_s']} | {r['runs']} |")
    lines.append("")
    lines.append(f"assistant-faq / echo = {result['ratio_vs_echo']}; "
                 f"assistant-faq / echo-limited = {result['ratio_vs_echo_limited']}")
    return lines
