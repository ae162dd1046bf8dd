"""Benchmark 4: cold start and resident memory.

- cold start (subprocess): wall time of a fresh `python -m bot ask "<question>" --as-of ...`
  process, from spawn to exit, i.e. interpreter start, imports, content load and index build,
  database open, first answer. All runs share one data directory: the first run starts with
  no caches there (a fresh machine) and writes the stem cache and compiled templates; the
  median is over the later runs (a restart). Both are reported.
- engine build (in-process): `build_engine()` time inside an already-started interpreter
  (imports done), plus the import time of `bot.telegram.app` (PTB included) measured in a
  fresh child.
- memory: a fresh child process builds the whole Telegram bot (`build_application`, engine,
  polling against the in-process fake Bot API) and reports RSS (psutil) when idle, after the
  checks a start leaves for the reloader's first tick (`ContentStore.verify`), then after
  N questions (labelled questions cycled, each from a different user so sessions and the
  question log grow) sent through `Engine.handle`.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import AS_OF, ROOT, bench_settings, median

QUESTION = "jht bisa cair kapan kalau resign"


def cold_start(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {"BOT_DB_PATH": str(Path(tmp) / "bot.sqlite3"), "PATH": "/usr/bin:/bin"}
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "bot", "ask", QUESTION, "--as-of",
                                   AS_OF.isoformat()], cwd=ROOT, env=env, capture_output=True,
                                  text=True, timeout=60)
            times.append(time.perf_counter() - t0)
            assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr
    return times


def child(questions: int) -> dict[str, float]:
    """Runs in a fresh interpreter (see `_spawn`)."""
    t0 = time.perf_counter()
    import psutil

    from bench.tg import Counter, start, stop
    from bot.app.composition import build_engine
    from bot.telegram.app import build_application
    from tests.telegram.fake_bot_api import FakeBotAPI

    imports_s = time.perf_counter() - t0
    proc = psutil.Process()
    out: dict[str, float] = {"imports_s": round(imports_s, 3)}

    async def main() -> None:
        from bench.throughput import _questions
        from bot.core.replies import Event

        qs = _questions()
        with tempfile.TemporaryDirectory() as tmp:
            settings = bench_settings(Path(tmp) / "bot.sqlite3")
            t1 = time.perf_counter()
            engine = await build_engine(settings, as_of=AS_OF)
            out["engine_build_s"] = round(time.perf_counter() - t1, 3)
            await engine.db.close()
            # Only the build time was wanted: the bot never holds a second engine, so this
            # one must not count in the memory figures below.
            del engine
            gc.collect()
            fake = FakeBotAPI()

            async def factory(s):
                return await build_engine(s, as_of=AS_OF)

            app = build_application(settings, factory, request=fake.request(),
                                    get_updates_request=fake.request(),
                                    base_url=fake.base_url)
            await start(app, Counter())
            await asyncio.sleep(0.5)
            out["rss_idle_mb"] = round(proc.memory_info().rss / 2**20, 1)
            core = app.bot_data["adapter"].core
            # The checks a start leaves for the first tick (render every answer, build the
            # English index), as the reloader runs them: the idle figure after them.
            await asyncio.to_thread(core.store.verify)
            await asyncio.sleep(0.5)
            out["rss_checked_mb"] = round(proc.memory_info().rss / 2**20, 1)
            t2 = time.perf_counter()
            for i in range(questions):
                await core.handle(Event(str(10_000 + i), "telegram", text=qs[i % len(qs)]))
            out["questions"] = questions
            out["questions_per_s"] = round(questions / (time.perf_counter() - t2), 1)
            out["rss_after_mb"] = round(proc.memory_info().rss / 2**20, 1)
            await stop(app)

    asyncio.run(main())
    return out


def _spawn(questions: int) -> dict[str, float]:
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import json; "
            f"from bench.resources import child; print(json.dumps(child({questions})))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> dict[str, object]:
    starts = cold_start(4 if quick else 8)
    mem = _spawn(1000 if quick else 10_000)
    return {"cold_start_runs_s": [round(t, 3) for t in starts],
            "cold_start_first_s": round(starts[0], 3),
            "cold_start_median_s": round(median(starts[1:]), 3), **mem}


def table(result: dict[str, object]) -> list[str]:
    r = result
    return ["| first start (no caches) | cold start (median, caches on disk) | imports (PTB+bot) "
            "| engine build (no caches) | RSS idle | RSS idle after the first tick's checks "
            "| RSS after N questions | N | questions/s (engine) |",
            "|---|---|---|---|---|---|---|---|---|",
            f"| {r.get('cold_start_first_s', '-')} s | {r['cold_start_median_s']} s "
            f"| {r['imports_s']} s | {r['engine_build_s']} s | "
            f"{r['rss_idle_mb']} MB | {r.get('rss_checked_mb', '-')} MB | {r['rss_after_mb']} MB "
            f"| {r['questions']} | {r['questions_per_s']} |"]
