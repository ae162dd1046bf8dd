"""Blind calculation sets: `python bench/calc_blind.py [--set 1..14] [--failures]` scores them.

Each message is read as in tests/calc/test_labelled_calc.py (as of 2026-11-30) and asked of a
fresh engine. An item is right when the reader's kind is the label (`ask` = a question back: a
problem, or a piece the calculator asks for first, `CalcRequest.missing`; `none` = no
calculation answer; a minimum wage whose figure the calculator cannot use, e.g. an
unconfirmed UMK, is asked too) and, when a `figure` is labelled (one value or a list of
acceptable ones), an amount in the reply's first line is within Rp1 of it. `--failures` lists
the DEV half's misses only: the held-out half is never listed. `--set 2` scores the second set
(dev-2.yaml / heldout-2.yaml, written by make2.py), `--set 3` the third (make3.py), `--set 4`
the fourth (make4.py: people-typed, split stratified by label), `--set 5` the fifth (make5.py:
payroll, BPU and domestic workers, benefits, day/week/year wages, non-calculations with numbers,
and multi-turn follow-ups: an item with `before` sends those messages first in the same chat and
is scored on the last reply alone: kind = the label when it is a calculation, else `none`),
`--set 6` the sixth (make6.py: Telegram-typed stories, slang amounts, several people,
informal benefit estimates, follow-ups after a result, numbers in FAQ questions), `--set 7`
the seventh (make7.py: typos and slang amounts, ages and dates that are not periods, several
people or wages in one message, employer head-counts inside a calculation, follow-ups, numbers
in FAQ questions), `--set 8` the eighth (make8.py: run-on voice-note text, "-an" amounts,
ranges and approximations, wages per day / week / hour, THR / overtime beside the wage, net vs
gross, spouses, a calculation with an FAQ question, numbers in words, both decimal conventions,
BPU by trade, benefits for heirs, JP from ages, several wage levels), `--set 9` the ninth
(make9.py, dated 2026-12-02: mixed wage groups and branches in one payroll, daily / weekly /
monthly and part-time workers, allowances, amounts as rb / k / jt / words, expats, BPU by chosen
bracket, heirs' stories, JHT / JP / JKP, fines, payslip checks, asks), `--set 10` the tenth
(make10.py, dated 2026-12-02: every kind written the way different people would, with varied
word orders, number formats, periods, question placement, run-ons, typos and extra numbers),
`--set 11` the eleventh (make11.py, dated 2026-12-02: durations and dates typed many ways, birth
years and ages, money in words and odd formats, amounts without a unit, JP from years and months,
loose answers to the bot's questions back), `--set 12` the twelfth (make12.py, dated 2026-12-02:
deductions checked per program, wages relative to the minimum wage, BPU arrears, employer totals
for named wages, STMB / JKM / scholarship / JP / JKP amounts, answers to the bot's questions),
`--set 13` the thirteenth (make13.py, dated 2026-12-02, figures read from faq/rates.yaml: STMB
steps, JKM + scholarship, partial JHT, JP, JKP by month, mixed payrolls, BPU programmes, two
calculations), `--set 14` the fourteenth (make14.py, dated 2026-12-02: UMK / UMP of other
places, Jakon contract values, BPU months across the discount's end, informal workers by trade,
clinics and shops, partial disability, dates and durations, numbers typed many ways).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.app.composition import build_engine, close_engine  # noqa: E402
from bot.calc import minimum_wage  # noqa: E402
from bot.console.ask import ask, summarize  # noqa: E402
from bot.core.engine import Ctx  # noqa: E402
from bot.core.replies import Event, Reply  # noqa: E402
from bot.core.settings import load_settings  # noqa: E402
from bot.understand.reader import read  # noqa: E402

SET_DIR = ROOT / "faq" / "tests" / "calc-blind"
AS_OF = date(2026, 11, 30)
# the date each set is written as of (sets 1-8: 2026-11-30)
SET_AS_OF = {"9": date(2026, 12, 2), "10": date(2026, 12, 2), "11": date(2026, 12, 2),
             "12": date(2026, 12, 2), "13": date(2026, 12, 2), "14": date(2026, 12, 2)}
AMOUNT = re.compile(r"(?:Rp|IDR)\s?(\d{1,3}(?:[.,]\d{3})+|\d+)")


def reader_kind(text: str, cues, lang: str, ctx: Ctx | None = None,
                as_of: date = AS_OF) -> str:
    req = read(text, cues, as_of, lang)
    if req is None or req.kind == "not_calc":
        return "none"
    if ctx is not None and not req.problem:
        # a minimum wage named whose figure is not usable (UMK unconfirmed, a city without
        # one): the calculator asks for the wage, as bot/calc/feature.py does
        _, req.problem = minimum_wage.apply(ctx, req, req.month_date() or as_of)
    # a question back: a problem, or a piece the calculator asks for before computing
    # (PU or BPU, the wage, the years, the months late), as bot/calc/feature.py does
    return "ask" if req.problem or req.missing() else req.kind


def amounts(line: str) -> list[Decimal]:
    return [Decimal(re.sub(r"[.,]", "", m)) for m in AMOUNT.findall(line)]


def verdict(item: dict, got: str, reply: dict) -> str:
    """right, or why not."""
    kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
    if got not in kinds:
        return f"kind {got}"
    if got == "none":
        return "calculated" if reply["kind"] == "calculation" else "right"
    if reply["kind"] != "calculation":
        return f"reply {reply['kind']}"
    if "figure" in item and got not in ("ask", "none"):
        want = item["figure"] if isinstance(item["figure"], list) else [item["figure"]]
        first = next((ln for ln in reply["text"].splitlines() if ln.strip()), "")
        if not any(abs(a - Decimal(str(w))) <= 1 for a in amounts(first) for w in want):
            return "figure"
    return "right"


async def converse(engine, item: dict, n: int) -> list[Reply]:
    """The item's earlier messages, then its last one, from one user (a follow-up)."""
    user = f"calc-blind-{n}"
    for text in item["before"]:
        await engine.handle(Event(user, "ask", text=text))
    return await engine.handle(Event(user, "ask", text=item["q"]))


