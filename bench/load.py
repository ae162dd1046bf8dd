"""Benchmark 5: many users registering at once through the Telegram path, bot restarted once.

N simulated users each run the whole BPU pre-registration conversation (/daftar, consent
press, name, NIK, birth date, phone, occupation press, location, income, programs press, confirm
press) through the fake Bot API and the real PTB polling loop, all interleaved: every user
sends its next message as soon as its previous one was handled. When half of all steps have
been handled, the Application is stopped (updates already fetched are finished first, as in a
real shutdown) and a new one is built on the same SQLite file; users keep sending meanwhile.
Each user has a unique name and a valid NIK that encodes the birth date.

Counted from the database afterwards: completed (a stored pre-registration for the user's
chat with exactly that user's name and NIK), lost (the user's conversation did not finish in
time or nothing was stored) and mixed (a stored record for one user's chat holds another
user's name or NIK). The rate limiter is switched off (see README): with it, 11,000 messages
at Telegram's 30/s would take six minutes without exercising anything more.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import AS_OF, bench_settings
from bench.tg import Counter, start, stop
from bot.app.composition import build_engine
from bot.storage.database import open_database
from bot.storage.registrations import RegistrationStore
from bot.telegram import app as telegram_app
from bot.telegram.app import build_application
from tests.telegram.fake_bot_api import FakeBotAPI

SYLLABLES = ["ba", "di", "ka", "ri", "su", "to", "ma", "ni", "wa", "ti", "ra", "no", "ya",
             "li", "se", "pu", "go", "he", "ju", "ce"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def person(i: int) -> dict[str, str]:
    """A unique, valid identity: name without digits, NIK encoding the birth date."""
    a, b, c = i % 20, (i // 20) % 20, (i // 400) % 20
    name = f"{SYLLABLES[a].title()}{SYLLABLES[b]}{SYLLABLES[c]} Santoso"
    born = date(1980, 1, 1) + timedelta(days=i * 7 % 9000)
    nik = f"327301{born.day + 40:02d}{born.month:02d}{born.year % 100:02d}{i + 1:04d}"
    return {"name": name, "nik": nik,
            "dob": f"{born.day} {MONTHS[born.month - 1]} {born.year}",
            "phone": f"0812{i:08d}"}


def steps(p: dict[str, str]) -> list[tuple[str, str]]:
    return [("text", "/daftar"), ("press", "reg:consent:yes"), ("text", p["name"]),
            ("text", p["nik"]), ("text", p["dob"]), ("text", p["phone"]),
            ("press", "reg:occ:pedagang"), ("text", "Kota Bandung"), ("text", "2,5 juta"),
            ("press", "reg:prog:basic"), ("press", "reg:confirm")]


async def _unlimited(self, callback, args, kwargs, endpoint, data, rate_limit_args):
    return await callback(*args, **kwargs)


async def _pinned(settings):
    return await build_engine(settings, as_of=AS_OF)


async def scenario(users: int, timeout: float) -> dict[str, object]:
    fake = FakeBotAPI(max_poll_wait=0.2)
    with tempfile.TemporaryDirectory() as tmp:
        settings = bench_settings(Path(tmp) / "bot.sqlite3")
        counter = Counter()
        waiters: dict[int, asyncio.Future[None]] = {}

        async def mark(update, context=None):
            await counter.mark(update, context)
            fut = waiters.pop(update.update_id, None)
            if fut is not None and not fut.done():
                fut.set_result(None)

        counter_mark = mark

        def new_app():
            app = build_application(settings, _pinned, request=fake.request(),
                                    get_updates_request=fake.request(), base_url=fake.base_url)
            return app

        class _C(Counter):
            # the bot's path reports `(update)` alone (tests/telegram/harness.after_each_update)
            async def mark(self, update, context=None):  # type: ignore[override]
                await counter_mark(update, context)

        app = await start(new_app(), _C())
        people = [person(i) for i in range(users)]
        total_steps = sum(len(steps(p)) for p in people)
        handled = 0
        restart_at = total_steps // 2
        restarted = asyncio.Event()
        finished: set[int] = set()
        loop = asyncio.get_running_loop()

        async def user(i: int) -> None:
            nonlocal handled
            uid = 50_000 + i
            for kind, value in steps(people[i]):
                if kind == "text":
                    update = fake.text(uid, value, first_name=people[i]["name"].split()[0])
                else:
                    last = next(m for (chat, _), m in reversed(fake.messages.items())
                                if chat == uid and m.get("from", {}).get("id") == fake.bot_id)
                    update = fake.press(uid, last, value)
                fut = loop.create_future()
                waiters[update["update_id"]] = fut
                if update["update_id"] in counter.done:
                    fut.set_result(None)
                await fut
                handled += 1
                if handled == restart_at:
                    restarted.set()
            finished.add(i)

        t0 = time.perf_counter()
        tasks = [asyncio.create_task(user(i)) for i in range(users)]
        await asyncio.wait_for(restarted.wait(), timeout)
        t_restart = time.perf_counter()
        await stop(app)
        app = await start(new_app(), _C())
        restart_s = time.perf_counter() - t_restart
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        elapsed = time.perf_counter() - t0
        await stop(app)

        db = await open_database(settings.bot_db_path)
        try:
            stored = await RegistrationStore(db).all()
        finally:
            await db.close()
    by_owner: dict[str, list] = {}
    for reg in stored:
        by_owner.setdefault(reg.owner_key, []).append(reg)
    completed = lost = mixed = 0
    names = {p["name"]: i for i, p in enumerate(people)}
    niks = {p["nik"]: i for i, p in enumerate(people)}
    for i, p in enumerate(people):
        regs = by_owner.get(f"telegram:{50_000 + i}", [])
        if any(names.get(r.full_name, i) != i or niks.get(r.nik, i) != i for r in regs):
            mixed += 1
        elif len(regs) == 1 and regs[0].full_name == p["name"] and regs[0].nik == p["nik"]:
            completed += 1
        else:
            lost += 1
    return {"users": users, "updates": total_steps, "completed": completed, "lost": lost,
            "mixed": mixed, "stored_rows": len(stored), "unfinished_conversations":
            users - len(finished), "seconds": round(elapsed, 1),
            "updates_per_s": round(total_steps / elapsed, 1),
            "restart_s": round(restart_s, 2), "api_unknown": list(fake.unknown)}


def run(quick: bool = False) -> dict[str, object]:
    original = telegram_app.RetryingRateLimiter.process_request
    telegram_app.RetryingRateLimiter.process_request = _unlimited  # type: ignore[method-assign]
    try:
        return asyncio.run(scenario(100 if quick else 1000, timeout=60 if quick else 600))
    finally:
        telegram_app.RetryingRateLimiter.process_request = original  # type: ignore[method-assign]


def table(result: dict[str, object]) -> list[str]:
    r = result
    return ["| users | updates | completed | lost | mixed | seconds | updates/s | restart s |",
            "|---|---|---|---|---|---|---|---|",
            f"| {r['users']} | {r['updates']} | {r['completed']} | {r['lost']} | {r['mixed']} "
            f"| {r['seconds']} | {r['updates_per_s']} | {r['restart_s']} |"]
