"""Blind sets: `python bench/blind.py [--failures]` scores faq/tests/blind/*.yaml (seventeen sets).

Each message goes through the whole engine as a new user, the way `python -m bot faq test` asks
faq/tests/real (bot.staff.real_sets): answered right / right entry suggested first / answered
wrong (a confident FAQ, redirect or calculation answer that is not the label; out of scope: a
FAQ answer) / the rest (fallback, menu, right entry not first). `also` (a second question in the
message) counts as reached when that entry is the answer or among the suggestions/alternatives.
`--failures` lists the DEV halves' misses only: the held-out halves are never listed. The second
set (dev-2 / heldout-2), the third (dev-3 / heldout-3), the fourth (dev-4 / heldout-4), the fifth
(dev-5 / heldout-5), the sixth (dev-6 / heldout-6, long stories), the seventh (dev-7 /
heldout-7, employers and workers about their employer), the eighth (dev-8 / heldout-8, informal
workers, clinic managers and heirs in voice, regional, forwarded and mixed forms), the ninth
(dev-9 / heldout-9, employers and HR staff, job changers, JP near retirement, JKP after layoffs,
BPU members, heirs, migrant workers; `who` adds hr), the tenth (dev-10 / heldout-10, clinic and
company managers, independent nurses and midwives, ojol drivers, farmers, fishers, traders,
retirees and heirs; several questions, buried questions, a fifth in English), the eleventh
(dev-11 / heldout-11, the same writers and migrant workers' households; a quarter English or
mixed), the twelfth (dev-12 / heldout-12, employers and managers: clinic and shop owners,
small-company HR, contractors, RT/village heads, foundations) and the English sets (en-dev /
en-heldout, en-dev-2 / en-heldout-2, en-dev-3 / en-heldout-3, en-dev-4 / en-heldout-4, en-dev-5 /
en-heldout-5) also label each message's writer (`who`), reported per half; the third to the
eleventh and the second to fifth English sets also its form (`form`:
voice, regional, caps, fragment, mixup...; slang, complaint, implicit, generic, front; mixed,
nonnative, buried, texting, vocab; forward, numbers).
`--only PART ...` scores the named halves only (dev halves while tuning; a held-out half named
there is scored for its figures only, as without --only: its misses are never listed).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.content.yamlsrc import LineDict, LineList, load_yaml  # noqa: E402
from bot.core.replies import Reply  # noqa: E402
from bot.core.settings import load_settings  # noqa: E402
from bot.staff.real_sets import RealCase, outcome  # noqa: E402

BLIND_DIR = ROOT / "faq" / "tests" / "blind"
PARTS = ("dev", "heldout", "dev-2", "heldout-2", "dev-3", "heldout-3", "dev-4", "heldout-4",
         "dev-5", "heldout-5", "dev-6", "heldout-6", "dev-7", "heldout-7", "dev-8", "heldout-8",
         "dev-9", "heldout-9", "dev-10", "heldout-10", "dev-11", "heldout-11",
         "dev-12", "heldout-12",
         "en-dev", "en-heldout", "en-dev-2", "en-heldout-2", "en-dev-3", "en-heldout-3",
         "en-dev-4", "en-heldout-4", "en-dev-5", "en-heldout-5")
DEV_PARTS = tuple(p for p in PARTS if "heldout" not in p)  # the halves one may tune on


@dataclass(frozen=True)
class Blind:
    question: str
    expect: str
    also: tuple[str, ...]
    style: str
    who: str = ""
    form: str = ""


@dataclass(frozen=True)
class Scored:
    case: Blind
    verdict: str  # right | suggested | wrong | other
    reached: str
    also_reached: int
    also_offered: int = 0  # also counting the answer's related-entry buttons (real sets' measure)
    taps: int = 0  # right entry: 1 answered or a button, 2 behind "🔎 Topik lain", 0 neither


def load(path: Path) -> list[Blind]:
    """The messages of one half (malformed items stop the run: the file is ours)."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    cases = []
    for item in data:
        assert isinstance(item, LineDict)
        also = item.get("also") or []
        cases.append(Blind(str(item["q"]), str(item["expect"]), tuple(map(str, also)),
                           str(item.get("style", "?")), str(item.get("who", "")),
                           str(item.get("form", ""))))
    return cases