def followup_kind(item: dict, reply: dict) -> str:
    """A follow-up's kind from its reply: the label's calculation kind when it calculated."""
    kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
    calc = next((k for k in kinds if k != "none"), "contribution")
    return calc if reply["kind"] == "calculation" else "none"


async def score(part: str, settings, as_of: date = AS_OF) -> list[tuple[dict, str, str]]:
    items = yaml.safe_load((SET_DIR / f"{part}.yaml").read_text(encoding="utf-8"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        engine = await build_engine(replace(settings, bot_db_path=Path(tmp) / "b.sqlite3"),
                                    as_of=as_of)
        try:
            cues = engine.store.current.cues  # as the bot reads (texted words written out)
            for n, item in enumerate(items):
                if item.get("before"):
                    reply = summarize(item["q"], await converse(engine, item, n))
                    got = followup_kind(item, reply)
                    out.append((item, verdict(item, got, reply), reply["text"]))
                    continue
                ctx = Ctx(Event("0", "bench"), engine, lang=item.get("lang", "id"))
                got = reader_kind(item["q"], cues, item.get("lang", "id"), ctx, as_of)
                reply = summarize(item["q"], await ask(engine, item["q"]))
                out.append((item, verdict(item, got, reply), reply["text"]))
        finally:
            await close_engine(engine)
    return out


def label(item: dict) -> str:
    kind = item["kind"]
    return kind[0] if isinstance(kind, list) else kind


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--failures", action="store_true", help="list the dev half's misses")
    parser.add_argument("--part", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--set", choices=tuple(str(n) for n in range(1, 15)), default="1",
                        help="which blind set")
    args = parser.parse_args()
    suffix = "" if args.set == "1" else f"-{args.set}"
    settings = load_settings(env={}, dotenv=Path("/nonexistent.env"))
    settings = replace(settings, faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    for part in (("dev", "heldout") if args.part == "both" else (args.part,)):
        rows = await score(part + suffix, settings, SET_AS_OF.get(args.set, AS_OF))
        right = sum(v == "right" for _, v, _ in rows)
        by_kind: Counter = Counter()
        ok_kind: Counter = Counter()
        for item, v, _ in rows:
            by_kind[label(item)] += 1
            ok_kind[label(item)] += v == "right"
        print(f"{part}{suffix}: {right}/{len(rows)} right ({100 * right / len(rows):.1f}%)  "
              + ", ".join(f"{k} {ok_kind[k]}/{n}" for k, n in sorted(by_kind.items())))
        if args.failures and part == "dev":
            for item, v, text in rows:
                if v != "right":
                    first = next((ln for ln in text.splitlines() if ln.strip()), "")
                    before = " / ".join(item.get("before", ()))
                    said = f"{before} -> " if before else ""
                    print(f"  [{v}] {said}{item['q']!r} want {item['kind']} {item.get('figure')}"
                          f" | {first[:110]}")


if __name__ == "__main__":
    asyncio.run(main())
