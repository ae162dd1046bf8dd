"""Conversation sets: `python bench/conversations.py [--set 2|3] [--alone]` scores follow-ups.

Each conversation of faq/tests/conversations/{dev,heldout}.yaml (`--set 2`: set2-dev.yaml /
set2-heldout.yaml, a second set written blind the same way; `--set 3`: set3-*.yaml, a third one
whose kinds say what the last message leans on and whose `expect` may be `calculation`) is sent
through the whole engine by one new user, message after message (as-of 2026-11-30, in-memory
database), and the LAST reply is scored the way bench/blind.py scores a message: answered right /
right entry suggested first / answered wrong (a confident FAQ, redirect or calculation answer
that is not the expected entry; for `fallback`: any of those) / the rest (fallback, menu, right
entry not first). Figures per half and per kind. `--alone` sends only the last message, as a new
user: what a bot without conversation memory would answer. `--compare` runs both ways and
counts, per half, the conversations memory won (right only in context) and lost (right only
alone). `--failures` lists the DEV half's misses (with `--compare`: its lost ones) only: the
held-out half is scored as figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.content.yamlsrc import LineDict, LineList, load_yaml  # noqa: E402
from bot.core.replies import Event, Reply  # noqa: E402
from bot.core.settings import load_settings  # noqa: E402
from bot.staff.real_sets import ANSWERING_KINDS, RealCase, outcome  # noqa: E402

SET_DIR = ROOT / "faq" / "tests" / "conversations"
HALVES = ("dev", "heldout")
SET_FILES = {1: "{half}.yaml", 2: "set2-{half}.yaml", 3: "set3-{half}.yaml"}  # per set
KINDS = ("program-swap", "ellipsis", "situation", "new-topic", "english")
# Set 3 sorts its conversations by what the last message leans on (README, "Set 3")
KINDS_3 = ("after-calc", "story-then-question", "correction", "after-suggestion", "program-swap",
           "ellipsis", "english", "new-topic")
SET_KINDS = {1: KINDS, 2: KINDS, 3: KINDS_3}
CALC = ("calc", "calculation")  # `expect` for a last message that should be calculated
AS_OF = date(2026, 11, 30)


@dataclass(frozen=True)
class Conversation:
    turns: tuple[str, ...]
    expect: str
    kind: str


@dataclass(frozen=True)
class Scored:
    case: Conversation
    verdict: str  # right | suggested | wrong | other
    reached: tuple[str, ...]  # what each sent message got, the last one scored


def load(path: Path, kinds: tuple[str, ...] = KINDS) -> list[Conversation]:
    """The conversations of one half (malformed items stop the run: the file is ours)."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    cases = []
    for item in data:
        assert isinstance(item, LineDict)
        turns = tuple(str(t) for t in item["turns"])
        kind = str(item["kind"])
        assert 2 <= len(turns) <= 4 and kind in kinds, (path.name, turns, kind)
        expect = str(item["expect"])
        cases.append(Conversation(turns, "calculation" if expect in CALC else expect, kind))
    return cases


def verdict(case: Conversation, replies: list[Reply]) -> tuple[str, str]:
    """The verdict on the replies to one message of the conversation, and what it reached (the
    entry, the first suggestion, or the kind). Stricter than `faq test` on `fallback`: a
    redirect in reply to "makasih" is a wrong answer too."""
    got = outcome(RealCase(case.turns[-1], case.expect, "", 0, ""), replies)
    if case.expect == "fallback":
        return ("wrong" if got.kind in ANSWERING_KINDS else "right"), got.reached
    return got.verdict, got.reached


async def run(halves: tuple[str, ...], alone: bool, which: int = 1) -> dict[str, list[Scored]]:
    """Send every conversation (or only its last message) as one fresh user; score the end."""
    from bot.app.composition import build_engine, close_engine

    settings = replace(load_settings(env={}, dotenv=ROOT / "absent.env"),
                       faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    engine = await build_engine(settings, AS_OF, db_path=":memory:")
    users = itertools.count(1)
    try:
        out: dict[str, list[Scored]] = {}
        for half in halves:
            rows = []
            for case in load(SET_DIR / SET_FILES[which].format(half=half), SET_KINDS[which]):
                user = f"convo-{next(users)}"  # no state shared between conversations
                got, last = [], ""
                for text in case.turns[-1:] if alone else case.turns:
                    replies = await engine.handle(Event(user, "console", text=text))
                    last, reached = verdict(case, replies)
                    got.append(reached)
                rows.append(Scored(case, last, tuple(got)))
            out[half] = rows
        return out
    finally:
        await close_engine(engine)


def _share(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.1%})" if n else "0/0"


