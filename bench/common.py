"""Shared helpers for the benchmarks: paths, settings, timing statistics, machine facts."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/, not the root, on the path
    sys.path.insert(0, str(ROOT))

from bot.core.settings import Settings, load_settings  # noqa: E402

FAQ_DIR = ROOT / "faq"
TEMPLATES_DIR = ROOT / "templates"
AS_OF = date(2026, 11, 24)  # the same pinned date as the test suite: figures are stable


def bench_settings(db_path: Path) -> Settings:
    base = load_settings(env={}, dotenv=db_path.parent / "absent.env")
    return replace(base, bot_db_path=db_path, faq_dir=FAQ_DIR, templates_dir=TEMPLATES_DIR,
                   telegram_bot_token="123456:TEST-token", bot_username="bpjstk_test_bot",
                   reload_check_seconds=3600.0,
                   flood_max_messages=0)  # load generators write faster than any person


def clear_match_caches(matcher: Any) -> None:
    """Empty a matcher's per-text caches, so that the next pass measures matching cold."""
    matcher._correct.cache_clear()
    matcher.normalizer.tokens.cache_clear()
    if matcher.normalizer.repair is not None:  # per-word chat endings and letter swaps
        matcher.normalizer.repair.cache_clear()
    matcher._facet_groups.clear()


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0-100) of a non-empty list."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_total = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_total = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem_total,
            "python": platform.python_version(), "platform": platform.platform(),
            "load_at_start": load_average()}


class Timer:
    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start
