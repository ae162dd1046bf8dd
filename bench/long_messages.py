"""Long and adversarial messages: `python bench/long_messages.py [--repeat N]`.

Each message (up to Telegram's 4096 characters) is asked of the whole engine through
`bot.console.ask` (a fresh user each, so no conversation state), and its wall time printed:
the slowest is what one hostile or pasted message costs the event loop. The shapes aim at the
regular expressions and the per-amount / per-clause loops (lists of amounts, spaced digits,
joining words, texted words, emoji). Nothing is asserted: compare runs (bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.app.composition import build_engine, close_engine  # noqa: E402
from bot.console.ask import ask  # noqa: E402
from bot.core.settings import PROJECT_ROOT, load_settings  # noqa: E402

N = 4096  # Telegram's limit for one text message
SHAPES = {
    "spaces then lalu": "a" + " " * (N - 10) + " lalu",
    "tabs and newlines": "jht \t\n " * 600,
    "spaced digits after gaji": "iuran berapa gaji " + "123 " * 1100,
    "spaced digits after rp": "rp " + "123 " * 1100,
    "one long gaji word": "gaji" + "i" * (N - 10) + " 5jt",
    "comma list 1, 1, ... jt": "1, " * 1364 + "jt",
    "dan list 1 dan 1 ... jt": "1 dan " * 682 + "jt",
    "digits and commas 1,1,1": "1," * 2048,
    "digits and dots 1.1.1": "1." * 2048,
    "digits only": "1" * N,
    "deductions by program": "berapa potongan " + "jht 80rb jp 40rb " * 250,
    "wages": "iuran berapa " + "gaji 5jt " * 450,
    "yearly wages": "iuran berapa gaji " + "5jt setahun naik " * 250,
    "umr places": "iuran berapa gaji umr " + "jawa barat " * 380,
    "texted words": "iuran berapa " + "dnd tlt byr jmnn kclkn " * 180,
    "doubled letters": "teruss bisaa jhtnyaa " * 200,
    "questions": "jht cair kapan? " * 260,
    "bulan lalu": "iuran berapa " + "bulan lalu " * 370,
    "range or": "iuran berapa gaji " + "4 atau 5 juta " * 290,
    "one long word": "a" * N,
    "rp rp rp": "Rp" * 2048,
    "jt jt jt": "jt" * 2048,
    "5jt5jt5jt": "5jt" * 1365,
    "emoji": "\U0001F621" * N,
    "mixed scripts": "gaji 5jt \u0627\u0644\u0623\u062c\u0631 \u5de5\u8d44 "
                     "\u0437\u0430\u0440\u043f\u043b\u0430\u0442\u0430 " * 130,
}


async def run(repeat: int) -> list[tuple[str, float, str]]:
    """(shape, median seconds, reply kind) of each shape."""
    with tempfile.TemporaryDirectory() as tmp:
        base = load_settings(env={}, dotenv=Path(tmp) / "absent.env")
        settings = replace(base, bot_db_path=Path(tmp) / "bench.sqlite3", database_url="",
                           faq_dir=PROJECT_ROOT / "faq", templates_dir=PROJECT_ROOT / "templates")
        engine = await build_engine(settings, as_of=date(2026, 11, 30))
        try:
            await ask(engine, "halo")  # the first message builds lazy indexes
            rows = []
            for name, text in SHAPES.items():
                text = text[:N]
                times, kind = [], ""
                for i in range(repeat):
                    # a different tail each time: the token caches do not answer a repeat
                    probe = text[: N - 4] + f" {i:03d}"
                    start = time.perf_counter()
                    replies = await ask(engine, probe)
                    times.append(time.perf_counter() - start)
                    kind = replies[0].kind if replies else "none"
                rows.append((name, statistics.median(times), kind))
            return rows
        finally:
            await close_engine(engine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = asyncio.run(run(args.repeat))
    print("| message (4096 chars) | median s | reply |\n|---|---|---|")
    for name, seconds, kind in sorted(rows, key=lambda r: -r[1]):
        print(f"| {name} | {seconds:.3f} | {kind} |")


if __name__ == "__main__":
    main()
