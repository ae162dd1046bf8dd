"""Answer or ask back: fit a decision on the TUNING data only (bench/README.md).

`python bench/decide.py log` runs every tuning question (faq/tests/*.yaml, faq/tests/en, real/tune,
the blind dev halves; never a held-out file) and writes, for each answer and each "did you mean"
the matcher gives, the facts it had at that moment (bot/understand/decision.py) and whether the
entry was right (bench/results/decide-features.jsonl).
`python bench/decide.py fit [--sweep]` compares, with leave-one-set-out cross-validation, logistic
models over those facts (demoting answers, and promoting suggestions), the floor for the main
question of several and (--sweep, minutes) a grid of the matcher's score thresholds; objective
right - 2 x wrong, within labelled answered right >= 95%, real/tune's floor and no out-of-scope
answer. Needs numpy (the bench extra).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.blind import DEV_PARTS  # noqa: E402
from bot.understand import decision  # noqa: E402

FEATURES_FILE = ROOT / "bench" / "results" / "decide-features.jsonl"
DELEAK_FILE = ROOT / "bench" / "results" / "decide-features-deleak.jsonl"
TESTS = ROOT / "faq" / "tests"
# Groups for leave-one-set-out cross-validation, in the order duplicates are kept.
ENGINE_SETS: dict[str, str | None] = {"real-tune": None, **{p: p for p in DEV_PARTS}}


async def _engine_rows(events: list, entry_ids: set[str], deleak: bool = False) -> list[dict]:
    """real/tune and the blind dev halves through the whole engine, each as a new user; with
    `deleak`, each asked on content without the phrasings written from it (bench/deleak.py; the
    labelled sets stay as they are: they are the floors `faq test` enforces)."""
    from bench.blind import BLIND_DIR
    from bench.blind import load as load_blind
    from bench.deleak import blind_deleaked, clean_content, deleaked, phrasing_times
    from bot.app.composition import build_engine, close_engine
    from bot.console.ask import ask
    from bot.core.settings import load_settings
    from bot.staff.real_sets import load_part, main_reply

    settings = replace(load_settings(env={}, dotenv=ROOT / "absent.env"),
                       faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    engine = await build_engine(settings, date.today(), db_path=":memory:")
    content = engine.store.current
    times = phrasing_times(ROOT / "faq") if deleak else {}
    rows = []
    try:
        for group, part in ENGINE_SETS.items():
            if part is None:
                cases = [(c.question, c.expect, drop)
                         for c, drop in deleaked(content.faq, content.matcher)] if deleak else [
                    (c.question, c.expect, frozenset())
                    for c in load_part(TESTS / "real" / "tune", entry_ids)[0]]
            elif deleak:
                cases = [(c.question, c.expect, drop) for c, drop in blind_deleaked(
                    BLIND_DIR / f"{part}.yaml", content.faq, content.matcher, times)]
            else:
                cases = [(c.question, c.expect, frozenset())
                         for c in load_blind(BLIND_DIR / f"{part}.yaml")]
            for question, expect, drop in cases:
                events.clear()
                engine.store.current = clean_content(content, drop) if drop else content
                try:
                    main = main_reply(await ask(engine, question))
                finally:
                    engine.store.current = content
                kind = main.kind if main else "fallback"
                entry = main.entry_id if main else None
                first = main.suggestions[0][0] if main and main.suggestions else None
                rows.append(_row(group, question, expect, kind, entry, list(events), first)
                            | {"dropped": len(drop)})
    finally:
        await close_engine(engine)
    return rows


def _row(group: str, question: str, expect: str, kind: str, entry: str | None,
         events: list, first: str | None = None) -> dict:
    """One message: what the bot did, and the gate's features if its answer can be demoted."""
    if expect == "fallback":
        right = kind in ("redirect",)  # pointing elsewhere is right; answering from the FAQ wrong
        wrong = kind in ("faq", "calculation")
    else:
        right = kind in ("faq", "redirect", "calculation") and (
            entry == expect or (expect in ("calculation", "calc") and kind == "calculation"))
        wrong = kind in ("faq", "redirect", "calculation") and not right
    gated = next((ev for ev in reversed(events) if kind in ("faq", "redirect")
                  and ev["outcome"] == "answer" and ev["entry"] == entry), None)
    # A "did you mean" the gate could turn into an answer: would that answer be right?
    asked = next((ev for ev in reversed(events) if kind == "suggestions"
                  and ev["outcome"] == "suggest" and ev["entry"] == first), None)
    promoted = None
    if asked is not None:
        redirect = asked["features"]["redirect"] == 1.0
        promoted = {"features": asked["features"], "right": first == expect or (
            expect == "fallback" and redirect), "oos": expect == "fallback" and not redirect}
    return {"group": group, "q": question, "expect": expect, "kind": kind, "entry": entry,
            "right": right, "wrong": wrong, "features": gated["features"] if gated else None,
            "top": gated["top"] if gated else None, "promote": promoted}


def _labelled_rows(events: list, content) -> list[dict]:
    """faq/tests and faq/tests/en through their matchers, as `faq test` asks them."""
    from bot.staff.regression import load_labelled

    rows = []
    for group, lang, directory in (("labelled", "id", TESTS), ("labelled-en", "en",
                                                                TESTS / "en")):
        matcher = content.matcher_for(lang)
        for case in load_labelled(directory, set(content.faq.entries))[0]:
            if case.expect in ("calc", "smalltalk"):
                continue
            events.clear()
            result = matcher.match(case.question)
            best = result.best if result.outcome != "smalltalk" else None
            kind = "fallback"
            if result.outcome == "answer" and best is not None:
                redirect = content.faq.entries[best.entry_id].kind == "redirect"
                kind = "redirect" if redirect else "faq"
            elif result.outcome == "suggest":
                kind = "suggestions"
            rows.append(_row(group, case.question, case.expect, kind,
                             best.entry_id if best else None, list(events),
                             best.entry_id if best and kind == "suggestions" else None))
    return rows


def log(deleak: bool = False) -> None:
    """Write the facts and verdict of every tuning decision to the features file."""
    events: list[dict] = []

    def record(text, outcome, values, top) -> None:
        events.append({"entry": top[0].entry_id, "features": values, "outcome": outcome,
                       "top": [(c.entry_id, round(c.score, 2)) for c in top]})

    decision.trace = record
    from bot.content.store import build_content

    content = build_content(ROOT / "faq", ROOT / "templates", date.today())
    rows = _labelled_rows(events, content) + asyncio.run(
        _engine_rows(events, set(content.faq.entries), deleak))
    out = DELEAK_FILE if deleak else FEATURES_FILE
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} rows, {sum(r['features'] is not None for r in rows)} gated answers "
          f"-> {out.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("log", "fit"))
    parser.add_argument("--sweep", action="store_true", help="also the threshold grid (slow)")
    parser.add_argument("--deleak", action="store_true",
                        help="tuning messages asked without the phrasings written from them")
    parser.add_argument("--cost", type=float, default=2.0, help="a wrong answer's cost")
    args = parser.parse_args()
    if args.command == "log":
        log(args.deleak)
    else:
        from bench import decide_fit

        decide_fit.WRONG_COST = args.cost
        # The real/tune floor is measured on the plain (leaky) set: not a constraint here.
        decide_fit.fit(DELEAK_FILE if args.deleak else FEATURES_FILE,
                       sweep_thresholds=args.sweep, tune_floor=not args.deleak)
    return 0


if __name__ == "__main__":
    sys.exit(main())