def summary(half: str, rows: list[Scored], alone: bool, kinds: tuple[str, ...] = KINDS) -> str:
    """One line per half: the four verdicts, then right per kind."""
    n = len(rows)
    count = Counter(r.verdict for r in rows)
    by_kind = ", ".join(
        f"{k} {sum(r.verdict == 'right' for r in rows if r.case.kind == k)}/"
        f"{sum(r.case.kind == k for r in rows)}" for k in kinds)
    mode = "pesan terakhir saja" if alone else "dalam percakapan"
    return (f"{half} ({mode}): {n} percakapan; dijawab benar {_share(count['right'], n)}, "
            f"saran pertama {_share(count['suggested'], n)}, dijawab salah "
            f"{_share(count['wrong'], n)}, lainnya (fallback/menu/saran lain) "
            f"{_share(count['other'], n)}; benar per jenis: {by_kind}")


def changes(context: list[Scored], alone: list[Scored]) -> tuple[list[Scored], list[Scored]]:
    """The conversations right only in context (won) and right only alone (lost)."""
    won = [c for c, a in zip(context, alone, strict=True)
           if c.verdict == "right" and a.verdict != "right"]
    lost = [c for c, a in zip(context, alone, strict=True)
            if a.verdict == "right" and c.verdict != "right"]
    return won, lost


def compare_line(half: str, won: list[Scored], lost: list[Scored],
                 kinds: tuple[str, ...] = KINDS) -> str:
    """Memory's effect on one half, per kind."""
    per_kind = ", ".join(f"{k} +{sum(r.case.kind == k for r in won)}"
                         f"/-{sum(r.case.kind == k for r in lost)}" for k in kinds)
    return (f"{half}: ingatan percakapan menambah {len(won)} benar, menghilangkan {len(lost)}; "
            f"per jenis: {per_kind}")


def show(r: Scored, alone: bool) -> str:
    """One dev miss: each message sent and what it got."""
    sent = r.case.turns[-1:] if alone else r.case.turns
    trail = " | ".join(f"{t[:60]!r} -> {g}" for t, g in zip(sent, r.reached, strict=True))
    return f"{r.verdict.upper():9} [{r.case.kind}] {trail} (want {r.case.expect})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the dev half's misses")
    parser.add_argument("--alone", action="store_true",
                        help="send only the last message of each conversation (no memory)")
    parser.add_argument("--compare", action="store_true",
                        help="run in context and alone; count what memory won and lost")
    parser.add_argument("--dev-only", action="store_true", help="score the dev half only")
    parser.add_argument("--set", type=int, choices=sorted(SET_FILES), default=1, dest="which",
                        help="which conversation set (default 1: dev.yaml / heldout.yaml; "
                             "2: set2-*.yaml; 3: set3-*.yaml)")
    args = parser.parse_args()
    halves = ("dev",) if args.dev_only else HALVES
    kinds = SET_KINDS[args.which]
    if args.compare:
        context = asyncio.run(run(halves, alone=False, which=args.which))
        alone = asyncio.run(run(halves, alone=True, which=args.which))
        if args.failures:
            for r in changes(context["dev"], alone["dev"])[1]:
                print("LOST", show(r, alone=False))
        for half in halves:
            print(summary(half, context[half], alone=False, kinds=kinds))
            print(summary(half, alone[half], alone=True, kinds=kinds))
            print(compare_line(half, *changes(context[half], alone[half]), kinds=kinds))
        return 0
    results = asyncio.run(run(halves, args.alone, args.which))
    if args.failures:
        for r in results["dev"]:
            if r.verdict != "right":
                print(show(r, args.alone))
    for half, rows in results.items():
        print(summary(half, rows, args.alone, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