def score(case: Blind, replies: list[Reply]) -> Scored:
    """The verdict on the engine's replies to one message."""
    got = outcome(RealCase(case.question, case.expect, "", 0, ""), replies)
    seen = set()
    for r in replies:
        seen |= {r.entry_id} | {i for i, _ in r.suggestions} | {i for i, _ in r.alternatives}
    taps = 1 if got.answered_right or case.expect in got.offered else \
        2 if case.expect in got.behind else 0
    return Scored(case, got.verdict, got.reached, sum(1 for a in case.also if a in seen),
                  sum(1 for a in case.also if a in got.offered), taps)


async def run(parts: tuple[str, ...], on: date) -> dict[str, list[Scored]]:
    from bot.app.composition import build_engine, close_engine
    from bot.console.ask import ask_two_taps

    settings = replace(load_settings(env={}, dotenv=ROOT / "absent.env"),
                       faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    engine = await build_engine(settings, on, db_path=":memory:")
    try:
        out = {}
        for part in parts:
            out[part] = [score(c, await ask_two_taps(engine, c.question))
                         for c in load(BLIND_DIR / f"{part}.yaml")]
        return out
    finally:
        await close_engine(engine)


def summary(part: str, rows: list[Scored]) -> str:
    n = len(rows)
    count = Counter(r.verdict for r in rows)
    oos = [r for r in rows if r.case.expect == "fallback" or r.case.expect.startswith("rujukan")]
    also_total = sum(len(r.case.also) for r in rows)
    asked = [r for r in rows if r.case.expect not in ("fallback", "calculation")]
    one = sum(r.taps == 1 for r in asked)
    two = one + sum(r.taps == 2 for r in asked)
    by_style = ", ".join(
        f"{s} {sum(r.verdict == 'right' for r in rows if r.case.style == s)}/"
        f"{sum(r.case.style == s for r in rows)}"
        for s in ("short", "typo", "story", "multi"))
    text = (f"{part}: {n} pesan; dijawab benar {count['right']} ({count['right'] / n:.1%}), "
            f"saran pertama {count['suggested']} ({count['suggested'] / n:.1%}), "
            f"dijawab salah {count['wrong']} ({count['wrong'] / n:.1%}), lainnya (fallback/"
            f"menu/saran lain) {count['other']} ({count['other'] / n:.1%}); di luar cakupan "
            f"benar {sum(r.verdict == 'right' for r in oos)}/{len(oos)}; also tercapai "
            f"{sum(r.also_reached for r in rows)}/{also_total} (dengan tombol entri terkait "
            f"{sum(r.also_offered for r in rows)}); entri benar sekali ketuk {one}/{len(asked)}, "
            f"dua ketuk {two}/{len(asked)}; benar per gaya: {by_style}")
    whos = sorted({r.case.who for r in rows if r.case.who})
    if whos:
        text += "; benar per penulis: " + ", ".join(
            f"{w} {sum(r.verdict == 'right' for r in rows if r.case.who == w)}/"
            f"{sum(r.case.who == w for r in rows)}" for w in whos)
    forms = sorted({r.case.form for r in rows if r.case.form})
    if forms:
        text += "; benar per bentuk: " + ", ".join(
            f"{f} {sum(r.verdict == 'right' for r in rows if r.case.form == f)}/"
            f"{sum(r.case.form == f for r in rows)}" for f in forms)
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the dev halves' misses")
    parser.add_argument("--dev-only", action="store_true", help="score the dev halves only")
    parser.add_argument("--only", nargs="+", choices=PARTS, metavar="PART",
                        help="score these halves only (held-out halves: figures only)")
    args = parser.parse_args()
    parts = tuple(args.only) if args.only else DEV_PARTS if args.dev_only else PARTS
    results = asyncio.run(run(parts, date.today()))
    if args.failures:
        for part in (p for p in DEV_PARTS if p in results):
            for r in results[part]:
                if r.verdict != "right":
                    print(f"{part:6} {r.verdict.upper():9} [{r.case.style}] "
                          f"{r.case.question[:110]!r} -> {r.reached} (want {r.case.expect})")
    for part, rows in results.items():
        print(summary(part, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
